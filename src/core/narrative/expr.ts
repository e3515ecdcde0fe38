/** The narrative's formula leaves (source cells, table cells and ranges) over the core formula builder. */
import Decimal from "decimal.js";
import { toA1 as a1 } from "../workbook/address";
import * as f from "../formula";
import type { ArithmeticOp, CompareOp, FormulaFunction } from "../formula";
import type { Expr, NarrativeRef } from "./types";

export { quoteSheet } from "../formula";

export const src = (sheet: string, cell: string): Expr => ({ kind: "source", sheet, cell });
export const cell = (row: number, col: number, table?: string): Expr => ({ kind: "cell", row, col, table });
export const range = (fromRow: number, toRow: number, col: number, table?: string): Expr => ({
  kind: "range",
  fromRow,
  toRow,
  col,
  table,
});
export const num = (value: Decimal.Value): Expr => f.num<NarrativeRef>(value);
export const text = (value: string): Expr => f.text<NarrativeRef>(value);
export const bin = (op: ArithmeticOp, left: Expr, right: Expr): Expr => f.bin(op, left, right);
export const cmp = (op: CompareOp, left: Expr, right: Expr): Expr => f.cmp(op, left, right);
export const call = (name: FormulaFunction, ...args: Expr[]): Expr => f.call(name, ...args);
export const percent = (a: Expr, b: Expr): Expr => f.percent(a, b);

/**
 * How many cells of `cells` hold exactly `label`: SUMPRODUCT((cells="label")*1). COUNTIF would read a
 * label with `*`, `?`, `~`, `<>`, `>50` or a leading `=` as a pattern or a comparison.
 */
export const countEqual = (cells: Expr, label: string): Expr =>
  call("SUMPRODUCT", bin("*", cmp("=", cells, text(label)), num(1)));

/** Where table-relative cells land on the sheet: 0-based sheet row and column. */
export type CellResolver = (table: string | undefined, row: number, col: number) => { row: number; col: number };

/** The canonical formula text without "=". */
export function printFormula(expr: Expr, resolve: CellResolver): string {
  return f.renderFormula(expr, (leaf) => {
    switch (leaf.kind) {
      case "source":
        return `${f.quoteSheet(leaf.sheet)}!${leaf.cell.replace(/\$/g, "")}`;
      case "cell": {
        const at = resolve(leaf.table, leaf.row, leaf.col);
        return a1(at.row, at.col);
      }
      case "range": {
        const from = resolve(leaf.table, leaf.fromRow, leaf.col);
        const to = resolve(leaf.table, leaf.toRow, leaf.col);
        return `${a1(from.row, from.col)}:${a1(to.row, to.col)}`;
      }
    }
  });
}
