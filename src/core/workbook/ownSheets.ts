/**
 * Sheets the add-in itself wrote: its hidden journal and settings sheets, and the narrative sheets
 * it inserts (recognised by the title it writes in A1, so a renamed copy is still known). They are
 * output, not the user's data: checking them again would report the add-in's own tables.
 */
import { isInternalSheetName } from "./host";
import type { Sheet } from "./model";

/** Title the narrative writer puts in A1 of every sheet it inserts. */
export const NARRATIVE_TITLE = "Tabel Naratif Bab III (Akuntabilitas Kinerja) — disusun oleh Asisten LKjIP";

export function isAddinSheet(sheet: Sheet): boolean {
  // By name only where the sheet is hidden: a visible sheet named like ours is the user's.
  if (isInternalSheetName(sheet.name) && sheet.hidden) return true;
  const a1 = sheet.rows[0]?.[0]?.value;
  return typeof a1 === "string" && a1.startsWith(NARRATIVE_TITLE);
}
