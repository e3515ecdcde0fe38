/**
 * Host-agnostic rules for writing and undoing: when a write needs the user's confirmation, how a
 * journal entry is stored as a row of text in the hidden journal sheet, and which cells an undo
 * restores. Both hosts (Office.js and ExcelJS) run exactly this logic; they only move the data.
 */
import { isInternalSheetName } from "../workbook/host";
import type { CellSnapshot, CellWrite, Conflict, JournalEntry, SkippedRestore } from "../workbook/host";
import type { SheetContents, StoredJournalEntry } from "./cellStore";

export type { StoredJournalEntry } from "./cellStore";

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

/** A cell to put back as it was. */
export interface CellRestore {
  sheet: string;
  cell: string;
  value: number | string | boolean | null;
  formula?: string;
  numFmt?: string;
}

export interface UndoPlan {
  restores: CellRestore[];
  /** Sheets the add-in created, to delete (by the host's id). */
  deleteSheets: { id: string; name: string }[];
  /** Sheets whose deletion the user must confirm (changed since, or not provably the add-in's). */
  conflicts: Conflict[];
  skipped: SkippedRestore[];
  /** Journal entries to rewrite: the undone ones, and later entries that take over an earlier original value. */
  rewrites: { stored: StoredJournalEntry; entry: JournalEntry }[];
  /** Stored settings to put back (null: the key was absent, remove it). */
  settings: Record<string, string | null>;
}

/** What the sheets the selected entries made look like now (found by id, else by name). */
export interface SheetsNow {
  byId: Map<string, SheetContents>;
  byName: Map<string, { id: string; name: string }>;
}

/**
 * Plans an undo of the selected entries (newest first). A cell is restored only while it still holds
 * what the add-in wrote; a cell edited by hand since is left alone and reported. Where a later change
 * of the add-in (not being undone) covers the same cell, the later entry takes over the original
 * value, so undoing the fixes in any order ends at what the user had. A sheet the add-in created is
 * deleted only when it is found by its id and unchanged; otherwise the user is asked. A setting is put
 * back as it was (absent again where it was absent); if it was changed again since, the user is asked.
 */
export function planUndo(
  selected: StoredJournalEntry[],
  journal: StoredJournalEntry[],
  cellsNow: CellSnapshot[],
  sheets: SheetsNow,
  settingsNow: Record<string, string>,
  time: string,
): UndoPlan {
  const now = new Map(cellsNow.map((s) => [cellKey(s.sheet, s.cell), s]));
  const settingNow = new Map<string, string | null>(Object.entries(settingsNow));
  const selectedIds = new Set(selected.map((s) => s.entry.id));
  const plan: UndoPlan = { restores: [], deleteSheets: [], conflicts: [], skipped: [], rewrites: [], settings: {} };
  const rewritten = new Map<string, JournalEntry>();
  const current = (stored: StoredJournalEntry) => rewritten.get(stored.entry.id) ?? stored.entry;
  const rewrite = (stored: StoredJournalEntry, entry: JournalEntry) => {
    rewritten.set(stored.entry.id, entry);
    const i = plan.rewrites.findIndex((r) => r.stored.entry.id === stored.entry.id);
    if (i >= 0) plan.rewrites[i] = { stored, entry };
    else plan.rewrites.push({ stored, entry });
  };
  for (const stored of selected) {
    const e = current(stored);
    rewrite(stored, { ...e, undone: time });
    if (e.damaged) {
      plan.skipped.push({ sheet: e.sheet, cell: e.cell, reason: "jurnal-rusak" });
      continue;
    }
    if (e.kind === "sheet-added") {
      planSheetUndo(e, sheets, plan);
      continue;
    }
    const key = cellKey(e.sheet, e.cell);
    // A later live change of the add-in on this cell (or setting) takes over the original value.
    const later = journal.find(
      (o) =>
        o.row > stored.row &&
        !o.entry.undone &&
        !selectedIds.has(o.entry.id) &&
        (o.entry.kind ?? "cell") === (e.kind ?? "cell") &&
        !o.entry.damaged &&
        cellKey(o.entry.sheet, o.entry.cell) === key,
    );
    if (later) {
      const l = current(later);
      rewrite(later, { ...l, oldValue: e.oldValue, oldFormula: e.oldFormula, oldNumFmt: e.oldNumFmt });
      // A cell then stays as the later fix left it; a setting is put back, after asking (see below).
      if (e.kind !== "setting") continue;
    }
    if (e.kind === "setting") {
      planSettingUndo(e, settingNow, plan);
      continue;
    }
    const snap = now.get(key);
    if (!snap || (snap as { missingSheet?: boolean }).missingSheet) {
      plan.skipped.push({ sheet: e.sheet, cell: e.cell, reason: "lembar-hilang" });
      continue;
    }
    if (!holdsWhatWasWritten(e, snap)) {
      plan.skipped.push({
        sheet: e.sheet,
        cell: e.cell,
        reason: "diubah-sejak-perbaikan",
        current: snap.formula ? `=${snap.formula}` : snap.value,
      });
      continue;
    }
    plan.restores.push({ sheet: e.sheet, cell: e.cell, value: e.oldValue, formula: e.oldFormula, numFmt: e.oldNumFmt });
    // Older selected entries of this cell compare against what this restore puts back.
    now.set(key, {
      sheet: e.sheet,
      cell: e.cell,
      value: e.oldValue,
      formula: e.oldFormula,
      numFmt: e.oldNumFmt,
    });
  }
  return plan;
}

