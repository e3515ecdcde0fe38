/**
 * The built dist/functions.js as Excel's shared runtime loads it: every function of the generated
 * functions.json is associated, results and error cells come back as Excel expects, PREDIKAT without
 * `skala` follows the workbook setting, and outside Excel the bundle loads without errors; then each
 * point of issue 12 (notation, ambiguity, exponent, data types, error arguments, TERBILANG, target 0,
 * whole columns). `notation` gives the fake Excel an Excel.run answering its separators.
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

/** What this fake Excel reports as its number notation (Application and cultureInfo, ExcelApi 1.11). */
interface Notation {
  decimal: string;
  thousands: string;
  useSystem?: boolean;
  system?: [string, string];
  api111?: boolean;
}
const INDONESIAN_EXCEL: Notation = { decimal: ",", thousands: ".", useSystem: true, system: [",", "."] };
const US_EXCEL: Notation = { decimal: ".", thousands: ",", useSystem: true, system: [".", ","] };

function fakeExcel(n: Notation) {
  return {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      const application = {
        load: () => undefined,
        decimalSeparator: n.decimal,
        thousandsSeparator: n.thousands,
        useSystemSeparators: n.useSystem ?? true,
        cultureInfo: {
          numberFormat: {
            load: () => undefined,
            numberDecimalSeparator: (n.system ?? [n.decimal, n.thousands])[0],
            numberGroupSeparator: (n.system ?? [n.decimal, n.thousands])[1],
          },
        },
      };
      return batch({ workbook: { application }, sync: async () => undefined });
    },
  };
}

function loadInExcel(settings: Record<string, unknown> = {}, notation: Notation | null = null, office = { neverReady: false }) {
  const associated = new Map<string, Fn>();
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: FakeError,
    ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  };
  const Office = {
    onReady: () => (office.neverReady ? new Promise(() => undefined) : Promise.resolve({ host: "Excel" })),
    context: {
      document: { settings: { get: (k: string) => settings[k] ?? null } },
      requirements: {
        isSetSupported: (name: string, v: string) => name === "ExcelApi" && (notation?.api111 ?? true) && v <= "1.11",
      },
    },
  };
  const sandbox: Record<string, unknown> = { CustomFunctions, Office, console, Promise, setTimeout, clearTimeout };
  if (notation) sandbox.Excel = fakeExcel(notation);
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
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string }[];
    allowCustomDataForDataTypeAny?: boolean;
    allowErrorForDataTypeAny?: boolean;
  };
  // Data-type cells and error cells reach the functions (handled per cell) instead of failing the call.
  expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  const associated = loadInExcel();
  expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(associated.size).toBeGreaterThanOrEqual(6);
});

