/**
 * Strict parser for numbers as finance staff type or paste them into cells:
 * `1.234.567,89`, `1,917,084,558.00`, `Rp 2.659.997.281,-`, `98,15 %`, `(1.234)`, `B (80 %)`.
 * It never guesses silently: a reading that depends on the locale is flagged as `ambiguous`,
 * and text that looks numeric but is malformed (`97,2 2`, `1.3.69`) is `broken`, not a number.
 */
import Decimal from "decimal.js";
import { NumberLocale, isErrorValue } from "../workbook/model";
import { parseNumericBody } from "./body";

export type ParsedNumber =
  | { kind: "number"; value: Decimal; decimals: number; percent: boolean; ambiguous?: { alternative: Decimal; reason: string } }
  | { kind: "empty" } // null, undefined, "" or only spaces
  | { kind: "dash" } // "-", "–", "—" (zero / none, kept distinct from empty)
  | { kind: "error"; code: string } // Excel error value ({error:"#DIV/0!"} object or text "#DIV/0!")
  | { kind: "text"; reason: string } // not a number at all ("Kegiatan", "Baik")
  | { kind: "broken"; reason: string }; // looks numeric but malformed ("97,2 2", "1.3.69", "1.250.00,0")

export interface ParseOptions {
  locale?: NumberLocale;
}

type NumberResult = Extract<ParsedNumber, { kind: "number" }>;

const EXCEL_ERROR =
  /^#(DIV\/0!|VALUE!|N\/A|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|CONNECT!|BLOCKED!|UNKNOWN!|GETTING_DATA)$/i;
const DASHES = /^[-–—]+$/;
/** Spaces Excel and PDFs produce: ordinary, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00A0\u202F\u2009]+/g;
const CURRENCY = /^(?:rp\.?|idr)\s*/i;
/** A range as targets are written: "80-85", "80 - 85", "80–85 %" (two numbers, not one broken one). */
const RANGE = /^\d[\d.,]*\s*%?\s*[-–—]\s*\d[\d.,]*\s*%?$/;
/** One bound of an interval, as a scale or recap writes its lowest or highest band: "≤ 50", "> 90", "<= 65". */
const BOUND = /^(≤|≥|<=|>=|<|>)\s*\d[\d.,]*\s*%?$/;
/** A ratio as targets are written: "1 : 20", "1:18" (guru : murid), not one mistyped number. */
const RATIO = /^\d[\d.,]*\s*:\s*\d[\d.,]*$/;
/** The rupiah convention ",-" / ".-" after the integer part means "no cents". */
const NO_CENTS = /[.,]-{1,2}$/;

export function parseNumber(input: unknown, options: ParseOptions = {}): ParsedNumber {
  if (input === null || input === undefined) return { kind: "empty" };
  if (typeof input === "boolean") return { kind: "text", reason: "Nilai logika (TRUE/FALSE), bukan angka" };
  if (typeof input === "number") return fromJsNumber(input);
  if (Decimal.isDecimal(input))
    return { kind: "number", value: input, decimals: Math.max(input.decimalPlaces(), 0), percent: false };
  if (isErrorValue(input)) return { kind: "error", code: input.error.toUpperCase() };
  if (typeof input !== "string") return { kind: "text", reason: "Bukan nilai sel yang dikenal" };
  return parseText(input.replace(SPACES, " ").trim(), options);
}

/** Convenience for arithmetic: a number's value, a dash as zero, anything else null. */
export function toDecimal(input: unknown, options?: ParseOptions): Decimal | null {
  const parsed = parseNumber(input, options);
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind === "dash") return new Decimal(0);
  return null;
}

function fromJsNumber(n: number): ParsedNumber {
  if (!Number.isFinite(n)) return { kind: "broken", reason: "Angka tidak terhingga atau bukan angka (NaN)" };
  // String(n) is the shortest text that reads back as the same double: the decimals Excel would store.
  const value = new Decimal(String(n));
  return { kind: "number", value, decimals: Math.max(value.decimalPlaces(), 0), percent: false };
}

/** A footnote mark after a provisional figure: "43,18*)", "34 *", "12,5**", "87¹". */
const FOOTNOTE = /\d\s*(\*+\)?|\(\*+\)|[¹²³⁴⁵⁶⁷⁸⁹])$/;