/** A setting goes back to what it was; if it no longer holds what this change stored, the user is asked first. */
function planSettingUndo(e: JournalEntry, settingNow: Map<string, string | null>, plan: UndoPlan): void {
  const nowValue = settingNow.get(e.cell) ?? null;
  const old = typeof e.oldValue === "string" ? e.oldValue : null;
  if (nowValue !== (e.newValue ?? null)) {
    plan.conflicts.push({
      sheet: e.sheet,
      cell: e.cell,
      current: { sheet: e.sheet, cell: e.cell, value: nowValue },
      next: old,
      reason: "pengaturan-diubah",
    });
  }
  plan.settings[e.cell] = old;
  // Older selected changes of this key compare against what this restore puts back.
  settingNow.set(e.cell, old);
}

function planSheetUndo(e: JournalEntry, sheets: SheetsNow, plan: UndoPlan): void {
  const sheetConflict = (name: string, reason: Conflict["reason"]) =>
    plan.conflicts.push({ sheet: name, cell: "", current: { sheet: name, cell: "", value: null }, next: null, reason });
  const found = e.sheetId ? sheets.byId.get(e.sheetId) : undefined;
  if (found) {
    const id = e.sheetId as string;
    if (e.fingerprint && e.fingerprint === sheetFingerprint(found)) plan.deleteSheets.push({ id, name: found.name });
    else {
      sheetConflict(found.name, "lembar-diubah");
      plan.deleteSheets.push({ id, name: found.name });
    }
    return;
  }
  if (e.sheetId) return; // the sheet the add-in made is gone already: nothing to delete
  // An old or hand-made journal row without the sheet's id: never delete on its word alone.
  const byName = sheets.byName.get(e.sheet.toLowerCase());
  if (byName) {
    sheetConflict(byName.name, "lembar-tanpa-bukti");
    plan.deleteSheets.push(byName);
  }
}

/**
 * Fingerprint of a sheet's constants and of where its formulas are (formula texts are left out:
 * Excel may rewrite them, e.g. drop quotes around a sheet name). Typing into the sheet changes it.
 */
