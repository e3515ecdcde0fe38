/** Budget realisation: serapan (absorption %) and sisa (what is left of the pagu). */
import Decimal from "decimal.js";
import { Calc, percentOf } from "./result";

export function serapan(anggaran: Decimal, realisasi: Decimal): Calc {
  return percentOf(realisasi, anggaran, "Anggaran (pagu) nol: serapan tidak dapat dihitung");
}

export function sisa(anggaran: Decimal, realisasi: Decimal): Decimal {
  return anggaran.minus(realisasi);
}
