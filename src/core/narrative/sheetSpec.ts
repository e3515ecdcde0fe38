/**
 * narrativeSheetSpec: the narrative document as one new formatted sheet (report-style tables with
 * borders, header fill, wrapped text, number formats, widths), formulas linked to the source cells
 * and across the new tables, cached values filled in.
 */
import type { SheetCellSpec, SheetSpec } from "../workbook/host";
import type { MergedArea } from "../workbook/model";
import { printFormula } from "./expr";
import { excelNumberFormat } from "./format";
import { layoutDocument, TablePlacement } from "./layout";
import type { NarrativeCell, NarrativeDocument, NarrativeTable } from "./types";
import { NARRATIVE_TITLE } from "../workbook/ownSheets";
import { fitCellText } from "../workbook/limits";

export const HEADER_FILL = "#D9E1F2";
export const TOTAL_FILL = "#F2F2F2";
export const DEFAULT_SHEET_NAME = "Tabel Naratif";

/** "Tabel Naratif", or "Tabel Naratif (2)", "(3)"… when the name is taken (case-insensitive, as Excel compares). */
export function freeSheetName(existing: string[], base = DEFAULT_SHEET_NAME): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const POINTS_PER_LINE = 15;

/** Lines a text needs in a box of `width` characters: words wrapped greedily, a little slack for wide letters. */
function linesFor(text: string, width: number): number {
  const room = Math.max(4, width * 0.95 - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const len = word.length;
    if (used > 0 && used + 1 + len > room) {
      lines++;
      used = len;
    } else used += (used > 0 ? 1 : 0) + len;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/** The sheet, with row heights (points) for wrapped notes and sentences in merged cells, which no host autofits. */
export function narrativeSheetSpec(doc: NarrativeDocument, name: string = DEFAULT_SHEET_NAME): SheetSpec {
  const placements = layoutDocument(doc);
  const byId = new Map(placements.map((p) => [p.table.id, p]));
  const cells: SheetCellSpec[] = [];
  const merges: MergedArea[] = [];
  const rowHeights: Record<number, number> = {};
  const widths: number[] = [];
  for (const p of placements) p.table.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  const sheetWidth = widths.length;

  const paragraph = (row: number, text: string, extra: Partial<SheetCellSpec>, lastCol: number) => {
    cells.push({ row, col: 0, value: text, wrap: true, verticalAlign: "top", ...extra });
    if (lastCol > 0) merges.push({ top: row, left: 0, bottom: row, right: lastCol });
  };

  cells.push({ row: 0, col: 0, value: NARRATIVE_TITLE, bold: true });
  doc.notes.forEach((note, i) => paragraph(1 + i, note, { italic: true }, sheetWidth - 1));

  placements.forEach((p, n) => {
    const table = p.table;
    const last = table.columns.length - 1;
    cells.push({ row: p.titleRow, col: 0, value: `Tabel ${n + 1}. ${table.title}`, bold: true });
    headerCells(p, cells, merges);
    const resolve = (id: string | undefined, row: number, col: number) => {
      const target = id === undefined ? p : byId.get(id);
      if (!target) throw new Error(`Tabel ${id} tidak ada di dokumen`);
      return { row: target.bodyRow + row, col };
    };
    table.rows.forEach((row, r) => {
      const sheetRow = p.bodyRow + r;
      const total = row.style === "total";
      row.cells.forEach((c, col) => {
        if (!c) {
          cells.push({
            row: sheetRow,
            col,
            border: true,
            wrap: true,
            verticalAlign: "top",
            fill: total ? TOTAL_FILL : undefined,
            bold: total || undefined,
          });
          return;
        }
        cells.push(bodyCell(c, sheetRow, col, total, row.style === "parent", (e) => printFormula(e, resolve)));
        if (c.rowSpan && c.rowSpan > 1) merges.push({ top: sheetRow, left: col, bottom: sheetRow + c.rowSpan - 1, right: col });
        if (total && typeof c.value === "string") {
          let end = col;
          while (end + 1 <= last && row.cells[end + 1] === null) end++;
          if (end > col) merges.push({ top: sheetRow, left: col, bottom: sheetRow, right: end });
        }
      });
    });
    let row = p.afterRow;
    for (const note of table.notes) paragraph(row++, `Catatan: ${note}`, { italic: true }, last);
    for (const sentence of table.sentences) paragraph(row++, sentence, {}, last);
  });
  fitRowHeights(cells, merges, widths, rowHeights);
  // Text copied from the workbook may be longer than a cell holds (Excel refuses such a write).
  for (const c of cells) if (typeof c.value === "string") c.value = fitCellText(c.value);
  return { name, cells, merges, columnWidths: widths, rowHeights };
}

/** Heights for rows whose wrapped text needs more than one line (merged areas spanning rows excepted). */
function fitRowHeights(cells: SheetCellSpec[], merges: MergedArea[], widths: number[], heights: Record<number, number>): void {
  const spanOf = new Map<string, MergedArea>();
  for (const m of merges) spanOf.set(`${m.top}:${m.left}`, m);
  for (const c of cells) {
    if (!c.wrap || typeof c.value !== "string" || c.value === "") continue;
    const m = spanOf.get(`${c.row}:${c.col}`);
    if (m && m.bottom > m.top) continue;
    const width = widths.slice(c.col, (m ? m.right : c.col) + 1).reduce((a, w) => a + w, 0);
    const lines = linesFor(c.value, width);
    if (lines > 1) heights[c.row] = Math.max(heights[c.row] ?? 0, lines * POINTS_PER_LINE);
  }
}

function headerCells(p: TablePlacement, cells: SheetCellSpec[], merges: MergedArea[]): void {
  const table: NarrativeTable = p.table;
  const top = p.titleRow + 1;
  const style = {
    bold: true,
    fill: HEADER_FILL,
    border: true,
    wrap: true,
    align: "center" as const,
    verticalAlign: "middle" as const,
  };
  if (p.headerRows === 1) {
    table.columns.forEach((c, col) => cells.push({ row: top, col, value: c.header, ...style }));
    return;
  }
  let col = 0;
  while (col < table.columns.length) {
    const group = table.columns[col].group;
    if (group === undefined) {
      cells.push({ row: top, col, value: table.columns[col].header, ...style }, { row: top + 1, col, ...style });
      merges.push({ top, left: col, bottom: top + 1, right: col });
      col++;
      continue;
    }
    let end = col;
    while (end + 1 < table.columns.length && table.columns[end + 1].group === group) end++;
    for (let c = col; c <= end; c++) {
      cells.push(
        { row: top, col: c, value: c === col ? group : undefined, ...style },
        { row: top + 1, col: c, value: table.columns[c].header, ...style },
      );
    }
    if (end > col) merges.push({ top, left: col, bottom: top, right: end });
    col = end + 1;
  }
}

function bodyCell(
  c: NarrativeCell,
  row: number,
  col: number,
  total: boolean,
  parent: boolean,
  print: (e: NonNullable<NarrativeCell["formula"]>) => string,
): SheetCellSpec {
  const value =
    c.value === null ? null : typeof c.value === "string" ? `${"   ".repeat(c.indent ?? 0)}${c.value}` : c.value.toNumber();
  const spec: SheetCellSpec = {
    row,
    col,
    value,
    border: true,
    wrap: true,
    verticalAlign: "top",
    align: c.align ?? (typeof c.value === "string" ? "left" : "right"),
  };
  if (c.formula) spec.formula = print(c.formula);
  const fmt = excelNumberFormat(c.format);
  if (fmt && typeof c.value !== "string") spec.numFmt = fmt;
  if (c.bold || total || parent) spec.bold = true;
  if (total) spec.fill = TOTAL_FILL;
  return spec;
}