export function sheetFingerprint(contents: Pick<SheetContents, "cells">): string {
  const parts = contents.cells
    .filter((c) => c.content !== "" && c.content !== null)
    .map((c) => {
      const f = typeof c.content === "string" && c.content.startsWith("=") ? "=" : `${typeof c.content}:${String(c.content)}`;
      return { row: c.row, col: c.col, text: `${c.row},${c.col}:${f}` };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((p) => p.text);
  return hash53(parts.join("\u0001"));
}

/** cyrb53: a small, well-spread 53-bit string hash (not for security; only to notice a change). */
function hash53(str: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Cells an undo must look at before deciding. */
export function cellsOf(entries: JournalEntry[]): { sheet: string; cell: string }[] {
  const out = new Map<string, { sheet: string; cell: string }>();
  for (const e of entries) {
    if ((e.kind ?? "cell") === "cell" && !e.damaged) out.set(cellKey(e.sheet, e.cell), { sheet: e.sheet, cell: e.cell });
  }
  return [...out.values()];
}

/** Setting keys an undo must look at before deciding. */
export function settingKeysOf(entries: JournalEntry[]): string[] {
  return [...new Set(entries.filter((e) => e.kind === "setting" && !e.damaged).map((e) => e.cell))];
}

/** Batches of the journal, newest first, for the Batalkan list. */
export interface BatchSummary {
  batch: string;
  label: string;
  time: string;
  session?: string;
  cells: number;
  /** Settings the batch changed (a settings batch has no cells). */
  settings: number;
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
    const isCell = (e.kind ?? "cell") === "cell" ? 1 : 0;
    const isSetting = e.kind === "setting" ? 1 : 0;
    if (b) {
      b.cells += isCell;
      b.settings += isSetting;
      b.undone = b.undone && !!e.undone;
    } else {
      map.set(e.batch, {
        batch: e.batch,
        label: e.label,
        time: e.time,
        session: e.session,
        cells: isCell,
        settings: isSetting,
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
  "sheetId",
  "fingerprint",
] as const;

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
    e.sheetId ?? "",
    e.fingerprint ?? "",
  ];
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function isStoredValue(v: unknown): v is JournalEntry["oldValue"] {
  return v === null || typeof v === "number" || typeof v === "string" || typeof v === "boolean";
}

const A1 = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
/** A setting key the add-in stores ("lkjip.skala"); a journal row naming anything else is not acted on. */
const SETTING_KEY = /^lkjip\.[A-Za-z0-9_.-]{1,64}$/;
const KINDS = new Set(["cell", "sheet-added", "setting"]);

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/**
 * Reads a journal row back; rows that are not journal rows (header, blanks) give null. A row whose
 * values cannot be read, whose kind is unknown or whose cell is no address is kept, marked `damaged`,
 * so undo reports it instead of acting on a guess.
 */
export function rowToJournalEntry(row: unknown[]): JournalEntry | null {
  const t = (i: number) => cellText(row[i]);
  if (!t(0) || t(0) === "id" || !t(1) || !t(3)) return null;
  const opt = (s: string) => (s === "" ? undefined : s);
  const oldValue = parseJson(t(8));
  const newValue = parseJson(t(11));
  const kindText = t(5) || "cell";
  const kind = KINDS.has(kindText) ? (kindText as NonNullable<JournalEntry["kind"]>) : "cell";
  const problems: string[] = [];
  if (!KINDS.has(kindText)) problems.push(`jenis tidak dikenal "${kindText}"`);
  if (!isStoredValue(oldValue)) problems.push("nilai lama tidak terbaca");
  if (!isStoredValue(newValue)) problems.push("nilai baru tidak terbaca");
  if (kind === "cell" && !A1.test(t(4).toUpperCase())) problems.push(`alamat sel "${t(4)}" tidak sah`);
  if (kind === "setting") {
    if (!SETTING_KEY.test(t(4))) problems.push(`kunci pengaturan "${t(4)}" tidak sah`);
    // A stored setting is text or absent; anything else was not written by the add-in.
    const isText = (v: unknown) => v === null || typeof v === "string";
    if (!isText(oldValue) || !isText(newValue)) problems.push("nilai pengaturan tidak terbaca");
  }
  const entry: JournalEntry = {
    id: t(0),
    batch: t(1),
    label: t(2),
    sheet: t(3),
    cell: t(4),
    kind,
    session: opt(t(6)),
    time: t(7),
    oldValue: isStoredValue(oldValue) ? oldValue : null,
    oldFormula: opt(t(9)),
    oldNumFmt: opt(t(10)),
    newValue: isStoredValue(newValue) && typeof newValue !== "boolean" ? newValue : null,
    newFormula: opt(t(12)),
    newNumFmt: opt(t(13)),
    undone: opt(t(14)),
    sheetId: opt(t(15)),
    fingerprint: opt(t(16)),
  };
  if (problems.length) entry.damaged = problems.join("; ");
  return entry;
}

// ---- Settings stored as key/value rows (file host) ----

export function settingsToRows(settings: Record<string, string>): string[][] {
  return [
    [...SETTINGS_HEADER],
    ...Object.keys(settings)
      .sort()
      .map((k) => [k, settings[k]]),
  ];
}

export function rowsToSettings(rows: unknown[][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const k = cellText(r[0]);
    if (!k || k === "kunci") continue;
    out[k] = cellText(r[1]);
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

export const SETTINGS_HEADER = ["kunci", "nilai"] as const;

/** Whether a sheet named like the settings sheet is the add-in's: hidden and headed by the settings header. */
export function isSettingsSheet(visible: boolean, firstRow: unknown[]): boolean {
  return !visible && SETTINGS_HEADER.every((h, i) => cellText(firstRow[i]) === h);
}

/** Whether a sheet named like the journal is the add-in's: very hidden (or hidden) and headed by the journal header. */
export function isJournalSheet(visible: boolean, firstRow: unknown[]): boolean {
  return !visible && JOURNAL_HEADER.every((h, i) => cellText(firstRow[i]) === h);
}

/** Sheets the add-in keeps for itself: never shown, never checked. */
export const isInternalSheet = isInternalSheetName;
