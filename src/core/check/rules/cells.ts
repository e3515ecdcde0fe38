/** Every value cell of every table (value columns × data and closing rows), typed. */
import type { RecognizedTable, TableColumn, TableRow, TypedValue } from "../../tables/types";
import { VALUE_ROLES } from "../../tables/headerRoles";
import type { CheckContext } from "../context";

export interface ValueCell {
  table: RecognizedTable;
  row: TableRow;
  column: TableColumn;
  value: TypedValue;
}

/** Raw cell values worth reading: errors and text (numbers and empties never need these rules). */
export type RawFilter = (raw: unknown) => boolean;

export const isErrorOrText: RawFilter = (raw) => typeof raw === "string" || (typeof raw === "object" && raw !== null);

/** Calls `visit` for the value cells whose raw value passes `filter` (checked before any parsing). */
export function forValueCells(ctx: CheckContext, filter: RawFilter, visit: (cell: ValueCell) => void): void {
  for (const table of ctx.tables) {
    const reader = ctx.reader(table);
    const grid = reader.grid;
    const cols = table.columns.filter((c) => VALUE_ROLES.has(c.role));
    for (const row of table.rows) {
      for (const column of cols) {
        const cell = grid.cell(row.index, column.index);
        if (!cell || !filter(cell.value)) continue;
        visit({ table, row, column, value: reader.get(row.index, column.index) });
      }
    }
  }
}
