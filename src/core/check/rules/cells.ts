/** Every value cell of every table (value columns × data and closing rows), typed. */
import type { RecognizedTable, TableColumn, TableRow, TypedValue } from "../../tables/types";
import { VALUE_ROLES } from "../../tables/headerRoles";
import type { CheckContext } from "../context";
import type { TableReader } from "../../tables/reader";

export interface ValueCell {
  table: RecognizedTable;
  row: TableRow;
  column: TableColumn;
  value: TypedValue;
}

/** Raw cell values worth reading: errors and text (numbers and empties never need these rules). */
export type RawFilter = (raw: unknown) => boolean;

export const isErrorOrText: RawFilter = (raw) => typeof raw === "string" || (typeof raw === "object" && raw !== null);

/** A value cell holding something other than a number (text, error, boolean, null), in table order. */
interface Candidate {
  row: TableRow;
  column: TableColumn;
  raw: unknown;
}

/** Non-number value cells of each table, found once per reader (the rules using them scan the same cells). */
const candidates = new WeakMap<TableReader, Candidate[]>();

function candidatesOf(reader: TableReader, table: RecognizedTable): Candidate[] {
  let list = candidates.get(reader);
  if (list) return list;
  list = [];
  const rows = reader.grid.sheet.rows;
  const cols = table.columns.filter((c) => VALUE_ROLES.has(c.role));
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const cells = rows[row.index];
    if (!cells) continue;
    for (let k = 0; k < cols.length; k++) {
      const column = cols[k];
      const cell = cells[column.index];
      if (cell && typeof cell.value !== "number") list.push({ row, column, raw: cell.value });
    }
  }
  candidates.set(reader, list);
  return list;
}

/**
 * Calls `visit` for the value cells whose raw value passes `filter` (checked before any parsing),
 * in table order. Number cells are never visited (see RawFilter).
 */
export function forValueCells(ctx: CheckContext, filter: RawFilter, visit: (cell: ValueCell) => void): void {
  for (const table of ctx.tables) {
    const reader = ctx.reader(table);
    for (const c of candidatesOf(reader, table)) {
      if (!filter(c.raw)) continue;
      visit({ table, row: c.row, column: c.column, value: reader.get(c.row.index, c.column.index) });
    }
  }
}
