/** Reading one argument cell as the user typed it, with Indonesian reasons when it cannot be used. */
import Decimal from "decimal.js";
import { ParsedNumber, parseNumber } from "../../core/numbers/parse";
import type { NumberLocale } from "../../core/workbook/model";
import { ExcelErrorResult, excelError, fromInputError } from "./errors";
import { argumentNotation } from "./notation";

/** A number, null for an empty cell, or the error to return. */
export type NumberArg = Decimal | null | ExcelErrorResult;

/** A number with the percent sign it was typed with ("98,15 %"), null for an empty cell, or the error. */
export type AmountArg = { value: Decimal; percent: boolean } | null | ExcelErrorResult;

/** `what` names the argument in messages: "Target", "Realisasi", "Anggaran"… */
export function readNumber(cell: unknown, what: string): NumberArg {
  const amount = readAmount(cell, what);
  return amount === null || "error" in amount ? amount : amount.value;
}

/** readNumber, keeping whether a text carried a percent sign (TERBILANG says "persen"). */
export function readAmount(cell: unknown, what: string): AmountArg {
  const value = unwrapCell(cell, what);
  if (isError(value)) return value;
  const locale = argumentNotation();
  const parsed = parseNumber(value, { locale: locale ?? undefined });
  switch (parsed.kind) {
    case "number": {
      if (typeof value === "string") {
        const doubt = notationDoubt(parsed, locale);
        if (doubt) return excelError("#VALUE!", `${what} “${value}” ${doubt}`);
      }
      return { value: parsed.value, percent: parsed.percent };
    }
    case "dash":
      return { value: new Decimal(0), percent: false };
    case "empty":
      return null;
    case "error":
      return fromInputError(parsed.code, what);
    case "text":
      return excelError("#VALUE!", `${what} bukan angka: “${cellText(value)}”`);
    case "broken":
      return excelError("#VALUE!", `${what} tidak terbaca sebagai angka: ${parsed.reason}`);
  }
}

/**
 * Why a text number cannot be read without guessing, or null. With this Excel's notation known
 * every text has one reading: its notation's ("3,125" is 3,125 in an Indonesian Excel), or the only
 * one its structure allows ("98.00", "1,917,084,558.00"). Unknown notation: a single separator
 * before three digits ("3,125") is 3125 or 3,125, and is refused.
 */
function notationDoubt(parsed: Extract<ParsedNumber, { kind: "number" }>, locale: NumberLocale | null): string | null {
  if (locale || !parsed.ambiguous) return null;
  return `bisa dibaca dua cara dan notasi angka Excel ini tidak diketahui: ${parsed.ambiguous.reason}. Ketik sebagai angka, bukan teks.`;
}

/** A text choice such as polaritas or metode; null when omitted. */
export function readChoice<T extends string>(
  cell: unknown,
  what: string,
  choices: Record<string, T>,
): T | null | ExcelErrorResult {
  const value = unwrapCell(cell, what);
  if (isError(value)) return value;
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
  if (typeof value === "object") {
    const parsed = parseNumber(value);
    if (parsed.kind === "error") return fromInputError(parsed.code, what);
  }
  const text = cellText(value);
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (key in choices) return choices[key];
  const options = [...new Set(Object.values(choices))].map((c) => `“${c}”`).join(" atau ");
  return excelError("#VALUE!", `${what} tidak dikenal: “${text}” (pakai ${options})`);
}

/** A cell value as text for words and messages; an object that is not a known data type is named, not "[object Object]". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Decimal.isDecimal(value)) return value.toString();
  const type = (value as CellValueObject).type;
  return typeof type === "string" ? `tipe data ${type}` : "nilai yang bukan teks atau angka";
}

function isError(v: unknown): v is ExcelErrorResult {
  return typeof v === "object" && v !== null && typeof (v as ExcelErrorResult).message === "string";
}

interface CellValueObject {
  type?: unknown;
  basicValue?: unknown;
  text?: unknown;
  properties?: Record<string, unknown>;
  code?: unknown;
}

/**
 * The plain value of an argument cell. Office passes an error cell as an object with `code`
 * ("#REF!"); a linked data type or formatted number (the metadata allows custom data) as an object
 * with `basicValue`; an entity (whose basicValue is #VALUE!) counts when its text is a number or it
 * holds exactly one number among its properties.
 */
export function unwrapCell(cell: unknown, what: string): unknown {
  if (typeof cell !== "object" || cell === null || Decimal.isDecimal(cell)) return cell;
  const obj = cell as CellValueObject;
  if (typeof obj.code === "string" && obj.code.startsWith("#")) return { error: obj.code };
  if (typeof obj.type !== "string") return cell;
  if (obj.type === "Entity" || obj.type === "LinkedEntity") return entityNumber(obj, what);
  return "basicValue" in obj ? unwrapCell(obj.basicValue, what) : cell;
}

function entityNumber(entity: CellValueObject, what: string): unknown {
  const label = typeof entity.text === "string" ? entity.text : "";
  if (label !== "" && parseNumber(label).kind === "number") return label;
  const numbers = Object.values(entity.properties ?? {})
    .map((p) => (typeof p === "object" && p !== null && "basicValue" in p ? (p as CellValueObject).basicValue : p))
    .filter((v): v is number => typeof v === "number");
  if (numbers.length === 1) return numbers[0];
  return excelError("#VALUE!", `${what}: sel tipe data “${label}” tidak berisi tepat satu angka`);
}
