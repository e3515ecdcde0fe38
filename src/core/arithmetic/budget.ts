/** Budget realisation: serapan (absorption %) and sisa (what is left of the pagu). */
import Decimal from "decimal.js";
import { Calc, percentOf } from "./result";
import { PAIR, scaledPair } from "./exact";
import { percentNumber } from "./capaian";

export function serapan(anggaran: Decimal, realisasi: Decimal): Calc {
  return percentOf(realisasi, anggaran, "Anggaran (pagu) nol: serapan tidak dapat dihitung");
}

/** `serapan(...).value.toNumber()` for JS numbers without Decimal; NaN when not proven or an error. */
export function serapanNumber(anggaran: number, realisasi: number): number {
  if (!scaledPair(anggaran, realisasi) || PAIR.a === 0) return NaN;
  const a = PAIR.a;
  const r = PAIR.b;
  return percentNumber(r, a);
}

export function sisa(anggaran: Decimal, realisasi: Decimal): Decimal {
  return anggaran.minus(realisasi);
}
