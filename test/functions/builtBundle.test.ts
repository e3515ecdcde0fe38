/**
 * The built dist/functions.js as Excel's shared runtime loads it: every function of the generated
 * functions.json is associated, results and error cells come back as Excel expects, PREDIKAT without
 * `skala` follows the workbook setting, and outside Excel the bundle loads without errors.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";

const DIST = process.env.LKJIP_DIST ?? join(__dirname, "..", "..", "dist");

/** The page's own scripts in the order taskpane.html loads them (office.js from the CDN left out). */
function pageScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] || m[2] || m[3])
    .filter((src) => !/^https?:/.test(src));
}

/** What the shared runtime runs for the custom functions: every page script up to functions.js. */
const code = () => {
  const scripts = pageScripts();
  return scripts
    .slice(0, scripts.indexOf("functions.js") + 1)
    .map((src) => readFileSync(join(DIST, src), "utf8"))
    .join("\n;\n");
};

class FakeError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

function loadInExcel(settings: Record<string, unknown> = {}) {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeError,
    ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  const Office = { context: { document: { settings: { get: (k: string) => settings[k] ?? null } } } };
  const sandbox: Record<string, unknown> = { CustomFunctions, Office, console };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  runInNewContext(code(), sandbox);
  return associated;
}

beforeAll(() => {
  if (!existsSync(join(DIST, "functions.js"))) throw new Error("dist/functions.js missing: run `npm run build` (npm test does).");
});

test("the page loads the chunk shared by the functions and the task pane once, before both", () => {
  const scripts = pageScripts();
  expect(scripts).toContain("functions.js");
  expect(scripts).toContain("taskpane.js");
  const shared = scripts.filter((s) => s !== "functions.js" && s !== "taskpane.js");
  expect(shared.length).toBeGreaterThan(0);
  for (const s of shared) {
    expect(scripts.filter((x) => x === s)).toHaveLength(1);
    expect(scripts.indexOf(s)).toBeLessThan(scripts.indexOf("functions.js"));
    expect(scripts.indexOf(s)).toBeLessThan(scripts.indexOf("taskpane.js"));
  }
  // decimal.js is in the shared chunk only, not once per entry.
  const decimalIn = (f: string) => readFileSync(join(DIST, f), "utf8").includes("[DecimalError]");
  expect(shared.some(decimalIn)).toBe(true);
  expect(decimalIn("functions.js")).toBe(false);
  expect(decimalIn("taskpane.js")).toBe(false);
});

test("associates exactly the functions listed in the generated metadata", () => {
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
  const associated = loadInExcel();
  expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(associated.size).toBeGreaterThanOrEqual(6);
});

test("computes from cells as Excel passes them, and returns Excel errors", () => {
  const fns = loadInExcel();
  expect(fns.get("CAPAIAN")!([[85]], [[80]])).toEqual([[94.11764705882354]]);
  expect(fns.get("SERAPAN")!([["Rp 88.680.000,-"]], [[87916000]])).toEqual([[expect.closeTo(99.1384754, 6)]]);
  expect(fns.get("TERBILANG")!([[23]], null)).toEqual([["dua puluh tiga"]]);
  const [[div0]] = fns.get("CAPAIAN")!([[0]], [[5]]) as FakeError[][];
  expect(div0).toBeInstanceOf(FakeError);
  expect(div0.code).toBe("#DIV/0!");
  const [[bad]] = fns.get("CAPAIAN")!([["Kegiatan"]], [[5]]) as FakeError[][];
  expect(bad.code).toBe("#VALUE!");
  expect(bad.message).toMatch(/bukan angka/i);
});

test("PREDIKAT without skala follows the workbook's chosen scale, else permendagri86", () => {
  expect(loadInExcel({ "lkjip.skala": "berhasil4" }).get("PREDIKAT")!([[90]], null)).toEqual([["Sangat Berhasil"]]);
  expect(loadInExcel().get("PREDIKAT")!([[90]], null)).toEqual([["Tinggi"]]);
});

test("outside Excel (no CustomFunctions global) the bundle loads without throwing", () => {
  const sandbox: Record<string, unknown> = { console };
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  expect(() => runInNewContext(code(), sandbox)).not.toThrow();
});
