/** total: a closing `Jumlah`/`Total` row ≠ the sum of the rows it closes (top-level rows, or all leaves). */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { RecognizedTable } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import { isClosing } from "../../tables/closing";
import { additiveColumns, countColumns, sumFormula } from "../columns";
import { agrees } from "../compare";
import { fixNumber } from "../show";
import { fixFormula } from "../fixFormula";
import { fixedValues } from "../fixedValues";
import { FastSum, agreesUnits } from "../fast";
import { DASH, EMPTY, FastColumn, NUMBER } from "../../tables/reader";

/** True when typed certainly agrees with the sum of the rows (all with an exact fast form). */
function sumAgreesFast(F: FastColumn, typed: number, rows: number[]): boolean {
  const sum = new FastSum();
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (F.at(r) === EMPTY) continue;
    if (!sum.addAt(F, r)) return false;
    any = true;
  }
  return any && agreesUnits(F.units[typed], F.scale[typed], F.decimals[typed], sum.units, sum.scale);
}

function sumOf(reader: TableReader, rows: number[], col: number, fixed?: Map<string, Decimal>): Decimal | null {
  let s = new Decimal(0);
  let any = false;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const v = reader.get(r, col);
    const corrected = fixed?.get(v.address);
    if (corrected) {
      s = s.plus(corrected);
      any = true;
      continue;
    }
    if (v.kind === "number" || v.kind === "dash") {
      s = s.plus(v.value as Decimal);
      any = true;
    } else if (v.kind !== "empty") return null;
  }
  return any ? s : null;
}

/**
 * A table that lists programs (1, 2) and their kegiatan (1.1, 1.2) without being read as a hierarchy
 * (indicators beside the budget): its Jumlah is the sum of one code level, each code's amount counted
 * once (a kegiatan's pagu repeats on every row of its output indicators).
 */
function codeLevelSums(reader: TableReader, table: RecognizedTable, rows: number[], col: number): Decimal[] {
  const byRow = new Map(table.rows.map((r) => [r.index, r]));
  const levels = new Map<number, Map<string, number>>();
  let previous = false;
  for (const r of rows) {
    const code = byRow.get(r)?.code?.trim();
    // A row without a code under a coded one continues it (its code cell merged down over its indicators).
    if (!code && previous) continue;
    if (!code || !/^\d+(\.\d+)*$/.test(code)) return [];
    previous = true;
    const depth = code.split(".").length;
    const codes = levels.get(depth) ?? new Map<string, number>();
    if (!codes.has(code)) codes.set(code, r);
    levels.set(depth, codes);
  }
  if (levels.size < 2) return [];
  const out: Decimal[] = [];
  for (const codes of levels.values()) {
    const sum = sumOf(reader, [...codes.values()], col);
    if (sum !== null) out.push(sum);
  }
  return out;
}

/** Rows without children between the first closed row and the closing row. */
function leaves(table: RecognizedTable, closes: number[], end: number): number[] {
  const parents = new Set(table.rows.map((r) => r.parent).filter((p): p is number => p !== undefined));
  const first = closes[0];
  return table.rows
    .filter((r) => r.index >= first && r.index < end && !isClosing(r.role) && !parents.has(r.index))
    .map((r) => r.index);
}

export const totalRule: Rule = {
  id: "total",
  name: "Baris jumlah tidak sama dengan jumlah barisnya",
  severity: "error",
  doc: "Baris jumlah/total yang berbeda dari jumlah baris yang ditutupnya.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      const cols = [...additiveColumns(table), ...countColumns(table, reader.grid)];
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i];
        if ((row.role !== "total" && row.role !== "subtotal") || !row.closes || row.closes.length === 0) continue;
        let leafRows: number[] | undefined;
        let subtotalRows: number[] | undefined;
        let fixed: Map<string, Decimal> | undefined;
        for (let j = 0; j < cols.length; j++) {
          const col = cols[j];
          const F = reader.fast(col.index);
          const k = F.at(row.index);
          if (k !== NUMBER && k !== DASH) continue;
          if (sumAgreesFast(F, row.index, row.closes)) continue;
          const typed = reader.get(row.index, col.index);
          const top = sumOf(reader, row.closes, col.index);
          if (top !== null && agrees(typed, top)) continue;
          leafRows ??= table.hierarchical ? leaves(table, row.closes, row.index) : row.closes;
          const leaf = sumOf(reader, leafRows, col.index);
          if (leaf !== null && agrees(typed, leaf)) continue;
          fixed ??= fixedValues(ctx, table.sheet);
          const once = fixed.size > 0 ? sumOf(reader, row.closes, col.index, fixed) : null;
          if (once !== null && agrees(typed, once)) continue;
          // A grand total below subtotals may add the subtotals up.
          subtotalRows ??= table.rows.filter((r) => r.role === "subtotal" && r.index < row.index).map((r) => r.index);
          const subs = row.role === "total" && subtotalRows.length > 0 ? sumOf(reader, subtotalRows, col.index) : null;
          if (subs !== null && agrees(typed, subs)) continue;
          if (!table.hierarchical && codeLevelSums(reader, table, row.closes, col.index).some((x) => agrees(typed, x))) continue;
          // Parents without amounts of their own: what the rows add up to is their leaves' sum.
          const expected = top ?? leaf;
          if (expected === null) continue;
          const closedRows = top !== null ? row.closes : leafRows;
          const d = typed.decimals ?? 0;
          ctx.add({
            rule: "total",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: `Baris ${row.label || "jumlah"} tertulis ${ctx.show.value(typed)}, padahal jumlah ${ctx.show.count(closedRows.length)} baris yang ditutupnya ${ctx.show.number(expected, d)}.`,
            expected: ctx.show.number(expected, d),
            actual: ctx.show.value(typed),
            fix: { value: fixNumber(expected, d), formula: fixFormula(reader.grid.sheet, sumFormula(closedRows, col.index)) },
          });
        }
      }
    }
  },
};
