/**
 * The decimal mark a column's numbers typed as text use. "93,695 %" alone could be 93 695 (a dot
 * groups thousands, "," … three digits) or 93,695; beside "98,15 %" and "87,5" in the same column the
 * comma is the column's decimal mark. Only unambiguous texts count as evidence, and only a column
 * whose evidence is all one way gets a notation; otherwise the parser's own reading stands.
 */
import type { NumberLocale } from "../workbook/model";
import { parseNumber } from "../numbers";

const COMMA_DECIMAL: NumberLocale = { decimalSeparator: ",", thousandsSeparator: "." };
const DOT_DECIMAL: NumberLocale = { decimalSeparator: ".", thousandsSeparator: "," };
/** The last separator of a typed number and the digits after it: "1.234,56 %" → ",", "56". */
const LAST_SEPARATOR = /([.,])(\d+)\s*%?\s*\.?$/;

/** The decimal mark one text shows unambiguously, if it shows one. */
function decimalMarkIn(text: string): "," | "." | undefined {
  const p = parseNumber(text);
  if (p.kind !== "number" || p.ambiguous || p.decimals === 0) return undefined;
  const m = LAST_SEPARATOR.exec(text.trim());
  return m && m[2].length === p.decimals ? (m[1] as "," | ".") : undefined;
}

export function columnNotation(texts: Iterable<string>): NumberLocale | undefined {
  let comma = 0;
  let dot = 0;
  for (const t of texts) {
    const mark = decimalMarkIn(t);
    if (mark === ",") comma++;
    else if (mark === ".") dot++;
  }
  if (comma > 0 && dot === 0) return COMMA_DECIMAL;
  if (dot > 0 && comma === 0) return DOT_DECIMAL;
  return undefined;
}
