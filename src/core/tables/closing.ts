/**
 * Closing rows: `Jumlah`, `Total`, `Sub Total`, `Rata-rata`, `Capaian Rata Rata`,
 * `Capaian Kinerja Sasaran`, `Rata-rata Capaian Kinerja`. Their label sits in the numbering/code
 * column, in a cell merged across columns, or alone in the label column of an uncoded row.
 */
import type { RowRole } from "./types";
import { wordCount } from "./text";

const CLOSING =
  /^(sub ?total|sub ?jumlah|jumlah|total|grand total|jumlah total|jumlah keseluruhan|total keseluruhan|jumlah seluruhnya|jumlah belanja( \w+){0,3}|total belanja( \w+){0,3}|(jumlah|total) (anggaran|pagu)( \w+)?|(jumlah|total) (pendapatan|penerimaan|pembiayaan)( \w+){0,3}|(jumlah|total) (indikator|iku)( terukur| kinerja)?|rata ?-?rata|rerata|capaian rata ?-?rata|rata ?-?rata capaian( kinerja)?( sasaran)?( \w+){0,3}|capaian (kinerja )?sasaran( \w+){0,3}|nilai (capaian )?(kinerja )?sasaran( \w+){0,3}|capaian kinerja rata ?-?rata)\s*:?$/;

/**
 * "Jumlah A", "Sub Total II", "Total 3" close one group; "JUMLAH TOTAL (A+B+C)", "Total A+B",
 * "JUMLAH (I+II)" add groups up. The marker is a letter, a roman numeral or a small number.
 */
const GROUP_MARK = "(?:[a-z]|[ivx]{1,5}|\\d{1,2})";
const MARKED_CLOSING = new RegExp(
  `^(sub ?total|sub ?jumlah|jumlah|total|grand total|jumlah total|total keseluruhan|jumlah keseluruhan) (${GROUP_MARK}(?: ?\\+ ?${GROUP_MARK})*)\\s*:?$`,
);

function markedClosing(t: string): RowRole | null {
  const m = MARKED_CLOSING.exec(t);
  if (!m) return null;
  const [, word, marker] = m;
  if (marker.includes("+") || /^(grand|jumlah total|total keseluruhan|jumlah keseluruhan)/.test(word)) return "total";
  return "subtotal";
}

/**
 * "JUMLAH KECAMATAN", "TOTAL KABUPATEN", "Jumlah Kec. Tomini", "JUMLAH SE-KABUPATEN": the total of
 * a list kept per kelurahan, desa or unit. Only budget lists read it so: in a PK, "Jumlah kelurahan
 * dengan LPM aktif" is an indicator.
 */
const AREA_TOTAL =
  /^(jumlah|total) (se ?-?)?(kecamatan|kec|kelurahan|kel|desa|kabupaten|kab|kota|provinsi|uptd?|kantor|dinas|badan|opd|skpd|puskesmas)\.?( [\w.]+){0,3}\s*:?$/;

export function isAreaTotal(label: string): boolean {
  // Every row of a long list asks: only a label starting with j or t (any case) is read further.
  const c = label.trimStart().charCodeAt(0) | 32;
  if (c !== 106 && c !== 116) return false;
  return AREA_TOTAL.test(label.toLowerCase().replace(/\s+/g, " ").trim());
}

/** The closing role a label gives, or null. */
export function closingRole(label: string): RowRole | null {
  // "Rata-rata / Jumlah": a row of averages and sums (the averaging rule accepts a sum too).
  const parts = label.split("/");
  if (parts.length === 2 && parts.every((p) => CLOSING.test(p.toLowerCase().trim()))) {
    return parts.some((p) => /rata|rerata/i.test(p)) ? "rata-rata" : closingRole(parts[0]);
  }
  const t = label
    .toLowerCase()
    .replace(/[()]/g, " ")
    .replace(/\b(19|20)\d\d\b/g, "")
    .replace(/\brp\.?/g, "")
    // "Capaian Kinerja Sasaran 1.1": the number of the sasaran it closes.
    .replace(/\s\d+(\.\d+)+\.?\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (t === "" || wordCount(t) > 8) return null;
  if (!CLOSING.test(t)) return markedClosing(t);
  if (/sasaran|kinerja/.test(t) && !/^(jumlah|total)/.test(t)) return "capaian-sasaran";
  if (/rata|rerata/.test(t)) return "rata-rata";
  if (/^sub ?(total|jumlah)/.test(t)) return "subtotal";
  // "JUMLAH PENDAPATAN" closes the income section of an LRA; the belanja section follows.
  if (/^(jumlah|total) (pendapatan|penerimaan|pembiayaan)\b/.test(t)) return "subtotal";
  return "total";
}

/**
 * "Rata-rata Serapan per Bidang", "Rata-rata IDM Kecamatan": an average named by what it averages or
 * over what. Indicators start with "Rata-rata" too ("Rata-rata lama sekolah"), so such a label is a
 * closing row only where the row does not measure an indicator of its own (rows.ts decides).
 */
const SUMMARY_AVERAGE = /^(rata ?-?rata|rerata)( [\w-]+){1,5}$/;
const SUMMARY_WORDS = /\b(serapan|idm|kecamatan|kabupaten|kota|bidang|seluruh|keseluruhan|opd|dinas|badan|umum|total|anggaran)\b/;

export function isSummaryAverageLabel(label: string): boolean {
  const t = label.toLowerCase().replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
  return wordCount(t) <= 8 && SUMMARY_AVERAGE.test(t) && SUMMARY_WORDS.test(t);
}

/**
 * "Jumlah Pendapatan", "TOTAL BELANJA DAERAH": the closing row of an LRA section (income, spending,
 * financing). Nothing after it belongs to the rows above it; a group's "Jumlah A" closes only its group.
 */
const SECTION_CLOSING = /^(jumlah|total) (pendapatan|penerimaan|pembiayaan|belanja|pengeluaran)\b/i;

export function endsSection(label: string): boolean {
  return SECTION_CLOSING.test(label.trim());
}

export function isClosing(role: RowRole): boolean {
  return role === "total" || role === "subtotal" || role === "rata-rata" || role === "capaian-sasaran" || role === "saldo";
}
