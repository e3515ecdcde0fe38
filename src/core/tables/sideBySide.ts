/**
 * Two tables side by side on the same rows (a PK table, one blank column, then a budget table:
 * NO | SASARAN | INDIKATOR | … | CAPAIAN |   | PROGRAM | ANGGARAN | REALISASI | SERAPAN) share one
 * header row but are two tables. They are split at a column that is empty over the header and every
 * row below it down to the end of the block, when each side is a table by itself: a label column
 * (no, kode, sasaran, indikator, uraian) and a value column, or a scale (interval and predikat columns:
 * the office's own scale printed beside its PK table). A blank spacer inside one table (before
 * the amounts, between year blocks) leaves a side without labels or without values, and is kept.
 */
import type { HeaderLayout } from "./header";
import { Grid } from "./grid";
import { LABEL_ROLES, VALUE_ROLES } from "./headerRoles";
import { holdsIntervals } from "./scaleColumns";

/** Rows looked at below the header, at most. */
const MAX_ROWS = 5000;

function isTable(grid: Grid, layout: HeaderLayout): boolean {
  const { columns } = layout;
  // A scale: words beside intervals, whatever the interval column's header says ("Nilai Capaian").
  if (columns.some((c) => c.role === "predikat")) {
    if (columns.some((c) => c.role === "rentang")) return true;
    if (columns.some((c) => c.role !== "predikat" && holdsIntervals(grid, layout.dataStart, layout.left, layout.right, c.index)))
      return true;
  }
  return columns.some((c) => LABEL_ROLES.has(c.role)) && columns.some((c) => VALUE_ROLES.has(c.role));
}

/**
 * Columns strictly inside the header's extent that are empty over the header and every row below it
 * down to the end of the block (two blank rows).
 */
function emptyColumns(grid: Grid, layout: HeaderLayout): Set<number> {
  const alive = new Set<number>();
  for (const c of layout.columns)
    if (c.index > layout.left && c.index < layout.right && c.header.trim() === "") alive.add(c.index);
  if (alive.size === 0) return alive;
  const top = layout.rows[0];
  const end = Math.min(grid.rowCount, layout.dataStart + MAX_ROWS);
  let blanks = 0;
  let data = false;
  for (let r = top; r < end && alive.size > 0; r++) {
    if (r >= layout.dataStart) {
      if (grid.isBlankRow(r, layout.left, layout.right)) {
        if (++blanks >= 2) break;
        continue;
      }
      blanks = 0;
      data = true;
    }
    for (const c of alive) if (grid.text(r, c) !== "") alive.delete(c);
  }
  if (!data) alive.clear();
  return alive;
}

function part(layout: HeaderLayout, left: number, right: number): HeaderLayout {
  const columns = layout.columns.filter((c) => c.index >= left && c.index <= right);
  const blocks = layout.blocks
    .map((b) => ({ ...b, columns: b.columns.filter((i) => i >= left && i <= right) }))
    .filter((b) => b.columns.length > 0);
  return { ...layout, left, right, columns, blocks };
}

/** The header's layout, split into the tables that stand side by side on its rows (one layout when none). */
export function splitSideBySide(grid: Grid, layout: HeaderLayout): HeaderLayout[] {
  const { left, right } = layout;
  if (right - left < 3) return [layout];
  const empty = emptyColumns(grid, layout);
  if (empty.size === 0) return [layout];
  const parts: HeaderLayout[] = [];
  let start = left;
  for (let c = left + 1; c < right; c++) {
    if (!empty.has(c)) continue;
    // The spacer run c..e; the sides are start..c-1 and e+1..right.
    let e = c;
    while (empty.has(e + 1)) e++;
    const before = part(layout, start, c - 1);
    const after = part(layout, e + 1, right);
    if (isTable(grid, before) && isTable(grid, after)) {
      parts.push(before);
      start = e + 1;
    }
    c = e;
  }
  if (parts.length === 0) return [layout];
  parts.push(part(layout, start, right));
  return parts;
}
