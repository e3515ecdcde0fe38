/** Hidden rows and columns of a sheet: kept on the model only where a sheet has any. */
import type { Sheet } from "./model";

/** The sheet with its hidden rows and columns (0-based, any order), where it has any. */
export function withHiddenPlaces(sheet: Sheet, rows: Iterable<number>, columns: Iterable<number>): Sheet {
  const sorted = (xs: Iterable<number>) => [...new Set(xs)].sort((x, y) => x - y);
  const hiddenRows = sorted(rows);
  const hiddenColumns = sorted(columns);
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (hiddenColumns.length > 0) sheet.hiddenColumns = hiddenColumns;
  return sheet;
}

/** First index in the ascending `list` whose value is ≥ `value` (list.length when none). */
export function lowerBound(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the ascending list (a sheet's hidden rows or columns) holds `index`. */
export function hides(list: number[] | undefined, index: number): boolean {
  if (!list) return false;
  const i = lowerBound(list, index);
  return i < list.length && list[i] === index;
}
