/** Reading one argument cell as the user typed it, with Indonesian reasons when it cannot be used. */
import { valueText } from "../../core/tables/text";
import Decimal from "decimal.js";
import { parseNumber } from "../../core/numbers/parse";
import { ExcelErrorResult, excelError, fromInputError } from "./errors";

/** A number, null for an empty cell, or the error to return. */
export type NumberArg = Decimal | null | ExcelErrorResult;

/** `what` names the argument in messages: "Target", "Realisasi", "Anggaran"… */
export function readNumber(cell: unknown, what: string): NumberArg {
  const parsed = parseNumber(unwrapOfficeError(cell));
  switch (parsed.kind) {
    case "number":
      return parsed.value;
    case "dash":
      return new Decimal(0);
    case "empty":
      return null;
    case "error":
      return fromInputError(parsed.code, what);
    case "text":
      return excelError("#VALUE!", `${what} bukan angka: “${String(cell)}”`);
    case "broken":
      return excelError("#VALUE!", `${what} tidak terbaca sebagai angka: ${parsed.reason}`);
  }
}

/** A text choice such as polaritas or metode; null when omitted. */
export function readChoice<T extends string>(
  cell: unknown,
  what: string,
  choices: Record<string, T>,
): T | null | ExcelErrorResult {
  const value = unwrapOfficeError(cell);
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
  if (typeof value === "object") {
    const parsed = parseNumber(value);
    if (parsed.kind === "error") return fromInputError(parsed.code, what);
  }
  const key = valueText(value).trim().toLowerCase().replace(/\s+/g, " ");
  if (key in choices) return choices[key];
  const options = [...new Set(Object.values(choices))].map((c) => `“${c}”`).join(" atau ");
  return excelError("#VALUE!", `${what} tidak dikenal: “${valueText(value)}” (pakai ${options})`);
}

/** Office passes an error argument as an object with `code` ("#REF!"); the core knows `{ error }`. */
function unwrapOfficeError(cell: unknown): unknown {
  if (typeof cell === "object" && cell !== null && !Decimal.isDecimal(cell)) {
    const code = (cell as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return { error: code };
  }
  return cell;
}
