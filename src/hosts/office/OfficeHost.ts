/**
 * WorkbookHost over the open Excel workbook (Office.js). Thin: the decisions (conflicts, journal
 * rows, undo order, rollback) live in core/journal (JournaledWorkbook, over OfficeCellStore) and the
 * read chunking in readPlan; this file only queues Office.js operations and syncs. Every method uses a fixed number of `context.sync()` calls, except `read`,
 * whose data rounds grow only with the workbook's cell volume past the 5 MB payload limit.
 */
import type { Cell, NumberLocale, Sheet, Workbook } from "../../core/workbook/model";
import { rangeA1 } from "../../core/workbook/address";
import { withHiddenPlaces } from "../../core/workbook/hiddenPlaces";
import { localeFromLanguage } from "../../core/numbers/locale";
import { JournaledWorkbook } from "../../core/journal/journaledWorkbook";
import { rowHeightRuns, sheetMatrix, styleRuns } from "../../core/journal/sheetSpec";
import {
  CellWrite,
  HostCapabilities,
  JournalEntry,
  SETTING_KEYS,
  SheetSpec,
  UndoOptions,
  UndoOutcome,
  WorkbookHost,
  WriteOptions,
  WriteOutcome,
} from "../../core/workbook/host";
import { toCellValue, toFormula } from "./cellValues";
import { readDocumentSettings, type DocumentSettingsLike } from "./documentSettings";
import { OfficeCellStore } from "./officeCellStore";
import { Chunk, UsedArea, cellsPerSync, mergeBands, parseAreasAddress, planRounds, splitRound } from "./readPlan";
import { IsSetSupported, OfficeApiLevel, detectApiLevel } from "./requirements";

export type { DocumentSettingsLike } from "./documentSettings";

export interface OfficeHostDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported: IsSetSupported;
  settings?: DocumentSettingsLike;
  /** Office display language ("id-ID"), to guess separators where cultureInfo is missing. */
  displayLanguage?: string;
  session: string;
}

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? "";
  const msg = (e as { message?: string })?.message ?? "";
  return /PayloadSize|payload/i.test(code) || /payload/i.test(msg);
}

function localeFromSeparators(decimal: string, group: string): NumberLocale | undefined {
  if (decimal !== "," && decimal !== ".") return undefined;
  const g = group === "\u00a0" || group === "\u202f" ? " " : group;
  const thousands = g === "." || g === "," || g === " " ? g : decimal === "," ? "." : ",";
  return { decimalSeparator: decimal, thousandsSeparator: thousands };
}

const POINTS_PER_CHAR = 5.7;

/** One chunk's queued loads: values and formats, and (ExcelApi 1.9) cell, row and column properties. */
interface LoadedChunk {
  range: Excel.Range;
  props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  rowProps?: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columnProps?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** A sheet's hidden rows and columns, 0-based, gathered over its chunks. */
interface Hidden {
  rows: Set<number>;
  columns: Set<number>;
}

export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly capabilities: HostCapabilities;
  private readonly api: OfficeApiLevel;

  private readonly journaled: JournaledWorkbook;

  constructor(private readonly deps: OfficeHostDeps) {
    this.api = detectApiLevel(deps.isSetSupported);
    const store = new OfficeCellStore({
      run: (batch) => deps.run(batch),
      layout: (ws, spec) => this.applyLayout(ws, spec),
      hideSheets: this.api.hideSheets,
      settings: deps.settings,
    });
    this.journaled = new JournaledWorkbook(store, deps.session);
    this.capabilities = {
      select: true,
      merges: this.api.mergedAreas,
      cellFormats: this.api.cellProperties,
      settings: !!deps.settings,
      notes: [...this.api.notes],
    };
  }

  private requireUsable(): void {
    if (!this.api.usable) throw new Error(this.api.notes[0]);
  }

