/**
 * Closing rows: `Jumlah`, `Total`, `Sub Total`, `Rata-rata`, `Capaian Rata Rata`,
 * `Capaian Kinerja Sasaran`, `Rata-rata Capaian Kinerja`. Their label sits in the numbering/code
 * column, in a cell merged across columns, or alone in the label column of an uncoded row.
 */
import type { RowRole } from "./types";
import { wordCount } from "./text";

const CLOSING =
  /^(sub ?total|sub ?jumlah|jumlah|total|grand total|jumlah total|jumlah keseluruhan|total keseluruhan|jumlah seluruhnya|jumlah belanja( \w+){0,3}|total belanja( \w+){0,3}|rata ?-?rata|rerata|capaian rata ?-?rata|rata ?-?rata capaian( kinerja)?( sasaran)?( \w+){0,3}|capaian (kinerja )?sasaran( \w+){0,3}|nilai capaian (kinerja )?sasaran|capaian kinerja rata ?-?rata)\s*:?$/;

/** The closing role a label gives, or null. */
export function closingRole(label: string): RowRole | null {
  const t = label
    .toLowerCase()
    .replace(/[()]/g, " ")
    .replace(/\b(19|20)\d\d\b/g, "")
    .replace(/\brp\.?/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (t === "" || wordCount(t) > 8 || !CLOSING.test(t)) return null;
  if (/sasaran|kinerja/.test(t) && !/^(jumlah|total)/.test(t)) return "capaian-sasaran";
  if (/rata|rerata/.test(t)) return "rata-rata";
  if (/^sub ?(total|jumlah)/.test(t)) return "subtotal";
  return "total";
}

export function isClosing(role: RowRole): boolean {
  return role === "total" || role === "subtotal" || role === "rata-rata" || role === "capaian-sasaran";
}
