/**
 * Exact arithmetic on scaled integers, without allocating a Decimal: the fast path of the custom
 * functions (CAPAIAN, SERAPAN) and of the checker (check/fast.ts).
 *
 * A value is `units / 10^scale` with |units| < 2^53. `quotientAsDecimal` gives, for integer n and d,
 * exactly the JS number the Decimal path gives (`new Decimal(n).div(d).toNumber()` at decimal.js's
 * default 20 significant digits, ROUND_HALF_UP), or NaN when it cannot prove that; callers then use
 * Decimal. Results are therefore bit-identical to the Decimal path, not re-rounded.
 */

export const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Integers below this stay exact through the products and remainders of check/fast.ts. */
export const LIMIT = 2 ** 52;
/** Largest magnitude (exclusive) of an exact integer operand of quotientAsDecimal. */
export const SAFE = 2 ** 53;

/** a·10^k, or NaN when it would leave the exact integer range (|result| < 2^52). */
export function up(a: number, k: number): number {
  if (k === 0) return a;
  if (k > 15) return NaN;
  const r = a * POW10[k];
  return Math.abs(r) < LIMIT ? r : NaN;
}

/** Sign of au/10^as − bu/10^bs (−1, 0, 1) when both scales are ≥ 0; NaN otherwise. */
export function compareUnits(au: number, as: number, bu: number, bs: number): number {
  if (as < 0 || bs < 0) return NaN;
  const s = Math.max(as, bs);
  const x = up(au, s - as);
  const y = up(bu, s - bs);
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Quotient and remainder of the last divmod() (no tuple allocated per call). */
export const DIVMOD = { quotient: 0, remainder: 0 };

/** quotient = floor(a / b) and remainder = a − q·b for 0 ≤ a < 2^52, 0 < b < 2^52 (float quotient corrected). */
export function divmod(a: number, b: number): void {
  let q = Math.floor(a / b);
  let r = a - q * b;
  if (r < 0) {
    q--;
    r += b;
  } else if (r >= b) {
    q++;
    r -= b;
  }
  DIVMOD.quotient = q;
  DIVMOD.remainder = r;
}

/** Result of scaled(): x = units / 10^scale (one shared scratch object: read it before the next call). */
export const SCALED = { units: 0, scale: 0 };

/**
 * Writes x as units / 10^scale into SCALED, with the value of the shortest decimal that reads back
 * as x (String(x), which is what `new Decimal(String(x))` holds); false when x has no such form
 * with |units| < 10^15 and scale ≤ 15, or is not finite.
 * Why exact: a decimal of at most 15 significant digits is the only one of that length reading back
 * as its double, so units / 10^scale reading back as x is the shortest decimal of x.
 */
export function scaled(x: number): boolean {
  if (Number.isInteger(x)) {
    if (!(Math.abs(x) < SAFE)) return false;
    SCALED.units = x + 0; // −0 is 0, as in Decimal(String(−0))
    SCALED.scale = 0;
    return true;
  }
  if (!Number.isFinite(x)) return false;
  for (let s = 1; s <= 15; s++) {
    const u = Math.round(x * POW10[s]);
    if (!(Math.abs(u) < 1e15)) return false;
    if (u / POW10[s] === x) {
      SCALED.units = u;
      SCALED.scale = s;
      return true;
    }
  }
  return false;
}

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitting constant
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // word holding sign and exponent
/** Decimal's 20 significant digits move a value by at most 5·10^-20 of it; twice that is the margin kept. */
const MARGIN = 1e-19;

/**
 * The number `new Decimal(n).div(d).toNumber()` gives (20 significant digits, half-up, then the
 * nearest double), for integers |n|, |d| < 2^53, d ≠ 0; NaN when this cannot be proven here.
 *
 * q = n / d is the double nearest the exact quotient x (IEEE division of exact operands). Decimal's
 * result is the double nearest round20(x); both are q unless x lies within round20's reach of a
 * midpoint between q and its neighbour. The exact remainder n − q·d (Dekker's product, no FMA)
 * measures how far x is from q, and hence from that midpoint.
 */
export function quotientAsDecimal(n: number, d: number): number {
  const q = n / d;
  if (n === 0) return q; // ±0 with the sign Decimal gives
  const an = Math.abs(n);
  const ad = Math.abs(d);
  const aq = Math.abs(q);
  // aq · ad = p + e exactly.
  const p = aq * ad;
  let t = SPLIT * aq;
  const qh = t - (t - aq);
  const ql = aq - qh;
  t = SPLIT * ad;
  const dh = t - (t - ad);
  const dl = ad - dh;
  const e = qh * dh - p + qh * dl + ql * dh + ql * dl;
  // an − p is exact (Sterbenz: p is within a factor 2 of an), and so is the remainder itself.
  const remainder = an - p - e;
  if (remainder === 0) return q;
  F64[0] = aq;
  const high = U32[HI];
  const exponent = (high >>> 20) & 0x7ff;
  // Powers of two (neighbours closer on one side), subnormals and huge values: let Decimal decide.
  if ((high & 0xfffff) === 0 && U32[1 - HI] === 0) return NaN;
  if (exponent < 60 || exponent > 2000) return NaN;
  // Half an ulp of aq, times ad: where the remainder would sit at the midpoint.
  U32[HI] = (exponent - 53) << 20;
  U32[1 - HI] = 0;
  const halfUlpTimesD = F64[0] * ad;
  const gap = Math.abs(halfUlpTimesD - Math.abs(remainder));
  return gap > an * MARGIN ? q : NaN;
}

/** Result of scaledPair() (shared scratch object, read before the next call). */
export const PAIR = { a: 0, b: 0 };

/**
 * a and b as exact integers at one common scale (a / b unchanged) into PAIR: the operands of one
 * division. False when either has no scaled() form or the scaled integers reach 2^53.
 */
export function scaledPair(a: number, b: number): boolean {
  if (!scaled(a)) return false;
  let x = SCALED.units;
  const xs = SCALED.scale;
  if (!scaled(b)) return false;
  let y = SCALED.units;
  const ys = SCALED.scale;
  if (xs < ys) x *= POW10[ys - xs];
  else if (ys < xs) y *= POW10[xs - ys];
  if (!(Math.abs(x) < SAFE && Math.abs(y) < SAFE)) return false;
  PAIR.a = x;
  PAIR.b = y;
  return true;
}
