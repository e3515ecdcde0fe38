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
