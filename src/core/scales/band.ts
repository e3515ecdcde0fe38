/** Membership, ordering and printing of bands. */
import Decimal from "decimal.js";
import { formatNumber } from "../numbers/format";
import type { NumberLocale } from "../workbook/model";
import { Band } from "./types";

export function bandContains(band: Band, value: Decimal): boolean {
  if (band.min !== null && (band.minInclusive ? value.lt(band.min) : value.lte(band.min))) return false;
  if (band.max !== null && (band.maxInclusive ? value.gt(band.max) : value.gte(band.max))) return false;
  return true;
}

/** Highest band first: by lower bound (unbounded lowest), then by upper bound. */
export function compareBandsDescending(a: Band, b: Band): number {
  const byMin = compareBound(b.min ?? b.max, a.min ?? a.max, -1);
  return byMin !== 0 ? byMin : compareBound(b.max, a.max, 1);
}

/** Compares bounds; `nullSide` says whether a missing bound is below (-1) or above (1) every value. */
function compareBound(a: Decimal | null, b: Decimal | null, nullSide: -1 | 1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? nullSide : -nullSide;
  return a.cmp(b);
}

/** A number without trailing zeros, Indonesian by default: 88.31 -> "88,31", 91 -> "91". */
export function printBound(value: Decimal, notation?: NumberLocale): string {
  return formatNumber(value, Math.max(value.decimalPlaces(), 0), notation);
}

/** The interval's semantics as text: "≥ 91", "76 – < 91", "> 90 – 100", "< 51" (bounds in `notation`, Indonesian by default). */
export function describeInterval(
  band: Pick<Band, "min" | "minInclusive" | "max" | "maxInclusive">,
  notation?: NumberLocale,
): string {
  const { min, max } = band;
  const bound = (v: Decimal) => printBound(v, notation);
  if (min === null && max === null) return "semua nilai";
  if (min === null) return `${band.maxInclusive ? "≤" : "<"} ${bound(max as Decimal)}`;
  if (max === null) return `${band.minInclusive ? "≥" : ">"} ${bound(min)}`;
  return `${band.minInclusive ? "" : "> "}${bound(min)} – ${band.maxInclusive ? "" : "< "}${bound(max)}`;
}
