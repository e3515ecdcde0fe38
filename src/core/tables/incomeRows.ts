/**
 * Rows of an LRA that record income, not spending: the PENDAPATAN section (account codes 4, 4.1,
 * 4.1.04.16 …) and receipts of financing (6.1 Penerimaan Pembiayaan). Income above its target is
 * good news, not an overspent pagu. Account codes are told from SIPD program codes by their second
 * segment: one digit in an account (4.1.04), two in an urusan/program code (4.01.01 is Setda's).
 */
import type { RecognizedTable, TableRow } from "./types";

const INCOME_CODE = /^(4(\.\d)?|6\.1)(\.\d+)*$/;
const INCOME_LABEL = /^(pendapatan|penerimaan pembiayaan|penerimaan)\b/i;

const cache = new WeakMap<RecognizedTable, Set<number>>();

function ownIncome(row: TableRow): boolean {
  const code = row.code?.trim() ?? "";
  if (code !== "" && INCOME_CODE.test(code) && !/^\d\.\d\d/.test(code)) return true;
  return INCOME_LABEL.test(row.label.trim());
}

/** Sheet row indexes of the table's income rows: a row is one when it, or a row above it in the hierarchy, is. */
export function incomeRows(table: RecognizedTable): Set<number> {
  let rows = cache.get(table);
  if (rows) return rows;
  rows = new Set<number>();
  for (const row of table.rows) {
    if (ownIncome(row) || (row.parent !== undefined && rows.has(row.parent))) rows.add(row.index);
  }
  cache.set(table, rows);
  return rows;
}
