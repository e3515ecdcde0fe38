/**
 * WorkbookHost over an .xlsx file held in memory (ExcelJS), for the standalone page and the CLI.
 * Same contract as the Office.js host: writes are checked for conflicts and journaled in a
 * veryHidden `_lkjip_jurnal` sheet, settings live in a veryHidden `_lkjip_pengaturan` sheet, and
 * `save()` hands back the workbook with every change.
 */
import ExcelJS from "exceljs";
import type { Workbook } from "../../core/workbook/model";
import { mergeSettings, rowsToSettings, settingsToRows } from "../../core/journal/journal";
import { JournaledWorkbook } from "../../core/journal/journaledWorkbook";
import { rowHeightRuns, styleRuns } from "../../core/journal/sheetSpec";
import {
  CellWrite,
  FileWorkbookHost,
  HostCapabilities,
  JournalEntry,
  SETTINGS_SHEET,
  SheetSpec,
  UndoOptions,
  UndoOutcome,
  WriteOptions,
  WriteOutcome,
} from "../../core/workbook/host";
import { toCellValue } from "./cells";
import { ChangeRecorder } from "./changeRecorder";
import { patchPackage } from "./package/patch";
import { loadExcelJs, workbookModel } from "./readXlsx";
import { XlsxCellStore, XlsxStoreHooks, applyChange } from "./xlsxCellStore";
import { contentOf, formatOf } from "../../core/journal/journaledWorkbook";

type Bytes = ArrayBuffer | Uint8Array;

function toUint8(data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Shared formulas are made explicit once, so any cell can be rewritten without breaking its clones. */
function unshareFormulas(wb: ExcelJS.Workbook): void {
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

const FILE_NOTES: string[] = [];

export class XlsxHost implements FileWorkbookHost {
  readonly kind = "file" as const;
  readonly capabilities: HostCapabilities = { select: false, merges: true, cellFormats: true, settings: true, notes: FILE_NOTES };
  private cached: Workbook | null = null;
  private listeners = new Set<(sheet: string, cell: string) => void>();

  private readonly journaled: JournaledWorkbook;
  /** What the host changed, so `save()` patches only that into the original package. */
  private readonly recorder: ChangeRecorder;
  /** Test hooks of the cell store (fault injection). */
  readonly storeHooks: XlsxStoreHooks;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly fileName: string,
    session: string,
    initial: Workbook,
    private readonly original: Uint8Array,
  ) {
    this.cached = initial;
    this.recorder = new ChangeRecorder(wb);
    this.storeHooks = {
      layout: (ws, spec) => this.applyLayout(ws, spec),
      changed: () => this.changed(),
      writing: (cell) => this.recorder.cell(cell),
    };
    this.journaled = new JournaledWorkbook(new XlsxCellStore(wb, this.storeHooks), session);
  }

  /** Opens .xlsx bytes; throws WorkbookReadError (Indonesian reason) for files that are not workbooks. */
  static async open(data: Bytes, fileName: string, session: string): Promise<XlsxHost> {
    const bytes = toUint8(data);
    const wb = await loadExcelJs(bytes);
    const model = workbookModel(wb);
    unshareFormulas(wb);
    return new XlsxHost(wb, fileName, session, model, bytes);
  }

  read(onProgress?: (done: number, total: number) => void): Promise<Workbook> {
    onProgress?.(0, 1);
    if (!this.cached) this.cached = workbookModel(this.wb);
    const visible = this.cached.sheets.filter((s) => !s.hidden);
    onProgress?.(1, 1);
    return Promise.resolve({ ...this.cached, sheets: visible });
  }

  private changed(): void {
    this.cached = null;
  }

  write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    return this.journaled.write(writes, options);
  }

  addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    return this.journaled.addSheet(spec, options);
  }

  journal(): Promise<JournalEntry[]> {
    return this.journaled.journal();
  }

  undo(options: UndoOptions): Promise<UndoOutcome> {
    return this.journaled.undo(options);
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve(this.wb.worksheets.map((ws) => ws.name));
  }

  /** Contents, styles, widths, row heights, merges and frozen header of a new sheet. */
  private applyLayout(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
    for (const c of spec.cells) {
      const w = { value: c.value, formula: c.formula, numFmt: c.numFmt };
      applyChange(ws.getCell(c.row + 1, c.col + 1), { content: contentOf(w), numFmt: formatOf(w) });
    }
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    for (const run of styleRuns(spec)) {
      const s = run.style;
      for (let col = run.fromCol; col <= run.toCol; col++) {
        const c = ws.getCell(run.row + 1, col + 1);
        if (s.bold || s.italic) c.font = { ...(c.font ?? {}), bold: s.bold, italic: s.italic };
        if (s.fill)
          c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill.replace("#", "").toUpperCase()}` } };
        if (s.border) c.border = { top: thin, bottom: thin, left: thin, right: thin };
        if (s.wrap || s.align || s.verticalAlign) {
          c.alignment = {
            ...(c.alignment ?? {}),
            wrapText: s.wrap,
            horizontal: s.align,
            vertical: s.verticalAlign,
          };
        }
      }
    }
    (spec.columnWidths ?? []).forEach((w, col) => {
      if (w > 0) ws.getColumn(col + 1).width = w;
    });
    for (const run of rowHeightRuns(spec)) {
      for (let row = run.fromRow; row <= run.toRow; row++) ws.getRow(row + 1).height = run.height;
    }
    for (const m of spec.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (spec.freezeRows) ws.views = [{ state: "frozen", ySplit: spec.freezeRows }];
  }

  select(sheet: string, cell: string): Promise<void> {
    for (const l of this.listeners) l(sheet, cell);
    return Promise.resolve();
  }

  onSelect(listener: (sheet: string, cell: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getSettings(): Promise<Record<string, string>> {
    const ws = this.wb.getWorksheet(SETTINGS_SHEET);
    const rows: unknown[][] = [];
    ws?.eachRow({ includeEmpty: false }, (row) =>
      rows.push([toCellValue(row.getCell(1).value), toCellValue(row.getCell(2).value)]),
    );
    return Promise.resolve(rowsToSettings(rows));
  }

  async setSettings(values: Record<string, string | null>): Promise<void> {
    const next = settingsToRows(mergeSettings(await this.getSettings(), values));
    const old = this.wb.getWorksheet(SETTINGS_SHEET);
    if (old) this.wb.removeWorksheet(old.id);
    const ws = this.wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    next.forEach((r, i) =>
      r.forEach((v, col) => {
        const c = ws.getCell(i + 1, col + 1);
        c.numFmt = "@";
        c.value = v;
      }),
    );
  }

  /**
   * The original package with the host's changes patched in: parts the add-in did not change
   * (charts, drawings, pivot caches, protections, properties…) are kept byte for byte.
   */
  save(): Promise<Uint8Array> {
    return new Promise((resolve) =>
      resolve(
        patchPackage(this.original, this.recorder.changes(this.wb), {
          explicitFormula: (sheet, row, col) => this.wb.getWorksheet(sheet)?.getCell(row + 1, col + 1).formula || undefined,
        }),
      ),
    );
  }
}
