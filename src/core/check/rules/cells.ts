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

export function* valueCells(ctx: CheckContext): Generator<ValueCell> {
  for (const table of ctx.tables) {
    const reader = ctx.reader(table);
    const cols = table.columns.filter((c) => VALUE_ROLES.has(c.role));
    for (const row of table.rows) for (const column of cols) yield { table, row, column, value: reader.get(row.index, column.index) };
  }
}
