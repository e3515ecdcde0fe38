/**
 * How a user types a formula. Excel in Indonesian keeps the English function names (Microsoft's
 * Indonesian help writes =IF(…), =TRANSLATE(…), unlike e.g. Portuguese =TRADUZIR(…)); only the
 * separators follow the regional settings: with "," as the decimal mark, arguments take ";".
 */

export interface Notation {
  /** Between function arguments. */
  argumentSeparator: "," | ";";
  /** Decimal mark of number literals. */
  decimalSeparator: "." | ",";
}

/** What the .xlsx file stores and Office.js `range.formulas` takes. */
export const CANONICAL: Notation = { argumentSeparator: ",", decimalSeparator: "." };
/** Excel with Indonesian regional settings (the users' usual one). */
export const INDONESIAN: Notation = { argumentSeparator: ";", decimalSeparator: "," };

/** The notation of an Excel whose decimal mark is `decimal` ("," → ";" between arguments, as Excel does). */
export function notationFor(decimal: string | undefined): Notation {
  return decimal === "." ? CANONICAL : INDONESIAN;
}

/** The notation of a `--locale`/language code: "en…" is US, anything else Indonesian. */
export function notationOfLocale(locale: string | undefined): Notation {
  return locale && /^en\b/i.test(locale) ? CANONICAL : INDONESIAN;
}

/**
 * A canonical formula as typed in `notation`: argument commas and decimal points outside quoted
 * text and quoted sheet names are swapped. Accepts the formula with or without the leading "=".
 */
export function localizeFormula(canonical: string, notation: Notation): string {
  if (notation.argumentSeparator === "," && notation.decimalSeparator === ".") return canonical;
  let out = "";
  for (let i = 0; i < canonical.length; i++) {
    const ch = canonical[i];
    if (ch === '"' || ch === "'") {
      // Quoted text or sheet name, with doubled quotes inside: copied as it is.
      let j = i + 1;
      while (j < canonical.length && !(canonical[j] === ch && canonical[j + 1] !== ch)) j += canonical[j] === ch ? 2 : 1;
      out += canonical.slice(i, j + 1);
      i = j;
    } else if (ch === ",") out += notation.argumentSeparator;
    else if (ch === "." && isDigit(canonical[i - 1]) && isDigit(canonical[i + 1]) && inNumber(canonical, i))
      out += notation.decimalSeparator;
    else out += ch;
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** True when the digits before position `dot` are a number literal, not the row of a cell (A1.5 never occurs, but B12 does). */
function inNumber(s: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && isDigit(s[k])) k--;
  return k < 0 || !/[A-Za-z_$]/.test(s[k]);
}

/** The formula as shown to a user: "=" and the notation's separators. */
export function shownFormula(canonical: string, notation: Notation): string {
  const body = canonical.startsWith("=") ? canonical.slice(1) : canonical;
  return `=${localizeFormula(body, notation)}`;
}
