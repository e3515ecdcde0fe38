/**
 * CellStore over an .xlsx workbook held in memory (ExcelJS). `faultAfter` makes the n-th operation
 * of `apply` throw, so tests can prove that a failed batch leaves the workbook as it was.
 */
import type ExcelJS from "exceljs";
import type { CellChange, CellStore, ChangeSet, SheetContents, StoreQuery, StoreView } from "../../core/journal/cellStore";
import {
  JOURNAL_HEADER,
  SETTINGS_HEADER,
  StoredJournalEntry,
  cellKey,
  isJournalSheet,
  isSettingsSheet,
  mergeSettings,
  rowToJournalEntry,
  rowsToSettings,
  settingsToRows,
} from "../../core/journal/journal";
import type { CellSnapshot, SheetSpec } from "../../core/workbook/host";
import { JOURNAL_SHEET, SETTINGS_SHEET } from "../../core/workbook/host";
import { MERGE_TYPE, toCellValue } from "./cells";

export interface XlsxStoreHooks {
  /** Lays out a new sheet (contents, styles, widths, merges). */
  layout(ws: ExcelJS.Worksheet, spec: SheetSpec): void;
  /** Called after every change, so the host drops what it cached. */
  changed(): void;
  /** Called before a cell of an existing sheet is written (the host records what a copy must patch). */
  writing?(cell: ExcelJS.Cell): void;
  /** Tests: throw at the n-th operation of an apply (1-based), once. */
  faultAfter?: number;
}

function cellText(v: unknown): string {
  const c = toCellValue(v);
  if (c === null) return "";
  return typeof c === "object" ? c.error : String(c);
}

export class XlsxCellStore implements CellStore {
  private operations = 0;

  constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly hooks: XlsxStoreHooks,
  ) {}

  /** Excel compares sheet names case-insensitively; ExcelJS does not. */
  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.wb.worksheets.find((ws) => ws.name.toLowerCase() === lower);
  }

  private snapshot(ws: ExcelJS.Worksheet, sheet: string, cell: string): CellSnapshot {
    const c = ws.getCell(cell);
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

  private contents(ws: ExcelJS.Worksheet): SheetContents {
    const out: SheetContents = { name: ws.name, cells: [] };
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        if ((c.type as number) === MERGE_TYPE) return; // the covered cells of a merge echo its first cell
        const content = c.formula ? `=${c.formula}` : toCellValue(c.value);
        if (content === null || content === "") return;
        out.cells.push({
          row: rowNumber - 1,
          col: colNumber - 1,
          content: typeof content === "object" ? content.error : content,
        });
      }),
    );
    return out;
  }

  /** The settings sheet, when it is the add-in's (hidden, headed "kunci | nilai"); `foreign` when a user's sheet has its name. */
  private settingsSheet(): { ws?: ExcelJS.Worksheet; foreign: boolean } {
    const ws = this.sheet(SETTINGS_SHEET);
    if (!ws) return { foreign: false };
    const head = SETTINGS_HEADER.map((_, i) => cellText(ws.getCell(1, i + 1).value));
    return isSettingsSheet(ws.state === "visible", head) ? { ws, foreign: false } : { foreign: true };
  }

  /** Every stored setting (the settings sheet's key/value rows). */
  settings(): Record<string, string> {
    const { ws } = this.settingsSheet();
    const rows: unknown[][] = [];
    ws?.eachRow({ includeEmpty: false }, (row) => rows.push([cellText(row.getCell(1).value), cellText(row.getCell(2).value)]));
    return rowsToSettings(rows);
  }

  /** Rewrites the settings sheet's rows in place (created very hidden when missing), so a copy patches only its cells. */
  private writeSettings(changes: Record<string, string | null>): void {
    const next = mergeSettings(this.settings(), changes);
    const existing = this.settingsSheet().ws;
    if (!existing && Object.keys(next).length === 0) return; // nothing to store: no sheet needed
    const rows = settingsToRows(next);
    const ws = existing ?? this.wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    let end = rows.length;
    ws.eachRow({ includeEmpty: false }, (_row, rowNumber) => (end = Math.max(end, rowNumber)));
    for (let r = 0; r < end; r++) {
      for (let col = 0; col < SETTINGS_HEADER.length; col++) {
        const c = ws.getCell(r + 1, col + 1);
        const v = rows[r]?.[col];
        if (v === undefined && (c.value === null || c.value === undefined)) continue;
        this.hooks.writing?.(c);
        c.numFmt = "@";
        c.value = v ?? null;
      }
    }
  }

  inspect(query: StoreQuery): Promise<StoreView> {
    const sheetsByName = new Map(this.wb.worksheets.map((ws) => [ws.name.toLowerCase(), { id: String(ws.id), name: ws.name }]));
    const unique = new Map<string, { sheet: string; cell: string }>();
    for (const c of query.cells) unique.set(cellKey(c.sheet, c.cell), c);
    const cells = [...unique.values()].map((c) => {
      const ws = this.sheet(c.sheet);
      return ws
        ? this.snapshot(ws, c.sheet, c.cell)
        : { sheet: c.sheet, cell: c.cell.toUpperCase(), value: null, missingSheet: true };
    });
    const sheetsById = new Map<string, SheetContents>();
    for (const id of query.sheetIds ?? []) {
      const ws = this.wb.worksheets.find((w) => String(w.id) === id);
      if (ws) sheetsById.set(id, this.contents(ws));
    }
    const journalWs = this.sheet(JOURNAL_SHEET);
    const head = journalWs
      ? Array.from({ length: JOURNAL_HEADER.length }, (_, i) => cellText(journalWs.getCell(1, i + 1).value))
      : [];
    const journalForeign = !!journalWs && !isJournalSheet(journalWs.state === "visible", head);
    const journal: StoredJournalEntry[] = [];
    let journalEnd = 0;
    if (!journalForeign)
      journalWs?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        journalEnd = Math.max(journalEnd, rowNumber);
        if (query.journal !== "rows") return;
        const raw: string[] = [];
        for (let i = 1; i <= JOURNAL_HEADER.length; i++) raw.push(cellText(row.getCell(i).value));
        const entry = rowToJournalEntry(raw);
        if (entry) journal.push({ entry, row: rowNumber - 1, raw });
      });
    const settingsForeign = this.settingsSheet().foreign;
    const stored = query.settingKeys?.length && !settingsForeign ? this.settings() : {};
    const settings: Record<string, string> = {};
    for (const key of query.settingKeys ?? []) if (key in stored) settings[key] = stored[key];
    return Promise.resolve({
      cells,
      sheetsByName,
      sheetsById,
      journal,
      journalEnd,
      journalSheet: !!journalWs,
      journalForeign,
      settings,
      settingsForeign,
    });
  }

  /** One operation of an apply; where a test asked for it, the failure. */
  private step(): void {
    this.operations++;
    if (this.hooks.faultAfter !== undefined && this.operations === this.hooks.faultAfter) {
      this.hooks.faultAfter = undefined;
      throw new Error("kegagalan uji (disengaja)");
    }
  }

  apply(change: ChangeSet): Promise<{ sheetId?: string }> {
    this.operations = 0;
    try {
      for (const c of change.cells) {
        this.step();
        const ws = this.sheet(c.sheet);
        if (!ws) throw new Error(`Lembar "${c.sheet}" tidak ditemukan.`);
        const cell = ws.getCell(c.cell);
        this.hooks.writing?.(cell);
        applyChange(cell, c);
      }
      let sheetId: string | undefined;
      if (change.addSheet) {
        this.step();
        const ws = this.wb.addWorksheet(change.addSheet.name);
        this.hooks.layout(ws, change.addSheet);
        sheetId = String(ws.id);
      }
      const rows = change.journal({ sheetId });
      if (rows.length) {
        const journal = change.createJournal
          ? this.wb.addWorksheet(JOURNAL_SHEET, { state: "veryHidden" })
          : this.sheet(JOURNAL_SHEET);
        if (!journal) throw new Error("Lembar jurnal tidak ditemukan.");
        for (const r of rows) {
          this.step();
          for (let i = 0; i < JOURNAL_HEADER.length; i++) {
            const c = journal.getCell(r.row + 1, i + 1);
            this.hooks.writing?.(c);
            if (!r.blank) c.numFmt = "@";
            c.value = r.blank ? null : (r.values[i] ?? "");
          }
        }
      }
      if (change.settings) {
        this.step();
        if (this.settingsSheet().foreign) throw new Error(`Lembar "${SETTINGS_SHEET}" bukan lembar pengaturan add-in.`);
        this.writeSettings(change.settings);
      }
      for (const id of change.deleteSheetIds) {
        this.step();
        const ws = this.wb.worksheets.find((w) => String(w.id) === id);
        if (ws) this.wb.removeWorksheet(ws.id);
      }
      return Promise.resolve({ sheetId });
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      this.hooks.changed();
    }
  }
}

/** Writes one cell's content. ExcelJS stores a JS string as text, never as a formula. */
export function applyChange(c: ExcelJS.Cell, change: Pick<CellChange, "content" | "numFmt">): void {
  if (change.numFmt) c.numFmt = change.numFmt;
  const content = change.content;
  switch (content.kind) {
    case "formula":
      c.value = { formula: content.formula, result: content.cached };
      return;
    case "empty":
      c.value = null;
      return;
    default:
      c.value = content.value;
  }
}
