/**
 * The plain Excel formulas the Fungsi tab offers where custom functions are missing compute what
 * CAPAIAN, SERAPAN and PREDIKAT compute: evaluated by an independent engine (HyperFormula) over
 * realistic rows and every preset scale, in the US notation HyperFormula reads.
 */
import { HyperFormula } from "hyperformula";
import { plainFormulas, inConvention } from "../../../src/taskpane/model/functionDocs";
import { listPresets } from "../../../src/core/scales/presets";
import { CAPAIAN } from "../../../src/functions/impl/capaian";
import { SERAPAN } from "../../../src/functions/impl/budget";
import { PREDIKAT } from "../../../src/functions/impl/predikat";

/** Row 7 of a sheet: C pagu, D realisasi anggaran, E target, F realisasi, G capaian; H the formula. */
function evaluate(formula: string, row: { C: number; D: number; E: number; F: number; G: number }): unknown {
  const hf = HyperFormula.buildFromArray(
    [...Array(6).fill([]), [null, null, row.C, row.D, row.E, row.F, row.G, inConvention(formula, "us")]],
    { licenseKey: "gpl-v3" },
  );
  const v = hf.getCellValue({ sheet: 0, row: 6, col: 7 });
  hf.destroy();
  return typeof v === "object" && v !== null && "type" in v ? `#${String((v as { type: string }).type)}` : v;
}

const rows = [
  { C: 88_680_000, D: 87_916_000, E: 85, F: 80, G: 94.12 },
  { C: 1000, D: 0, E: 10, F: 12, G: 100 },
  { C: 500, D: 700, E: 70.15, F: 72.89, G: 85 },
  { C: 1, D: 1, E: 0, F: 0, G: 84.99 },
  { C: 2, D: 1, E: 0, F: 3, G: 0 },
  { C: 3, D: 1, E: 10, F: 30, G: 101 },
  { C: 4, D: 1, E: 7, F: 2, G: 50.5 },
];

test("capaian and serapan formulas give the functions' numbers, target 0 included", () => {
  const [pos, negSelisih, negRasio, serapan] = plainFormulas(listPresets()[0]);
  for (const row of rows) {
    const fn = (x: unknown) => (typeof x === "object" && x !== null ? (x as { error: string }).error : x);
    const expectSame = (formula: string, value: unknown) => {
      const got = evaluate(formula, row);
      if (typeof value === "number")
        expect(got).toBeCloseTo(value, 6); // HyperFormula shows 10 significant digits
      else expect(got).toBe(value === "#DIV/0!" ? "#DIV_BY_ZERO" : value);
    };
    expectSame(pos.formula, fn(CAPAIAN([[row.E]], [[row.F]])[0][0]));
    expectSame(negSelisih.formula, fn(CAPAIAN([[row.E]], [[row.F]], [["negatif"]])[0][0]));
    if (row.F !== 0) expectSame(negRasio.formula, fn(CAPAIAN([[row.E]], [[row.F]], [["negatif"]], [["rasio"]])[0][0]));
    expectSame(serapan.formula, fn(SERAPAN([[row.C]], [[row.D]])[0][0]));
  }
});

test.each(listPresets().map((p) => [p.id ?? p.name, p] as const))("nested IF gives PREDIKAT's word on %s", (_, scale) => {
  const predikat = plainFormulas(scale)[4].formula;
  expect(predikat).toMatch(/^=IF\(/);
  for (const g of [0, 0.5, 25, 49.99, 50, 54.99, 55, 65.5, 69.99, 70, 76, 84.99, 85, 86, 90.5, 91, 99.99, 100, 100.01, 120]) {
    const expected = PREDIKAT([[g]], [[scale.id]])[0][0];
    const got = evaluate(predikat, { C: 1, D: 1, E: 1, F: 1, G: g });
    if (typeof expected === "string") expect(`${g}: ${String(got)}`).toBe(`${g}: ${expected}`);
    else expect(`${g}: ${String(got)}`).toBe(`${g}: #NA`);
  }
});

test("formulas are shown in the user's notation", () => {
  const [pos] = plainFormulas(listPresets()[0]);
  expect(pos.formula).toBe("=IF(AND(E7=0;F7=0);100;F7/E7*100)");
  expect(inConvention(pos.formula, "us")).toBe("=IF(AND(E7=0,F7=0),100,F7/E7*100)");
  const berhasil = plainFormulas(listPresets().find((p) => p.id === "skm")!)[4].formula;
  expect(berhasil).toMatch(/88,31/);
  expect(inConvention(berhasil, "us")).toMatch(/88\.31/);
});
