/**
 * The digits-and-separators part of a typed number (`1.234.567,89`, `1,917,084,558.00`, `1 234,5`),
 * once sign, currency and percent are removed. Decides which separator is decimal and which groups.
 */
import Decimal from "decimal.js";
import { NumberLocale } from "../workbook/model";

export type BodyResult =
  | { ok: true; value: Decimal; decimals: number; ambiguous?: { alternative: Decimal; reason: string } }
  | { ok: false; reason: string };

type Separator = "." | "," | " ";

interface Tokens {
  runs: string[]; // digit runs; runs[0] may be "" for ".5"
  seps: Separator[]; // seps[i] sits between runs[i] and runs[i + 1]
}

export function parseNumericBody(body: string, locale?: NumberLocale): BodyResult {
  const exp = /^(.+?)[eE]([+-]?\d{1,4})$/.exec(body);
  if (exp) return scientific(exp[1], Number(exp[2]));
  const tokens = tokenize(body);
  if (typeof tokens === "string") return { ok: false, reason: tokens };
  const { runs, seps } = tokens;
  if (seps.length === 0) return number(runs[0], "");

  const last = seps[seps.length - 1];
  const distinct = new Set(seps);
  if (distinct.size === 1 && seps.length === 1 && last !== " ") return singleSeparator(runs[0], runs[1], last, locale);
  if (distinct.size === 1) return grouped(runs, "");
  // Mixed: the last separator is the decimal mark, used once; the others group thousands alike.
  const grouping = seps.slice(0, -1);
  if (last === " " || grouping.includes(last) || new Set(grouping).size > 1) {
    return { ok: false, reason: "Pemisah ribuan dan desimal bercampur" };
  }
  return grouped(runs.slice(0, -1), runs[runs.length - 1]);
}

function tokenize(body: string): Tokens | string {
  if (!/^[\d., ]+$/.test(body)) return "Berisi tanda yang bukan bagian dari angka";
  const parts = body.split(/([., ])/);
  const runs: string[] = [];
  const seps: Separator[] = [];
  parts.forEach((part, i) => (i % 2 === 0 ? runs.push(part) : seps.push(part as Separator)));
  if (runs.slice(1).some((r) => r === "")) return "Pemisah ganda atau angka terpotong";
  if (runs[0] === "" && (seps.length !== 1 || seps[0] === " ")) return "Angka diawali pemisah";
  return { runs, seps };
}

/** `1.234`, `1,5`, `0,250`, `.5`: one separator, which may be decimal or grouping. */
function singleSeparator(int: string, frac: string, sep: Separator, locale?: NumberLocale): BodyResult {
  const couldGroup = frac.length === 3 && int.length >= 1 && int.length <= 3 && int[0] !== "0";
  if (!couldGroup) return number(int, frac);
  if (locale) return sep === locale.decimalSeparator ? number(int, frac) : number(int + frac, "");
  // Indonesian workbooks: one separator followed by exactly three digits groups thousands.
  const read = number(int + frac, "") as Extract<BodyResult, { ok: true }>;
  const alternative = new Decimal(`${int}.${frac}`);
  return {
    ...read,
    ambiguous: {
      alternative,
      reason: `“${int}${sep}${frac}” dibaca ${int}${frac} dengan “${sep}” sebagai pemisah ribuan; bila “${sep}” tanda desimal, nilainya ${int} koma ${frac}`,
    },
  };
}

function grouped(groups: string[], frac: string): BodyResult {
  const [first, ...others] = groups;
  if (first.length < 1 || first.length > 3 || others.some((g) => g.length !== 3)) {
    return { ok: false, reason: "Kelompok ribuan harus berisi tepat tiga angka" };
  }
  return number(groups.join(""), frac);
}

function number(int: string, frac: string): BodyResult {
  const value = new Decimal(`${int === "" ? "0" : int}${frac === "" ? "" : "." + frac}`);
  return { ok: true, value, decimals: frac.length };
}

/**
 * `1,234E+5`, `1.234E+5`, `12E3`: the mantissa of the exponent form has at most one separator, and
 * it is always the decimal mark (whatever the locale), never a thousands separator.
 */
function scientific(mantissa: string, exponent: number): BodyResult {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(mantissa);
  if (!m) return { ok: false, reason: "Notasi ilmiah tidak terbaca" };
  const value = new Decimal(`${m[1]}.${m[2] ?? "0"}`).times(new Decimal(10).pow(exponent));
  return { ok: true, value, decimals: Math.max(value.decimalPlaces(), 0) };
}
