/** total: a closing `Jumlah`/`Total` row ≠ the sum of the rows it closes (top-level rows, or all leaves). */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { RecognizedTable, TypedValue } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import { isClosing } from "../../tables/closing";
import { additiveColumns, sumFormula } from "../columns";
import { agrees } from "../compare";
import { expectedText, fixNumber, shown } from "../show";
import { FastSum, agreesFast } from "../fast";

/** True when typed certainly agrees with the sum of the rows (all with an exact fast form). */
function sumAgreesFast(reader: TableReader, typed: TypedValue, rows: number[], col: number): boolean {
  const sum = new FastSum();
  let any = false;
  for (const r of rows) {
    const v = reader.get(r, col);
    if (v.kind === "empty") continue;
    if (!sum.addValue(v)) return false;
    any = true;
  }
  return any && agreesFast(typed, sum.units, sum.scale);
}

function sumOf(reader: TableReader, rows: number[], col: number): Decimal | null {
  let s = new Decimal(0);
  let any = false;
  for (const r of rows) {
    const v = reader.get(r, col);
    if (v.kind === "number" || v.kind === "dash") {
      s = s.plus(v.value as Decimal);
      any = true;
    } else if (v.kind !== "empty") return null;
  }
  return any ? s : null;
}

/** Rows without children between the first closed row and the closing row. */
function leaves(table: RecognizedTable, closes: number[], end: number): number[] {
  const parents = new Set(table.rows.map((r) => r.parent).filter((p): p is number => p !== undefined));
  const first = closes[0];
  return table.rows.filter((r) => r.index >= first && r.index < end && !isClosing(r.role) && !parents.has(r.index)).map((r) => r.index);
}

export const totalRule: Rule = {
  id: "total",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      const cols = additiveColumns(table);
      for (const row of table.rows) {
        if ((row.role !== "total" && row.role !== "subtotal") || !row.closes || row.closes.length === 0) continue;
        const leafRows = table.hierarchical ? leaves(table, row.closes, row.index) : row.closes;
        for (const col of cols) {
          const typed = reader.get(row.index, col.index);
          if (typed.kind !== "number" && typed.kind !== "dash") continue;
          if (sumAgreesFast(reader, typed, row.closes, col.index)) continue;
          const top = sumOf(reader, row.closes, col.index);
          if (top === null || agrees(typed, top)) continue;
          const leaf = sumOf(reader, leafRows, col.index);
          if (leaf !== null && agrees(typed, leaf)) continue;
          const d = typed.decimals ?? 0;
          ctx.add({
            rule: "total",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: `Baris ${row.label || "jumlah"} tertulis ${shown(typed)}, padahal jumlah ${row.closes.length} baris yang ditutupnya ${expectedText(top, d)}.`,
            expected: expectedText(top, d),
            actual: shown(typed),
            fix: { value: fixNumber(top, d), formula: sumFormula(row.closes, col.index) },
          });
        }
      }
    }
  },
};
