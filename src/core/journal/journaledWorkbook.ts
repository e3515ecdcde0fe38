/**
 * The journaled-write algorithm, written once for every host: look (snapshot), plan, ask about
 * conflicts, apply the change and its journal rows as one change set, and roll back if applying
 * fails, so a batch lands whole with its journal entry or leaves the workbook as it was.
 */
import type {
  CellSnapshot,
  CellWrite,
  JournalEntry,
  SheetSpec,
  UndoOptions,
  UndoOutcome,
  WriteOptions,
  WriteOutcome,
} from "../workbook/host";
import { JOURNAL_SHEET, SETTINGS_SHEET } from "../workbook/host";
import { EXCEL_CELL_CHARS } from "../workbook/limits";
import type { CellChange, CellContent, CellStore, ChangeSet, JournalRowWrite, SheetContents, StoreView } from "./cellStore";
import {
  CellRestore,
  JOURNAL_HEADER,
  StoredJournalEntry,
  cellKey,
  cellsOf,
  journalEntryToRow,
  needsTextGuard,
  newId,
  planUndo,
  planWrites,
  settingKeysOf,
  sheetFingerprint,
} from "./journal";
import { planSettings } from "./settingsJournal";
import { sheetAddedEntry, sheetMatrix } from "./sheetSpec";

/** A change that failed; says in Indonesian what was and was not changed. */
export class BatchError extends Error {
  constructor(
    message: string,
    /** True when the workbook and the journal are as they were before the change. */
    readonly rolledBack: boolean,
    readonly causeMessage: string,
  ) {
    super(message);
    this.name = "BatchError";
  }
}

/** What one write puts in a cell, given what the cell holds now (its format decides a few things). */
export function contentOf(w: Pick<CellWrite, "value" | "formula" | "numFmt">): CellContent {
  if (w.formula) {
    const cached = w.value === null || w.value === undefined || w.value === "" ? undefined : w.value;
    return { kind: "formula", formula: w.formula, cached };
  }
  const v = w.value;
  if (v === null || v === undefined || v === "") return { kind: "empty" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  // Text Excel would read as a formula stays text: "@" format, or the apostrophe where another format must stay.
  const quote = needsTextGuard(v) && !!w.numFmt && w.numFmt !== "@";
  return { kind: "text", value: v, quote };
}

/** The number format a write leaves: its own, "@" for guarded text, General for a number or formula in a text cell. */
export function formatOf(w: Pick<CellWrite, "value" | "formula" | "numFmt">, currentFmt?: string): string | undefined {
  if (w.numFmt) return w.numFmt;
  if (!w.formula && needsTextGuard(w.value)) return "@";
  if (currentFmt === "@" && (w.formula || typeof w.value === "number")) return "General";
  return undefined;
}

export function toChange(w: CellWrite, currentFmt?: string): CellChange {
  return { sheet: w.sheet, cell: w.cell.toUpperCase(), content: contentOf(w), numFmt: formatOf(w, currentFmt) };
}

function restoreToChange(r: CellRestore): CellChange {
  const numFmt = r.numFmt ?? "General";
  if (typeof r.value === "boolean" && !r.formula)
    return { sheet: r.sheet, cell: r.cell, content: { kind: "boolean", value: r.value }, numFmt };
  return toChange({ sheet: r.sheet, cell: r.cell, value: r.value as CellWrite["value"], formula: r.formula, numFmt });
}

function snapshotToChange(s: CellSnapshot): CellChange {
  return restoreToChange({ sheet: s.sheet, cell: s.cell, value: s.value, formula: s.formula, numFmt: s.numFmt ?? "General" });
}

/** The contents a SheetSpec writes, as a host reads them back (for the fingerprint). */
export function specContents(spec: SheetSpec): SheetContents {
  const m = sheetMatrix(spec);
  const cells: SheetContents["cells"] = [];
  m.contents.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content !== "") cells.push({ row: r, col: c, content });
    }),
  );
  return { name: spec.name, cells };
}

