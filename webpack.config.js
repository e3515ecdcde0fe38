/* Builds the add-in: one shared-runtime page (taskpane.html) loading the task pane and the custom
 * functions, the functions' metadata generated from their JSDoc, the manifest and the assets. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");

const { baseFromEnv, rewriteManifest } = require("./scripts/deploy-url");

async function httpsOptions() {
  // Trusted localhost certificates are only installed where Excel runs (Windows/macOS). On Linux and
  // in CI we never prompt: http unless LKJIP_HTTPS=1 asks for webpack's self-signed certificate.
  if (process.platform === "win32" || process.platform === "darwin") {
    try {
      const devCerts = require("office-addin-dev-certs");
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (e) {
      console.warn("Sertifikat pengembangan tidak tersedia, memakai http:", e instanceof Error ? e.message : e);
    }
  }
  return process.env.LKJIP_HTTPS === "1" ? { type: "https" } : { type: "http" };
}

/**
 * functions.json also allows error cells into `any` parameters (allowErrorForDataTypeAny): then one
 * #DIV/0! in a range gives #DIV/0! in its own row, instead of Excel failing the whole call.
 */
class FunctionsMetadataOptions {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataOptions", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataOptions", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          if (!compilation.getAsset("functions.json")) return;
          compilation.updateAsset("functions.json", (source) => {
            const metadata = JSON.parse(source.source().toString());
            return new sources.RawSource(JSON.stringify({ ...metadata, allowErrorForDataTypeAny: true }, null, 4));
          });
        },
      );
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  // Where dist/ will be served (LKJIP_URL for an office's server, else https://localhost:PORT/): every URL
  // of the manifest points there. Checked before building so a wrong URL fails at once.
  const base = baseFromEnv();
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      // Lazy chunks load relative to the page (taskpane.html sits beside them); no automatic
      // detection from document.currentScript, which the functions' runtime may not have.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "ESNext", sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    // The task pane and the custom functions run in one page (Excel's shared runtime): the code both
    // use (decimal.js, the core numbers, scales, terbilang) is one chunk loaded once, before either.
    optimization: {
      // One webpack runtime for both entries, in the shared chunk: a shared module is evaluated once.
      runtimeChunk: { name: "shared" },
      splitChunks: {
        cacheGroups: {
          shared: { name: "shared", chunks: "initial", minChunks: 2, minSize: 0, enforce: true, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataOptions(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["shared", "functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/docs/*.png", to: "assets/docs/[name][ext]", noErrorOnMissing: true },
          { from: "assets/sample/*.xlsx", to: "sample/[name][ext]" },
          { from: "src/help/bantuan.html", to: "bantuan.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, base) },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await httpsOptions(),
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      open: false,
      client: { overlay: false },
    },
  };
};
