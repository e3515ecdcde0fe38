/**
 * "Anggaran Kas", "Rencana Kas", "Anggaran Kas s.d. TW III": the cash plan (the pagu spread over the
 * months or quarters), read as an anggaran column but not the pagu. Serapan is realisasi ÷ pagu (DPA):
 * where a table has both, the cash plan is never the divisor of a % nor what a sisa is left of, unless
 * that column names it, nor "the" anggaran column of the table.
 */
import type { TableColumn } from "./types";
import { normHeader } from "./text";

/** A column whose header names the cash plan ("ANGGARAN KAS", "RENCANA KAS", "% thd Anggaran Kas"). */
export function namesCashPlan(col: TableColumn): boolean {
  return /\b(KAS|PENARIKAN)\b/.test(normHeader(col.header));
}

function narrowed(columns: TableColumn[], wantCash: boolean): TableColumn[] {
  const fits = (c: TableColumn) => c.role !== "anggaran" || namesCashPlan(c) === wantCash;
  return columns.some((c) => c.role === "anggaran" && fits(c)) ? columns.filter(fits) : columns;
}

/** The columns without the cash plan's, when a pagu is among them. */
export function preferPagu(columns: TableColumn[]): TableColumn[] {
  return narrowed(columns, false);
}

/**
 * The columns a % column may divide by (or a sisa column subtract from), its anggaran ones narrowed:
 * the cash plan only when that column names it or no pagu is there, the pagu otherwise. Other columns
 * (target, setelah) pass untouched.
 */
export function budgetDivisors(columns: TableColumn[], measured: TableColumn): TableColumn[] {
  return narrowed(columns, namesCashPlan(measured));
}

/** The cash plan column beside a pagu column (same block), if the table has one. */
export function cashPlanBeside(columns: TableColumn[], pagu: number): TableColumn | undefined {
  const p = columns.find((c) => c.index === pagu);
  if (!p || p.role !== "anggaran" || namesCashPlan(p)) return undefined;
  return columns.find((c) => c.role === "anggaran" && c.index !== pagu && c.block === p.block && namesCashPlan(c));
}
