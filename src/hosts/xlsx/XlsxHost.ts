/**
 * WorkbookHost over an .xlsx file held in memory (ExcelJS), for the standalone page and the CLI.
 * Same contract as the Office.js host: writes are checked for conflicts and journaled in a
 * veryHidden `_lkjip_jurnal` sheet, settings live in a veryHidden `_lkjip_pengaturan` sheet, and
 * `save()` hands back the workbook with every change.
 */
import ExcelJS from "exceljs";
import type { Workbook } from "../../core/workbook/model";
import { rangeA1 } from "../../core/workbook/address";
import {
  JOURNAL_HEADER,
  UNDONE_COLUMN,
  cellKey,
  cellsOf,
  isInternalSheet,
  journalEntryToRow,
  mergeSettings,
  needsTextGuard,
  newId,
  planUndo,
  planWrites,
  rowToJournalEntry,
  rowsToSettings,
  selectForUndo,
  settingsToRows,
} from "../../core/journal/journal";
import { rowHeightRuns, sheetAddedEntry, specToWrites, styleRuns } from "../../core/journal/sheetSpec";
import {
  CellSnapshot,
  CellWrite,
  FileWorkbookHost,
  HostCapabilities,
  JOURNAL_SHEET,
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
  /** What the host changed, so `save()` patches only that into the original package. */
  private readonly recorder: ChangeRecorder;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    readonly fileName: string,
    private readonly session: string,
    initial: Workbook,
    private readonly original: Uint8Array,
  ) {
    this.cached = initial;
    this.recorder = new ChangeRecorder(wb);
  }

  /** Opens .xlsx bytes; throws WorkbookReadError (Indonesian reason) for files that are not workbooks. */
  static async open(data: Bytes, fileName: string, session: string): Promise<XlsxHost> {
    const bytes = toUint8(data);
    const wb = await loadExcelJs(bytes);
    const model = workbookModel(wb);
    unshareFormulas(wb);
    return new XlsxHost(wb, fileName, session, model, bytes);
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<Workbook> {
    onProgress?.(0, 1);
    if (!this.cached) this.cached = workbookModel(this.wb);
    const visible = this.cached.sheets.filter((s) => !s.hidden && !isInternalSheet(s.name));
    onProgress?.(1, 1);
    return { ...this.cached, sheets: visible };
  }

  private changed(): void {
    this.cached = null;
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.wb.getWorksheet(name);
    if (!ws) throw new Error(`Lembar "${name}" tidak ditemukan.`);
    return ws;
  }

  private snapshot(sheet: string, cell: string): CellSnapshot {
    const c = this.sheet(sheet).getCell(cell);
    const raw = c.value;
    const v = toCellValue(raw);
    const snap: CellSnapshot = {
      sheet,
      cell: cell.toUpperCase(),
      value: v !== null && typeof v === "object" ? v.error : v,
      numFmt: c.numFmt || "General",
    };
    if (raw && typeof raw === "object" && "formula" in raw && c.formula) snap.formula = c.formula;
    return snap;
  }

  private applyCell(c: ExcelJS.Cell, w: { value?: unknown; formula?: string; numFmt?: string }, currentFmt?: string): void {
    this.recorder.cell(c);
    if (w.formula) {
      const result =
        typeof w.value === "number" || typeof w.value === "string" || typeof w.value === "boolean" ? w.value : undefined;
      c.value = { formula: w.formula, result } as ExcelJS.CellFormulaValue;
      const fmt = w.numFmt ?? (currentFmt === "@" ? "General" : undefined);
      if (fmt) c.numFmt = fmt;
      return;
    }
    const value = w.value === undefined || w.value === "" ? null : (w.value as ExcelJS.CellValue);
    // A JS string is always stored as text by ExcelJS; "@" keeps it text when edited in Excel later.
    if (needsTextGuard(value)) c.numFmt = w.numFmt ?? "@";
    else if (w.numFmt) c.numFmt = w.numFmt;
    else if (currentFmt === "@" && typeof value === "number") c.numFmt = "General";
    c.value = value;
  }

  private hiddenSheet(name: string): ExcelJS.Worksheet {
    return this.wb.getWorksheet(name) ?? this.wb.addWorksheet(name, { state: "veryHidden" });
  }

  private writeTextRow(ws: ExcelJS.Worksheet, rowNumber: number, values: string[]): void {
    values.forEach((v, i) => {
      const c = ws.getCell(rowNumber, i + 1);
      this.recorder.cell(c);
      c.numFmt = "@";
      c.value = v;
    });
  }

  private appendJournal(entries: JournalEntry[]): void {
    const ws = this.hiddenSheet(JOURNAL_SHEET);
    if (ws.actualRowCount === 0) this.writeTextRow(ws, 1, [...JOURNAL_HEADER]);
    let next = ws.rowCount + 1;
    for (const e of entries) this.writeTextRow(ws, next++, journalEntryToRow(e));
  }

  private journalRows(): { entry: JournalEntry; row: number }[] {
    const ws = this.wb.getWorksheet(JOURNAL_SHEET);
    const out: { entry: JournalEntry; row: number }[] = [];
    ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: unknown[] = [];
      for (let i = 1; i <= JOURNAL_HEADER.length; i++) cells.push(toCellValue(row.getCell(i).value));
      const entry = rowToJournalEntry(cells);
      if (entry) out.push({ entry, row: rowNumber });
    });
    return out;
  }

  async write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    const batch = newId("b");
    if (writes.length === 0) return { status: "written", batch, entries: [] };
    const current = writes.map((w) => this.snapshot(w.sheet, w.cell));
    const plan = planWrites(writes, current, { batch, label: options.label, session: this.session });
    if (plan.conflicts.length > 0 && !options.confirmed) return { status: "needs-confirmation", conflicts: plan.conflicts };
    const fmtOf = new Map(current.map((s) => [cellKey(s.sheet, s.cell), s.numFmt]));
    for (const w of writes) this.applyCell(this.sheet(w.sheet).getCell(w.cell), w, fmtOf.get(cellKey(w.sheet, w.cell)));
    this.appendJournal(plan.entries);
    this.changed();
    return { status: "written", batch, entries: plan.entries };
  }

  async addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    if (this.wb.getWorksheet(spec.name)) {
      const outcome = await this.write(specToWrites(spec), options);
      if (outcome.status === "written") this.applyLayout(this.sheet(spec.name), spec, false);
      return outcome;
    }
    const batch = newId("b");
    const ws = this.wb.addWorksheet(spec.name);
    this.applyLayout(ws, spec, true);
    const entry = sheetAddedEntry(spec.name, { batch, label: options.label, session: this.session });
    this.appendJournal([entry]);
    this.changed();
    return { status: "written", batch, entries: [entry] };
  }

  private applyLayout(ws: ExcelJS.Worksheet, spec: SheetSpec, withContents: boolean): void {
    this.recorder.layout(ws);
    if (withContents) {
      for (const c of spec.cells)
        this.applyCell(ws.getCell(c.row + 1, c.col + 1), { value: c.value, formula: c.formula, numFmt: c.numFmt });
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

  async journal(): Promise<JournalEntry[]> {
    return this.journalRows().map((r) => r.entry);
  }

  async undo(options: UndoOptions): Promise<UndoOutcome> {
    const rows = this.journalRows();
    const selected = selectForUndo(
      rows.map((r) => r.entry),
      options,
    );
    if (selected.length === 0) return { status: "nothing" };
    const current = cellsOf(selected)
      .filter((c) => this.wb.getWorksheet(c.sheet))
      .map((c) => this.snapshot(c.sheet, c.cell));
    const { restores, conflicts } = planUndo(selected, current);
    if (conflicts.length > 0 && !options.confirmed) return { status: "needs-confirmation", conflicts };
    for (const r of restores) {
      if (r.kind === "delete-sheet") {
        const ws = this.wb.getWorksheet(r.sheet);
        if (ws) this.wb.removeWorksheet(ws.id);
      } else if (this.wb.getWorksheet(r.sheet)) {
        this.applyCell(this.sheet(r.sheet).getCell(r.cell), {
          value: r.value,
          formula: r.formula,
          numFmt: r.numFmt ?? "General",
        });
      }
    }
    const journal = this.sheet(JOURNAL_SHEET);
    const rowOf = new Map(rows.map((r) => [r.entry.id, r.row]));
    const time = new Date().toISOString();
    for (const e of selected) {
      const c = journal.getCell(rowOf.get(e.id)!, UNDONE_COLUMN + 1);
      this.recorder.cell(c);
      c.numFmt = "@";
      c.value = time;
    }
    this.changed();
    return { status: "undone", batches: [...new Set(selected.map((e) => e.batch))], restored: restores.length };
  }

  async select(sheet: string, cell: string): Promise<void> {
    for (const l of this.listeners) l(sheet, cell);
  }

  onSelect(listener: (sheet: string, cell: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async getSettings(): Promise<Record<string, string>> {
    const ws = this.wb.getWorksheet(SETTINGS_SHEET);
    const rows: unknown[][] = [];
    ws?.eachRow({ includeEmpty: false }, (row) =>
      rows.push([toCellValue(row.getCell(1).value), toCellValue(row.getCell(2).value)]),
    );
    return rowsToSettings(rows);
  }

  async setSettings(values: Record<string, string | null>): Promise<void> {
    const next = settingsToRows(mergeSettings(await this.getSettings(), values));
    const old = this.wb.getWorksheet(SETTINGS_SHEET);
    if (old) this.wb.removeWorksheet(old.id);
    const ws = this.hiddenSheet(SETTINGS_SHEET);
    next.forEach((r, i) => this.writeTextRow(ws, i + 1, r));
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
