/**
 * Parent/level of budget rows: by dotted-code prefix, by code kind in order of first appearance
 * (roman, then letters, …), by indentation, or by bold parent rows when there are no codes.
 * SIPD rekening rows hang under the sub kegiatan row above them; uncoded rows are leaves of the
 * last coded row.
 */
import { ParsedCode, levelKey } from "./codes";

export interface HierarchyInput {
  index: number;
  code?: ParsedCode;
  bold: boolean;
  indent: number;
}

export interface HierarchyOutput {
  level: number;
  parent?: number;
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
  const sipd = isSipd(codes);
  let underNomenclature = false;
  return codes.map((c) => {
    if (!c) return c;
    if (!sipd) return (c.rekening ? { ...c, rekening: false } : c) as T;
    if (c.accountHead && underNomenclature && !c.rekening) return { ...c, rekening: true } as T;
    if (isNomenclature(c)) underNomenclature = true;
    return c;
  });
}

export function buildHierarchy(input: HierarchyInput[]): Map<number, HierarchyOutput> {
  const normalized = normalizeRekening(input.map((r) => r.code));
  const rows = input.map((r, i) => (normalized[i] === r.code ? r : { ...r, code: normalized[i] }));
  const out = new Map<number, HierarchyOutput>();
  const anyCode = rows.some((r) => r.code);
  const anyIndent = rows.some((r) => r.indent > 0);
  const bolds = rows.filter((r) => r.bold).length;
  if (!anyCode && anyIndent) return byIndent(rows);
  if (!anyCode && bolds > 0 && bolds < rows.length) return byBold(rows);
  if (!anyCode) {
    for (const r of rows) out.set(r.index, { level: 1 });
    return out;
  }
  const ranks = new Map<string, number>();
  const nonRekening: ParsedCode[] = [];
  for (const r of rows) {
    if (!r.code) continue;
    const key = levelKey(r.code);
    if (!ranks.has(key) && !r.code.rekening) ranks.set(key, ranks.size);
    if (!r.code.rekening) nonRekening.push(r.code);
  }
  // Rekening levels follow the program levels.
  for (const r of rows) {
    if (!r.code || !r.code.rekening) continue;
    const key = levelKey(r.code);
    if (!ranks.has(key)) ranks.set(key, ranks.size);
  }
  const pureRekening = nonRekening.length === 0;
  const lastAtRank: (number | undefined)[] = [];
  const levelOf = new Map<number, number>();
  const byCode = new Map<string, { index: number; code: ParsedCode }>();
  let rekeningCodes = new Map<string, { index: number; code: ParsedCode }>();
  let lastMain: number | undefined;
  let lastCoded: number | undefined;
  for (const r of rows) {
    if (!r.code) {
      const parent = lastCoded;
      const level = parent === undefined ? 1 : (levelOf.get(parent) ?? 1) + 1;
      out.set(r.index, { level, parent });
      levelOf.set(r.index, level);
      continue;
    }
    const rank = ranks.get(levelKey(r.code)) ?? 0;
    let parent: number | undefined;
    if (r.code.kind === "dotted") {
      for (const key of r.code.prefixKeys) {
        const hit = r.code.rekening ? rekeningCodes.get(key) : byCode.get(key);
        if (hit) {
          parent = hit.index;
          break;
        }
      }
    }
    if (parent === undefined && r.code.rekening && !pureRekening) parent = lastMain;
    if (parent === undefined) {
      let best: number | undefined;
      for (let k = 0; k < rank; k++) {
        const cand = lastAtRank[k];
        if (cand !== undefined && (best === undefined || cand > best)) best = cand;
      }
      parent = best;
    }
    const level = parent === undefined ? 1 : (levelOf.get(parent) ?? 1) + 1;
    out.set(r.index, { level, parent });
    levelOf.set(r.index, level);
    lastAtRank[rank] = r.index;
    lastAtRank.length = rank + 1;
    if (r.code.kind === "dotted") {
      (r.code.rekening ? rekeningCodes : byCode).set(r.code.key, { index: r.index, code: r.code });
    }
    if (!r.code.rekening) {
      lastMain = r.index;
      // A new program-level row closes the rekening codes of the previous sub kegiatan.
      if (rekeningCodes.size > 0) rekeningCodes = new Map();
    }
    lastCoded = r.index;
  }
  return out;
}

function byIndent(rows: HierarchyInput[]): Map<number, HierarchyOutput> {
  const out = new Map<number, HierarchyOutput>();
  const stack: HierarchyInput[] = [];
  for (const r of rows) {
    while (stack.length && stack[stack.length - 1].indent >= r.indent) stack.pop();
    const parent = stack[stack.length - 1];
    out.set(r.index, { level: stack.length + 1, parent: parent?.index });
    stack.push(r);
  }
  return out;
}

function byBold(rows: HierarchyInput[]): Map<number, HierarchyOutput> {
  const out = new Map<number, HierarchyOutput>();
  let lastBold: number | undefined;
  for (const r of rows) {
    if (r.bold) {
      out.set(r.index, { level: 1 });
      lastBold = r.index;
    } else out.set(r.index, { level: lastBold === undefined ? 1 : 2, parent: lastBold });
  }
  return out;
}
