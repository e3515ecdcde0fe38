/**
 * Source values as narrative cells: a number typed as a number is linked by formula (='Formulir PK'!E7),
 * so the table follows later corrections; text numbers ("92 %", "56 (CC Kategori)") are copied as
 * plain values, since a link would bring the text, not the number.
 */
import Decimal from "decimal.js";
import type { TypedValue } from "../tables/types";
import { cellText } from "../tables/text";
import { bin, num, src } from "./expr";
import type { CellFormat, NarrativeCell } from "./types";

/** A source value read for a narrative table. */
export interface SourceValue {
  sheet: string;
  typed: TypedValue;
  /** The number (dash = 0); null when the cell holds no usable number. */
  value: Decimal | null;
  /** True when a formula can point at the cell: it holds a number, not text. */
  linkable: boolean;
}

export function sourceValue(sheet: string, typed: TypedValue): SourceValue {
  const value = typed.kind === "number" || typed.kind === "dash" ? (typed.value as Decimal) : null;
  const linkable = typed.kind === "number" && typeof typed.raw === "number";
  return { sheet, typed, value, linkable };
}

/**
 * A performance value that measures something: an indicator's "-" (a figure not yet released) is no
 * data, never 0 (a negative indicator would reach 200% on it), and is shown as "-". (In a budget
 * table "-" is 0 rupiah: sourceValue keeps it so.)
 */
export function measured(v: SourceValue | null): SourceValue | null {
  return v && v.typed.kind !== "dash" ? v : null;
}

/** "Sheet!A1" key of a source cell. */
export function sourceKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** The number format a source value is shown with: its own decimals, at most 4. */
export function numberFormatOf(v: SourceValue): CellFormat {
  return { kind: "number", decimals: Math.min(v.typed.decimals ?? 0, 4) };
}

/**
 * The cell showing a source value. Linked when the source holds a number (percent-formatted cells are
 * brought to percent points with ×100); otherwise the parsed number as a plain value, or the text
 * as shown when there is no number at all.
 */
export function sourceCell(v: SourceValue, format: CellFormat = numberFormatOf(v)): NarrativeCell {
  if (v.linkable && v.value) {
    const ref = src(v.sheet, v.typed.address);
    return { value: v.value, format, formula: v.typed.percent ? bin("*", ref, num(100)) : ref, align: "right" };
  }
  if (v.value) return { value: v.value, format, align: "right" };
  return { value: shownText(v.typed), format: { kind: "text" }, align: "center" };
}

/** What an unusable source cell shows: its text, the error code, or "-" when empty. */
export function shownText(t: TypedValue): string {
  if (t.kind === "error") return t.error ?? "#ERROR";
  if (t.kind === "empty") return "-";
  if (typeof t.raw === "string") return t.raw.trim() || "-";
  return cellText(t.raw) || "-";
}
