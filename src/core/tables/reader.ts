/**
 * Cached typed access to the cells of one recognised table. General-format numbers hide trailing
 * zeros (98,40 shows as 98.4, 100,00 as 100), so they are read at least at the decimals most
 * General numbers of their column show.
 */
import type { Workbook } from "../workbook/model";
import type { RecognizedTable, TypedValue } from "./types";
import { Grid } from "./grid";
import { FAST, fastNumber, MAX_DECIMALS, ownDecimals, scaleOf, typedValue, unitsOf } from "./values";
import { columnNotation } from "./columnNotation";
import type { NumberLocale } from "../workbook/model";

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
  private readonly notations = new Map<number, NumberLocale | undefined>();

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
      const cell = this.grid.cell(row, col);
      const notation = typeof cell?.value === "string" ? this.notation(col) : undefined;
      v = typedValue(cell, row, col, this.columnDecimals(col), notation);
      column[row] = v;
    }
    return v;
  }

  /** The decimal mark of the column's text numbers in the table's data rows, read once (only for text cells). */
  private notation(col: number): NumberLocale | undefined {
    if (this.notations.has(col)) return this.notations.get(col);
    const texts: string[] = [];
    for (const row of this.table.rows) {
      const v = this.grid.value(row.index, col);
      if (typeof v === "string") texts.push(v);
    }
    const found = columnNotation(texts);
    this.notations.set(col, found);
    return found;
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
    const counts = new Array<number>(MAX_DECIMALS + 1).fill(0);
    for (let i = 0; i < this.table.rows.length; i++) {
      const row = this.table.rows[i];
      const own = ownDecimals(this.grid.cell(row.index, col));
      if (own !== null && own > 0) counts[own]++;
    }
    d = mostCommonDecimals(counts);
    this.generalDecimals.set(col, d);
    return d;
  }

  /** Records the column's General decimals counted elsewhere (FastColumn); the value counted first stays. */
  recordColumnDecimals(col: number, d: number): number {
    const known = this.generalDecimals.get(col);
    if (known !== undefined) return known;
    this.generalDecimals.set(col, d);
    return d;
  }
}

/** The decimals counted most often (counts[d]: cells showing d decimals; d ≥ 1); the larger on a tie; 0 when none. */
function mostCommonDecimals(counts: number[]): number {
  let d = 0;
  let best = 0;
  for (let dec = 1; dec < counts.length; dec++) {
    if (counts[dec] > 0 && counts[dec] >= best) {
      best = counts[dec];
      d = dec;
    }
  }
  return d;
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
    if (this.general < 0) {
      // The first read fills the column at every row of the table at once.
      this.fillTable();
      const k = this.kind[row];
      if (k !== 0) return k;
    }
    return this.fillRow(row);
  }

  /**
   * Every table row in one pass, the column's General decimals (reader.columnDecimals) counted in
   * the same pass: plain numbers get their shown decimals once that count is done, other cells are
   * read through get() after it.
   */
  private fillTable(): void {
    const rows = this.reader.table.rows;
    const cells = this.reader.grid.sheet.rows;
    const col = this.col;
    const counts = new Array<number>(MAX_DECIMALS + 1).fill(0);
    // Plain General numbers (their row, then the scale their decimals follow) and cells left to get().
    const general: number[] = [];
    const others: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i].index;
      if (row >= this.kind.length) continue;
      const line = cells[row];
      const cell = line ? line[col] : undefined;
      if (!cell || cell.value === null) {
        this.scale[row] = -1;
        this.kind[row] = EMPTY;
        continue;
      }
      if (!fastNumber(cell, 0)) {
        const own = ownDecimals(cell);
        if (own !== null && own > 0) counts[own]++;
        others.push(row);
        continue;
      }
      if (FAST.own > 0) counts[FAST.own]++;
      this.units[row] = FAST.units;
      this.scale[row] = FAST.scale;
      this.decimals[row] = FAST.decimals;
      this.kind[row] = NUMBER;
      if (FAST.general >= 0) general.push(row, FAST.general);
    }
    const d = this.reader.recordColumnDecimals(col, mostCommonDecimals(counts));
    this.general = d;
    for (let k = 0; k < general.length; k += 2) this.decimals[general[k]] = Math.min(Math.max(general[k + 1], d), MAX_DECIMALS);
    for (let k = 0; k < others.length; k++) this.fillRow(others[k]);
  }

  private fillRow(row: number): number {
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
