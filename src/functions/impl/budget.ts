/** SERAPAN(anggaran; realisasi) and SISA(anggaran; realisasi) over cells or ranges. */
import Decimal from "decimal.js";
import { serapan, sisa } from "../../core/arithmetic/budget";
import { readNumber } from "./args";
import { broadcast, CellOut } from "./matrix";
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

export const serapanCell = budgetCell((a, r) => fromCalc(serapan(a, r)));
export const sisaCell = budgetCell((a, r) => toExcelNumber(sisa(a, r)));

export function SERAPAN(anggaran: unknown, realisasi: unknown): CellOut[][] {
  return broadcast([anggaran, realisasi], serapanCell);
}

export function SISA(anggaran: unknown, realisasi: unknown): CellOut[][] {
  return broadcast([anggaran, realisasi], sisaCell);
}
