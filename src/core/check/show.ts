/**
 * How values appear in finding messages: numbers and amounts in the user's notation (Indonesian 94,12 and
 * 1.234.567 by default, US 94.12 and 1,234,567) at a useful precision; the words stay Indonesian. Every
 * number a rule puts into a message goes through one `MessageNumbers` (the check context's `show`).
 */
import Decimal from "decimal.js";
import { formatNumber, INDONESIAN_NUMBERS } from "../numbers/format";
import type { NumberLocale } from "../workbook/model";
import type { TypedValue } from "../tables/types";
import type { Band } from "../scales";
import { describeInterval, printedInterval } from "../scales";
import { cellText, valueText } from "../tables/text";

export interface MessageNumbers {
  readonly notation: NumberLocale;
  /** The typed value as the user sees it: a number at the decimals it shows, text quoted as typed. */
  value(v: TypedValue): string;
  /** An operand quoted in a computation: as `value`, a dash saying it was read as 0 ("- (dibaca 0)"). */
  operand(v: TypedValue): string;
  /** A computed value at `decimals` (an expected value: at the decimals the typed cell shows). */
  number(value: Decimal, decimals: number): string;
  /** A number at its own decimals (a scale bound, a gap between bounds). */
  exact(value: Decimal): string;
  /** A count (rows, indicators, columns): grouped from 1.000 on. */
  count(n: number): string;
  /** A raw cell value quoted from a sheet (a bound in a scale table): a number in the notation, text as typed. */
  cell(raw: unknown): string;
  /** A scale band's interval: one the add-in describes in the notation, one printed in the workbook as printed. */
  interval(band: Band): string;
}

export function messageNumbers(notation: NumberLocale = INDONESIAN_NUMBERS): MessageNumbers {
  const number = (value: Decimal, decimals: number) => formatNumber(value, decimals, notation);
  const exact = (value: Decimal) => number(value, Math.max(value.decimalPlaces(), 0));
  const show: MessageNumbers = {
    notation,
    number,
    exact,
    operand: (v) => (v.kind === "dash" ? `${show.value(v)} (dibaca 0)` : show.value(v)),
    value(v) {
      if (v.kind === "number" && v.value) {
        // A General number shows its own decimals; a formatted one no more than its format shows
        // (97,70 for 97,6954878… under 0.00); a text number the decimals typed.
        const own = Math.min(v.value.decimalPlaces(), 9);
        const d = typeof v.raw === "number" && !v.percent ? Math.min(own, v.decimals ?? own) : (v.decimals ?? 0);
        return number(v.value, d) + (v.percent ? " %" : "");
      }
      if (v.kind === "dash") return "-";
      if (v.kind === "empty") return "(kosong)";
      if (v.kind === "error") return v.error ?? "#ERROR";
      return typeof v.raw === "string" ? `“${v.raw}”` : cellText(v.raw);
    },
    count: (n) => number(new Decimal(n), 0),
    cell: (raw) => (typeof raw === "number" && Number.isFinite(raw) ? exact(new Decimal(String(raw))) : valueText(raw)),
    // Preset bands carry the Indonesian description of their bounds (presets.ts): described again in the
    // notation. A band read from the user's scale table keeps the text printed there, its number cells
    // in the notation.
    interval: (band) =>
      band.printedBounds
        ? printedInterval(band.printedBounds, notation)
        : band.interval === describeInterval(band)
          ? describeInterval(band, notation)
          : band.interval,
  };
  return show;
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