/** Journal rows for new entries, after the last row (with the header when the journal is new). */
export function appendRows(journalEnd: number, entries: JournalEntry[]): JournalRowWrite[] {
  const rows: JournalRowWrite[] = [];
  let row = journalEnd;
  if (row === 0) rows.push({ row: row++, values: [...JOURNAL_HEADER] });
  for (const e of entries) rows.push({ row: row++, values: journalEntryToRow(e) });
  return rows;
}

function selectStored(journal: StoredJournalEntry[], options: UndoOptions): StoredJournalEntry[] {
  return journal
    .filter(
      (s) =>
        !s.entry.undone &&
        (options.batch === undefined || s.entry.batch === options.batch) &&
        (options.session === undefined || s.entry.session === options.session),
    )
    .reverse();
}

/**
 * Each journal field lives in one cell. A value whose stored form (JSON, quotes added) would not fit
 * one cell could not be put back by undo, so the change is refused before anything is written.
 */
function refuseUnjournalable(entries: JournalEntry[]): void {
  for (const e of entries) {
    if (!journalEntryToRow(e).some((field) => field.length > EXCEL_CELL_CHARS)) continue;
    const what = e.kind === "setting" ? `Pengaturan ${e.cell}` : `Isi sel ${e.sheet}!${e.cell}`;
    throw new BatchError(
      `${what} terlalu panjang untuk dicatat di jurnal (satu sel Excel memuat paling banyak 32.767 karakter), jadi perubahan ini tidak akan dapat dibatalkan. Tidak ada yang diubah.`,
      true,
      "",
    );
  }
}

/** A user's own sheet that happens to carry the journal's name is never written into. */
function refuseForeignJournal(view: StoreView): void {
  if (view.journalForeign) {
    throw new BatchError(
      `Lembar "${JOURNAL_SHEET}" di buku kerja ini bukan jurnal Asisten LKjIP (lembar itu terlihat atau isinya lain), jadi perubahan tidak dapat dicatat untuk dibatalkan. Ganti nama lembar itu, lalu coba lagi; tidak ada yang diubah.`,
      true,
      "",
    );
  }
}

/** The same for a user's own sheet named like the settings sheet (hosts that keep settings in a sheet). */
function refuseForeignSettings(view: StoreView): void {
  if (view.settingsForeign) {
    throw new BatchError(
      `Lembar "${SETTINGS_SHEET}" di buku kerja ini bukan lembar pengaturan Asisten LKjIP (lembar itu terlihat atau isinya lain), jadi pengaturan tidak dapat disimpan. Ganti nama lembar itu, lalu coba lagi; tidak ada yang diubah.`,
      true,
      "",
    );
  }
}

function missingSheets(view: StoreView): string[] {
  return [...new Set(view.cells.filter((c) => c.missingSheet).map((c) => c.sheet))];
}

function describe(e: unknown): string {
  const m = (e as { message?: string })?.message;
  return m ? String(m) : String(e);
}

/** What the settings a change touches were before it (null: absent). */
function settingsBefore(changed: Record<string, string | null>, before: StoreView): Record<string, string | null> {
  return Object.fromEntries(Object.keys(changed).map((k) => [k, before.settings[k] ?? null]));
}

export class JournaledWorkbook {
  constructor(
    private readonly store: CellStore,
    private readonly session: string,
  ) {}

