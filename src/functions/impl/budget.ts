/** SERAPAN(anggaran; realisasi) and SISA(anggaran; realisasi) over cells or ranges. */
import Decimal from "decimal.js";
import { serapan, serapanNumber, sisa } from "../../core/arithmetic/budget";
import { readNumber } from "./args";
import { asMatrix, broadcast2, CellOut } from "./matrix";
import { firstError, fromCalc, toExcelNumber } from "./result";

type BudgetRule = (anggaran: Decimal, realisasi: Decimal) => CellOut;

/** Reads both amounts; a row with neither stays blank, a missing one counts as zero (like "-"). */
function budgetCell(rule: BudgetRule) {
  return (anggaran: unknown, realisasi: unknown): CellOut => {
    const a = readNumber(anggaran, "Anggaran");
    const r = readNumber(realisasi, "Realisasi");
    const error = firstError(a, r);
    if (error) return error;
    if (a === null && r === null) return "";
    return rule((a as Decimal | null) ?? new Decimal(0), (r as Decimal | null) ?? new Decimal(0));
  };
}

const serapanDecimal = budgetCell((a, r) => fromCalc(serapan(a, r)));

/** The exact fast path for two numbers, the Decimal path for everything else. */
export function serapanCell(anggaran: unknown, realisasi: unknown): CellOut {
  if (typeof anggaran === "number" && typeof realisasi === "number") {
    const fast = serapanNumber(anggaran, realisasi);
    // Beyond what Excel holds, the Decimal path answers #NUM!.
    if (Number.isFinite(fast) && Math.abs(fast) < 1e308) return fast;
  }
  return serapanDecimal(anggaran, realisasi);
}

export const sisaCell = budgetCell((a, r) => toExcelNumber(sisa(a, r)));

export function SERAPAN(anggaran: unknown, realisasi: unknown): CellOut[][] {
  return broadcast2(asMatrix(anggaran), asMatrix(realisasi), serapanCell);
}

export function SISA(anggaran: unknown, realisasi: unknown): CellOut[][] {
  return broadcast2(asMatrix(anggaran), asMatrix(realisasi), sisaCell);
}
