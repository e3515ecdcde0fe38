/** Which category a value falls in, and which category a word typed by a user names. */
import Decimal from "decimal.js";
import { bandContains } from "./band";
import { Band, PredicateScale } from "./types";

export function predicateFor(scale: PredicateScale, capaian: Decimal): Band | null {
  return scale.bands.find((band) => bandContains(band, capaian)) ?? null;
}

/** "(Sangat  Berhasil)." -> "sangat berhasil": case, brackets, punctuation and spacing do not matter. */
export function normalizePredicateLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[()[\]{}"“”'‘’.,:;!*-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the typed word names the band: its label, its abbreviation, or both ("Sangat Berhasil (SB)"). */
export function labelMatchesBand(typed: string, band: Band): boolean {
  const word = normalizePredicateLabel(typed);
  const label = normalizePredicateLabel(band.label);
  const short = band.short ? normalizePredicateLabel(band.short) : null;
  if (word === label || (short !== null && word === short)) return true;
  return short !== null && (word === `${label} ${short}` || word === `${short} ${label}`);
}

export function findBandByLabel(scale: PredicateScale, typed: string): Band | null {
  return scale.bands.find((band) => labelMatchesBand(typed, band)) ?? null;
}
