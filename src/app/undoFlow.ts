/** Undo: put back what the add-in changed, and say in Indonesian what was and was not restored. */
import { settingName } from "../core/settings/names";
import {
  SETTINGS_SHEET,
  type SkippedRestore,
  type UndoOptions,
  type UndoOutcome,
  type WorkbookHost,
} from "../core/workbook/host";

export function undoChanges(host: WorkbookHost, options: UndoOptions): Promise<UndoOutcome> {
  return host.undo(options);
}

const SKIP_REASON: Record<SkippedRestore["reason"], string> = {
  "diubah-sejak-perbaikan": "diubah setelah add-in menulisnya",
  "jurnal-rusak": "catatan jurnalnya rusak",
  "lembar-hilang": "lembarnya sudah tidak ada",
};

/** "Perbaiki G17: 3 perubahan dipulihkan; 1 sel dibiarkan: 'PK'!G17 (diubah setelah add-in menulisnya)." */
export function undoSummary(label: string, outcome: UndoOutcome): string {
  if (outcome.status === "nothing") return "Tidak ada yang perlu dibatalkan.";
  if (outcome.status === "needs-confirmation") return "Pembatalan menunggu persetujuan; belum ada yang diubah.";
  const head = `${label}: ${outcome.restored} perubahan dipulihkan`;
  if (outcome.skipped.length === 0) return `${head}.`;
  const where = (s: SkippedRestore) =>
    s.sheet === SETTINGS_SHEET ? `pengaturan ${settingName(s.cell)}` : `${s.sheet}!${s.cell}`;
  const cells = outcome.skipped.map((s) => `${where(s)} (${SKIP_REASON[s.reason]})`).join(", ");
  return `${head}; ${outcome.skipped.length} sel dibiarkan: ${cells}.`;
}
