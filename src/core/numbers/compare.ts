/** Whether a value typed in a report agrees with the exact value at the precision it shows. */
import Decimal from "decimal.js";

/**
 * Reports round (98,627 -> 98,63) or simply cut (98,627 -> 98,62; 103,53 -> 103) what they show,
 * so a typed value is consistent when it equals the exact value rounded half-up or truncated.
 */
export function matchesDisplayed(typed: Decimal, shownDecimals: number, exact: Decimal): boolean {
  const places = Math.max(0, Math.floor(shownDecimals));
  return (
    typed.eq(exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP)) || typed.eq(exact.toDecimalPlaces(places, Decimal.ROUND_DOWN))
  );
}
