/**
 * Cached typed access to the cells of one recognised table. General-format numbers hide trailing
 * zeros (98,40 shows as 98.4, 100,00 as 100), so they are read at least at the decimals most
 * General numbers of their column show.
 */
import type { Workbook } from "../workbook/model";
import type { RecognizedTable, TypedValue } from "./types";
import { Grid } from "./grid";
import { FAST, fastNumber, ownDecimals, scaleOf, typedValue, unitsOf } from "./values";

/** Kinds of FastColumn.at: a number, a dash, an empty cell, anything else (text, error, broken). */
export const NUMBER = 1;
export const DASH = 2;
export const EMPTY = 3;
export const OTHER = 4;

const KINDS: Record<TypedValue["kind"], number> = {
  number: NUMBER,
  dash: DASH,
  empty: EMPTY,
  error: OTHER,
  text: OTHER,
  broken: OTHER,
};

export class TableReader {
  readonly table: RecognizedTable;
  readonly grid: Grid;
  private readonly cache = new Map<number, (TypedValue | undefined)[]>();
  private readonly generalDecimals = new Map<number, number>();
  private readonly fastColumns = new Map<number, FastColumn>();

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

  /**
   * A column read for the rules' exact fast paths, without a TypedValue per cell: kind, exact
   * scaled-integer form and shown decimals, each exactly as get() would give them.
   */
  fast(col: number): FastColumn {
    let f = this.fastColumns.get(col);
    if (!f) {
      f = new FastColumn(this, col, this.grid.rowCount);
      this.fastColumns.set(col, f);
    }
    return f;
  }

  /** Most common decimals of the non-integer General numbers in the column's data rows (0 if none). */
  columnDecimals(col: number): number {
    let d = this.generalDecimals.get(col);
    if (d !== undefined) return d;
    const counts = new Map<number, number>();
    for (let i = 0; i < this.table.rows.length; i++) {
      const row = this.table.rows[i];
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

/**
 * One column's cells as the fast paths see them, filled on first read of a row: `at(row)` gives the
 * kind (NUMBER, DASH, EMPTY, OTHER); then `units[row] / 10^scale[row]` is the exact value when
 * scale[row] ≥ 0 (−1: no fast form), and decimals[row] the decimals it shows (0 when none).
 * Plain number cells are read without building a TypedValue; other cells go through get().
 */
export class FastColumn {
  readonly kind: Uint8Array;
  readonly units: Float64Array;
  readonly scale: Int8Array;
  readonly decimals: Float64Array;
  private general = -1;

  constructor(
    private readonly reader: TableReader,
    private readonly col: number,
    size: number,
  ) {
    this.kind = new Uint8Array(size);
    this.units = new Float64Array(size);
    this.scale = new Int8Array(size);
    this.decimals = new Float64Array(size);
  }

  at(row: number): number {
    const k = this.kind[row];
    return k !== 0 ? k : this.fill(row);
  }

  private fill(row: number): number {
    if (row >= this.kind.length) throw new RangeError(`Baris ${row} di luar lembar`);
    const cell = this.reader.grid.cell(row, this.col);
    if (!cell || cell.value === null) {
      this.scale[row] = -1;
      this.kind[row] = EMPTY;
      return EMPTY;
    }
    if (this.general < 0) this.general = this.reader.columnDecimals(this.col);
    if (fastNumber(cell, this.general)) {
      this.units[row] = FAST.units;
      this.scale[row] = FAST.scale;
      this.decimals[row] = FAST.decimals;
      this.kind[row] = NUMBER;
      return NUMBER;
    }
    const v = this.reader.get(row, this.col);
    const s = scaleOf(v);
    this.scale[row] = s;
    this.units[row] = s >= 0 ? unitsOf(v) : 0;
    this.decimals[row] = v.decimals ?? 0;
    const k = KINDS[v.kind];
    this.kind[row] = k;
    return k;
  }
}
