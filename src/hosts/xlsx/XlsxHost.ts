/**
 * WorkbookHost over an .xlsx file held in memory (ExcelJS), for the standalone page and the CLI.
 * Same contract as the Office.js host: writes are checked for conflicts and journaled in a
 * veryHidden `_lkjip_jurnal` sheet, settings live in a veryHidden `_lkjip_pengaturan` sheet, and
 * `save()` hands back the workbook with every change.
 * Reading (the model, the journal, the settings) goes through readXlsx; ExcelJS is loaded, and
 * parses the file, only when the add-in first writes into it or saves a copy.
 */
import type ExcelJS from "exceljs";
import type { Workbook } from "../../core/workbook/model";
import { modelSource } from "../../core/workbook/modelSource";
import type { CellStore, ChangeSet, StoreQuery, StoreView } from "../../core/journal/cellStore";
import { JournaledWorkbook } from "../../core/journal/journaledWorkbook";
import { rowHeightRuns, styleRuns } from "../../core/journal/sheetSpec";
import {
  CellWrite,
  FileWorkbookHost,
  HostCapabilities,
  JournalEntry,
  SheetSpec,
  UndoOptions,
  UndoOutcome,
  WriteOptions,
  WriteOutcome,
} from "../../core/workbook/host";
import { ChangeRecorder } from "./changeRecorder";
import type { Deflater } from "./package/changes";
import { patchPackage } from "./package/patch";
import { readXlsx, type Inflater } from "./readXlsx";
import { XlsxCellStore, XlsxStoreHooks, applyChange } from "./xlsxCellStore";
import { contentOf, formatOf } from "../../core/journal/journaledWorkbook";

type Bytes = ArrayBuffer | Uint8Array;

function toUint8(data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

type WritePath = typeof import("./excelJsModel");

/** The cell store, opened (ExcelJS loaded, the file parsed into it) at its first use. */
class LazyCellStore implements CellStore {
  constructor(private readonly open: () => Promise<CellStore>) {}
  async inspect(query: StoreQuery): Promise<StoreView> {
    return (await this.open()).inspect(query);
  }
  async apply(change: ChangeSet): Promise<{ sheetId?: string }> {
    return (await this.open()).apply(change);
  }
}

const FILE_NOTES: string[] = [];

export interface XlsxHostOptions {
  /** Compresses and inflates the parts a saved copy rewrites (default fflate; the CLI passes Node's zlib). */
  deflate?: Deflater;
  inflate?: Inflater;
}

export class XlsxHost implements FileWorkbookHost {
  readonly kind = "file" as const;
  readonly capabilities: HostCapabilities = { select: false, merges: true, cellFormats: true, settings: true, notes: FILE_NOTES };
  private cached: Workbook | null = null;
  private listeners = new Set<(sheet: string, cell: string) => void>();

  private readonly journaled: JournaledWorkbook;
  /** Test hooks of the cell store (fault injection). */
  readonly storeHooks: XlsxStoreHooks;
  /** The ExcelJS workbook, its module and cell store, once the add-in writes (see editable()). */
  private wb!: ExcelJS.Workbook;
  private writePath: WritePath | null = null;
  private opening: Promise<XlsxCellStore> | null = null;
  /** What the host changed in `wb`, so `save()` patches only that into the original bytes. */
  private recorder: ChangeRecorder | null = null;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly fileName: string,
    session: string,
    initial: Workbook,
    private readonly options: XlsxHostOptions,
  ) {
    this.cached = initial;
    this.storeHooks = {
      layout: (ws, spec) => this.applyLayout(ws, spec),
      changed: () => this.changed(),
      writing: (cell) => this.recorder?.cell(cell),
    };
    this.journaled = new JournaledWorkbook(new LazyCellStore(() => this.editable()), session);
  }

  /** Opens .xlsx bytes; throws WorkbookReadError (Indonesian reason) for files that are not workbooks. */
  static async open(data: Bytes, fileName: string, session: string, options: XlsxHostOptions = {}): Promise<XlsxHost> {
    const bytes = toUint8(data);
    return new XlsxHost(bytes, fileName, session, await readXlsx(bytes, { inflate: options.inflate }), options);
  }

  /** Loads ExcelJS and the file into it, once, before the first write or save. */
  private editable(): Promise<XlsxCellStore> {
    this.opening ??= (async () => {
      const writePath = await import(/* webpackChunkName: "xlsx-host-write" */ "./excelJsModel");
      const wb = await writePath.loadExcelJs(this.bytes);
      writePath.unshareFormulas(wb);
      this.wb = wb;
      this.recorder = new ChangeRecorder(wb);
      this.writePath = writePath;
      return new XlsxCellStore(wb, this.storeHooks);
    })();
    return this.opening;
  }

  read(onProgress?: (done: number, total: number) => void): Promise<Workbook> {
    onProgress?.(0, 1);
    if (!this.cached) this.cached = this.writePath!.workbookModel(this.wb);
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
    // Until the first write, the journal is read from the model (as the CLI reads it).
    if (!this.writePath && this.cached) return modelSource(this.cached).journal();
    return this.journaled.journal();
  }

  undo(options: UndoOptions): Promise<UndoOutcome> {
    return this.journaled.undo(options);
  }

  sheetNames(): Promise<string[]> {
    if (!this.writePath && this.cached) return Promise.resolve(this.cached.sheets.map((s) => s.name));
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

  async getSettings(): Promise<Record<string, string>> {
    if (!this.writePath && this.cached) return modelSource(this.cached).getSettings();
    return (await this.editable()).settings();
  }

  /** Journaled like a fix: the settings sheet's rows and the journal rows change as one batch. */
  setSettings(values: Record<string, string | null>, options?: { label?: string }): Promise<WriteOutcome> {
    return this.journaled.setSettings(values, options);
  }

  /**
   * The original package with the host's changes patched in: parts the add-in did not change
   * (charts, drawings, pivot caches, protections, properties…) are kept byte for byte. Nothing
   * written yet: the original bytes as they are.
   */
  async save(): Promise<Uint8Array> {
    if (!this.opening) return this.bytes.slice();
    await this.opening;
    return patchPackage(this.bytes, this.recorder!.changes(this.wb), {
      deflate: this.options.deflate,
      inflate: this.options.inflate,
      explicitFormula: (sheet, row, col) => this.wb.getWorksheet(sheet)?.getCell(row + 1, col + 1).formula || undefined,
    });
  }
}
