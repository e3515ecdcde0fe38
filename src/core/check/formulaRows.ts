/**
 * Which other row a cell's formula reads, when it reads exactly one: a capaian formula copied one row
 * too far (`=F7/E7*100` in row 8) is the cause a message should name, not only the value it gives.
 */

/** A1 references of the formula's own sheet (`F7`, `$E$7`), outside string literals and not after `Sheet!`. */
const REFERENCE = /(^|[^A-Za-z0-9_!$.])\$?([A-Z]{1,3})\$?(\d{1,7})(?![A-Za-z0-9_(!])/g;

/** The one 0-based row every same-sheet reference of `formula` points at, when it is not `ownRow`; else null. */
export function otherRowRead(formula: string, ownRow: number): number | null {
  const code = formula.replace(/"[^"]*"/g, '""');
  let row: number | null = null;
  for (const m of code.matchAll(REFERENCE)) {
    const r = Number(m[3]) - 1;
    if (row !== null && r !== row) return null;
    row = r;
  }
  return row !== null && row !== ownRow ? row : null;
}