function parseText(text: string, options: ParseOptions): ParsedNumber {
  if (text === "") return { kind: "empty" };
  // The number before a footnote mark is the value; the mark points to a note (angka sementara).
  if (FOOTNOTE.test(text)) return parseText(text.replace(/\s*(\*+\)?|\(\*+\)|[¹²³⁴⁵⁶⁷⁸⁹])$/, ""), options);
  if (DASHES.test(text) || /^(?:rp\.?|idr)\s*[-–—]+$/i.test(text)) return { kind: "dash" };
  if (EXCEL_ERROR.test(text)) return { kind: "error", code: text.toUpperCase() };
  if (!/\d/.test(text)) return { kind: "text", reason: `Teks, bukan angka: “${text}”` };
  if (RANGE.test(text) || BOUND.test(text)) return { kind: "text", reason: `Rentang nilai, bukan satu angka: “${text}”` };
  if (RATIO.test(text)) return { kind: "text", reason: `Perbandingan, bukan satu angka: “${text}”` };

  const annotated = splitAnnotation(text);
  if (annotated) return parseAnnotated(annotated, text, options);
  return parseAmount(text, options);
}

/** `B (80 %)`, `56 (CC Kategori)`, `Sangat Berhasil (100 %)`: one side a number, the other a word. */
function splitAnnotation(text: string): { outer: string; inner: string } | null {
  const m = /^([^()]*)\(([^()]*)\)\s*\.?$/.exec(text);
  if (!m) return null;
  const outer = m[1].trim();
  const inner = m[2].trim();
  // "(1.234)", "Rp (1.234)" and "-(5)" are signed amounts, not annotations: neither side has a word.
  if (!/[a-z]/i.test(outer.replace(CURRENCY, "") + inner.replace(CURRENCY, ""))) return null;
  return { outer, inner };
}

function parseAnnotated(parts: { outer: string; inner: string }, text: string, options: ParseOptions): ParsedNumber {
  const outerHasDigits = /\d/.test(parts.outer);
  const innerHasDigits = /\d/.test(parts.inner);
  const innerIsWords = /[a-z]/i.test(parts.inner);
  if (outerHasDigits && innerIsWords && !innerHasDigits) return parseAmount(parts.outer, options);
  if (!outerHasDigits && innerHasDigits) return parseAmount(parts.inner, options);
  return { kind: "broken", reason: `Tidak jelas angka mana yang dimaksud: “${text}”` };
}

/** An amount: optional sign, currency, parentheses, a numeric body, ",-", and a percent sign. */
function parseAmount(text: string, options: ParseOptions): ParsedNumber {
  let rest = text;
  let negative = false;
  let percent = false;

  const pct = /\s*%\s*\.?$/.exec(rest);
  if (pct) {
    percent = true;
    rest = rest.slice(0, pct.index);
  }
  rest = rest.replace(/^[+]/, "").trim();
  const sign = /^[-−–]\s*/.exec(rest);
  if (sign) {
    negative = true;
    rest = rest.slice(sign[0].length);
  }
  rest = rest.replace(CURRENCY, "");
  if (!negative && /^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  }
  const paren = /^\((.*)\)$/.exec(rest);
  if (paren) {
    if (negative) return { kind: "broken", reason: `Tanda minus ganda: “${text}”` };
    negative = true;
    rest = paren[1].trim().replace(CURRENCY, "");
  }
  if (!percent && /%\s*$/.test(rest)) {
    percent = true;
    rest = rest.replace(/\s*%\s*$/, "");
  }
  const noCents = NO_CENTS.test(rest);
  if (noCents) rest = rest.replace(NO_CENTS, "");

  if (/[a-df-z]/i.test(rest)) {
    return { kind: "text", reason: `Teks berisi angka, bukan angka: “${text}”` };
  }
  const digits = countDigits(rest);
  if (digits > MAX_NUMBER_DIGITS) return { kind: "broken", reason: `Angka terlalu panjang (${digits} digit)` };
  const body = parseNumericBody(rest.trim(), options.locale);
  if (!body.ok) return { kind: "broken", reason: `${body.reason}: “${text}”` };
  if (body.value.e > 308) return { kind: "broken", reason: `Angka di luar jangkauan Excel: “${text}”` };
  if (noCents && body.decimals > 0) return { kind: "broken", reason: `Tanda “,-” setelah angka desimal: “${text}”` };

  const result: NumberResult = { kind: "number", value: withSign(body.value, negative), decimals: body.decimals, percent };
  if (body.ambiguous) {
    result.ambiguous = { alternative: withSign(body.ambiguous.alternative, negative), reason: body.ambiguous.reason };
  }
  return result;
}

/**
 * More digits than any number a cell can hold (309 integer digits at most, plus the decimals anyone
 * types): such text is a damaged value, and is not parsed or formatted further.
 */
const MAX_NUMBER_DIGITS = 340;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function withSign(value: Decimal, negative: boolean): Decimal {
  return negative ? value.negated() : value;
}
