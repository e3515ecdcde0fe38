/** The ratio a closing row's own operands give (e.g. total realisasi / total anggaran). */
import type Decimal from "decimal.js";
import type { RecognizedTable, TableRow } from "../../tables/types";
import type { CheckContext } from "../context";
import { exactRatio } from "./ratio";

export function ownRatio(ctx: CheckContext, table: RecognizedTable, row: TableRow, col: number): Decimal | null {
  const ratio = table.ratios.find((r) => r.column === col);
  if (!ratio) return null;
  const reader = ctx.reader(table);
  const numerator = reader.get(row.index, ratio.numerator);
  const denominator = reader.get(row.index, ratio.denominator);
  if (numerator.kind !== "number" || denominator.kind !== "number") return null;
  return exactRatio({ table, ratio, row, typed: reader.get(row.index, col), numerator, denominator }, ctx);
}
