import type { MergedArea, Workbook } from "./model";

/** One cell to write. Text is always written as text, never as a formula. */
export interface CellWrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  value?: number | string | null;
  /** Formula without "=". Only the add-in's own computed formulas go here, never user text. */
  formula?: string;
  numFmt?: string;
}

/** A change the add-in made, kept so it can be undone (also stored in the workbook). */
export interface JournalEntry {
  id: string;
  /** Groups the writes of one user action ("Perbaiki semua", one fix, one table insertion). */
  batch: string;
  label: string;
  sheet: string;
  /** A1 address; empty for a whole-sheet entry (kind "sheet-added"); the setting's key for kind "setting". */
  cell: string;
  oldValue: number | string | boolean | null;
  oldFormula?: string;
  /** Number format the cell had before, restored on undo. */
  oldNumFmt?: string;
  newValue: number | string | null;
  newFormula?: string;
  newNumFmt?: string;
  time: string;
  /**
   * "cell" (default): one cell changed; "sheet-added": the add-in created the sheet, undo deletes it;
   * "setting": one stored setting changed (`sheet` is SETTINGS_SHEET, `cell` the key, the values its
   * stored text, null where the key was or becomes absent).
   */
  kind?: "cell" | "sheet-added" | "setting";
  /** The task pane session that made the change ("Batalkan semua sesi ini"). */
  session?: string;
  /** Set when the entry has been undone (ISO time); undone entries stay in the journal as history. */
  undone?: string;
  /** For "sheet-added": the id the host gave the sheet, so undo follows it through a rename. */
  sheetId?: string;
  /** For "sheet-added": fingerprint of what the add-in wrote, so undo can tell whether the user changed it since. */
  fingerprint?: string;
  /** Why this journal row cannot be trusted (unreadable value, unknown kind); undo never acts on it. */
  damaged?: string;
}

/** What a cell holds now, as the confirmation dialog shows it. */
export interface CellSnapshot {
  sheet: string;
  cell: string;
  value: number | string | boolean | null;
  formula?: string;
  numFmt?: string;
}

/** A cell the write would change although it is not empty (or no longer holds what the add-in wrote). */
export interface Conflict {
  sheet: string;
  cell: string;
  current: CellSnapshot;
  /** What would be written: value or "=formula". */
  next: number | string | null;
  /**
   * tidak-kosong: the write would overwrite a non-empty cell; lembar-diubah: undo would delete a sheet
   * the user changed after the add-in made it; lembar-tanpa-bukti: the journal cannot prove the add-in made it;
   * pengaturan-diubah: undo would put back a setting (`cell` is its key) that was changed again since.
   */
  reason: "tidak-kosong" | "diubah-sejak-perbaikan" | "lembar-diubah" | "lembar-tanpa-bukti" | "pengaturan-diubah";
}

/** A cell undo left alone, and why. */
export interface SkippedRestore {
  sheet: string;
  cell: string;
  /** diubah-sejak-perbaikan: edited by hand since; jurnal-rusak: the journal row is unreadable; lembar-hilang: its sheet is gone. */
  reason: "diubah-sejak-perbaikan" | "jurnal-rusak" | "lembar-hilang";
  /** What the cell holds now, when known. */
  current?: number | string | boolean | null;
}

export interface WriteOptions {
  /** Shown in the Batalkan list, e.g. "Perbaiki G17 (capaian)". */
  label: string;
  /** The user confirmed overwriting the non-empty cells listed in a previous "needs-confirmation" answer. */
  confirmed?: boolean;
}

export type WriteOutcome =
  | { status: "written"; batch: string; entries: JournalEntry[] }
  | { status: "needs-confirmation"; conflicts: Conflict[] }
  /** addSheet only: a sheet of that name exists (hidden ones too); nothing was written. */
  | { status: "name-taken"; sheet: string };

export interface UndoOptions {
  /** Undo one batch; without it, every batch of `session` (or of the whole journal). */
  batch?: string;
  session?: string;
  /** The user confirmed deleting sheets listed in a previous "needs-confirmation" answer. */
  confirmed?: boolean;
}

export type UndoOutcome =
  | {
      status: "undone";
      batches: string[];
      restored: number;
      skipped: SkippedRestore[];
      /** Setting keys put back (the custom functions read some of them: recalculate). */
      settings?: string[];
    }
  | { status: "needs-confirmation"; conflicts: Conflict[] }
  | { status: "nothing" };

/** One cell of a new formatted sheet (narrative tables, recap tables). 0-based row/col. */
export interface SheetCellSpec {
  row: number;
  col: number;
  value?: number | string | null;
  /** Formula without "=" (the add-in's own), cached result in `value` when known. */
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  /** Fill colour "#RRGGBB". */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  verticalAlign?: "top" | "middle" | "bottom";
}

