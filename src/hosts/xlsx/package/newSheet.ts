/** A worksheet part for a sheet the add-in creates (cells, styles, widths, heights, merges, freeze). */
import { rangeA1, toA1 } from "../../../core/workbook/address";
import type { NewCell, NewSheet } from "./changes";
import { cellXml } from "./cellXml";
import type { StyleBook } from "./styles";
import { attrs } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function hasStyle(c: NewCell): boolean {
  const s = c.style;
  return !!s && !!(s.numFmt || s.bold || s.italic || s.fill || s.border || s.wrap || s.horizontal || s.vertical);
}

function sheetView(sheet: NewSheet): string {
  const rows = sheet.freezeRows ?? 0;
  const cols = sheet.freezeCols ?? 0;
  if (rows <= 0 && cols <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane${attrs([
      ["xSplit", cols > 0 ? cols : undefined],
      ["ySplit", rows > 0 ? rows : undefined],
      ["topLeftCell", toA1(rows, cols)],
      ["activePane", pane],
      ["state", "frozen"],
    ])}/>` +
    `<selection pane="${pane}" activeCell="${toA1(rows, cols)}" sqref="${toA1(rows, cols)}"/>` +
    "</sheetView></sheetViews>"
  );
}

function columns(sheet: NewSheet): string {
  const widths = (sheet.columnWidths ?? []).filter((w) => w.width > 0).sort((a, b) => a.col - b.col);
  if (widths.length === 0) return "";
  const cols = widths.map(
    (w) => `<col min="${w.col + 1}" max="${w.col + 1}" width="${Number(w.width.toFixed(4))}" customWidth="1"/>`,
  );
  return `<cols>${cols.join("")}</cols>`;
}

export function newSheetXml(sheet: NewSheet, styles: () => StyleBook): string {
  const cells = sheet.cells
    .filter((c) => c.content.kind !== "empty" || hasStyle(c))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const heights = new Map((sheet.rowHeights ?? []).map((h) => [h.row, h.height]));
  const rowNumbers = [...new Set([...cells.map((c) => c.row), ...heights.keys()])].sort((a, b) => a - b);
  const byRow = new Map<number, NewCell[]>();
  for (const c of cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
  }
  const rows = rowNumbers.map((r) => {
    const height = heights.get(r);
    const inner = (byRow.get(r) ?? [])
      .map((c) => cellXml("", c.row, c.col, c.content, hasStyle(c) ? styles().cellFormat(c.style!) : 0))
      .join("");
    const head = `<row${attrs([
      ["r", r + 1],
      ["ht", height],
      ["customHeight", height !== undefined ? 1 : undefined],
    ])}`;
    return inner ? `${head}>${inner}</row>` : `${head}/>`;
  });
  const lastRow = Math.max(0, ...cells.map((c) => c.row));
  const lastCol = Math.max(0, ...cells.map((c) => c.col));
  const merges = (sheet.merges ?? []).map((m) => `<mergeCell ref="${rangeA1(m.top, m.left, m.bottom, m.right)}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${cells.length > 0 ? rangeA1(0, 0, lastRow, lastCol) : "A1"}"/>` +
    sheetView(sheet) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(sheet) +
    (rows.length > 0 ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>") +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
