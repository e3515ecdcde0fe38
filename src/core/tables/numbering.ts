/**
 * The numbering row under a header (`1 2 3 …`), and the column rules it may state
 * (`5=4-3`, `5=(4/3)`, `9=8/7`, `6 = 4 / 3 x 100`).
 */
import type { ColumnFormula } from "./types";
import { Grid } from "./grid";

export interface Numbering {
  row: number;
  /** Column number written in the row -> 0-based column index. */
  columnOf: Map<number, number>;
  /** Column index -> number written there. */
  numberOf: Map<number, number>;
  formulas: ColumnFormula[];
}

const FORMULA = /^(\d{1,2})=(\d{1,2})([-+/x*:])(\d{1,2})((?:[x*]100)%?)?%?$/;
/** Columns numbered by letters ("a b c d e = d/c"); only a to w, so x stays the multiplication sign. */
const LETTER_FORMULA = /^([a-w])=([a-w])([-+/*:]|x(?=[a-w]))([a-w])((?:[x*]100)%?)?%?$/;
const letter = (ch: string) => ch.charCodeAt(0) - 96;

function parseCell(text: string): { n: number; formula?: { left: number; op: string; right: number; times100: boolean } } | null {
  const compact = text.replace(/[\s()[\]]/g, "").toLowerCase();
  if (/^\d{1,2}$/.test(compact)) return { n: Number(compact) };
  if (/^[a-w]$/.test(compact)) return { n: letter(compact) };
  const m = FORMULA.exec(compact);
  if (m) return { n: Number(m[1]), formula: { left: Number(m[2]), op: m[3], right: Number(m[4]), times100: !!m[5] } };
  const l = LETTER_FORMULA.exec(compact);
  if (l) return { n: letter(l[1]), formula: { left: letter(l[2]), op: l[3], right: letter(l[4]), times100: !!l[5] } };
  // "6=3+4+5", "10=7+8+9": a rule over more columns numbers its column too (the rule is not read).
  const longer = /^(\d{1,2})=\d{1,2}(?:[-+/x*:]\d{1,2}){2,}(?:[x*]100)?%?$/.exec(compact);
  return longer ? { n: Number(longer[1]) } : null;
}

/** Reads row r as a numbering row; null unless at least three cells carry increasing column numbers. */
export function readNumbering(grid: Grid, r: number, left: number, right: number): Numbering | null {
  const columnOf = new Map<number, number>();
  const numberOf = new Map<number, number>();
  const pending: { col: number; left: number; op: string; right: number; times100: boolean; text: string }[] = [];
  let last = 0;
  let count = 0;
  for (let c = left; c <= right; c++) {
    const text = grid.ownText(r, c);
    if (text === "") continue;
    const parsed = parseCell(text);
    if (!parsed || parsed.n <= last || parsed.n > 60) return null;
    last = parsed.n;
    count++;
    columnOf.set(parsed.n, c);
    numberOf.set(c, parsed.n);
    if (parsed.formula) pending.push({ col: c, ...parsed.formula, text });
  }
  if (count < 3) return null;
  const formulas: ColumnFormula[] = [];
  for (const f of pending) {
    const l = columnOf.get(f.left);
    const rr = columnOf.get(f.right);
    if (l === undefined || rr === undefined) continue;
    const op = f.op === "-" ? "sub" : f.op === "+" ? "add" : f.op === "/" || f.op === ":" ? "div" : "mul";
    formulas.push({ text: f.text, op, left: l, right: rr, result: f.col, times100: f.times100 });
  }
  return { row: r, columnOf, numberOf, formulas };
}
