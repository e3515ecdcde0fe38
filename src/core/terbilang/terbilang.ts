/**
 * Numbers in Indonesian words, as LKjIP sentences quote them: "23 (dua puluh tiga) indikator",
 * "Rp 2.659.997.281,- (dua miliar enam ratus …)". Exact for any value up to the desiliun range.
 */
import Decimal from "decimal.js";
import { parseNumber } from "../numbers/parse";

export interface TerbilangOptions {
  /** Appended word, e.g. "rupiah". */
  unit?: string;
}

const DIGITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
/** Words for 10^3, 10^6, … 10^33. */
const GROUPS = [
  "",
  "ribu",
  "juta",
  "miliar",
  "triliun",
  "kuadriliun",
  "kuintiliun",
  "sekstiliun",
  "septiliun",
  "oktiliun",
  "noniliun",
  "desiliun",
];
const MAX_INTEGER_DIGITS = GROUPS.length * 3;

export function terbilang(value: Decimal | number | string, options: TerbilangOptions = {}): string {
  const exact = toExactDecimal(value);
  const [intPart, fracPart = ""] = exact.abs().toFixed().split(".");
  if (intPart.length > MAX_INTEGER_DIGITS) {
    throw new RangeError(`Angka terlalu besar untuk dituliskan: lebih dari ${MAX_INTEGER_DIGITS} digit`);
  }
  const words = [integerWords(intPart)];
  if (fracPart !== "") words.push("koma", ...Array.from(fracPart, (digit) => DIGITS[Number(digit)]));
  if (exact.isNegative() && !exact.isZero()) words.unshift("minus");
  const unit = options.unit?.trim();
  if (unit) words.push(unit);
  return words.join(" ");
}

function toExactDecimal(value: Decimal | number | string): Decimal {
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw new RangeError("Bukan angka terhingga");
    return value;
  }
  const parsed = parseNumber(value);
  if (parsed.kind === "number") return parsed.value;
  if (parsed.kind === "dash") return new Decimal(0);
  const reason = "reason" in parsed ? parsed.reason : `Bukan angka: “${String(value)}”`;
  throw new RangeError(reason);
}

/** "1001000" -> "satu juta seribu"; "0" -> "nol". */
function integerWords(digits: string): string {
  const trimmed = digits.replace(/^0+/, "");
  if (trimmed === "") return DIGITS[0];
  const padded = trimmed.padStart(Math.ceil(trimmed.length / 3) * 3, "0");
  const words: string[] = [];
  const groupCount = padded.length / 3;
  for (let g = 0; g < groupCount; g++) {
    const n = Number(padded.slice(g * 3, g * 3 + 3));
    const power = groupCount - 1 - g;
    if (n === 0) continue;
    // Only the thousands take the "se-" prefix: "seribu", but "satu juta".
    if (n === 1 && power === 1) words.push("seribu");
    else words.push(belowThousand(n), GROUPS[power]);
  }
  return words.filter((w) => w !== "").join(" ");
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push("seratus");
  else if (hundreds > 1) words.push(DIGITS[hundreds], "ratus");
  if (rest > 0) words.push(belowHundred(rest));
  return words.join(" ");
}

function belowHundred(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n === 10) return "sepuluh";
  if (n === 11) return "sebelas";
  if (n < 20) return `${DIGITS[n - 10]} belas`;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? `${DIGITS[tens]} puluh` : `${DIGITS[tens]} puluh ${DIGITS[units]}`;
}
