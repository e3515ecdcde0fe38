/**
 * Row codes of budget and list tables: dotted numbers (`1`, `1.1`, SIPD `7.01.01.2.01.0001`),
 * SIPD rekening codes (`5.1.02.01.01.0024`), roman numerals (`I`, `IV`) and letters (`a`, `B`).
 */

export type CodeKind = "dotted" | "roman" | "letter";

export interface ParsedCode {
  text: string;
  kind: CodeKind;
  /** Dotted segments as written (`["7","01","01"]`); for roman/letter the single symbol. */
  segments: string[];
  /** Ordinal within its kind: last dotted segment, roman value, letter position (a=1). */
  ordinal: number;
  /**
   * SIPD rekening code (`5.1.02.01.01.0024`, `4.1.01`): an account code of at least three segments
   * (4/5/6, one digit, two digits, …); it belongs to the sub kegiatan row above it. Only SIPD tables
   * keep the flag (see normalizeRekening); `5.1` under a program of an older report is a kegiatan.
   */
  rekening: boolean;
  /** `4`, `5`, `5.1`: the head of an account group, a rekening row only under a SIPD sub kegiatan. */
  accountHead?: boolean;
  /** Letters only: upper or lower case (they are different levels). */
  upper?: boolean;
  /** Dotted codes: segments as numbers joined ("7.1.1.2.1.1"), so 01 and 1 match. */
  key: string;
  /** Dotted codes: keys of the proper prefixes, longest first ("7.1.1.2.1", "7.1.1", …). */
  prefixKeys: string[];
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const memo = new Map<string, ParsedCode | null>();

/** Parses a code cell; null when the text is not a code. Results are shared: do not mutate them. */
export function parseCode(raw: string): ParsedCode | null {
  let hit = memo.get(raw);
  if (hit === undefined) {
    hit = parseCodeText(raw);
    if (memo.size > 20000) memo.clear();
    memo.set(raw, hit);
  }
  return hit;
}

/** Digits separated by single dots, starting and ending with a digit (`7.01.01`, `12`). */
function isDotted(text: string): boolean {
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 46 && digit) digit = false;
    else return false;
  }
  return digit;
}

/** `raw` trimmed, without trailing dots and parentheses and one opening parenthesis (`(a)` → `a`, `1.1.` → `1.1`). */
function codeText(raw: string): string {
  let text = raw.trim();
  // "'5.02.01.1.01.0006": an exported code pasted as text keeps the apostrophe Excel would have hidden.
  const first = text.charCodeAt(0);
  if (first === 39 || first === 0x2018 || first === 0x2019 || first === 96) text = text.slice(1).trim();
  // "7. 01. 01. 2. 01" (typed with spaces after the dots) is the code 7.01.01.2.01.
  if (text.includes(" ") && /^\d[\d.\s]*$/.test(text)) text = text.replace(/\s*\.\s*/g, ".");
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || last === 41) text = text.replace(/[.)]+$/, "");
  return text.charCodeAt(0) === 40 ? text.slice(1) : text;
}

function parseCodeText(raw: string): ParsedCode | null {
  const text = codeText(raw);
  if (text === "" || text.length > 40) return null;
  if (isDotted(text)) {
    const segments = text.split(".");
    const first = segments[0];
    const account = (first === "4" || first === "5" || first === "6") && (segments.length < 2 || segments[1].length === 1);
    const rekening = account && segments.length >= 3 && segments[2].length === 2;
    // Keys of the prefixes, shortest first (each the one before it plus a segment), then the code's own.
    const prefixes: string[] = [];
    let key = String(Number(first));
    for (let n = 1; n < segments.length; n++) {
      prefixes.push(key);
      key += "." + String(Number(segments[n]));
    }
    const code: ParsedCode = {
      text,
      kind: "dotted",
      segments,
      ordinal: Number(segments[segments.length - 1]),
      rekening,
      key,
      prefixKeys: prefixes.reverse(),
    };
    if (account && segments.length <= 2) code.accountHead = true;
    return code;
  }
  if (ROMAN.test(text))
    return { text, kind: "roman", segments: [text], ordinal: romanValue(text), rekening: false, key: text, prefixKeys: [] };
  if (/^[a-zA-Z]$/.test(text)) {
    const upper = text === text.toUpperCase();
    return {
      text,
      kind: "letter",
      segments: [text],
      ordinal: text.toLowerCase().charCodeAt(0) - 96,
      rekening: false,
      upper,
      key: text,
      prefixKeys: [],
    };
  }
  return null;
}

/** A code written at the start of a label: "1.1 Penyediaan…", "a. Koordinasi…", "II. PROGRAM…". */
export function codeInLabel(label: string): ParsedCode | null {
  const m = /^\s*(\d+(?:\.\d+)*\.?|[IVX]+\.|[a-z][.)])\s+\S/.exec(label);
  return m ? parseCode(m[1]) : null;
}

/** Key grouping codes into levels: same key, same level. */
const LEVEL_KEYS = { r: [] as string[], d: [] as string[] };

export function levelKey(code: ParsedCode): string {
  if (code.kind === "dotted") {
    const keys = code.rekening ? LEVEL_KEYS.r : LEVEL_KEYS.d;
    const n = code.segments.length;
    return keys[n] ?? (keys[n] = `${code.rekening ? "r" : "d"}${n}`);
  }
  if (code.kind === "letter") return code.upper ? "A" : "a";
  return "I";
}

/** True when `parent`'s dotted segments are a proper prefix of `child`'s. */
export function isPrefix(parent: ParsedCode, child: ParsedCode): boolean {
  if (parent.kind !== "dotted" || child.kind !== "dotted") return false;
  if (parent.segments.length >= child.segments.length) return false;
  for (let i = 0; i < parent.segments.length; i++) if (Number(parent.segments[i]) !== Number(child.segments[i])) return false;
  return true;
}

/** Single capitals that are both a letter and a roman numeral. */
const AMBIGUOUS = /^[CILVX]$/;

function asLetter(c: ParsedCode): ParsedCode {
  return { ...c, kind: "letter", ordinal: c.text.charCodeAt(0) - 64, upper: true, key: c.text, prefixKeys: [] };
}

/**
 * Reads single capitals per sequence: under programs I, II, III the kegiatan A, B, C, D are letters
 * (C is not 100, D not 500) and a V after IV is roman. A capital that is both a letter and a roman
 * numeral takes the reading whose sequence it continues with the smaller step (the letter run restarts
 * under each roman row). Codes are shared (parseCode memo): changed ones are copies.
 */
export function sequenceCodes<T extends ParsedCode | undefined>(codes: T[]): T[] {
  let lastRoman = 0;
  let lastLetter = 0;
  let changed = false;
  const out = codes.map((c) => {
    if (!c || (c.kind !== "roman" && !(c.kind === "letter" && c.upper))) return c;
    let code: ParsedCode = c;
    if (c.kind === "roman" && AMBIGUOUS.test(c.text)) {
      const letterStep = c.text.charCodeAt(0) - 64 - lastLetter;
      const romanStep = c.ordinal - lastRoman;
      const letterFits = letterStep >= 1;
      const romanFits = romanStep >= 1;
      if (letterFits && (!romanFits || letterStep < romanStep || (letterStep === romanStep && lastLetter > 0))) {
        code = asLetter(c);
        changed = true;
      }
    }
    if (code.kind === "roman") {
      lastRoman = code.ordinal;
      lastLetter = 0;
    } else lastLetter = code.ordinal;
    return code as T;
  });
  return changed ? out : codes;
}
