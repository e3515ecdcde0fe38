/** Number text in a notation: Indonesian ("." groups thousands, "," marks decimals) unless told otherwise. */
import Decimal from "decimal.js";
import type { NumberLocale } from "../workbook/model";

/** The users' usual notation: 1.234.567,89. */
export const INDONESIAN_NUMBERS: NumberLocale = { decimalSeparator: ",", thousandsSeparator: "." };
/** US settings: 1,234,567.89. */
export const US_NUMBERS: NumberLocale = { decimalSeparator: ".", thousandsSeparator: "," };

/** What is shown instead of a value no Excel cell can hold (beyond ±1,8 × 10^308). */
export const BROKEN_NUMBER_TEXT = "angka rusak";

/** Largest decimal exponent of a finite double; a value with more integer digits is not a real number. */
const MAX_EXPONENT = 308;

/** "1234567" -> "1.234.567" (or with `group`), in one pass over the digits (no regex backtracking on long input). */
function groupThousands(int: string, group: string): string {
  const head = int.length % 3 || 3;
  const parts = [int.slice(0, head)];
  for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
  return parts.join(group);
}

/** 1234567.891 with 2 decimals -> "1.234.567,89" (rounded half-up); "1,234,567.89" in US_NUMBERS. */
export function formatNumber(value: Decimal, decimals: number, notation: NumberLocale = INDONESIAN_NUMBERS): string {
  if (!value.isFinite() || value.e > MAX_EXPONENT) return BROKEN_NUMBER_TEXT;
  const fixed = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = groupThousands(int, notation.thousandsSeparator);
  const text = frac === undefined ? grouped : `${grouped}${notation.decimalSeparator}${frac}`;
  // "-0" after rounding a tiny negative is printed as plain zero.
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** 1234567.891 with 2 decimals -> "1.234.567,89": Indonesian notation. */
export function formatId(value: Decimal, decimals: number): string {
  return formatNumber(value, decimals, INDONESIAN_NUMBERS);
}

/** 2659997281 -> "Rp 2.659.997.281"; with decimals 2 -> "Rp 2.659.997.281,00"; negatives "-Rp 1.000". */
export function formatRupiah(value: Decimal, decimals = 0): string {
  const text = formatId(value, decimals);
  if (text === BROKEN_NUMBER_TEXT) return text;
  return text.startsWith("-") ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}
