/**
 * Parent/level of budget rows: by dotted-code prefix, by code kind in order of first appearance
 * (roman, then letters, …), by indentation, or by bold parent rows when there are no codes.
 * SIPD rekening rows hang under the sub kegiatan row above them; uncoded rows are leaves of the
 * last coded row. Only a code prefix reaches across the closing row of a section (Jumlah Pendapatan).
 */
import { ParsedCode, levelKey } from "./codes";

/** A table's data rows in order, one entry per row in each list (no object per row). */
export interface HierarchyInput {
  /** Sheet row. */
  index: number[];
  code: (ParsedCode | undefined)[];
  bold: boolean[];
  indent: number[];
  /**
   * Rows right after the closing row of a section ("Jumlah Pendapatan" before the belanja rows): it
   * ends the rows above it, so nothing after it hangs under them by position, only by a code prefix.
   */
  afterClosing?: boolean[];
}

/** Per input row: its level (1 = top) and the sheet row of its parent (−1: none). */
export interface HierarchyOutput {
  level: Int32Array;
  parent: Int32Array;
}

function output(n: number): HierarchyOutput {
  return { level: new Int32Array(n), parent: new Int32Array(n).fill(-1) };
}

/** Rekening codes only stand apart in SIPD tables, whose program codes have two-digit segments (7.01.01, 1.02.02). */
export function isSipd(codes: Iterable<ParsedCode | undefined>): boolean {
  for (const c of codes) if (c && isNomenclature(c)) return true;
  return false;
}

/** A SIPD nomenclature code: program `7.01.01`, kegiatan `7.01.01.2.01`, sub kegiatan `7.01.01.2.01.0001`. */
function isNomenclature(c: ParsedCode): boolean {
  return c.kind === "dotted" && !c.rekening && c.segments.length >= 3 && c.segments[1].length === 2 && c.segments[2].length === 2;
}

/**
 * The rekening flag of a table's codes, in sheet order: outside SIPD tables nothing is a rekening
 * (`4.1`, `5.3` are kegiatan of a program); in SIPD tables account codes (`5.1.02.01.01.0024`) are,
 * and so are account heads (`5`, `5.1`) once a program/kegiatan/sub kegiatan row came before them.
 * Codes are shared (parseCode memo): changed ones are copies.
 */
export function normalizeRekening<T extends ParsedCode | undefined>(codes: T[]): T[] {
  if (!isSipd(codes)) return localAccounts(codes);
  let underNomenclature = false;
  return codes.map((c) => {
    if (!c) return c;
    if (c.accountHead && underNomenclature && !c.rekening) return { ...c, rekening: true };
    if (isNomenclature(c)) underNomenclature = true;
    return c;
  });
}

/** `5.2.1`, `4.1.2.01`: an account code (belanja 5, pendapatan 4, pembiayaan 6) of jenis level or below. */
function isJenisAccount(c: ParsedCode): boolean {
  const s = c.segments;
  return c.kind === "dotted" && s.length >= 3 && (s[0] === "4" || s[0] === "5" || s[0] === "6") && s[1].length === 1;
}

/**
 * Outside SIPD: the jenis belanja of a Permendagri 13 LRA (`5.2.1`, `5.2.2` repeated under each kegiatan
 * `1.16.1.16.01.01`) are that kegiatan's rekening, even below a `5.2 BELANJA LANGSUNG` row whose code
 * prefixes them. An account code is one only right under a program/kegiatan code of three or more
 * segments, while its own parent code (`5.2`) has not appeared since: in outline numbering (3.2.1, 4,
 * 4.1, 4.1.1) `4.1.1` follows its `4.1` and stays an item of the outline.
 */
function localAccounts<T extends ParsedCode | undefined>(codes: T[]): T[] {
  let underKegiatan = false;
  const seen = new Set<string>();
  return codes.map((c) => {
    if (!c) return c;
    const plain = (c.rekening ? { ...c, rekening: false } : c) as T & ParsedCode;
    if (c.kind !== "dotted") return plain;
    const account = c.segments[0] === "4" || c.segments[0] === "5" || c.segments[0] === "6";
    if (!account || c.segments[1]?.length !== 1) {
      underKegiatan = c.segments.length >= 3;
      seen.clear();
      seen.add(c.key);
      return plain;
    }
    const local = underKegiatan && isJenisAccount(c) && !seen.has(c.prefixKeys[0]);
    seen.add(c.key);
    return local ? { ...c, rekening: true } : plain;
  });
}

