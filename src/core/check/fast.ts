/**
 * Exact fast paths for the comparisons rules make on tens of thousands of cells: values held as
 * safe integers scaled by a power of ten (see scaleOf/unitsOf), no Decimal allocated. Every helper
 * answers only "certainly agrees" (true); false means "not decided here" and the caller runs its
 * Decimal path, so findings are exactly those of the Decimal arithmetic.
 */
import type { TypedValue } from "../tables/types";
import { scaleOf, unitsOf } from "../tables/values";
import type { FastColumn } from "../tables/reader";
import { compareUnits, divmod, DIVMOD, LIMIT, POW10, up } from "../arithmetic/exact";

export { compareUnits };

/** A running exact sum of scaled integers; `ok` turns false when it leaves the exact range. */
export class FastSum {
  units = 0;
  scale = 0;
  ok = true;

  /** Adds units / 10^scale. */
  add(units: number, scale: number): void {
    if (!this.ok) return;
    if (scale > this.scale) {
      this.units = up(this.units, scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) units = up(units, this.scale - scale);
    const s = this.units + units;
    if (Number.isNaN(s) || !(Math.abs(s) < LIMIT)) this.ok = false;
    else this.units = s;
  }

  /** Adds a typed value (sign −1: subtracts it); false when it has no fast form or the sum left the exact range. */
  addValue(v: TypedValue, sign = 1): boolean {
    const s = scaleOf(v);
    if (s < 0) this.ok = false;
    else this.add(sign * unitsOf(v), s);
    return this.ok;
  }

  /** Adds a FastColumn cell (read with at(row) first); false as addValue. */
  addAt(f: FastColumn, row: number, sign = 1): boolean {
    const s = f.scale[row];
    if (s < 0) this.ok = false;
    else this.add(sign * f.units[row], s);
    return this.ok;
  }

  reset(): this {
    this.units = 0;
    this.scale = 0;
    this.ok = true;
    return this;
  }
}

/** True when v certainly is zero (exact fast form with zero units). */
export function isZeroFast(v: TypedValue): boolean {
  return scaleOf(v) >= 0 && unitsOf(v) === 0;
}

/** Sign of a − b (−1, 0, 1) when both have an exact fast form; NaN otherwise. */
export function compareFast(a: TypedValue, b: TypedValue): number {
  return compareUnits(unitsOf(a), scaleOf(a), unitsOf(b), scaleOf(b));
}

/** typed = t / 10^ts equals n / (den · 10^places), or its half-up or truncated rounding at `places` decimals. */
function matchesRational(tu: number, ts: number, places: number, num: number, den: number): boolean {
  // Exactly equal: tu · den · 10^places = num · 10^ts.
  const lhs = up(tu * den, places);
  const rhs = up(num, ts);
  if (Math.abs(tu * den) < LIMIT && !Number.isNaN(lhs) && lhs === rhs) return true;
  const sign = num < 0 ? -1 : 1;
  divmod(Math.abs(num), den);
  const q = DIVMOD.quotient;
  const r = DIVMOD.remainder;
  const down = sign * q;
  const half = sign * (q + (2 * r >= den ? 1 : 0));
  // Compare typed with the rounded values at a common scale.
  const s = Math.max(ts, places);
  const t = up(tu, s - ts);
  if (Number.isNaN(t)) return false;
  return t === up(down, s - places) || t === up(half, s - places);
}

/**
 * True when `agrees(typed, exact)` (compare.ts) certainly holds for exact = units / 10^scale: equal,
 * or equal to the exact value rounded half-up or truncated at the decimals typed shows.
 */
export function agreesFast(typed: TypedValue, units: number, scale: number): boolean {
  return agreesUnits(unitsOf(typed), scaleOf(typed), typed.decimals ?? 0, units, scale);
}

/** agreesFast for a typed value given as tu / 10^ts showing `decimals` decimals. */
export function agreesUnits(tu: number, ts: number, decimals: number, units: number, scale: number): boolean {
  if (ts < 0 || scale < 0 || scale > 15 || !(Math.abs(units) < LIMIT)) return false;
  const places = Math.max(0, Math.floor(decimals));
  if (places > 15) return false;
  if (scale <= places) {
    const s = Math.max(ts, scale);
    const a = up(tu, s - ts);
    return !Number.isNaN(a) && a === up(units, s - scale);
  }
  // exact · 10^places = units / 10^(scale − places).
  return matchesRational(tu, ts, places, units, POW10[scale - places]);
}

/**
 * True when the typed percentage certainly agrees with numerator / denominator × 100 as compare.ts's
 * agrees() sees it (Decimal's 20-digit quotient rounds the same way whenever these integers are exact).
 */
export function ratioAgreesFast(typed: TypedValue, numerator: TypedValue, denominator: TypedValue): boolean {
  return ratioAgreesUnits(
    unitsOf(typed),
    scaleOf(typed),
    typed.decimals ?? 0,
    unitsOf(numerator),
    scaleOf(numerator),
    unitsOf(denominator),
    scaleOf(denominator),
  );
}

/** ratioAgreesFast for values given as units / 10^scale (typed showing `decimals` decimals). */
export function ratioAgreesUnits(
  tu: number,
  ts: number,
  decimals: number,
  nu: number,
  ns: number,
  du: number,
  ds: number,
): boolean {
  if (ts < 0 || ns < 0 || ds < 0) return false;
  const places = Math.max(0, Math.floor(decimals));
  if (du === 0) return false;
  if (du < 0) {
    du = -du;
    nu = -nu;
  }
  // n / d × 100 × 10^places = nu · 10^(ds + 2 + places) / (du · 10^ns).
  const num = up(nu, ds + 2 + places);
  const den = up(du, ns);
  if (Number.isNaN(num) || Number.isNaN(den)) return false;
  return matchesRational(tu, ts, places, num, den);
}
