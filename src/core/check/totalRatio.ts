/**
 * The % of a total row in a table of amounts (PBB: realisasi ÷ ketetapan; pendapatan: realisasi ÷
 * target, both in rupiah) is the ratio of its sums, checked as any row's ratio. Only where both
 * operands are money: a total under indicators of mixed units has no ratio of sums.
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableRow } from "../tables/types";
import type { CheckContext } from "./context";
import type { RatioCase } from "./rules/ratio";
import { ratioAgrees } from "./rules/ratio";
import { dataRows } from "./columns";
import { isClosing } from "../tables/closing";

function money(table: RecognizedTable, index: number): boolean {
  const c = table.columns.find((x) => x.index === index);
  return !!c && (c.unit === "rupiah" || c.measure === "keuangan");
}

/** Data rows, and the total rows of a table whose capaian divides two money columns. */
export function rowsWithMoneyTotals(table: RecognizedTable): TableRow[] {
  const moneyRatio = table.ratios.some((r) => r.kind === "capaian" && money(table, r.numerator) && money(table, r.denominator));
  if (!moneyRatio) return dataRows(table);
  return table.rows.filter((r) => !isClosing(r.role) || ((r.role === "total" || r.role === "subtotal") && !!r.closes?.length));
}

/** A total row checked as a ratio of money columns, on a table whose other ratios are not (nothing to check). */
export function isMoneyTotal(c: RatioCase): boolean {
  return (
    (c.row.role === "total" || c.row.role === "subtotal") &&
    money(c.table, c.ratio.numerator) &&
    money(c.table, c.ratio.denominator)
  );
}

/**
 * The total's % agrees with the ratio of the sums of the rows it closes: its own amount is what is
 * wrong (total reports it), not the %.
 */
export function agreesWithSums(ctx: CheckContext, c: RatioCase): boolean {
  const reader = ctx.reader(c.table);
  const sum = (col: number): Decimal | null => {
    let s = new Decimal(0);
    for (const r of c.row.closes ?? []) {
      const v = reader.get(r, col);
      if (v.kind === "number" || v.kind === "dash") s = s.plus(v.value as Decimal);
      else if (v.kind !== "empty") return null;
    }
    return s;
  };
  const n = sum(c.ratio.numerator);
  const d = sum(c.ratio.denominator);
  if (!n || !d || d.isZero()) return false;
  return ratioAgrees(c, n.times(100).div(d));
}
