/**
 * A stated cap on capaian ("capaian dibatasi maksimal 120%", "maks. 120 %", "capaian di atas 100%
 * dicatat 100%"): in a note or title in the rows just above or below a table, or on the row itself, in
 * its KETERANGAN cell or an unheaded cell right beside the table; or the capaian cell's own formula
 * capping it, =MIN(100,ROUND(E4/D4*100,2)). The row's own evidence wins.
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableRow } from "../tables/types";
import type { CheckContext } from "./context";
import { parseNumber } from "../numbers";

const CAP =
  /\b(?:maks(?:imal|imum)?\.?|dibatasi|batas(?: atas| maksimal| tertinggi)?|paling tinggi|setinggi-tingginya)\s*(?:(?:sampai|hingga|sebesar|s\.?\s?d\.?)\s*)?(\d{2,3}(?:[.,]\d+)?)\s*%/i;

/** "capaian di atas 100% dicatat 100%", "lebih dari 120 % dihitung 120 %": the value written above the cap. */
const RECORDED_AS =
  /\b(?:di atas|lebih dari|melebihi)\s*\d{2,3}(?:[.,]\d+)?\s*%\s*(?:\S+\s+)?(?:dicatat|ditulis|dihitung|dianggap|diberi nilai|menjadi|dibulatkan)\s*(?:(?:sebesar|sama dengan)\s*)?(\d{2,3}(?:[.,]\d+)?)\s*%/i;

/** The cap a text states (100 % or more), if any. */
export function capIn(text: string): Decimal | null {
  const m = CAP.exec(text) ?? RECORDED_AS.exec(text);
  if (!m) return null;
  return atLeast100(m[1]);
}

function atLeast100(text: string): Decimal | null {
  const p = parseNumber(text);
  if (p.kind !== "number" || p.value.lt(100)) return null;
  return p.value;
}

/** The arguments of a call whose "(" is at `open`, split at its top-level separators. */
function argumentsAt(formula: string, open: number): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === "(") depth++;
    else if (ch === ")" && depth-- === 0) return [...out, formula.slice(start, i)];
    else if ((ch === "," || ch === ";") && depth === 0) {
      out.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  return null;
}

/** =IF(E4/D4*100>100,100,E4/D4*100): the value written where the capaian exceeds it. */
const IF_CAP = /\bIF\s*\([^,;()]*(?:\([^()]*\)[^,;()]*)*>=?\s*(\d{3}(?:\.\d+)?)\s*[,;]\s*(\d{3}(?:\.\d+)?)\s*[,;]/i;

/**
 * The cap a capaian formula applies itself: a number of 100 or more among MIN()'s arguments, or an
 * IF() that writes the number it compares with.
 */
export function capInFormula(formula: string): Decimal | null {
  const f = IF_CAP.exec(formula);
  if (f && f[1] === f[2]) return atLeast100(f[1]);
  const min = /\bMIN\s*\(/gi;
  for (let m = min.exec(formula); m; m = min.exec(formula)) {
    const args = argumentsAt(formula, m.index + m[0].length - 1);
    if (!args || args.length < 2) continue;
    for (const a of args) {
      if (!/^\s*\d{3}(?:\.\d+)?\s*$/.test(a)) continue;
      const cap = atLeast100(a.trim());
      if (cap) return cap;
    }
  }
  return null;
}

const NOTE_ROWS = 4;
const tableCaps = new WeakMap<RecognizedTable, Decimal | null>();

function rowTexts(ctx: CheckContext, table: RecognizedTable, r: number): string[] {
  const cells = ctx.reader(table).grid.sheet.rows[r];
  if (!cells) return [];
  const out: string[] = [];
  for (const cell of cells) if (cell && typeof cell.value === "string") out.push(cell.value);
  return out;
}

/** The cap stated around a table: its title, the note rows above its header, the rows right below it. */
export function tableCap(ctx: CheckContext, table: RecognizedTable): Decimal | null {
  const known = tableCaps.get(table);
  if (known !== undefined) return known;
  const texts: string[] = table.title ? [table.title] : [];
  const top = Math.min(...table.headerRows, table.top);
  for (let r = Math.max(0, top - NOTE_ROWS); r < top; r++) texts.push(...rowTexts(ctx, table, r));
  for (let r = table.bottom + 1; r <= table.bottom + 3; r++) texts.push(...rowTexts(ctx, table, r));
  let cap: Decimal | null = null;
  for (const t of texts) {
    cap = capIn(t);
    if (cap) break;
  }
  tableCaps.set(table, cap);
  return cap;
}

/** Unheaded cells right beside a table that a row's note may sit in. */
const BESIDE = 2;

/**
 * The cap that applies to a row: its capaian formula's, else its KETERANGAN cell's or the note beside
 * the table on that row, else the table's.
 */
export function capOf(ctx: CheckContext, table: RecognizedTable, row: TableRow): Decimal | null {
  const grid = ctx.reader(table).grid;
  for (const ratio of table.ratios) {
    const formula = ratio.kind === "capaian" ? grid.cell(row.index, ratio.column)?.formula : undefined;
    const cap = formula ? capInFormula(formula) : null;
    if (cap) return cap;
  }
  const notes = table.columns.filter((c) => c.role === "keterangan").map((c) => c.index);
  for (let c = table.right + 1; c <= table.right + BESIDE; c++) notes.push(c);
  for (const c of notes) {
    const cap = capIn(grid.text(row.index, c));
    if (cap) return cap;
  }
  return tableCap(ctx, table);
}

/** The row's exact capaian held to the cap that applies to it (capOf), as the capaian rule expects it. */
export function cappedCapaian(ctx: CheckContext, table: RecognizedTable, row: TableRow, exact: Decimal): Decimal {
  const cap = capOf(ctx, table, row);
  return cap !== null && exact.gt(cap) ? cap : exact;
}
