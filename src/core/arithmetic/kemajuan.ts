/** Tingkat kemajuan: this year's realisasi against the Renstra end target. */
import Decimal from "decimal.js";
import { Calc, percentOf } from "./result";

export function tingkatKemajuan(realisasi: Decimal, targetAkhirRenstra: Decimal): Calc {
  return percentOf(realisasi, targetAkhirRenstra, "Target akhir Renstra nol: tingkat kemajuan tidak dapat dihitung");
}
