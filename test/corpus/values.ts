/** Exact arithmetic and the ways offices type numbers, for building the corpus truth (decimal.js, no floats). */
import Decimal from "decimal.js";

export type Rounding = "round" | "trunc";

export const D = (x: Decimal.Value) => new Decimal(x);

/** num / den × 100, exact. */
export function percent(num: Decimal.Value, den: Decimal.Value): Decimal {
  return D(num).times(100).div(den);
}

/** Capaian of an indicator: R/T × 100, or (2T − R)/T × 100 floored at 0 when lower is better; optional cap. */
export function capaian(target: number, realisasi: number, negative = false, cap?: number): Decimal {
  const t = D(target);
  const r = D(realisasi);
  let c = negative ? Decimal.max(t.times(2).minus(r).times(100).div(t), 0) : r.times(100).div(t);
  if (cap !== undefined) c = Decimal.min(c, cap);
  return c;
}

/** The value as a report shows it: rounded half-up or truncated to `decimals`. */
export function shown(x: Decimal.Value, decimals: number, mode: Rounding = "round"): number {
  return D(x)
    .toDecimalPlaces(decimals, mode === "round" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN)
    .toNumber();
}

export function mean(xs: Decimal.Value[]): Decimal {
  return xs.reduce<Decimal>((a, b) => a.plus(b), D(0)).div(xs.length);
}

export function sum(xs: number[]): number {
  return xs.reduce<Decimal>((a, b) => a.plus(b), D(0)).toNumber();
}

function grouped(x: Decimal.Value, decimals: number, group: string, dec: string): string {
  const fixed = D(x).toFixed(decimals, Decimal.ROUND_HALF_UP);
  const neg = fixed.startsWith("-");
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? "-" : "") + (frac === undefined ? g : `${g}${dec}${frac}`);
}

/** Indonesian notation typed as text: 1.234.567,89 */
export const idText = (x: Decimal.Value, decimals = 0) => grouped(x, decimals, ".", ",");
/** US notation typed as text: 1,234,567.89 */
export const usText = (x: Decimal.Value, decimals = 0) => grouped(x, decimals, ",", ".");
/** Rupiah as typed in reports: Rp 1.234.567,- (zero is "-"). */
export const rpText = (x: number) => (x === 0 ? "-" : `Rp ${idText(x)},-`);