  async write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    const batch = newId("b");
    if (writes.length === 0) return { status: "written", batch, entries: [] };
    const view = await this.store.inspect({ cells: writes, journal: "end" });
    refuseForeignJournal(view);
    const missing = missingSheets(view);
    if (missing.length)
      throw new BatchError(`Lembar ${missing.map((s) => `"${s}"`).join(", ")} tidak ditemukan; tidak ada yang diubah.`, true, "");
    const plan = planWrites(writes, view.cells, { batch, label: options.label, session: this.session });
    if (plan.conflicts.length > 0 && !options.confirmed) return { status: "needs-confirmation", conflicts: plan.conflicts };
    refuseUnjournalable(plan.entries);
    const fmtOf = new Map(view.cells.map((s) => [cellKey(s.sheet, s.cell), s.numFmt]));
    const change: ChangeSet = {
      cells: writes.map((w) => toChange(w, fmtOf.get(cellKey(w.sheet, w.cell)))),
      journal: () => appendRows(view.journalEnd, plan.entries),
      createJournal: !view.journalSheet,
      deleteSheetIds: [],
    };
    await this.commit(change, view, options.label);
    return { status: "written", batch, entries: plan.entries };
  }

  async addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    const view = await this.store.inspect({ cells: [], sheetNames: [spec.name], journal: "end" });
    refuseForeignJournal(view);
    if (view.sheetsByName.has(spec.name.toLowerCase())) return { status: "name-taken", sheet: spec.name };
    const batch = newId("b");
    const fingerprint = sheetFingerprint(specContents(spec));
    const entry: JournalEntry = {
      ...sheetAddedEntry(spec.name, { batch, label: options.label, session: this.session }),
      fingerprint,
    };
    const change: ChangeSet = {
      cells: [],
      addSheet: spec,
      journal: ({ sheetId }) => appendRows(view.journalEnd, [{ ...entry, sheetId }]),
      createJournal: !view.journalSheet,
      deleteSheetIds: [],
    };
    const { sheetId } = await this.commit(change, view, options.label);
    return { status: "written", batch, entries: [{ ...entry, sheetId }] };
  }

  /** Stores settings as one journaled batch (the old value of each changed key kept for undo). */
  async setSettings(values: Record<string, string | null>, options: { label?: string } = {}): Promise<WriteOutcome> {
    const batch = newId("b");
    const view = await this.store.inspect({ cells: [], settingKeys: Object.keys(values), journal: "end" });
    refuseForeignJournal(view);
    refuseForeignSettings(view);
    const plan = planSettings(values, view.settings, { batch, label: options.label, session: this.session });
    if (plan.entries.length === 0) return { status: "written", batch, entries: [] };
    refuseUnjournalable(plan.entries);
    const change: ChangeSet = {
      cells: [],
      settings: plan.changes,
      journal: () => appendRows(view.journalEnd, plan.entries),
      createJournal: !view.journalSheet,
      deleteSheetIds: [],
    };
    await this.commit(change, view, plan.entries[0].label);
    return { status: "written", batch, entries: plan.entries };
  }

  async journal(): Promise<JournalEntry[]> {
    const view = await this.store.inspect({ cells: [], journal: "rows" });
    return view.journalForeign ? [] : view.journal.map((s) => s.entry);
  }

  async undo(options: UndoOptions): Promise<UndoOutcome> {
    const first = await this.store.inspect({ cells: [], journal: "rows" });
    if (first.journalForeign) return { status: "nothing" };
    const selected = selectStored(first.journal, options);
    if (selected.length === 0) return { status: "nothing" };
    const entries = selected.map((s) => s.entry);
    const added = entries.filter((e) => e.kind === "sheet-added" && !e.damaged);
    const settingKeys = settingKeysOf(entries);
    const view = await this.store.inspect({
      cells: cellsOf(entries),
      sheetIds: added.filter((e) => e.sheetId).map((e) => e.sheetId as string),
      sheetNames: added.filter((e) => !e.sheetId).map((e) => e.sheet),
      settingKeys,
      journal: "end",
    });
    if (settingKeys.length) refuseForeignSettings(view);
    const plan = planUndo(
      selected,
      first.journal,
      view.cells,
      { byId: view.sheetsById, byName: view.sheetsByName },
      view.settings,
      new Date().toISOString(),
    );
    if (plan.conflicts.length > 0 && !options.confirmed) return { status: "needs-confirmation", conflicts: plan.conflicts };
    const restoredSettings = Object.keys(plan.settings).length;
    const change: ChangeSet = {
      cells: plan.restores.map(restoreToChange),
      journal: () => plan.rewrites.map((r) => ({ row: r.stored.row, values: journalEntryToRow(r.entry) })),
      createJournal: false,
      deleteSheetIds: plan.deleteSheets.map((d) => d.id),
      ...(restoredSettings ? { settings: plan.settings } : {}),
    };
    await this.commit(change, { ...view, journal: first.journal }, "Pembatalan");
    return {
      status: "undone",
      batches: [...new Set(entries.map((e) => e.batch))],
      restored: plan.restores.length + plan.deleteSheets.length + restoredSettings,
      skipped: plan.skipped,
      ...(restoredSettings ? { settings: Object.keys(plan.settings) } : {}),
    };
  }

  /** Applies a change set; if that fails, puts back what was there and says what happened. */
  private async commit(change: ChangeSet, before: StoreView, label: string): Promise<{ sheetId?: string }> {
    try {
      return await this.store.apply(change);
    } catch (e) {
      const cause = describe(e);
      try {
        await this.rollback(change, before);
      } catch (e2) {
        throw new BatchError(
          `"${label}" gagal (${cause}) dan tidak dapat dikembalikan seluruhnya (${describe(e2)}): periksa sel yang diubah, lalu gunakan Batalkan.`,
          false,
          cause,
        );
      }
      throw new BatchError(
        `"${label}" gagal (${cause}); buku kerja dikembalikan seperti semula, tidak ada yang diubah.`,
        true,
        cause,
      );
    }
  }

  private async rollback(change: ChangeSet, before: StoreView): Promise<void> {
    const was = new Map(before.cells.map((s) => [cellKey(s.sheet, s.cell), s]));
    const rawOf = new Map(before.journal.map((s) => [s.row, s.raw]));
    const written = change.journal({ sheetId: undefined });
    const names = [JOURNAL_SHEET, SETTINGS_SHEET, ...(change.addSheet ? [change.addSheet.name] : [])];
    const now = await this.store.inspect({ cells: [], sheetNames: names, journal: "end" });
    const deleteSheetIds: string[] = [];
    const added = change.addSheet ? now.sheetsByName.get(change.addSheet.name.toLowerCase()) : undefined;
    if (added) deleteSheetIds.push(added.id);
    const journalNow = now.sheetsByName.get(JOURNAL_SHEET.toLowerCase());
    const journalWasNew = !before.journalSheet;
    if (journalWasNew && journalNow) deleteSheetIds.push(journalNow.id);
    // A host that keeps settings in a sheet may have created it for this change: it goes too.
    const settingsSheetNow = change.settings ? now.sheetsByName.get(SETTINGS_SHEET.toLowerCase()) : undefined;
    if (settingsSheetNow && !before.sheetsByName.has(SETTINGS_SHEET.toLowerCase())) deleteSheetIds.push(settingsSheetNow.id);
    const width = JOURNAL_HEADER.length;
    const inverse: ChangeSet = {
      cells: change.cells.map((c) => {
        const s = was.get(cellKey(c.sheet, c.cell));
        return s ? snapshotToChange(s) : { sheet: c.sheet, cell: c.cell, content: { kind: "empty" }, numFmt: "General" };
      }),
      journal: () =>
        journalWasNew || !journalNow
          ? []
          : written.map((w) => {
              const raw = rawOf.get(w.row);
              // A row the journal did not have goes back to a plain empty row (no text format left behind).
              return raw ? { row: w.row, values: raw } : { row: w.row, values: new Array<string>(width).fill(""), blank: true };
            }),
      createJournal: false,
      deleteSheetIds,
      ...(change.settings ? { settings: settingsBefore(change.settings, before) } : {}),
    };
    await this.store.apply(inverse);
  }
}
