/**
 * Arguments arrive as 2-D arrays (Excel wraps a single cell as 1×1). Results are spilled arrays of
 * the broadcast shape, the way Excel combines a range with a single value.
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

/** Applies fn cell by cell over the broadcast shape; cells beyond a smaller range are #N/A, as in Excel. */
export function broadcast(args: unknown[], fn: (...cells: unknown[]) => CellOut): CellOut[][] {
  const matrices = args.map(asMatrix);
  const rows = Math.max(...matrices.map((m) => m.length));
  const cols = Math.max(...matrices.map((m) => Math.max(...m.map((r) => r.length))));
  const out: CellOut[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellOut[] = [];
    for (let c = 0; c < cols; c++) {
      const cells = matrices.map((m) => pick(m, r, c));
      row.push(cells.includes(OUTSIDE) ? SIZE_MISMATCH : fn(...cells));
    }
    out.push(row);
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
  return asMatrix(arg).flat();
}

/** True for an omitted optional argument: null, undefined, or a single empty cell. */
export function isOmitted(arg: unknown): boolean {
  const m = asMatrix(arg);
  return m.length === 1 && m[0].length === 1 && (m[0][0] === null || m[0][0] === undefined || m[0][0] === "");
}
