/** Indonesian number text: "." groups thousands, "," marks decimals. */
import Decimal from "decimal.js";

/** 1234567.891 with 2 decimals -> "1.234.567,89" (rounded half-up). */
export function formatId(value: Decimal, decimals: number): string {
  const fixed = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const text = frac === undefined ? grouped : `${grouped},${frac}`;
  // "-0" after rounding a tiny negative is printed as plain zero.
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** 2659997281 -> "Rp 2.659.997.281"; with decimals 2 -> "Rp 2.659.997.281,00"; negatives "-Rp 1.000". */
export function formatRupiah(value: Decimal, decimals = 0): string {
  const text = formatId(value, decimals);
  return text.startsWith("-") ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}
