/**
 * A settings change as journal entries: one per key whose stored value really changes, keeping the
 * value it had (null where the key was absent), so undo can put back exactly what was there.
 */
import { settingsChangeLabel } from "../settings/names";
import { SETTINGS_SHEET, type JournalEntry } from "../workbook/host";
import { newId } from "./journal";

/** What a stored setting is: text, or absent (an empty text counts as absent, as the hosts read it). */
export function storedSetting(v: string | null | undefined): string | null {
  return v === undefined || v === null || v === "" ? null : v;
}

export interface SettingsPlan {
  /** The keys that change, with what each becomes (null: removed). */
  changes: Record<string, string | null>;
  entries: JournalEntry[];
}

export function planSettings(
  values: Record<string, string | null>,
  current: Record<string, string>,
  meta: { batch: string; label?: string; session?: string; time?: string },
): SettingsPlan {
  const changes: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(values)) {
    const next = storedSetting(value);
    if (next !== storedSetting(current[key])) changes[key] = next;
  }
  const keys = Object.keys(changes);
  const label = meta.label ?? settingsChangeLabel(keys);
  const time = meta.time ?? new Date().toISOString();
  const entries = keys.map((key): JournalEntry => ({
    id: newId("j"),
    batch: meta.batch,
    label,
    sheet: SETTINGS_SHEET,
    cell: key,
    kind: "setting",
    session: meta.session,
    time,
    oldValue: storedSetting(current[key]),
    newValue: changes[key],
  }));
  return { changes, entries };
}
