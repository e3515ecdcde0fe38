/**
 * Whether a typed value agrees with the value it should hold, at the precision it shows
 * (half-up rounding or truncation both pass). When the inputs were themselves rounded for display
 * (33,33 for 33,333…), every result the unrounded inputs could give is accepted.
 */
import Decimal from "decimal.js";
import { matchesDisplayed } from "../numbers";
import type { TypedValue } from "../tables/types";

export interface Range {
  lo: Decimal;
  hi: Decimal;
}

export function shownDecimals(v: TypedValue): number {
  return v.decimals ?? 0;
}

/** True when typed agrees with exact (or with some value in range) at the decimals typed shows. */
export function agrees(typed: TypedValue, exact: Decimal, range?: Range): boolean {
  const held = typed.value;
  if (!held) return false;
  if (held.eq(exact)) return true;
  const d = shownDecimals(typed);
  const t = shownValue(typed) as Decimal;
  if (matchesDisplayed(t, d, exact)) return true;
  if (exact.isNegative() && matchesDisplayed(t.negated(), d, exact.negated())) return true;
  if (!range) return false;
  const unit = new Decimal(10).pow(-d);
  // Rounded inputs explain a last digit off by one (34,29 for 33,33 / 97,22 = 34,283 when 33,33 is
  // 1/3 rounded), never more: a range wide enough to hold 86 for 2,1 / 2,5 = 84 would hide real errors.
  if (t.minus(exact).abs().gt(unit)) return false;
  return showsSomeOf(t, d, range);
}

/** The typed value as the reader sees it: a formula result 97,6954878… under "0.00" shows 97,70. */
function shownValue(typed: TypedValue): Decimal | null {
  const held = typed.value;
  if (!held) return null;
  const d = shownDecimals(typed);
  return held.decimalPlaces() > d ? held.toDecimalPlaces(d, Decimal.ROUND_HALF_UP) : held;
}

/** True when some value in the range shows as t at d decimals. */
function showsSomeOf(t: Decimal, d: number, range: Range): boolean {
  const unit = new Decimal(10).pow(-d);
  // Rounding half-up accepts [t − unit/2, t + unit/2); truncation accepts [t, t + unit).
  return range.lo.lt(t.plus(unit)) && range.hi.gte(t.minus(unit.div(2)));
}

/**
 * True when some value in the range shows as the typed one, however far the range reaches: for a ratio
 * of amounts rounded to a coarse unit (millions), whose rounding alone moves it by more than the last
 * digit, a % computed from the full amounts elsewhere is right.
 */
export function agreesWithin(typed: TypedValue, range: Range): boolean {
  const t = shownValue(typed);
  return t !== null && showsSomeOf(t, shownDecimals(typed), range);
}

/**
 * Range of a / b × 100 × (perA / perB) when a and b are amounts written in a coarse unit (perA, perB
 * rupiah per unit > 1: "Rp 000", "Rp juta"), each the full amount rounded half-up or truncated to its
 * last shown digit: a in [a − ½u, a + u), b likewise. Undefined when neither is scaled.
 */
export function scaledRatioRange(a: TypedValue, b: TypedValue, perA: number, perB: number): Range | undefined {
  const av = a.value;
  const bv = b.value;
  if (!av || !bv || (perA === 1 && perB === 1) || av.isNegative() || bv.lte(0)) return undefined;
  const spread = (v: TypedValue, per: number) => (per === 1 ? new Decimal(0) : new Decimal(10).pow(-(v.decimals ?? 0)));
  const ua = spread(a, perA);
  const ub = spread(b, perB);
  const bLo = bv.minus(ub.div(2));
  if (bLo.lte(0)) return undefined;
  const times = new Decimal(100).times(perA).div(perB);
  const lo = Decimal.max(av.minus(ua.div(2)), 0)
    .times(times)
    .div(bv.plus(ub));
  const hi = av.plus(ua).times(times).div(bLo);
  return { lo, hi };
}

/** Half a displayed unit around an input that shows decimals (integers are taken as exact). */
export function uncertainty(v: TypedValue): Decimal {
  const d = v.decimals ?? 0;
  if (d === 0 || v.kind !== "number") return new Decimal(0);
  return new Decimal(10).pow(-d).div(2);
}

/**
 * Range of a / b × 100 over the rounding uncertainty of a (both positive). The divisor is a target
 * or a pagu: a figure set and written as agreed, never a rounded copy of a finer one, so it is exact;
 * only the measured realisasi may have been rounded from its source. (Taking the divisor as rounded
 * too let a capaian 2 points off pass on small targets: 1,37 / 1,5 = 91,33 accepted as 93,33.)
 */
export function ratioRange(a: TypedValue, b: TypedValue, times = new Decimal(100)): Range | undefined {
  const av = a.value;
  const bv = b.value;
  if (!av || !bv) return undefined;
  const ea = uncertainty(a);
  if (ea.isZero() || bv.lte(0) || av.isNegative()) return undefined;
  const lo = Decimal.max(av.minus(ea), 0).times(times).div(bv);
  const hi = av.plus(ea).times(times).div(bv);
  return { lo, hi };
}