test("computes from cells as Excel passes them, and returns Excel errors", async () => {
  const fns = loadInExcel();
  expect(fns.get("CAPAIAN")!([[85]], [[80]])).toEqual([[94.11764705882354]]);
  // Text arguments may wait (a promise) until this Excel's notation is known.
  expect(await fns.get("SERAPAN")!([["Rp 88.680.000,-"]], [[87916000]])).toEqual([[expect.closeTo(99.1384754, 6)]]);
  expect(fns.get("TERBILANG")!([[23]], null)).toEqual([["dua puluh tiga"]]);
  const [[div0]] = fns.get("CAPAIAN")!([[0]], [[5]]) as FakeError[][];
  expect(div0).toBeInstanceOf(FakeError);
  expect(div0.code).toBe("#DIV/0!");
  const [[bad]] = (await fns.get("CAPAIAN")!([["Kegiatan"]], [[5]])) as FakeError[][];
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

/** A function as Excel calls it: its result, awaited (a call may return a promise while the notation is read). */
type Fn = (...args: unknown[]) => unknown;
const call = async (fns: Map<string, Fn>, name: string, ...args: unknown[]) => await fns.get(name)!(...args);
const first = async (fns: Map<string, Fn>, name: string, ...args: unknown[]) =>
  ((await call(fns, name, ...args)) as unknown[][])[0][0];

describe("issue 12 through the built bundle", () => {
  test("text arguments are read in this Excel's notation (cultureInfo), waiting for it on the first call", async () => {
    const id = loadInExcel({}, INDONESIAN_EXCEL);
    // Indonesian Excel: "3,125" is three point one two five, so 3,125 of 3 is 104,1666…
    expect(await first(id, "CAPAIAN", [[3]], [["3,125"]])).toBeCloseTo(104.1666667, 6);
    expect(await first(id, "SERAPAN", [["1.000"]], [["250,5"]])).toBe(25.05);
    const us = loadInExcel({}, US_EXCEL);
    expect(await first(us, "CAPAIAN", [[3]], [["3,125"]])).toBeCloseTo(104166.6667, 3);
    // "Use system separators" off: Excel's own separators win over the system culture.
    const custom = loadInExcel({}, { decimal: ",", thousands: ".", useSystem: false, system: [".", ","] });
    expect(await first(custom, "CAPAIAN", [[3]], [["3,125"]])).toBeCloseTo(104.1666667, 6);
  });

  test("an Office that never becomes ready does not hang text arguments: after a while the notation is unknown", async () => {
    jest.useFakeTimers();
    try {
      const fns = loadInExcel({}, INDONESIAN_EXCEL, { neverReady: true });
      const pending = call(fns, "CAPAIAN", [[3]], [["3,125"]]) as Promise<FakeError[][]>;
      jest.advanceTimersByTime(5000);
      const [[out]] = await pending;
      expect(out.code).toBe("#VALUE!");
      expect(out.message).toMatch(/notasi angka Excel ini tidak diketahui/);
    } finally {
      jest.useRealTimers();
    }
  });

  test("a text whose reading depends on an unknown notation is #VALUE! with the reason, never guessed", async () => {
    const unknown = loadInExcel({}, { decimal: ",", thousands: ".", api111: false });
    const doubt = (await first(unknown, "CAPAIAN", [[3]], [["3,125"]])) as FakeError;
    expect(doubt).toBeInstanceOf(FakeError);
    expect(doubt.code).toBe("#VALUE!");
    expect(doubt.message).toMatch(/bisa dibaca dua cara.*3125.*3 koma 125/);
    // Unambiguous texts still work without the notation.
    expect(await first(unknown, "SISA", [["Rp 1.234.567,-"]], [[567]])).toBe(1234000);
    // With the notation known, a text in the other notation that has one reading is read so.
    const id = loadInExcel({}, INDONESIAN_EXCEL);
    expect(await first(id, "PREDIKAT", [["98.00"]], [["berhasil4"]])).toBe("Sangat Berhasil");
    expect(await first(id, "SISA", [["1,917,084,558.00"]], [[0]])).toBe(1917084558);
  });

  test("the exponent form has a decimal mark before E in any notation (not ×1000)", async () => {
    const id = loadInExcel({}, INDONESIAN_EXCEL);
    expect(await first(id, "SISA", [["1.234E+5"]], [[0]])).toBe(123400);
    expect(await first(id, "SISA", [["1,234E+5"]], [[0]])).toBe(123400);
    expect(await first(loadInExcel({}, US_EXCEL), "SISA", [["1.234E+5"]], [[0]])).toBe(123400);
  });

  test("linked data types: basicValue is unwrapped, an entity counts by its one number", async () => {
    const fns = loadInExcel();
    expect(await first(fns, "CAPAIAN", [[{ type: "Double", basicValue: 85 }]], [[80]])).toBe(94.11764705882354);
    expect(await first(fns, "CAPAIAN", [[{ type: "FormattedNumber", basicValue: 85, numberFormat: "0.00" }]], [[80]])).toBe(
      94.11764705882354,
    );
    const entity = {
      type: "Entity",
      text: "Indikator 1",
      basicValue: "#VALUE!",
      properties: { Target: { type: "Double", basicValue: 85 }, Nama: "IKU" },
    };
    expect(await first(fns, "CAPAIAN", [[entity]], [[80]])).toBe(94.11764705882354);
    const many = { type: "Entity", text: "Kegiatan", properties: { Pagu: 1, Realisasi: 2 } };
    const bad = (await first(fns, "CAPAIAN", [[many]], [[80]])) as FakeError;
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/tipe data “Kegiatan” tidak berisi tepat satu angka/);
    expect(await first(fns, "PREDIKAT", [[{ type: "Double", basicValue: 90 }]], [["berhasil4"]])).toBe("Sangat Berhasil");
  });

  test("error arguments: #DIV/0!, #N/A, #NUM! and #VALUE! pass through as in Excel; #REF! and #NAME? become #VALUE! with the reason", async () => {
    const fns = loadInExcel();
    for (const code of ["#DIV/0!", "#N/A", "#NUM!", "#VALUE!"]) {
      const out = (await first(fns, "CAPAIAN", [[{ code }]], [[80]])) as FakeError;
      expect(out.code).toBe(code);
    }
    const ref = (await first(fns, "SERAPAN", [[100]], [[{ code: "#REF!" }]])) as FakeError;
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toBe("Realisasi berisi galat #REF!");
    // In a range, an error cell gives its error in its own row only.
    const rows = (await call(fns, "CAPAIAN", [[85], [{ code: "#DIV/0!" }], [100]], [[80], [5], [90]])) as unknown[][];
    expect(rows[0][0]).toBe(94.11764705882354);
    expect((rows[1][0] as FakeError).code).toBe("#DIV/0!");
    expect(rows[2][0]).toBe(90);
    // An error data type carries its code in basicValue.
    const dt = (await first(fns, "PREDIKAT", [[{ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" }]], null)) as FakeError;
    expect(dt.code).toBe("#DIV/0!");
  });

  test("TERBILANG reads the number as Excel shows it (15 significant digits) and says persen", async () => {
    const fns = loadInExcel();
    expect(await first(fns, "TERBILANG", [[0.1 + 0.2]], null)).toBe("nol koma tiga");
    expect(await first(fns, "TERBILANG", [[1 / 3]], null)).toBe(`nol koma ${Array(15).fill("tiga").join(" ")}`);
    expect(await first(fns, "TERBILANG", [["98,15 %"]], null)).toBe("sembilan puluh delapan koma satu lima persen");
    expect(await first(fns, "TERBILANG", [["98,15 %"]], [["dari target"]])).toBe(
      "sembilan puluh delapan koma satu lima persen dari target",
    );
  });

  test("target 0: 100 where realisasi is 0; negative indicators 0 above it; positive above it #DIV/0!", async () => {
    const fns = loadInExcel();
    expect(await first(fns, "CAPAIAN", [[0]], [[0]])).toBe(100);
    expect(await first(fns, "CAPAIAN", [[0]], [[0]], [["negatif"]])).toBe(100);
    expect(await first(fns, "CAPAIAN", [[0]], [[2]], [["negatif"]])).toBe(0);
    expect(await first(fns, "CAPAIAN", [[0]], [[2]], [["negatif"]], [["rasio"]])).toBe(0);
    expect(((await first(fns, "CAPAIAN", [[0]], [[2]])) as FakeError).code).toBe("#DIV/0!");
  });

  test("PREDIKAT without skala reads the scale setting at each calculation (the pane recalculates after saving)", async () => {
    const settings: Record<string, unknown> = { "lkjip.skala": "berhasil4" };
    const fns = loadInExcel(settings);
    expect(await first(fns, "PREDIKAT", [[90]], null)).toBe("Sangat Berhasil");
    settings["lkjip.skala"] = "permendagri86";
    expect(await first(fns, "PREDIKAT", [[90]], null)).toBe("Tinggi");
  });

  test("a whole column (1.048.576 rows) computes without a stack overflow", async () => {
    const fns = loadInExcel();
    const rows = 1_048_576;
    const target = Array.from({ length: rows }, (_, i) => [i % 100 === 0 ? "" : 80 + (i % 40)]);
    const realisasi = Array.from({ length: rows }, (_, i) => [i % 100 === 0 ? "" : 60 + (i % 50)]);
    const out = (await call(fns, "CAPAIAN", target, realisasi)) as unknown[][];
    expect(out).toHaveLength(rows);
    expect(out[1][0]).toBe((61 * 100) / 81);
    expect(out[0][0]).toBe("");
    const predikat = (await call(fns, "PREDIKAT", out, [["berhasil4"]])) as unknown[][];
    expect(predikat).toHaveLength(rows);
    expect(predikat[rows - 1][0]).toBe("Sangat Berhasil");
    const sasaran = (await call(fns, "CAPAIAN_SASARAN", out)) as unknown[][];
    expect(typeof sasaran[0][0]).toBe("number");
  }, 60_000);
});