/** A whole new sheet to write in one go. */
export interface SheetSpec {
  name: string;
  cells: SheetCellSpec[];
  /** Column widths in characters (Excel's column width unit), by 0-based column. */
  columnWidths?: number[];
  merges?: MergedArea[];
  /** Freeze the first n rows (table header). */
  freezeRows?: number;
  /** Row heights in points, by 0-based row (wrapped text in merged cells, which no host autofits). */
  rowHeights?: Record<number, number>;
}

/** What the host can do, with Indonesian notes on what is missing in this Excel. */
export interface HostCapabilities {
  /** Can put the Excel selection on a cell (Excel) — the file host highlights in its preview instead. */
  select: boolean;
  /** Merged areas are read. */
  merges: boolean;
  /** Bold and indent are read (used to find parent rows). */
  cellFormats: boolean;
  /** Settings are stored in the workbook. */
  settings: boolean;
  /** Indonesian explanations of what is degraded, shown once in the task pane. */
  notes: string[];
}

/**
 * Everything the task pane, the CLI and the table writer need from a workbook, implemented by
 * Excel (Office.js) and by an .xlsx file (ExcelJS). The same checks and writers run on both.
 *
 * Every write goes through the journal: the host records (sheet, cell, old value/formula/format,
 * new) in its hidden journal sheet in the same batch as the write, so `undo` works after the
 * workbook is closed and reopened, where Excel's own undo cannot.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  readonly capabilities: HostCapabilities;
  /** Reads every visible sheet into the core model. */
  read(onProgress?: (done: number, total: number) => void): Promise<Workbook>;
  /**
   * Writes cells. Without `confirmed`, nothing is written when a target cell is non-empty:
   * the answer lists those cells so the user can be asked.
   */
  write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome>;
  /**
   * Writes a whole new formatted sheet. It never writes into an existing sheet: when the name is
   * taken (hidden sheets included) the answer is "name-taken" and nothing changes.
   */
  addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome>;
  /** Names of every sheet, hidden ones included (a new sheet needs a name none of them has). */
  sheetNames(): Promise<string[]>;
  /** The journal, oldest first, including undone entries. */
  journal(): Promise<JournalEntry[]>;
  /** Restores what a batch (or a whole session, or everything) changed, newest first. */
  undo(options: UndoOptions): Promise<UndoOutcome>;
  /** Puts the cursor on a cell (Excel) or tells the preview to highlight it (file). */
  select(sheet: string, cell: string): Promise<void>;
  /** Settings stored in the workbook (keys like "lkjip.skala"), so the next person sees the same. */
  getSettings(): Promise<Record<string, string>>;
  /**
   * Stores settings (null removes a key) as one journaled batch, so the change can be undone like a
   * fix: the journal keeps each changed key's previous value. Unchanged keys are not journaled; with
   * nothing changed the answer has no entries. The label defaults to "Pengaturan diubah (skala, …)".
   */
  setSettings(values: Record<string, string | null>, options?: { label?: string }): Promise<WriteOutcome>;
}

/** What a check needs from a workbook: a read-only view any host (or a file read for the CLI) gives. */
export type WorkbookSource = Pick<WorkbookHost, "read" | "getSettings" | "journal">;

/** The file host can also hand the workbook back. */
export interface FileWorkbookHost extends WorkbookHost {
  readonly kind: "file";
  readonly fileName: string;
  /** The workbook with all changes, as .xlsx bytes. */
  save(): Promise<Uint8Array>;
  /** Called when `select` is asked, so the preview grid can highlight the cell. Returns an unsubscribe. */
  onSelect(listener: (sheet: string, cell: string) => void): () => void;
}

/** Setting keys shared by the task pane, the custom functions and the CLI. */
export const SETTING_KEYS = {
  scale: "lkjip.skala",
  polarity: "lkjip.polaritas",
  negativeMethod: "lkjip.metodeNegatif",
  /** Table corrections (column roles, excluded tables, closing rows, the chosen scale table), JSON. */
  corrections: "lkjip.koreksi",
} as const;

/** Prefix of the hidden sheets the add-in keeps in the workbook (compared case-insensitively, as Excel compares sheet names). */
export const ADDIN_SHEET_PREFIX = "_lkjip_";
/** Hidden sheets the add-in keeps in the workbook. Never read as data. */
export const JOURNAL_SHEET = `${ADDIN_SHEET_PREFIX}jurnal`;
export const SETTINGS_SHEET = `${ADDIN_SHEET_PREFIX}pengaturan`;

/** Sheets the add-in keeps for itself (journal, settings): never shown, never checked. */
export function isInternalSheetName(name: string): boolean {
  return name.toLowerCase().startsWith(ADDIN_SHEET_PREFIX);
}
