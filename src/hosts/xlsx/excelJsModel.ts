/**
 * The file host's write path: ExcelJS holds the workbook once the add-in writes into it (fixes,
 * journal, narrative sheet) and serialises the copy. This module is loaded only then (ExcelJS's
 * main entry alone costs ~0,36 s in Node and ~1 MB in the page). `workbookModel` re-reads the
 * core model from the edited ExcelJS workbook; on an unedited file it gives the same model as
 * readXlsx (test/hosts/xlsx/readerParity.test.ts uses it as the oracle).
 */
import { withHiddenPlaces } from "../../core/workbook/hiddenPlaces";
import ExcelJS from "exceljs";
import type { Cell, MergedArea, Sheet, Workbook } from "../../core/workbook/model";
import { WorkbookReadError } from "./errors";
import { MERGE_TYPE, toCellValue } from "./cells";

/** Opens .xlsx bytes with ExcelJS (the bytes were already read once by readXlsx, so they are a workbook). */
export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // Node's ExcelJS wants a Buffer; its browser build takes the bytes as they are.
    const input = typeof Buffer !== "undefined" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
    await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, " ");
    throw new WorkbookReadError("rusak", `Buku kerja tidak dapat disiapkan untuk ditulisi (${detail.slice(0, 120)}).`);
  }
  return wb;
}
/** Shared formulas are made explicit once, so any cell can be rewritten without breaking its clones. */
export function unshareFormulas(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { sharedFormula?: string; formula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && (v.sharedFormula || (v.formula && cell.formulaType === ExcelJS.FormulaType.Master))) {
          cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
        }
      }),
    ),
  );
}

/** The core model of an ExcelJS workbook as it is in memory (also after the file host wrote into it). */
export function workbookModel(wb: ExcelJS.Workbook): Workbook {
  const sheets: Sheet[] = [];
  wb.eachSheet((ws) => sheets.push(readSheet(ws)));
  return { sheets };
}

/** ExcelJS internals read directly (50.000-row sheets): rows and cells as stored, without getters or callbacks. */
interface RawCell {
  _value?: { type: number; model?: { value?: unknown } };
  style?: ExcelJS.Style;
}
interface RawRow {
  _cells?: (RawCell | undefined)[];
  _hidden?: boolean;
}
interface RawColumn {
  _hidden?: boolean;
}

const NULL_TYPE = 0;
const NUMBER_TYPE = 2;
const STRING_TYPE = 3;

function readSheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: (Cell | undefined)[][] = [];
  const stored = (ws as unknown as { _rows?: (RawRow | undefined)[] })._rows;
  if (Array.isArray(stored)) {
    for (let r = 0; r < stored.length; r++) {
      const raw = stored[r]?._cells;
      if (!raw) continue;
      let cells: (Cell | undefined)[] | undefined;
      for (let c = 0; c < raw.length; c++) {
        const rc = raw[c];
        if (!rc || !rc._value || rc._value.type === NULL_TYPE) continue;
        const cell = readRawCell(rc);
        if (!cell) continue;
        if (!cells) cells = [];
        cells[c] = cell;
      }
      if (cells) rows[r] = cells;
    }
  } else {
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        const cell = readCell(c);
        if (cell) cells[colNumber - 1] = cell;
      });
      if (cells.length > 0) rows[rowNumber - 1] = cells;
    });
  }
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const sheet: Sheet = { name: ws.name, rows, merges: readMerges(ws), hidden: ws.state !== "visible" ? true : undefined };
  return withHiddenPlaces(sheet, hiddenIndexes(stored), hiddenIndexes((ws as unknown as { _columns?: RawColumn[] })._columns));
}

/** Indexes of the hidden rows (or columns) ExcelJS stores. */
function hiddenIndexes(list: (RawRow | RawColumn | undefined)[] | undefined): number[] {
  const out: number[] = [];
  if (Array.isArray(list)) for (let i = 0; i < list.length; i++) if (list[i]?._hidden) out.push(i);
  return out;
}

/** Plain numbers and strings straight from the stored model; everything else through readCell. */
function readRawCell(rc: RawCell): Cell | undefined {
  const v = rc._value!;
  const type = v.type;
  if ((type !== NUMBER_TYPE && type !== STRING_TYPE) || !v.model) return readCell(rc as unknown as ExcelJS.Cell);
  const raw = v.model.value;
  const value =
    type === NUMBER_TYPE
      ? typeof raw === "number" && Number.isFinite(raw)
        ? raw
        : null
      : typeof raw === "string"
        ? raw
        : toCellValue(raw);
  if (value === null) return undefined;
  const cell: Cell = { value };
  applyStyle(cell, rc.style);
  return cell;
}

function applyStyle(cell: Cell, style: Partial<ExcelJS.Style> | undefined): void {
  if (!style) return;
  if (style.numFmt && style.numFmt !== "General") cell.numFmt = style.numFmt;
  if (style.font && style.font.bold) cell.bold = true;
  const indent = style.alignment && style.alignment.indent;
  if (indent) cell.indent = indent;
}

function readCell(c: ExcelJS.Cell): Cell | undefined {
  if ((c.type as number) === MERGE_TYPE) return undefined;
  const raw = c.value;
  const value = toCellValue(raw);
  const cell: Cell = { value };
  if (raw && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw)) {
    const f = c.formula;
    if (f) cell.formula = f;
  }
  applyStyle(cell, c.style);
  if (value === null && !cell.formula) return undefined;
  return cell;
}

function readMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: MergedArea }> })._merges ?? {};
  const out: MergedArea[] = [];
  for (const key of Object.keys(merges)) {
    const m = merges[key].model;
    if (!m) continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return out;
}
