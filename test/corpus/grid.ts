/**
 * Writes a table model (columns by key, rows by id) into an ExcelJS sheet at any position and in any
 * column order, and tells where each logical cell landed, so a case can state its truth by row id and
 * column key while the layout varies.
 */
import ExcelJS from "exceljs";

/**
 * A cell value: number, text, formula with its cached result, Excel error, or number with its own format.
 * Formulas name cells by key: `{target}` (same row), `{capaian@s1.i2}` (row id), `{capaian@s1.i0:s1.i2}` (range).
 */
export type Val =
  number | string | null | undefined | { f: string; v: number | string } | { e: string } | { n: number; fmt: string };

export interface Column {
  key: string;
  header: string;
  /** Upper header spanning consecutive columns of the same group (two-row header). */
  group?: string;
  fmt?: string;
  width?: number;
  hidden?: boolean;
}

export interface Row {
  id?: string;
  cells: Record<string, Val>;
  bold?: boolean;
  /** Horizontal merges, from key to key (e.g. a closing label over NO..INDIKATOR). */
  merges?: [string, string][];
  /** Vertical merges: the cell of this key spans n rows from here. */
  down?: Record<string, number>;
  indent?: Record<string, number>;
}

export interface TableSpec {
  columns: Column[];
  rows: Row[];
  /** Numbering row under the header, per column key. */
  numbering?: Record<string, string | number>;
  /** Border every cell of the table (most offices do). */
  borders?: boolean;
}

export interface Placed {
  sheet: string;
  /** A1 address of a logical cell. */
  addr(rowId: string, key: string): string;
  rowOf(rowId: string): number;
  colOf(key: string): string;
  headerRow: number;
  firstDataRow: number;
  lastRow: number;
}

export function colLetter(index0: number): string {
  let s = "";
  let n = index0 + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A bold line of text (title, unit, period) merged over `width` columns. */
export function titleLine(ws: ExcelJS.Worksheet, row: number, col0: number, width: number, text: string): void {
  if (width > 1) ws.mergeCells(row, col0 + 1, row, col0 + width);
  const cell = ws.getCell(row, col0 + 1);
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: "center" };
}

/** Writes the table with its header at (row, col0) — row 1-based, col0 zero-based. */
export function renderTable(ws: ExcelJS.Worksheet, spec: TableSpec, row: number, col0 = 0): Placed {
  const keys = spec.columns.map((c) => c.key);
  const colOf = (key: string) => {
    const i = keys.indexOf(key);
    if (i < 0) throw new Error(`no column ${key}`);
    return colLetter(col0 + i);
  };
  const twoRows = spec.columns.some((c) => c.group);
  const headerRow = row;
  spec.columns.forEach((c, i) => {
    const col = col0 + i + 1;
    const cell = ws.getCell(headerRow + (twoRows && c.group ? 1 : 0), col);
    cell.value = c.header;
    if (c.width) ws.getColumn(col).width = c.width;
    if (c.hidden) ws.getColumn(col).hidden = true;
    if (twoRows && !c.group) ws.mergeCells(headerRow, col, headerRow + 1, col);
  });
  if (twoRows) {
    let i = 0;
    while (i < spec.columns.length) {
      const g = spec.columns[i].group;
      let j = i;
      while (g && j + 1 < spec.columns.length && spec.columns[j + 1].group === g) j++;
      if (g) {
        if (j > i) ws.mergeCells(headerRow, col0 + i + 1, headerRow, col0 + j + 1);
        ws.getCell(headerRow, col0 + i + 1).value = g;
      }
      i = j + 1;
    }
  }
  const headerRows = twoRows ? 2 : 1;
  for (let r = headerRow; r < headerRow + headerRows; r++)
    spec.columns.forEach((_, i) => {
      const cell = ws.getCell(r, col0 + i + 1);
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
  let r = headerRow + headerRows;
  if (spec.numbering) {
    spec.columns.forEach((c, i) => {
      const v = spec.numbering?.[c.key];
      if (v !== undefined) ws.getCell(r, col0 + i + 1).value = v;
    });
    r++;
  }
  const firstDataRow = r;
  const rowIds = new Map<string, number>();
  spec.rows.forEach((row, i) => {
    if (row.id) rowIds.set(row.id, firstDataRow + i);
  });
  const rowOf = (id: string) => {
    const n = rowIds.get(id);
    if (n === undefined) throw new Error(`no row ${id}`);
    return n;
  };
  const resolve = (formula: string, here: number) =>
    formula.replace(/\{(\w+)(?:@([\w.]+)(?::([\w.]+))?)?\}/g, (_, key: string, a?: string, b?: string) => {
      const c = colOf(key);
      if (!a) return `${c}${here}`;
      return b ? `${c}${rowOf(a)}:${c}${rowOf(b)}` : `${c}${rowOf(a)}`;
    });
  spec.rows.forEach((row, i) => {
    const at = firstDataRow + i;
    spec.columns.forEach((c, j) => {
      const v = row.cells[c.key];
      const cell = ws.getCell(at, col0 + j + 1);
      writeVal(cell, v, c.fmt, (f) => resolve(f, at));
      if (row.bold) cell.font = { bold: true };
      const ind = row.indent?.[c.key];
      if (ind) cell.alignment = { indent: ind };
    });
    for (const [from, to] of row.merges ?? []) ws.mergeCells(`${colOf(from)}${at}:${colOf(to)}${at}`);
    for (const [key, n] of Object.entries(row.down ?? {}))
      if (n > 1) ws.mergeCells(`${colOf(key)}${at}:${colOf(key)}${at + n - 1}`);
  });
  const lastRow = firstDataRow + spec.rows.length - 1;
  if (spec.borders !== false)
    for (let rr = headerRow; rr <= lastRow; rr++)
      for (let cc = 0; cc < spec.columns.length; cc++) ws.getCell(rr, col0 + cc + 1).border = THIN;
  return {
    sheet: ws.name,
    addr: (id, key) => `${colOf(key)}${rowOf(id)}`,
    rowOf,
    colOf,
    headerRow,
    firstDataRow,
    lastRow,
  };
}

function writeVal(cell: ExcelJS.Cell, v: Val, fmt: string | undefined, resolve: (f: string) => string): void {
  if (v === null || v === undefined) return;
  if (typeof v === "number") {
    cell.value = v;
    if (fmt) cell.numFmt = fmt;
  } else if (typeof v === "string") {
    cell.value = v;
  } else if ("f" in v) {
    cell.value = { formula: resolve(v.f), result: v.v };
    if (fmt) cell.numFmt = fmt;
  } else if ("e" in v) {
    cell.value = { error: v.e } as unknown as ExcelJS.CellErrorValue;
  } else {
    cell.value = v.n;
    cell.numFmt = v.fmt;
  }
}

/** Workbook creation and saving are shared with the unseen-layout cases. */
export { save as saveWorkbook, newWb as newWorkbook } from "../core/check/unseen/builders";
