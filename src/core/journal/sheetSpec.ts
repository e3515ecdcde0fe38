/**
 * A SheetSpec laid out for writing: one matrix of contents (formulas or constants) and number
 * formats over the used box, and runs of identically styled cells per row, so a host writes a
 * whole table in a handful of operations whatever its size.
 */
import type { JournalEntry, SheetCellSpec, SheetSpec } from "../workbook/host";
import { needsTextGuard, newId } from "./journal";

export interface SheetMatrix {
  rows: number;
  cols: number;
  /** "=formula", a constant, or "" for empty. */
  contents: (string | number)[][];
  numFmt: string[][];
  /** Cells holding text that must stay text (guarded with the "@" format). */
  textCells: { row: number; col: number }[];
}

export function sheetMatrix(spec: SheetSpec): SheetMatrix {
  let rows = 0;
  let cols = 0;
  for (const c of spec.cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  const contents = Array.from({ length: rows }, () => new Array<string | number>(cols).fill(""));
  const numFmt = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  const textCells: { row: number; col: number }[] = [];
  for (const c of spec.cells) {
    if (c.formula) contents[c.row][c.col] = `=${c.formula}`;
    else if (c.value !== undefined && c.value !== null) contents[c.row][c.col] = c.value;
    if (c.numFmt) numFmt[c.row][c.col] = c.numFmt;
    if (!c.formula && needsTextGuard(c.value)) {
      numFmt[c.row][c.col] = "@";
      textCells.push({ row: c.row, col: c.col });
    }
  }
  return { rows, cols, contents, numFmt, textCells };
}

export type CellStyle = Pick<SheetCellSpec, "bold" | "italic" | "fill" | "border" | "wrap" | "align" | "verticalAlign">;

export interface StyleRun {
  row: number;
  fromCol: number;
  toCol: number;
  style: CellStyle;
}

function styleOf(c: SheetCellSpec): CellStyle | null {
  const s: CellStyle = {};
  if (c.bold) s.bold = true;
  if (c.italic) s.italic = true;
  if (c.fill) s.fill = c.fill;
  if (c.border) s.border = true;
  if (c.wrap) s.wrap = true;
  if (c.align) s.align = c.align;
  if (c.verticalAlign) s.verticalAlign = c.verticalAlign;
  return Object.keys(s).length ? s : null;
}

/** Adjacent cells of a row with the same style become one run. */
export function styleRuns(spec: SheetSpec): StyleRun[] {
  const styled = spec.cells
    .map((c) => ({ c, s: styleOf(c) }))
    .filter((x): x is { c: SheetCellSpec; s: CellStyle } => x.s !== null)
    .sort((a, b) => a.c.row - b.c.row || a.c.col - b.c.col);
  const runs: StyleRun[] = [];
  for (const { c, s } of styled) {
    const last = runs[runs.length - 1];
    const key = JSON.stringify(s);
    if (last && last.row === c.row && last.toCol === c.col - 1 && JSON.stringify(last.style) === key) last.toCol = c.col;
    else runs.push({ row: c.row, fromCol: c.col, toCol: c.col, style: s });
  }
  return runs;
}

export interface RowHeightRun {
  fromRow: number;
  toRow: number;
  /** Points. */
  height: number;
}

/** Consecutive rows of the same height become one run, so a host sets them in one operation. */
export function rowHeightRuns(spec: SheetSpec): RowHeightRun[] {
  const rows = Object.entries(spec.rowHeights ?? {})
    .map(([row, height]) => ({ row: Number(row), height }))
    .filter((r) => Number.isInteger(r.row) && r.row >= 0 && r.height > 0)
    .sort((a, b) => a.row - b.row);
  const runs: RowHeightRun[] = [];
  for (const { row, height } of rows) {
    const last = runs[runs.length - 1];
    if (last && last.toRow === row - 1 && last.height === height) last.toRow = row;
    else runs.push({ fromRow: row, toRow: row, height });
  }
  return runs;
}

/** The journal entry for a sheet the add-in created: undo deletes the sheet. */
export function sheetAddedEntry(sheet: string, meta: { batch: string; label: string; session?: string }): JournalEntry {
  return {
    id: newId("j"),
    batch: meta.batch,
    label: meta.label,
    sheet,
    cell: "",
    kind: "sheet-added",
    session: meta.session,
    oldValue: null,
    newValue: null,
    time: new Date().toISOString(),
  };
}