  async read(onProgress?: (done: number, total: number) => void): Promise<Workbook> {
    this.requireUsable();
    return this.deps.run(async (context) => {
      const wb = context.workbook;
      const sheets = wb.worksheets;
      sheets.load("items/name,items/visibility");
      let numberFormat: Excel.NumberFormatInfo | undefined;
      if (this.api.cultureInfo) {
        numberFormat = wb.application.cultureInfo.numberFormat;
        numberFormat.load("numberDecimalSeparator,numberGroupSeparator");
      }
      await context.sync();
      const visible = sheets.items.filter((s) => s.visibility === "Visible");
      const used = visible.map((ws) => {
        const r = ws.getUsedRangeOrNullObject(this.api.valuesOnlyUsedRange);
        r.load("rowIndex,columnIndex,rowCount,columnCount");
        return r;
      });
      await context.sync();
      const areas: UsedArea[] = [];
      visible.forEach((ws, i) => {
        const r = used[i];
        if (!r.isNullObject) {
          areas.push({
            sheet: ws.name,
            rowIndex: r.rowIndex,
            columnIndex: r.columnIndex,
            rowCount: r.rowCount,
            columnCount: r.columnCount,
          });
        }
      });
      const rounds = planRounds(areas, cellsPerSync(this.api.cellProperties));
      const total = rounds.length + (this.api.mergedAreas ? 3 : 2);
      let done = 2;
      onProgress?.(done, total);

      const out: Sheet[] = visible.map((ws) => ({ name: ws.name, rows: [], merges: [] }));
      const byName = new Map(out.map((s) => [s.name, s]));
      const hidden = new Map<string, Hidden>();
      const hiddenOf = (name: string) => {
        let h = hidden.get(name);
        if (!h) hidden.set(name, (h = { rows: new Set(), columns: new Set() }));
        return h;
      };

      if (this.api.mergedAreas && areas.length > 0) {
        await this.readMerges(context, areas, byName);
        onProgress?.(++done, total);
      }

      const queue = [...rounds];
      while (queue.length > 0) {
        const round = queue.shift()!;
        const loaded = round.map((chunk) => this.queueChunk(context, chunk));
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round per 5 MB of cells: the payload limit, not the rows, sets the count
          await context.sync();
        } catch (e) {
          const halves = splitRound(round);
          if (!isPayloadError(e) || halves.length < 2) throw e;
          queue.unshift(...halves);
          continue;
        }
        loaded.forEach((l, i) => {
          this.fillChunk(byName.get(round[i].sheet)!, round[i], l);
          this.collectHidden(hiddenOf(round[i].sheet), l);
        });
        onProgress?.(++done, total);
      }
      for (const [name, h] of hidden) withHiddenPlaces(byName.get(name)!, h.rows, h.columns);

      const locale = numberFormat
        ? localeFromSeparators(numberFormat.numberDecimalSeparator, numberFormat.numberGroupSeparator)
        : localeFromLanguage(this.deps.displayLanguage);
      return locale ? { sheets: out, locale } : { sheets: out };
    });
  }

  /** One sync for the merged areas of all sheets; row bands once more where a sheet has over 512. */
  private async readMerges(context: Excel.RequestContext, areas: UsedArea[], byName: Map<string, Sheet>): Promise<void> {
    const queueAreas = (chunks: Chunk[]) =>
      chunks.map((c) => {
        const range = context.workbook.worksheets
          .getItem(c.sheet)
          .getRange(rangeA1(c.rowIndex, c.columnIndex, c.rowIndex + c.rowCount - 1, c.columnIndex + c.columnCount - 1));
        const m = range.getMergedAreasOrNullObject();
        m.load("address");
        return { chunk: c, m };
      });
    const collect = (loaded: { chunk: Chunk; m: Excel.RangeAreas }[]) => {
      const seen = new Set<string>();
      for (const { chunk, m } of loaded) {
        if (m.isNullObject || !m.address) continue;
        for (const a of parseAreasAddress(m.address)) {
          const key = `${chunk.sheet}|${a.top}|${a.left}|${a.bottom}|${a.right}`;
          if (!seen.has(key)) byName.get(chunk.sheet)!.merges.push(a);
          seen.add(key);
        }
      }
    };
    // Merged areas may reach beyond the cells with values: widen to the sheet's full used range.
    const whole = queueAreas(areas);
    try {
      await context.sync();
      collect(whole);
      return;
    } catch {
      // More than 512 merged areas in one sheet: read in row bands (an area cut by a band edge is
      // reported in pieces; the core joins what it needs).
    }
    const bands = queueAreas(areas.flatMap((a) => mergeBands(a)));
    try {
      await context.sync();
      collect(bands);
    } catch {
      this.capabilities.notes.push("Sel gabungan tidak dapat dibaca seluruhnya (terlalu banyak area gabungan).");
    }
  }

  private queueChunk(context: Excel.RequestContext, c: Chunk) {
    const range = context.workbook.worksheets
      .getItem(c.sheet)
      .getRange(rangeA1(c.rowIndex, c.columnIndex, c.rowIndex + c.rowCount - 1, c.columnIndex + c.columnCount - 1));
    range.load("values,formulas,numberFormat");
    if (!this.api.cellProperties) return { range };
    return {
      range,
      props: range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } }),
      // Grouped or filtered rows and hidden columns: still checked, and said so in their findings.
      rowProps: range.getRowProperties({ rowIndex: true, rowHidden: true }),
      columnProps: range.getColumnProperties({ columnIndex: true, columnHidden: true }),
    };
  }

  /** The hidden rows and columns the chunks' row and column properties name. */
  private collectHidden(hidden: Hidden, l: LoadedChunk): void {
    for (const p of l.rowProps?.value ?? []) if (p.rowHidden && p.rowIndex !== undefined) hidden.rows.add(p.rowIndex);
    for (const p of l.columnProps?.value ?? [])
      if (p.columnHidden && p.columnIndex !== undefined) hidden.columns.add(p.columnIndex);
  }

  private fillChunk(sheet: Sheet, c: Chunk, l: LoadedChunk) {
    const { values, formulas, numberFormat } = l.range;
    const props = l.props?.value;
    for (let r = 0; r < c.rowCount; r++) {
      for (let k = 0; k < c.columnCount; k++) {
        const raw: unknown = values[r]?.[k];
        const formula = toFormula(formulas[r]?.[k], raw);
        const value = toCellValue(raw);
        if (value === null && !formula) continue;
        const cell: Cell = { value };
        if (formula) cell.formula = formula;
        const fmt: unknown = numberFormat[r]?.[k];
        if (typeof fmt === "string" && fmt !== "General") cell.numFmt = fmt;
        const p = props?.[r]?.[k]?.format;
        if (p?.font?.bold) cell.bold = true;
        if (p?.indentLevel) cell.indent = p.indentLevel;
        const row = c.rowIndex + r;
        (sheet.rows[row] ??= [])[c.columnIndex + k] = cell;
      }
    }
  }

  // ---- Writing: journaled once in core (JournaledWorkbook over OfficeCellStore) ----

  write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    this.requireUsable();
    return this.journaled.write(writes, options);
  }

  addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    this.requireUsable();
    return this.journaled.addSheet(spec, options);
  }

  journal(): Promise<JournalEntry[]> {
    this.requireUsable();
    return this.journaled.journal();
  }

  undo(options: UndoOptions): Promise<UndoOutcome> {
    this.requireUsable();
    return this.journaled.undo(options);
  }

  sheetNames(): Promise<string[]> {
    return this.deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
  }

  /** Contents, styles, widths, row heights, merges and frozen header of a SheetSpec. */
  private applyLayout(ws: Excel.Worksheet, spec: SheetSpec): void {
    const m = sheetMatrix(spec);
    if (m.rows > 0) {
      const all = ws.getRange(rangeA1(0, 0, m.rows - 1, m.cols - 1));
      all.numberFormat = m.numFmt;
      all.formulas = m.contents;
    }
    for (const run of styleRuns(spec)) {
      const f = ws.getRange(rangeA1(run.row, run.fromCol, run.row, run.toCol)).format;
      const s = run.style;
      if (s.bold) f.font.bold = true;
      if (s.italic) f.font.italic = true;
      if (s.fill) f.fill.color = s.fill;
      if (s.wrap) f.wrapText = true;
      if (s.align) f.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[s.align];
      if (s.verticalAlign) f.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[s.verticalAlign];
      if (s.border) {
        for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"] as const) {
          f.borders.getItem(edge).style = "Continuous";
        }
      }
    }
    (spec.columnWidths ?? []).forEach((w, col) => {
      if (w > 0) ws.getRange(rangeA1(0, col, 0, col)).getEntireColumn().format.columnWidth = w * POINTS_PER_CHAR;
    });
    // One queued operation per run of equal heights; queued with the rest, no sync of its own.
    for (const run of rowHeightRuns(spec)) ws.getRange(rangeA1(run.fromRow, 0, run.toRow, 0)).format.rowHeight = run.height;
    for (const a of spec.merges ?? []) ws.getRange(rangeA1(a.top, a.left, a.bottom, a.right)).merge(false);
    if (spec.freezeRows && this.api.freezePanes) ws.freezePanes.freezeRows(spec.freezeRows);
  }

  async select(sheet: string, cell: string): Promise<void> {
    return this.deps.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  // ---- Settings (Office.context.document.settings, saved with the document) ----

  getSettings(): Promise<Record<string, string>> {
    const s = this.deps.settings;
    return Promise.resolve(s ? readDocumentSettings(s, Object.values(SETTING_KEYS)) : {});
  }

  /** Journaled like a fix: the settings go to the document, their old values to the journal sheet. */
  setSettings(values: Record<string, string | null>, options?: { label?: string }): Promise<WriteOutcome> {
    this.requireUsable();
    if (!this.deps.settings) return Promise.reject(new Error("Pengaturan tidak dapat disimpan di workbook ini."));
    return this.journaled.setSettings(values, options);
  }
}

/** The host for the task pane inside Excel, from the Office.js globals. */
export function createOfficeHost(session: string): OfficeHost {
  return new OfficeHost({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document?.settings,
    displayLanguage: Office.context.displayLanguage,
    session,
  });
}
