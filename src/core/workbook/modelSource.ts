/**
 * A read-only WorkbookSource over a workbook model read from a file (the CLI): the settings and the
 * journal come from the add-in's hidden sheets in the model, as the .xlsx host would read them.
 */
import { isJournalSheet, isSettingsSheet, rowToJournalEntry, rowsToSettings } from "../journal/journal";
import { JOURNAL_SHEET, SETTINGS_SHEET, type JournalEntry } from "./host";
import type { Sheet, Workbook } from "./model";
import type { WorkbookSource } from "./host";

function rowsOf(sheet: Sheet | undefined): unknown[][] {
  if (!sheet) return [];
  return sheet.rows.map((r) =>
    (r ?? []).map((c) => {
      const v = c?.value ?? null;
      return v !== null && typeof v === "object" ? v.error : v;
    }),
  );
}

export function modelSource(model: Workbook): WorkbookSource {
  const find = (name: string) => model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  return {
    read: (onProgress) => {
      onProgress?.(1, 1);
      return Promise.resolve({ ...model, sheets: model.sheets.filter((s) => !s.hidden) });
    },
    getSettings: () => {
      // A user's own sheet of that name (visible, or headed otherwise) holds no settings.
      const sheet = find(SETTINGS_SHEET);
      const rows = rowsOf(sheet);
      return Promise.resolve(sheet && isSettingsSheet(!sheet.hidden, rows[0] ?? []) ? rowsToSettings(rows) : {});
    },
    journal: () => {
      const sheet = find(JOURNAL_SHEET);
      const rows = rowsOf(sheet);
      if (!sheet || !isJournalSheet(!sheet.hidden, rows[0] ?? [])) return Promise.resolve([]);
      return Promise.resolve(rows.map(rowToJournalEntry).filter((e): e is JournalEntry => e !== null));
    },
  };
}
