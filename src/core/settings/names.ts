/**
 * Indonesian names of the stored settings, for the Batalkan list and the undo question. A key without
 * a name here (one added later) is shown by its key without the "lkjip." prefix, so any key works.
 */
import { SETTING_KEYS } from "../workbook/host";

const SETTING_NAMES: Record<string, string> = {
  [SETTING_KEYS.scale]: "skala",
  [SETTING_KEYS.polarity]: "polaritas",
  [SETTING_KEYS.negativeMethod]: "metode indikator negatif",
  "lkjip.koreksi": "koreksi tabel",
};

export function settingName(key: string): string {
  return SETTING_NAMES[key] ?? key.replace(/^lkjip\./, "");
}

/** "Pengaturan diubah (skala, polaritas)". */
export function settingsChangeLabel(keys: string[]): string {
  return `Pengaturan diubah (${keys.map(settingName).join(", ")})`;
}
