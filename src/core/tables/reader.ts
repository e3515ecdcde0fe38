/**
 * Cached typed access to the cells of one recognised table. General-format numbers hide trailing
 * zeros (98,40 shows as 98.4, 100,00 as 100), so they are read at least at the decimals most
 * General numbers of their column show.
 */
import type { Workbook } from "../workbook/model";
import type { RecognizedTable, TypedValue } from "./types";
import { Grid } from "./grid";
import { ownDecimals, typedValue } from "./values";

export class TableReader {
  readonly table: RecognizedTable;
  readonly grid: Grid;
  private readonly cache = new Map<number, (TypedValue | undefined)[]>();
  private readonly generalDecimals = new Map<number, number>();

  constructor(grid: Grid, table: RecognizedTable) {
    this.grid = grid;
    this.table = table;
  }

  static forWorkbook(workbook: Workbook, table: RecognizedTable): TableReader {
    const sheet = workbook.sheets.find((s) => s.name === table.sheet);
    if (!sheet) throw new Error(`Lembar ${table.sheet} tidak ditemukan`);
    return new TableReader(new Grid(sheet), table);
  }

  get(row: number, col: number): TypedValue {
    let column = this.cache.get(col);
    if (!column) {
      column = [];
      this.cache.set(col, column);
    }
    let v = column[row];
    if (!v) {
      v = typedValue(this.grid.cell(row, col), row, col, this.columnDecimals(col));
      column[row] = v;
    }
    return v;
  }

  /** Most common decimals of the non-integer General numbers in the column's data rows (0 if none). */
  columnDecimals(col: number): number {
    let d = this.generalDecimals.get(col);
    if (d !== undefined) return d;
    const counts = new Map<number, number>();
    for (const row of this.table.rows) {
      const own = ownDecimals(this.grid.cell(row.index, col));
      if (own !== null && own > 0) counts.set(own, (counts.get(own) ?? 0) + 1);
    }
    d = 0;
    let best = 0;
    counts.forEach((n, dec) => {
      if (n > best || (n === best && dec > d!)) {
        best = n;
        d = dec;
      }
    });
    this.generalDecimals.set(col, d);
    return d;
  }
}
