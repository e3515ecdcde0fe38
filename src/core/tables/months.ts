/**
 * Month names as headers write them: Indonesian and English, full or short, any case, with or without
 * a dot. Offices abbreviate Agustus as Agu, Ags, Agst, Agt or Agus, September as Sep or Sept,
 * November as Nop, Februari as Peb, Maret as Mart or Mrt; a workbook from a colleague's English
 * template has May, Aug, Oct, Dec. One list for every reader of headers (month columns, dates).
 */

/** Each month's spellings (uppercase, no dot), January first. */
const SPELLINGS: readonly string[] = [
  "JAN(?:UARI|UARY)?",
  "(?:FEB|PEB)(?:R(?:UARI|UARY)?|UARI)?",
  "MAR(?:ET|CH|T)?|MRT",
  "APR(?:IL)?",
  "MEI|MAY",
  "JUN[IE]?",
  "JUL[IY]?",
  "AG(?:U(?:S(?:T(?:US)?)?)?|ST?|T)|AUG(?:UST)?",
  "SEPT?(?:EMBER)?|SPT",
  "(?:OKT|OCT)(?:OBER)?",
  "NO[VP](?:EMBER)?",
  "(?:DES|DEC)(?:EMBER)?",
];

/** Every spelling, as a regular-expression alternation (no anchors, no flags) for patterns that embed a month. */
export const MONTH_NAMES = SPELLINGS.join("|");

const WHOLE = SPELLINGS.map((s) => new RegExp(`^(?:${s})$`));

/**
 * Short spellings that are also other words in a header: NOP (Nomor Objek Pajak of a PBB list), SPT
 * (Surat Pemberitahuan). They are a month only as a whole header, never as a word inside one.
 */
const AMBIGUOUS = /^(NOP|SPT)$/;

/** The month (1–12) a whole header text names ("Agu", "AGUSTUS", "Sept.", "Dec", "Mei 2025", "Juni (Rp)"), else undefined. */
export function monthOf(text: string): number | undefined {
  const t = text
    .trim()
    .replace(/\s*\(\s*rp\.?\s*\)$/i, "")
    .replace(/\s+(19|20)\d\d$/, "")
    .replace(/\.$/, "")
    .trim()
    .toUpperCase();
  const i = WHOLE.findIndex((re) => re.test(t));
  return i < 0 ? undefined : i + 1;
}

const WORD = new RegExp(`\\b(?:${MONTH_NAMES})\\b`, "g");

/** True when a normalised header (normHeader) holds a month word: "REALISASI BULAN AGS", "S D DES". */
export function mentionsMonth(normalised: string): boolean {
  for (const m of normalised.matchAll(WORD)) if (!AMBIGUOUS.test(m[0])) return true;
  return false;
}
