/**
 * Rows of an LRA that record income, not spending: the PENDAPATAN section (account codes 4, 4.1,
 * 4.1.04.16 …) and receipts of financing (6.1 Penerimaan Pembiayaan). Income above its target is
 * good news, not an overspent pagu. Account codes are told from SIPD program codes by their second
 * segment: one digit in an account (4.1.04), two in an urusan/program code (4.01.01 is Setda's).
 */
import type { RecognizedTable, TableRow } from "./types";

/**
 * An account code of income: 4.1.04, 4.1.04.16.01, 6.1.01 (the third segment of two digits). A short
 * "4" or "4.1" alone is no proof: the fourth program of an outline (4, 4.1) has it too; its label or
 * the PENDAPATAN row above it decides.
 */
const INCOME_CODE = /^(4\.\d|6\.1)\.\d\d(\.\d+)*$/;
const INCOME_LABEL = /^((jumlah|total) )?(pendapatan|penerimaan pembiayaan|penerimaan)\b/i;

const cache = new WeakMap<RecognizedTable, Set<number>>();

function ownIncome(row: TableRow): boolean {
  const code = row.code?.trim() ?? "";
  // Only a code starting with 4 or 6, a label starting with p or P can match (no regex run for the rest).
  const c = code.charCodeAt(0);
  if ((c === 52 || c === 54) && INCOME_CODE.test(code) && !/^\d\.\d\d/.test(code)) return true;
  const label = row.label.trim();
  const l = label.charCodeAt(0) | 32;
  // p(endapatan), j(umlah …), t(otal …)
  return (l === 112 || l === 106 || l === 116) && INCOME_LABEL.test(label);
}

/** Sheet row indexes of the table's income rows: a row is one when it, or a row above it in the hierarchy, is. */
export function incomeRows(table: RecognizedTable): Set<number> {
  let rows = cache.get(table);
  if (rows) return rows;
  rows = new Set<number>();
  for (const row of table.rows) {
    if (ownIncome(row) || (row.parent !== undefined && rows.has(row.parent))) rows.add(row.index);
  }
  // A Jumlah of income rows only ("TOTAL PAJAK DAERAH") is income too.
  for (const row of table.rows) if (row.closes?.length && row.closes.every((i) => rows.has(i))) rows.add(row.index);
  cache.set(table, rows);
  return rows;
}
