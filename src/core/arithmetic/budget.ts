/** Budget realisation: serapan (absorption %) and sisa (what is left of the pagu). */
import Decimal from "decimal.js";
import { Calc, percentOf } from "./result";
import { POW10, SAFE, SCALED, scaled } from "./exact";
import { percentNumber } from "./capaian";

export function serapan(anggaran: Decimal, realisasi: Decimal): Calc {
  return percentOf(realisasi, anggaran, "Anggaran (pagu) nol: serapan tidak dapat dihitung");
}

/** `serapan(...).value.toNumber()` for JS numbers without Decimal; NaN when not proven or an error. */
export function serapanNumber(anggaran: number, realisasi: number): number {
  if (!scaled(anggaran)) return NaN;
  let a = SCALED.units;
  const as = SCALED.scale;
  if (!scaled(realisasi)) return NaN;
  let r = SCALED.units;
  const rs = SCALED.scale;
  if (as < rs) a *= POW10[rs - as];
  else if (rs < as) r *= POW10[as - rs];
  if (a === 0 || !(Math.abs(a) < SAFE && Math.abs(r) < SAFE)) return NaN;
  return percentNumber(r, a);
}

export function sisa(anggaran: Decimal, realisasi: Decimal): Decimal {
  return anggaran.minus(realisasi);
}
