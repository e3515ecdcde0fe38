import Decimal from "decimal.js";

/** Why a calculation has no value: a zero divisor, or inputs that do not fit together. */
export type CalcErrorKind = "div0" | "invalid";

/** A calculation's outcome; division by zero is a result, not an exception. */
export type Calc = { ok: true; value: Decimal } | { ok: false; error: CalcErrorKind; message: string };

export const ok = (value: Decimal): Calc => ({ ok: true, value });
export const fail = (error: CalcErrorKind, message: string): Calc => ({ ok: false, error, message });

const HUNDRED = new Decimal(100);

/** numerator / denominator × 100, multiplying first so only one rounding happens. */
export function percentOf(numerator: Decimal, denominator: Decimal, zeroMessage: string): Calc {
  if (denominator.isZero()) return fail("div0", zeroMessage);
  return ok(numerator.times(HUNDRED).div(denominator));
}
