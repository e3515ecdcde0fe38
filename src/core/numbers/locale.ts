/** The number notation a language tag implies, where the host cannot say more. */
import type { NumberLocale } from "../workbook/model";

/** Separator guess from a language tag, where Excel cannot say (id, de, fr… use a decimal comma). */
export function localeFromLanguage(lang: string | undefined): NumberLocale | undefined {
  if (!lang) return undefined;
  const l = lang.toLowerCase();
  if (/^(en|ja|zh|ko|th|he|ms|fil|hi)\b/.test(l)) return { decimalSeparator: ".", thousandsSeparator: "," };
  if (/^(id|de|nl|es|it|pt|tr|da|el|ro|hr|sl|sr|vi)\b/.test(l)) return { decimalSeparator: ",", thousandsSeparator: "." };
  if (/^(fr|ru|pl|cs|sk|sv|fi|nb|no|uk|hu|bg|lt|lv|et)\b/.test(l)) return { decimalSeparator: ",", thousandsSeparator: " " };
  return undefined;
}
