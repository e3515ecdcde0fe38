/**
 * Arguments arrive as 2-D arrays (Excel wraps a single cell as 1×1). Results are spilled arrays of
 * the broadcast shape, the way Excel combines a range with a single value. Nothing here spreads a
 * range into arguments (`Math.max(...rows)`), so whole columns (1.048.576 rows) work.
 */
import { ExcelErrorResult, excelError } from "./errors";

export type Matrix = unknown[][];
/** One result cell: a number, text ("" leaves the cell blank), or an error. */
export type CellOut = number | string | ExcelErrorResult;

/** A value as the impl receives it: a 2-D range, a row typed in the CLI, a scalar, or nothing. */
export function asMatrix(arg: unknown): Matrix {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    return arg.every(Array.isArray) ? (arg as Matrix) : [arg];
  }
  return [[arg === undefined ? null : arg]];
}

const SIZE_MISMATCH = excelError("#N/A", "Ukuran rentang argumen tidak sama");
const OUTSIDE = Symbol("outside");

/** Widest row of m. */
function widthOf(m: Matrix): number {
  let w = 0;
  for (let i = 0; i < m.length; i++) if (m[i].length > w) w = m[i].length;
  return w;
}

/** True when m is a single cell, which Excel repeats over the whole shape. */
export function isSingle(m: Matrix): boolean {
  return m.length === 1 && m[0].length === 1;
}

/** Applies fn cell by cell over the broadcast shape; cells beyond a smaller range are #N/A, as in Excel. */
export function broadcast(args: unknown[], fn: (...cells: unknown[]) => CellOut): CellOut[][] {
  const matrices = args.map(asMatrix);
  if (matrices.length === 2) return broadcast2(matrices[0], matrices[1], fn);
  let rows = 0;
  let cols = 0;
  for (const m of matrices) {
    if (m.length > rows) rows = m.length;
    const w = widthOf(m);
    if (w > cols) cols = w;
  }
  const cells: unknown[] = new Array(matrices.length);
  const out = new Array<CellOut[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<CellOut>(cols);
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let i = 0; i < matrices.length; i++) {
        const v = pick(matrices[i], r, c);
        if (v === OUTSIDE) outside = true;
        cells[i] = v;
      }
      row[c] = outside ? SIZE_MISMATCH : fn(...cells);
    }
    out[r] = row;
  }
  return out;
}

/** broadcast for two arguments (CAPAIAN, SERAPAN, TERBILANG over columns): no per-cell arrays. */
export function broadcast2(a: Matrix, b: Matrix, fn: (x: unknown, y: unknown) => CellOut): CellOut[][] {
  const rows = Math.max(a.length, b.length);
  const cols = Math.max(widthOf(a), widthOf(b));
  const out = new Array<CellOut[]>(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<CellOut>(cols);
    for (let c = 0; c < cols; c++) {
      const x = pick(a, r, c);
      const y = pick(b, r, c);
      row[c] = x === OUTSIDE || y === OUTSIDE ? SIZE_MISMATCH : fn(x, y);
    }
    out[r] = row;
  }
  return out;
}

/** The cell of m at (r, c), repeating a single row or column across the shape. */
function pick(m: Matrix, r: number, c: number): unknown {
  const row = m.length === 1 ? m[0] : m[r];
  if (row === undefined) return OUTSIDE;
  if (row.length === 1) return row[0];
  return c < row.length ? row[c] : OUTSIDE;
}

/** Every cell of a range, row by row. */
export function cellsOf(arg: unknown): unknown[] {
  const m = asMatrix(arg);
  const out: unknown[] = [];
  for (const row of m) for (let i = 0; i < row.length; i++) out.push(row[i]);
  return out;
}

/** True for an omitted optional argument: null, undefined, or a single empty cell. */
export function isOmitted(arg: unknown): boolean {
  const m = asMatrix(arg);
  return m.length === 1 && m[0].length === 1 && (m[0][0] === null || m[0][0] === undefined || m[0][0] === "");
}
