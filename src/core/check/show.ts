/** How values appear in messages: Indonesian number text at a useful precision. */
import Decimal from "decimal.js";
import { formatId } from "../numbers";
import type { TypedValue } from "../tables/types";
import { cellText } from "../tables/text";

/** The typed value as the user sees it. */
export function shown(v: TypedValue): string {
  if (v.kind === "number" && v.value) {
    // A General number shows its own decimals; a formatted one no more than its format shows
    // (97,70 for 97,6954878… under 0.00); a text number the decimals typed.
    const own = Math.min(v.value.decimalPlaces(), 9);
    const d = typeof v.raw === "number" && !v.percent ? Math.min(own, v.decimals ?? own) : (v.decimals ?? 0);
    return formatId(v.value, d) + (v.percent ? " %" : "");
  }
  if (v.kind === "dash") return "-";
  if (v.kind === "empty") return "(kosong)";
  if (v.kind === "error") return v.error ?? "#ERROR";
  return typeof v.raw === "string" ? `“${v.raw}”` : cellText(v.raw);
}

/** An expected value, at the decimals the typed cell shows (at least `min`, at most 4 extra). */
export function expectedText(value: Decimal, decimals: number, min = 0): string {
  return formatId(value, Math.max(decimals, min));
}

/** The value a fix writes: rounded to the decimals the cell shows (at least 2 for ratios). */
export function fixNumber(value: Decimal, decimals: number): number {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * The number a fix writes into the typed cell for an expected value in the cell's own terms: a number
 * cell formatted as a percentage holds the fraction (97,38 % is 0.9738), so it gets exact / 100.
 */
export function fixValueFor(holdsFraction: boolean, exact: Decimal, decimals: number): number {
  return holdsFraction ? fixNumber(exact.div(100), decimals + 2) : fixNumber(exact, decimals);
}

/** True when the cell is a number shown as a percentage, holding the fraction. */
export function holdsFraction(typed: TypedValue): boolean {
  return typed.percent === true && typeof typed.raw === "number";
}
