/**
 * Reads one printed interval of a scale table: "≥ 91", "91 - 100", "< 51", "> 100", "76 – 90",
 * "> 90 – 100", "86 s/d 100", "70 ≤ X < 85", "91 ke atas", or a bare number (a lower bound).
 */
import Decimal from "decimal.js";
import { parseNumber, ParseOptions } from "../numbers/parse";

export interface PrintedInterval {
  min: Decimal | null;
  minInclusive: boolean;
  max: Decimal | null;
  maxInclusive: boolean;
}

type Operator = "≥" | ">" | "≤" | "<";

const OPERATORS: [RegExp, Operator][] = [
  [/^(?:≥|>=|=>)\s*/, "≥"],
  [/^(?:≤|<=|=<)\s*/, "≤"],
  [/^(?:>|lebih dari|di atas|diatas)\s*/i, ">"],
  [/^(?:<|kurang dari|di bawah|dibawah)\s*/i, "<"],
];
const SUFFIXES: [RegExp, Operator][] = [
  [/\s*(?:ke atas|keatas)$/i, "≥"],
  [/\s*(?:ke bawah|kebawah)$/i, "≤"],
];
/** "70 ≤ X < 85", as some reports print the categories. */
const BETWEEN = /^(.+?)\s*(≤|<=|<)\s*x\s*(≤|<=|<)\s*(.+)$/i;
const RANGE = /^(.*?\d\s*%?)\s*(?:–|—|-|s\/d|s\.d\.?|sampai dengan|sampai|hingga)\s*(.+)$/i;

/** "X ≥ 95", "Capaian < 55", "nilai > 100": the variable written before a single bound. */
const VARIABLE = /^(?:x|n|nilai|capaian|skor)\s*(?=[<>≤≥=])/i;

export function parseInterval(input: unknown, options?: ParseOptions): PrintedInterval | null {
  if (typeof input !== "string") return fromBound(bound(input, options), "≥");
  const text = input.replace(/\s+/g, " ").trim().replace(VARIABLE, "");
  const single = parseBound(text, options);
  if (single) return fromBound(single.value, single.op ?? "≥");
  const between = BETWEEN.exec(text);
  if (between) return fromBetween(between, options);
  const range = RANGE.exec(text);
  if (!range) return null;
  const low = parseBound(range[1], options);
  const high = parseBound(range[2], options);
  if (!low || !high || (low.op && low.op !== "≥" && low.op !== ">") || (high.op && high.op !== "≤" && high.op !== "<")) {
    return null;
  }
  return { min: low.value, minInclusive: low.op !== ">", max: high.value, maxInclusive: high.op !== "<" };
}

function parseBound(text: string, options?: ParseOptions): { value: Decimal; op: Operator | null } | null {
  let rest = text.trim();
  let op: Operator | null = null;
  for (const [pattern, operator] of [...OPERATORS, ...SUFFIXES]) {
    if (pattern.test(rest)) {
      op = operator;
      rest = rest.replace(pattern, "");
      break;
    }
  }
  const value = bound(rest, options);
  return value ? { value, op } : null;
}

function bound(input: unknown, options?: ParseOptions): Decimal | null {
  const parsed = parseNumber(input, options);
  return parsed.kind === "number" ? parsed.value : null;
}

function fromBound(value: Decimal | null, op: Operator): PrintedInterval | null {
  if (!value) return null;
  if (op === "≥" || op === ">") return { min: value, minInclusive: op === "≥", max: null, maxInclusive: false };
  return { min: null, minInclusive: false, max: value, maxInclusive: op === "≤" };
}

function fromBetween(m: RegExpExecArray, options?: ParseOptions): PrintedInterval | null {
  const min = bound(m[1], options);
  const max = bound(m[4], options);
  if (!min || !max) return null;
  return { min, minInclusive: m[2] !== "<", max, maxInclusive: m[3] !== "<" };
}
