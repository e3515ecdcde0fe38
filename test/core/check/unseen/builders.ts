/**
 * Workbook-building helpers shared by the unseen-layout cases (unseen/cases.ts, unseen2/cases.ts):
 * case and expectation types, cell writers, titles, borders, number formats and rounding.
 */
import ExcelJS from "exceljs";

export type Val =
  number | string | null | { f: string; v: number | string; fmt?: string } | { n: number; fmt: string } | { e: string };

export interface Expect {
  rule: string;
  sheet: string;
  /** A1 cell, or "*" for any cell of the sheet. */
  cell: string;
  /** Allowed but not required. */
  optional?: boolean;
  why: string;
}

export interface UnseenCase {
  id: string;
  layout: string;
  build: () => Promise<Buffer>;
  expect: Expect[];
}

export function col(n: number): string {
  let s = "";
  n += 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Zero-based column index of a column letter: colIndex(“A”) = 0. */
export const colIndex = (letter: string) => letter.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Column letters from a letter and an offset: C(“B”, 2) = “D”. */
export function L(letter: string, offset = 0): string {
  return col(colIndex(letter) + offset);
}

function setCell(ws: ExcelJS.Worksheet, r: number, c: number, v: Val, fmt?: string, bold?: boolean): void {
  if (v === null || v === undefined) return;
  const cell = ws.getCell(r, c + 1);
  if (typeof v === "number" || typeof v === "string") {
    cell.value = v;
    if (fmt && typeof v === "number") cell.numFmt = fmt;
  } else if ("f" in v) {
    cell.value = { formula: v.f, result: v.v };
    const f = v.fmt ?? fmt;
    if (f) cell.numFmt = f;
  } else if ("n" in v) {
    cell.value = v.n;
    cell.numFmt = v.fmt;
  } else if ("e" in v) {
    cell.value = { error: v.e } as unknown as ExcelJS.CellErrorValue;
  }
  if (bold) cell.font = { bold: true };
}

/** Writes rows starting at (row, col letter); fmts per column offset for numbers; bold rows by offset. */
export function put(
  ws: ExcelJS.Worksheet,
  row: number,
  startCol: string,
  data: Val[][],
  opts: { fmt?: Record<number, string>; bold?: number[]; boldAll?: boolean } = {},
): void {
  const c0 = colIndex(startCol);
  data.forEach((vals, i) =>
    vals.forEach((v, j) => setCell(ws, row + i, c0 + j, v, opts.fmt?.[j], opts.boldAll || opts.bold?.includes(i))),
  );
}

/** A bold title in a merged range. */
export function title(ws: ExcelJS.Worksheet, range: string, text: string): void {
  ws.mergeCells(range);
  const a = range.split(":")[0];
  ws.getCell(a).value = text;
  ws.getCell(a).font = { bold: true };
}

/** A bold title in a merged range, centred. */
export function centeredTitle(ws: ExcelJS.Worksheet, range: string, text: string): void {
  title(ws, range, text);
  ws.getCell(range.split(":")[0]).alignment = { horizontal: "center" };
}

/** Thin borders around every cell of rows r1..r2, columns c1..c2 (1-based). */
export function borders(ws: ExcelJS.Worksheet, r1: number, r2: number, c1: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++)
      ws.getCell(r, c).border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
}

export const r2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
export const pct = (num: number, den: number) => r2((num / den) * 100);
export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
export const RP = "#,##0";
export const RP2 = "#,##0.00";
export const P2 = "0.00";

export async function save(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function newWb(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Subbag Perencanaan dan Keuangan";
  return wb;
}
