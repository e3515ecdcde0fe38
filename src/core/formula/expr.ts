/**
 * A small typed formula tree. Leaves that name cells are generic (`R`): the checker uses plain sheet
 * cells and ranges (`CellRef`), the narrative tables cells placed only when the sheet is laid out.
 */
import Decimal from "decimal.js";

export type FormulaFunction = "SUM" | "AVERAGE" | "MAX" | "MIN" | "IF" | "AND" | "COUNTIF" | "COUNT" | "SUMPRODUCT";
export type ArithmeticOp = "+" | "-" | "*" | "/";
export type CompareOp = ">=" | ">" | "<=" | "<" | "=" | "<>";

/** A cell or a rectangular range (0-based, inclusive) on the formula's own sheet or a named one. */
export interface CellRef {
  kind: "ref";
  sheet?: string;
  row: number;
  col: number;
  toRow?: number;
  toCol?: number;
}

export type Expr<R = CellRef> =
  | R
  | { kind: "number"; value: Decimal }
  | { kind: "text"; value: string }
  | { kind: "binary"; op: ArithmeticOp; left: Expr<R>; right: Expr<R> }
  | { kind: "compare"; op: CompareOp; left: Expr<R>; right: Expr<R> }
  | { kind: "call"; name: FormulaFunction; args: Expr<R>[] };

export const ref = (row: number, col: number, sheet?: string): CellRef => ({ kind: "ref", row, col, sheet });
export const rangeRef = (row: number, col: number, toRow: number, toCol: number = col): CellRef => ({
  kind: "ref",
  row,
  col,
  toRow,
  toCol,
});

export const num = <R = CellRef>(value: Decimal.Value): Expr<R> => ({ kind: "number", value: new Decimal(value) });
export const text = <R = CellRef>(value: string): Expr<R> => ({ kind: "text", value });
export const bin = <R>(op: ArithmeticOp, left: Expr<R>, right: Expr<R>): Expr<R> => ({ kind: "binary", op, left, right });
export const cmp = <R>(op: CompareOp, left: Expr<R>, right: Expr<R>): Expr<R> => ({ kind: "compare", op, left, right });
export const call = <R>(name: FormulaFunction, ...args: Expr<R>[]): Expr<R> => ({ kind: "call", name, args });

/** a / b × 100, written so a reader recognises it: a/b*100. */
export const percent = <R>(a: Expr<R>, b: Expr<R>): Expr<R> => bin("*", bin("/", a, b), num<R>(100));

/** The sum of some terms: a + b + c (left to right). */
export const plus = <R>(terms: Expr<R>[]): Expr<R> => terms.reduce((acc, term) => bin("+", acc, term));

const BUILT_IN = new Set(["number", "text", "binary", "compare", "call"]);

/** True for a leaf that names cells (anything but a number, text, operator or call). */
export function isReference<R>(e: Expr<R>): e is R {
  return !BUILT_IN.has((e as { kind: string }).kind);
}

/** Every cell leaf of a formula with the function it is an argument of (undefined at top level or under an operator). */
export function references<R>(e: Expr<R>, inside?: FormulaFunction): { ref: R; inside?: FormulaFunction }[] {
  if (isReference(e)) return [{ ref: e, inside }];
  const node = e as Exclude<Expr<R>, R>;
  switch (node.kind) {
    case "binary":
    case "compare":
      return [...references(node.left), ...references(node.right)];
    case "call":
      return node.args.flatMap((a) => references(a, node.name));
    default:
      return [];
  }
}
