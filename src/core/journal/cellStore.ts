/**
 * The few things a host must do for journaled writes: look at cells, sheets and the journal in one
 * round trip, and apply one change set in one round trip. Everything else (conflicts, journal rows,
 * undo order, rollback after a failure) is decided once, in `journaledWorkbook.ts`, for every host.
 */
import type { CellSnapshot, JournalEntry, SheetSpec } from "../workbook/host";

/** A journal entry as stored: its 0-based row in the journal sheet and the row's text, for rewriting it. */
export interface StoredJournalEntry {
  entry: JournalEntry;
  row: number;
  raw: string[];
}

export interface CellRef {
  sheet: string;
  cell: string;
}

export interface StoreQuery {
  /** Cells whose current content is needed. A cell of a missing sheet comes back empty, with `missingSheet`. */
  cells: CellRef[];
  /** Sheets looked up by name (Excel compares names case-insensitively). */
  sheetNames?: string[];
  /** Sheets the add-in created, looked up by the id the host gave them: their name now and their contents. */
  sheetIds?: string[];
  /** "rows": the parsed journal; "end": only where the next row goes. */
  journal?: "rows" | "end";
  /** Stored settings whose current values are needed (any key: a host reads them one by one). */
  settingKeys?: string[];
}

/** A sheet's contents as constants and formulas ("=…"), by 0-based position; empty cells left out. */
export interface SheetContents {
  name: string;
  cells: { row: number; col: number; content: string | number | boolean }[];
}

export interface StoreView {
  cells: (CellSnapshot & { missingSheet?: boolean })[];
  /** By lower-case name: the sheet's id and its name as written. */
  sheetsByName: Map<string, { id: string; name: string }>;
  sheetsById: Map<string, SheetContents>;
  journal: StoredJournalEntry[];
  /** 0-based row where the next journal row goes (0 when there is no journal sheet yet). */
  journalEnd: number;
  /** The hidden journal sheet exists. */
  journalSheet: boolean;
  /**
   * A sheet has the journal's name but is not the add-in's journal (it is visible, or its first row
   * is not the journal header): the add-in never writes into it.
   */
  journalForeign?: boolean;
  /** The asked settings that are stored now, by key (an absent key is left out). */
  settings: Record<string, string>;
  /** Like `journalForeign`, for the settings sheet of a host that keeps settings in a sheet. */
  settingsForeign?: boolean;
}

/**
 * What one cell becomes. Decided in core so that no host can let text turn into a formula:
 * `text` is always stored as text (`quote` asks for Excel's apostrophe prefix where the cell's
 * format must stay something other than "@").
 */
export type CellContent =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "text"; value: string; quote: boolean }
  | { kind: "formula"; formula: string; cached?: number | string | boolean };

export interface CellChange extends CellRef {
  content: CellContent;
  /** Number format to set; undefined leaves the cell's format as it is. */
  numFmt?: string;
}

export interface JournalRowWrite {
  /** 0-based row of the journal sheet. */
  row: number;
  values: string[];
  /** The row was empty before: clear it (no text format kept) instead of writing text. */
  blank?: boolean;
}

export interface ChangeSet {
  cells: CellChange[];
  /** A new sheet to create with its contents and layout. */
  addSheet?: SheetSpec;
  /**
   * Journal rows to write, computed once the new sheet's id is known (hosts that learn the id only
   * after a round trip call this after creating the sheet).
   */
  journal: (created: { sheetId?: string }) => JournalRowWrite[];
  /** The journal sheet does not exist yet: create it (very hidden) before writing its rows. */
  createJournal: boolean;
  /** Sheets to delete, by id; done last, so nothing can fail after a deletion. */
  deleteSheetIds: string[];
  /** Stored settings to change (null removes the key); keys not listed stay as they are. */
  settings?: Record<string, string | null>;
}

export interface CellStore {
  inspect(query: StoreQuery): Promise<StoreView>;
  /** Applies the whole change set, or throws (a host may have applied part of it before failing). */
  apply(change: ChangeSet): Promise<{ sheetId?: string }>;
}
