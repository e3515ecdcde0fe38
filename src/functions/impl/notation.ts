/**
 * The number notation of the Excel the functions run in, for reading text arguments ("3,125").
 * Set by the runtime bridge from Excel's cultureInfo and by `lkjip hitung --locale`; null while it
 * is unknown, and then a text whose reading depends on the notation is refused, never guessed.
 */
import type { NumberLocale } from "../../core/workbook/model";

export const INDONESIAN: NumberLocale = { decimalSeparator: ",", thousandsSeparator: "." };
export const ENGLISH: NumberLocale = { decimalSeparator: ".", thousandsSeparator: "," };

let current: NumberLocale | null = null;
let pending: Promise<unknown> | null = null;

export function setArgumentNotation(locale: NumberLocale | null): void {
  current = locale;
}

export function argumentNotation(): NumberLocale | null {
  return current;
}

/** While Excel's notation is being read: the read, which callers with text arguments wait for. */
export function setPendingNotation(read: Promise<unknown> | null): void {
  pending = read;
  if (read) void read.finally(() => pending === read && (pending = null));
}

export function pendingNotation(): Promise<unknown> | null {
  return pending;
}
