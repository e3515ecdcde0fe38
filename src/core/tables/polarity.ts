/** Indicator direction from a KETERANGAN / POLARITAS / SIFAT cell, or from the user's declaration. */
import type { Polarity } from "./types";
import { labelKey } from "./text";

const NEGATIVE =
  /\b(negatif|negative|semakin (rendah|kecil|sedikit)|makin (rendah|kecil)|minimi[sz]e|minimal|menurun|lower is better|turun)\b|↓/i;
const POSITIVE =
  /\b(positif|positive|semakin (tinggi|besar|banyak)|makin (tinggi|besar)|maksimi[sz]e|maximi[sz]e|meningkat)\b|↑/i;

export function polarityFromText(text: string): Polarity | null {
  if (NEGATIVE.test(text)) return "negatif";
  if (POSITIVE.test(text)) return "positif";
  return null;
}

/**
 * A KETERANGAN note declares a direction only in words that name one ("indikator negatif", "semakin
 * rendah semakin baik", "Minimize"): its "Turun", "Menurun", "Meningkat" or an arrow say how the value
 * moved against last year, and "minimal 80%" states a floor. A POLARITAS / SIFAT column reads the
 * short words too (polarityFromText).
 */
const NOTE_NEGATIVE = /\b(negatif|negative|semakin (rendah|kecil|sedikit)|makin (rendah|kecil)|minimi[sz]e|lower is better)\b/i;
const NOTE_POSITIVE =
  /\b(positif|positive|semakin (tinggi|besar|banyak)|makin (tinggi|besar)|maksimi[sz]e|maximi[sz]e|higher is better)\b/i;

export function polarityFromNote(text: string): Polarity | null {
  if (NOTE_NEGATIVE.test(text)) return "negatif";
  if (NOTE_POSITIVE.test(text)) return "positif";
  return null;
}

/**
 * A direction the indicator's own name declares: "Angka kematian bayi (semakin rendah semakin baik)",
 * "… (polaritas negatif)". Only such explicit phrases count: a name's ordinary words ("penurunan",
 * "menurun") say what is measured, not which way is better.
 */
const NAME_NEGATIVE =
  /\b((semakin|makin) (rendah|kecil|sedikit) (semakin |makin )?baik|polaritas negatif|indikator negatif|lower is better)\b|\(\s*negatif\s*\)/i;
const NAME_POSITIVE =
  /\b((semakin|makin) (tinggi|besar|banyak) (semakin |makin )?baik|polaritas positif|indikator positif|higher is better)\b|\(\s*positif\s*\)/i;

/** A word every phrase of NAME_NEGATIVE or NAME_POSITIVE contains: most names (50.000 budget rows) have none. */
const NAME_WORD = /baik|negatif|positif|better/i;

export function polarityFromName(name: string): Polarity | null {
  if (!NAME_WORD.test(name)) return null;
  if (NAME_NEGATIVE.test(name)) return "negatif";
  if (NAME_POSITIVE.test(name)) return "positif";
  return null;
}

/** Looks up options.polarity: keys are indicator names (as written, matched loosely) or "Sheet!A1" of the label cell. */
export function declaredPolarity(
  declared: Record<string, Polarity> | undefined,
  label: string,
  sheet: string,
  address: string,
): Polarity | null {
  if (!declared) return null;
  const direct = declared[`${sheet}!${address}`];
  if (direct) return direct;
  const key = labelKey(label);
  for (const k of Object.keys(declared)) {
    if (k.includes("!")) continue;
    if (labelKey(k) === key) return declared[k];
  }
  return null;
}
