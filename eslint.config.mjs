// ESLint (flat config): typescript-eslint with type information, the Office add-in rules that catch
// misuse of load/sync, and React hooks. Formatting is Prettier's job (`npm run format`), not ESLint's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "build/**",
      "coverage/**",
      "test-output/**",
      "corpus-out/**",
      "node_modules/**",
      "tools/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // React event props may return a promise; the handlers report their own failures.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Excel's custom-functions metadata maps the TypeScript type \`any\` to its "any" parameter type.
    files: ["src/functions/functions.ts", "src/functions/excelResult.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The Office.js load/sync rules, where Office.js is used (they misread ExcelJS objects elsewhere).
    files: ["src/hosts/office/**/*.ts", "src/functions/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      // test-for-null-using-isNullObject is off: its autofix rewrites plain JS null checks into isNullObject reads.
    },
  },
  {
    // Tests poke at loosely typed fakes and parsed JSON on purpose.
    files: ["test/**/*.ts", "test/**/*.tsx", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-unused-expressions": "off",
    },
  },
  {
    // The fake Excel mimics Office.js's untyped proxies.
    files: ["test/hosts/office/fakeExcel.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off" },
  },
);
