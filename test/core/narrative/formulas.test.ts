/** Narrative capaian cells at target 0 carry a formula that gives the value the arithmetic's target-0 rule gives. */
import Decimal from "decimal.js";
import { capaianOf } from "../../../src/core/narrative/formulas";
import { printFormula, src } from "../../../src/core/narrative/expr";

const d = (v: number) => new Decimal(v);
const print = (f: ReturnType<typeof capaianOf>["formula"]) => printFormula(f, () => ({ row: 0, col: 0 }));
const T = src("PK", "E7");
const R = src("PK", "F7");

test("target 0, positive: value 100 at realisasi 0, formula IF(realisasi=0,100,realisasi/target*100)", () => {
  const zero = capaianOf(d(0), d(0), T, R, { polarity: "positif", negativeMethod: "selisih" });
  expect(zero.value?.toString()).toBe("100");
  expect(print(zero.formula)).toBe("IF(PK!F7=0,100,PK!F7/PK!E7*100)");
  expect(capaianOf(d(0), d(4), T, R, { polarity: "positif", negativeMethod: "selisih" }).value).toBeNull();
});

test("target 0, negative (both methods): 0 above realisasi 0, else 100; the cap still applies", () => {
  for (const negativeMethod of ["selisih", "rasio"] as const) {
    const above = capaianOf(d(0), d(3), T, R, { polarity: "negatif", negativeMethod });
    expect(above.value?.toString()).toBe("0");
    expect(print(above.formula)).toBe("IF(PK!F7>0,0,100)");
  }
  const capped = capaianOf(d(0), d(0), T, R, { polarity: "negatif", negativeMethod: "selisih", cap: d(90) });
  expect(capped.value?.toString()).toBe("90");
  expect(print(capped.formula)).toBe("MIN(90,IF(PK!F7>0,0,100))");
});

test("a target other than 0 keeps the plain formula", () => {
  expect(print(capaianOf(d(85), d(80), T, R, { polarity: "positif", negativeMethod: "selisih" }).formula)).toBe(
    "PK!F7/PK!E7*100",
  );
});
