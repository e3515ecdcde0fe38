/**
 * Host-agnostic rules for writing and undoing: when a write needs the user's confirmation, how a
 * journal entry is stored as a row of text in the hidden journal sheet, and which cells an undo
 * restores. Both hosts (Office.js and ExcelJS) run exactly this logic; they only move the data.
 */
import { isInternalSheetName } from "../workbook/host";
import type { CellSnapshot, CellWrite, Conflict, JournalEntry, UndoOptions } from "../workbook/host";

/** Text that Excel would turn into a formula (or a signed number) when typed: written as text. */
export function needsTextGuard(value: unknown): value is string {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

export function isEmptySnapshot(s: Pick<CellSnapshot, "value" | "formula">): boolean {
  return (s.value === null || s.value === "") && !s.formula;
}

/** What a write puts in the cell, as shown to the user: the value, or "=formula". */
export function displayNext(w: Pick<CellWrite, "value" | "formula">): number | string | null {
  return w.formula ? `=${w.formula}` : (w.value ?? null);
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.toUpperCase()}`;
}

let counter = 0;
/** Short unique id (time + counter + random), good enough for journal rows and batches. */
export function newId(prefix: string, now: Date = new Date()): string {
  counter = (counter + 1) % 1_000_000;
  const rnd = Math.floor(Math.random() * 36 ** 4).toString(36);
  return `${prefix}-${now.getTime().toString(36)}-${counter.toString(36)}${rnd}`;
}

function sameFormula(a?: string, b?: string): boolean {
  const norm = (f?: string) => (f ?? "").replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return norm(a) === norm(b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  if (empty(a) && empty(b)) return true;
  return a === b;
}

/** Does the cell still hold what the journal entry wrote? */
export function holdsWhatWasWritten(entry: JournalEntry, now: CellSnapshot): boolean {
  if (entry.newFormula) return sameFormula(entry.newFormula, now.formula);
  return !now.formula && sameValue(entry.newValue, now.value);
}

export interface WritePlan {
  conflicts: Conflict[];
  entries: JournalEntry[];
}

/**
 * Pairs each write with what the cell holds now. A non-empty target is a conflict unless the
 * write would leave it exactly as it is. Entries are ready to append to the journal.
 */
export function planWrites(
  writes: CellWrite[],
  current: CellSnapshot[],
  meta: { batch: string; label: string; session?: string; time?: string },
): WritePlan {
  const byKey = new Map(current.map((s) => [cellKey(s.sheet, s.cell), s]));
  const time = meta.time ?? new Date().toISOString();
  const conflicts: Conflict[] = [];
  const entries: JournalEntry[] = [];
  for (const w of writes) {
    const now = byKey.get(cellKey(w.sheet, w.cell)) ?? { sheet: w.sheet, cell: w.cell, value: null };
    const entry: JournalEntry = {
      id: newId("j"),
      batch: meta.batch,
      label: meta.label,
      sheet: w.sheet,
      cell: w.cell.toUpperCase(),
      oldValue: now.value,
      oldFormula: now.formula || undefined,
      oldNumFmt: now.numFmt,
      newValue: w.value ?? null,
      newFormula: w.formula || undefined,
      newNumFmt: w.numFmt ?? (needsTextGuard(w.value) ? "@" : undefined),
      time,
      kind: "cell",
      session: meta.session,
    };
    entries.push(entry);
    if (!isEmptySnapshot(now) && !holdsWhatWasWritten(entry, now)) {
      conflicts.push({ sheet: w.sheet, cell: entry.cell, current: now, next: displayNext(w), reason: "tidak-kosong" });
    }
  }
  return { conflicts, entries };
}

/** Entries an undo applies to, newest first; undone and foreign entries are left out. */
export function selectForUndo(journal: JournalEntry[], options: UndoOptions): JournalEntry[] {
  const picked = journal.filter(
    (e) =>
      !e.undone &&
      (options.batch === undefined || e.batch === options.batch) &&
      (options.session === undefined || e.session === options.session),
  );
  return picked.reverse();
}

/** A cell to put back as it was, or a sheet the add-in created to delete. */
export type Restore =
  | { kind: "cell"; sheet: string; cell: string; value: number | string | boolean | null; formula?: string; numFmt?: string }
  | { kind: "delete-sheet"; sheet: string };

/**
 * The restores for the selected entries (newest first, so a cell changed twice ends at its
 * oldest value), and the conflicts: cells changed by hand since the add-in wrote them.
 */
export function planUndo(selected: JournalEntry[], current: CellSnapshot[]): { restores: Restore[]; conflicts: Conflict[] } {
  const byKey = new Map(current.map((s) => [cellKey(s.sheet, s.cell), s]));
  const restores: Restore[] = [];
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  for (const e of selected) {
    if (e.kind === "sheet-added") {
      restores.push({ kind: "delete-sheet", sheet: e.sheet });
      continue;
    }
    const key = cellKey(e.sheet, e.cell);
    const now = byKey.get(key);
    // Only the newest entry of a cell is compared with the sheet; older ones are undone in turn.
    if (now && !seen.has(key) && !holdsWhatWasWritten(e, now)) {
      conflicts.push({
        sheet: e.sheet,
        cell: e.cell,
        current: now,
        next: e.oldFormula ? `=${e.oldFormula}` : toWritable(e.oldValue),
        reason: "diubah-sejak-perbaikan",
      });
    }
    seen.add(key);
    restores.push({
      kind: "cell",
      sheet: e.sheet,
      cell: e.cell,
      value: e.oldValue,
      formula: e.oldFormula,
      numFmt: e.oldNumFmt,
    });
  }
  return { restores, conflicts };
}

function toWritable(v: JournalEntry["oldValue"]): number | string | null {
  return typeof v === "boolean" ? String(v).toUpperCase() : v;
}

/** Cells an undo must look at before deciding (newest entry per cell). */
export function cellsOf(entries: JournalEntry[]): { sheet: string; cell: string }[] {
  const out = new Map<string, { sheet: string; cell: string }>();
  for (const e of entries) if (e.kind !== "sheet-added") out.set(cellKey(e.sheet, e.cell), { sheet: e.sheet, cell: e.cell });
  return [...out.values()];
}

/** Batches of the journal, newest first, for the Batalkan list. */
export interface BatchSummary {
  batch: string;
  label: string;
  time: string;
  session?: string;
  cells: number;
  undone: boolean;
}

/**
 * Sheets the add-in created and that are not undone (the inserted narrative tables): its own output,
 * left out when the workbook is checked or read for a new narrative. Lower-case, as Excel compares names.
 */
export function insertedSheets(journal: JournalEntry[]): Set<string> {
  const names = new Set<string>();
  for (const e of journal) if (e.kind === "sheet-added" && !e.undone) names.add(e.sheet.toLowerCase());
  return names;
}

export function summarizeBatches(journal: JournalEntry[]): BatchSummary[] {
  const map = new Map<string, BatchSummary>();
  for (const e of journal) {
    const b = map.get(e.batch);
    if (b) {
      b.cells += e.kind === "sheet-added" ? 0 : 1;
      b.undone = b.undone && !!e.undone;
    } else {
      map.set(e.batch, {
        batch: e.batch,
        label: e.label,
        time: e.time,
        session: e.session,
        cells: e.kind === "sheet-added" ? 0 : 1,
        undone: !!e.undone,
      });
    }
  }
  return [...map.values()].reverse();
}

// ---- Storage as rows of text in the hidden journal sheet ----

export const JOURNAL_HEADER = [
  "id",
  "batch",
  "label",
  "sheet",
  "cell",
  "kind",
  "session",
  "time",
  "oldValue",
  "oldFormula",
  "oldNumFmt",
  "newValue",
  "newFormula",
  "newNumFmt",
  "undone",
] as const;

export const UNDONE_COLUMN = JOURNAL_HEADER.indexOf("undone");

/** One journal row; every field is text (values JSON-encoded) so nothing in it is ever a formula. */
export function journalEntryToRow(e: JournalEntry): string[] {
  return [
    e.id,
    e.batch,
    e.label,
    e.sheet,
    e.cell,
    e.kind ?? "cell",
    e.session ?? "",
    e.time,
    JSON.stringify(e.oldValue ?? null),
    e.oldFormula ?? "",
    e.oldNumFmt ?? "",
    JSON.stringify(e.newValue ?? null),
    e.newFormula ?? "",
    e.newNumFmt ?? "",
    e.undone ?? "",
  ];
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** Reads a journal row back; rows that are not journal rows (header, blanks, damage) give null. */
export function rowToJournalEntry(row: unknown[]): JournalEntry | null {
  const t = (i: number) => (row[i] === null || row[i] === undefined ? "" : String(row[i]));
  if (!t(0) || t(0) === "id" || !t(1) || !t(3)) return null;
  const opt = (s: string) => (s === "" ? undefined : s);
  return {
    id: t(0),
    batch: t(1),
    label: t(2),
    sheet: t(3),
    cell: t(4),
    kind: t(5) === "sheet-added" ? "sheet-added" : "cell",
    session: opt(t(6)),
    time: t(7),
    oldValue: parseJson<JournalEntry["oldValue"]>(t(8)),
    oldFormula: opt(t(9)),
    oldNumFmt: opt(t(10)),
    newValue: parseJson<JournalEntry["newValue"]>(t(11)),
    newFormula: opt(t(12)),
    newNumFmt: opt(t(13)),
    undone: opt(t(14)),
  };
}

// ---- Settings stored as key/value rows (file host) ----

export function settingsToRows(settings: Record<string, string>): string[][] {
  return [
    ["kunci", "nilai"],
    ...Object.keys(settings)
      .sort()
      .map((k) => [k, settings[k]]),
  ];
}

export function rowsToSettings(rows: unknown[][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const k = r[0] === null || r[0] === undefined ? "" : String(r[0]);
    if (!k || k === "kunci") continue;
    out[k] = r[1] === null || r[1] === undefined ? "" : String(r[1]);
  }
  return out;
}

export function mergeSettings(current: Record<string, string>, changes: Record<string, string | null>): Record<string, string> {
  const out = { ...current };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Sheets the add-in keeps for itself: never shown, never checked. */
export const isInternalSheet = isInternalSheetName;