/** Level and parent (sheet row) of each input row, in input order; codes as normalizeRekening gives them. */
export function buildHierarchy(rows: HierarchyInput): HierarchyOutput {
  const n = rows.index.length;
  let anyCode = false;
  let anyIndent = false;
  let bolds = 0;
  for (let i = 0; i < n; i++) {
    if (rows.code[i]) anyCode = true;
    if (rows.indent[i] > 0) anyIndent = true;
    if (rows.bold[i]) bolds++;
  }
  if (!anyCode && anyIndent) return byIndent(rows);
  if (!anyCode && bolds > 0 && bolds < n) return byBold(rows);
  const out = output(n);
  if (!anyCode) {
    out.level.fill(1);
    return out;
  }
  // Levels in order of first appearance; rekening levels follow the program levels.
  const ranks = new Map<string, number>();
  const rekeningLevels: string[] = [];
  let nonRekening = 0;
  for (let i = 0; i < n; i++) {
    const code = rows.code[i];
    if (!code) continue;
    const key = levelKey(code);
    if (code.rekening) {
      if (!rekeningLevels.includes(key)) rekeningLevels.push(key);
      continue;
    }
    if (!ranks.has(key)) ranks.set(key, ranks.size);
    nonRekening++;
  }
  for (const key of rekeningLevels) if (!ranks.has(key)) ranks.set(key, ranks.size);
  const pureRekening = nonRekening === 0;
  // Rows are referred to by their position in the input; parents are reported as sheet rows.
  const lastAtRank: (number | undefined)[] = [];
  const byCode = new CodeIndex();
  const rekeningCodes = new CodeIndex();
  let lastMain: number | undefined;
  let lastCoded: number | undefined;
  for (let i = 0; i < n; i++) {
    if (rows.afterClosing?.[i]) {
      // A pendapatan rekening is no parent of the belanja rows after its Jumlah Pendapatan.
      lastAtRank.length = 0;
      lastMain = undefined;
      lastCoded = undefined;
    }
    const code = rows.code[i];
    let parent: number | undefined;
    if (!code) parent = lastCoded;
    else {
      const rank = ranks.get(levelKey(code)) ?? 0;
      if (code.kind === "dotted") parent = (code.rekening ? rekeningCodes : byCode).longestPrefix(code);
      if (parent === undefined && code.rekening && !pureRekening) parent = lastMain;
      if (parent === undefined) {
        let best: number | undefined;
        for (let k = 0; k < rank; k++) {
          const cand = lastAtRank[k];
          if (cand !== undefined && (best === undefined || cand > best)) best = cand;
        }
        parent = best;
      }
      lastAtRank[rank] = i;
      if (lastAtRank.length > rank + 1) lastAtRank.length = rank + 1;
      if (code.kind === "dotted") (code.rekening ? rekeningCodes : byCode).set(code.key, i);
      if (!code.rekening) {
        lastMain = i;
        // A new program-level row closes the rekening codes of the previous sub kegiatan.
        rekeningCodes.clear();
      }
      lastCoded = i;
    }
    if (parent === undefined) out.level[i] = 1;
    else {
      out.level[i] = out.level[parent] + 1;
      out.parent[i] = rows.index[parent];
    }
  }
  return out;
}

/** Dotted codes seen so far (key → position), found by the longest proper prefix of a code. */
class CodeIndex {
  private readonly positions = new Map<string, number>();
  /** Length of the shortest key held: a prefix key shorter than it cannot be held (no lookup). */
  private shortest = Infinity;

  set(key: string, pos: number): void {
    this.positions.set(key, pos);
    if (key.length < this.shortest) this.shortest = key.length;
  }

  clear(): void {
    if (this.positions.size === 0) return;
    this.positions.clear();
    this.shortest = Infinity;
  }

  longestPrefix(code: ParsedCode): number | undefined {
    const keys = code.prefixKeys;
    // Every prefix key is a leading part of the longest one, so none is longer than it.
    if (keys.length === 0 || keys[0].length < this.shortest) return undefined;
    for (let k = 0; k < keys.length; k++) {
      const hit = this.positions.get(keys[k]);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

function byIndent(rows: HierarchyInput): HierarchyOutput {
  const out = output(rows.index.length);
  // Positions of the open ancestors, innermost last.
  const stack: number[] = [];
  for (let i = 0; i < rows.index.length; i++) {
    const indent = rows.indent[i];
    while (stack.length && rows.indent[stack[stack.length - 1]] >= indent) stack.pop();
    out.level[i] = stack.length + 1;
    if (stack.length) out.parent[i] = rows.index[stack[stack.length - 1]];
    stack.push(i);
  }
  return out;
}

function byBold(rows: HierarchyInput): HierarchyOutput {
  const out = output(rows.index.length);
  let lastBold = -1;
  for (let i = 0; i < rows.index.length; i++) {
    if (rows.bold[i]) {
      out.level[i] = 1;
      lastBold = rows.index[i];
    } else {
      out.level[i] = lastBold < 0 ? 1 : 2;
      out.parent[i] = lastBold;
    }
  }
  return out;
}
