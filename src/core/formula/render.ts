/**
 * Prints a formula tree in the canonical form the .xlsx format (and Office.js `range.formulas`)
 * stores: English function names, "," between arguments, "." as the decimal mark, no leading "=".
 */
import { toA1 } from "../workbook/address";
import type { CellRef, Expr } from "./expr";
import { isReference } from "./expr";

/** Sheet names need quotes unless they are plain identifiers that cannot be read as a cell address. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R|C|RC|TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A1 text of a cell or range, with its sheet when it names one. */
export function cellRefText(r: CellRef): string {
  const from = toA1(r.row, r.col);
  const to = r.toRow === undefined ? from : toA1(r.toRow, r.toCol ?? r.col);
  const body = to === from ? from : `${from}:${to}`;
  return r.sheet === undefined ? body : `${quoteSheet(r.sheet)}!${body}`;
}

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3 };

/** The canonical formula text (without "="); `refText` prints the cell leaves. */
export function renderFormula<R>(expr: Expr<R>, refText: (ref: R) => string): string {
  return print(expr, refText, 0);
}

/** The canonical text of a formula over plain sheet cells. */
export function formulaText(expr: Expr): string {
  return renderFormula(expr, cellRefText);
}

function print<R>(expr: Expr<R>, refText: (ref: R) => string, outer: number): string {
  if (isReference(expr)) return refText(expr);
  const node = expr as Exclude<Expr<R>, R>;
  switch (node.kind) {
    case "number":
      return node.value.isNegative() ? `(${node.value.toFixed()})` : node.value.toFixed();
    case "text":
      return `"${node.value.replace(/"/g, '""')}"`;
    case "binary":
    case "compare": {
      const p = PRECEDENCE[node.op];
      // Right operands of - and / keep their brackets at equal precedence: a-(b-c), a/(b*c).
      const right = print(node.right, refText, node.op === "-" || node.op === "/" ? p + 1 : p);
      const body = `${print(node.left, refText, p)}${node.op}${right}`;
      return p < outer ? `(${body})` : body;
    }
    case "call":
      return `${node.name}(${node.args.map((a) => print(a, refText, 0)).join(",")})`;
  }
}
