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

/** A band with its bounds as JS numbers (±Infinity when unbounded). */
export interface NumberBand {
  band: Band;
  min: number;
  minInclusive: boolean;
  max: number;
  maxInclusive: boolean;
}

/**
 * The scale's bands with number bounds, or null when a bound is not the shortest decimal of its
 * double (then only Decimal compares exactly). With such bounds, comparing a cell's double x with a
 * bound's double orders them as their decimals, String(x) and the bound: shortest decimals keep the
 * order of their doubles.
 */
export function numberBands(scale: PredicateScale): NumberBand[] | null {
  const out: NumberBand[] = [];
  for (const band of scale.bands) {
    const min = boundNumber(band.min, -Infinity);
    const max = boundNumber(band.max, Infinity);
    if (Number.isNaN(min) || Number.isNaN(max)) return null;
    out.push({ band, min, minInclusive: band.minInclusive, max, maxInclusive: band.maxInclusive });
  }
  return out;
}

function boundNumber(bound: Decimal | null, unbounded: number): number {
  if (bound === null) return unbounded;
  const n = bound.toNumber();
  return Number.isFinite(n) && new Decimal(String(n)).eq(bound) ? n : NaN;
}

/** predicateFor for a finite JS number over numberBands(scale): the same band, without Decimal. */
export function predicateForNumber(bands: NumberBand[], x: number): Band | null {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.minInclusive ? x < b.min : x <= b.min) continue;
    if (b.maxInclusive ? x > b.max : x >= b.max) continue;
    return b.band;
  }
  return null;
}
