/**
 * Builds a scale from the table a user keeps in the sheet (lower bound, [upper bound], label).
 * Printed intervals leave gaps (85 vs 86): each category starts at its printed lower bound and runs
 * up to the next category's lower bound. Overlaps are kept so validateScale can report them.
 */
import Decimal from "decimal.js";
import { ParseOptions } from "../numbers/parse";
import { formatNumber, INDONESIAN_NUMBERS } from "../numbers/format";
import type { NumberLocale } from "../workbook/model";
import { valueText } from "../tables/text";
import { compareBandsDescending, describeInterval, printBound } from "./band";
import { parseInterval, PrintedInterval } from "./interval";
import { Band, PredicateScale } from "./types";

export interface ScaleRow {
  lower: unknown;
  upper?: unknown;
  label: string;
}

export type ScaleFromRowsResult = { ok: true; scale: PredicateScale; notes: string[] } | { ok: false; message: string };

export function scaleFromRows(rows: ScaleRow[], options?: ParseOptions & { name?: string }): ScaleFromRowsResult {
  const bands: Band[] = [];
  for (const [i, row] of rows.entries()) {
    const label = String(row.label ?? "").trim();
    if (label === "" && isBlank(row.lower) && isBlank(row.upper)) continue;
    const interval = rowInterval(row, options);
    if (!interval)
      return { ok: false, message: `Baris ${i + 1} tabel skala: batas “${printedInterval(printedBounds(row))}” tidak terbaca` };
    if (label === "") return { ok: false, message: `Baris ${i + 1} tabel skala: predikat kosong` };
    const bounds = printedBounds(row);
    bands.push({ ...splitShort(label), ...interval, interval: printedInterval(bounds), printedBounds: bounds });
  }
  if (bands.length === 0) return { ok: false, message: "Tabel skala predikat kosong" };

  bands.sort(compareBandsDescending);
  const notes: string[] = [];
  for (let i = 1; i < bands.length; i++) closeBetween(bands[i - 1], bands[i], notes);
  if (bands[0].max !== null) {
    notes.push(`“${bands[0].label}” berlaku juga di atas ${printBound(bands[0].max)}`);
    bands[0].max = null;
  }
  if (bands.some((b) => b.min === null && b.max === null)) {
    return { ok: false, message: "Tabel skala predikat: urutan batas tidak dapat ditentukan" };
  }
  return { ok: true, scale: { name: options?.name ?? "Skala dari tabel", bands }, notes };
}

/** Joins a band to the better one above it: missing bounds are taken from the neighbour, gaps closed upward. */
function closeBetween(better: Band, worse: Band, notes: string[]): void {
  if (better.min === null && worse.max !== null) {
    better.min = worse.max;
    better.minInclusive = !worse.maxInclusive;
  }
  if (better.min === null) return;
  const gap =
    worse.max === null || worse.max.lt(better.min) || (worse.max.eq(better.min) && !worse.maxInclusive && !better.minInclusive);
  if (!gap) return;
  if (worse.max !== null)
    notes.push(
      `Celah antara “${worse.label}” dan “${better.label}” ditutup: “${worse.label}” berlaku sampai ${describeInterval({ ...better, max: null })}`,
    );
  worse.max = better.min;
  worse.maxInclusive = !better.minInclusive;
}

function rowInterval(row: ScaleRow, options?: ParseOptions): PrintedInterval | null {
  const lower = parseInterval(row.lower, options);
  if (isBlank(row.upper)) return lower;
  const upper = parseInterval(
    typeof row.upper === "string" && /^\s*[\d.,]+\s*%?\s*$/.test(row.upper) ? `≤ ${row.upper}` : row.upper,
    options,
  );
  if (!lower || !upper) return null;
  // A bare number in the upper column is an inclusive upper bound ("76 | 90").
  const max = upper.max ?? upper.min;
  return { min: lower.min, minInclusive: lower.minInclusive, max, maxInclusive: upper.max !== null ? upper.maxInclusive : true };
}

/** "Sangat Berhasil (SB)" or "SB (Sangat Berhasil)" -> label and abbreviation. */
function splitShort(label: string): Pick<Band, "label" | "short"> {
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(label);
  if (!m) return { label };
  const [outer, inner] = [m[1].trim(), m[2].trim()];
  const isShort = (s: string) => /^[A-Z]{1,3}[+-]?$/.test(s);
  if (isShort(inner) && !isShort(outer)) return { label: outer, short: inner };
  if (isShort(outer) && !isShort(inner)) return { label: inner, short: outer };
  return { label };
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function printedBounds(row: ScaleRow): unknown[] {
  return [row.lower, row.upper].filter((v) => !isBlank(v));
}

/**
 * A scale-table row's interval as the report reads it: text bounds as typed, number cells in the
 * notation (Indonesian unless told), at their own decimals (88,31 rather than JavaScript's 88.31).
 */
export function printedInterval(bounds: unknown[], notation: NumberLocale = INDONESIAN_NUMBERS): string {
  return bounds
    .map((v) => {
      if (typeof v !== "number" || !Number.isFinite(v)) return valueText(v).trim();
      const d = new Decimal(String(v));
      return formatNumber(d, Math.max(d.decimalPlaces(), 0), notation);
    })
    .join(" – ");
}
