/** Builders for narrative formulas and their printing as Excel formulas (A1, "," separators, "." decimals). */
import Decimal from "decimal.js";
import { toA1 as a1 } from "../workbook/address";
import type { Expr, FormulaFunction } from "./types";

export const src = (sheet: string, cell: string): Expr => ({ kind: "source", sheet, cell });
export const cell = (row: number, col: number, table?: string): Expr => ({ kind: "cell", row, col, table });
export const range = (fromRow: number, toRow: number, col: number, table?: string): Expr => ({
  kind: "range",
  fromRow,
  toRow,
  col,
  table,
});
export const num = (value: Decimal.Value): Expr => ({ kind: "number", value: new Decimal(value) });
export const text = (value: string): Expr => ({ kind: "text", value });
export const bin = (op: "+" | "-" | "*" | "/", left: Expr, right: Expr): Expr => ({ kind: "binary", op, left, right });
export const cmp = (op: ">=" | ">" | "<=" | "<" | "=" | "<>", left: Expr, right: Expr): Expr => ({
  kind: "compare",
  op,
  left,
  right,
});
export const call = (name: FormulaFunction, ...args: Expr[]): Expr => ({ kind: "call", name, args });

/**
 * How many cells of `cells` hold exactly `label`: SUMPRODUCT((cells="label")*1). COUNTIF would read a
 * label with `*`, `?`, `~`, `<>`, `>50` or a leading `=` as a pattern or a comparison.
 */
export const countEqual = (cells: Expr, label: string): Expr =>
  call("SUMPRODUCT", bin("*", cmp("=", cells, text(label)), num(1)));

/** a / b × 100, written so a reader recognises it: a/b*100. */
export const percent = (a: Expr, b: Expr): Expr => bin("*", bin("/", a, b), num(100));

/** Where table-relative cells land on the sheet: 0-based sheet row and column. */
export type CellResolver = (table: string | undefined, row: number, col: number) => { row: number; col: number };

/** Sheet names need quotes unless they are plain identifiers that cannot be read as a cell address. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(R|C|RC|TRUE|FALSE)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

const PRECEDENCE: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3 };

/** The formula text without "=". */
export function printFormula(expr: Expr, resolve: CellResolver): string {
  return print(expr, resolve, 0);
}

function print(expr: Expr, resolve: CellResolver, outer: number): string {
  switch (expr.kind) {
    case "source":
      return `${quoteSheet(expr.sheet)}!${expr.cell.replace(/\$/g, "")}`;
    case "cell": {
      const at = resolve(expr.table, expr.row, expr.col);
      return a1(at.row, at.col);
    }
    case "range": {
      const from = resolve(expr.table, expr.fromRow, expr.col);
      const to = resolve(expr.table, expr.toRow, expr.col);
      return `${a1(from.row, from.col)}:${a1(to.row, to.col)}`;
    }
    case "number":
      return expr.value.isNegative() ? `(${expr.value.toFixed()})` : expr.value.toFixed();
    case "text":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "binary":
    case "compare": {
      const p = PRECEDENCE[expr.op];
      // Right operands of - and / keep their brackets at equal precedence: a-(b-c), a/(b*c).
      const right = print(expr.right, resolve, expr.op === "-" || expr.op === "/" ? p + 1 : p);
      const body = `${print(expr.left, resolve, p)}${expr.op}${right}`;
      return p < outer ? `(${body})` : body;
    }
    case "call":
      return `${expr.name}(${expr.args.map((a) => print(a, resolve, 0)).join(",")})`;
  }
}
