/** rata-rata: an average row ≠ the average of the rows above it (accepting a sum or the row's own ratio). */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { TableReader } from "../../tables/reader";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableRow, TypedValue } from "../../tables/types";
import { VALUE_ROLES } from "../../tables/headerRoles";
import { agrees } from "../compare";
import { averageFormula } from "../columns";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { closingCandidates, recomputedRatio } from "./averages";
import { ownRatio } from "./ownRatio";

/**
 * The mean of the averaged rows with each value another rule found wrong replaced by its recomputed
 * ratio; null when none was found wrong (or one cannot be recomputed).
 */
function correctedMean(
  ctx: CheckContext,
  sheet: string,
  rows: number[],
  valueAt: (r: number) => TypedValue,
  recomputed: ((row: TableRow) => Decimal | null) | undefined,
  tableRows: TableRow[],
): Decimal | null {
  if (!recomputed) return null;
  let changed = false;
  const values: Decimal[] = [];
  for (const r of rows) {
    const v = valueAt(r);
    if (v.kind !== "number" && v.kind !== "dash") continue;
    if (ctx.flagged(sheet, v.address)) {
      const row = tableRows.find((x) => x.index === r);
      const exact = row ? recomputed(row) : null;
      if (!exact) return null;
      values.push(exact);
      changed = true;
    } else values.push(v.value as Decimal);
  }
  return changed && values.length ? Decimal.sum(...values).div(values.length) : null;
}

/** The difference its own operands give on the row, for a difference column (capaian − serapan of the averages). */
function ownDifference(reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  const diff = table.differences.find((d) => d.column === col) ?? efficiencyOperands(table, col);
  if (!diff) return null;
  const left = reader.get(r, diff.left);
  const right = reader.get(r, diff.right);
  if (left.kind !== "number" || right.kind !== "number" || !left.value || !right.value) return null;
  if (diff.op === "rate") return right.value.isZero() ? null : left.value.minus(right.value).div(right.value).times(100);
  return diff.op === "add" ? left.value.plus(right.value) : left.value.minus(right.value);
}

/** An efisiensi column is capaian − serapan of its own row, its closing row too. */
function efficiencyOperands(
  table: RecognizedTable,
  col: number,
): { left: number; right: number; op?: "add" | "rate" } | undefined {
  if (table.columns.find((c) => c.index === col)?.role !== "efisiensi") return undefined;
  const capaian = table.columns.find((c) => c.role === "capaian");
  const serapan = table.columns.find((c) => c.role === "persen");
  return capaian && serapan ? { left: capaian.index, right: serapan.index } : undefined;
}

/** The subtotal rows (a group's Jumlah) above an average row, since the previous average. */
function groupClosingsAbove(table: RecognizedTable, average: TableRow): number[] {
  const out: number[] = [];
  for (const r of table.rows) {
    if (r.index >= average.index) break;
    if (r.role === "subtotal") out.push(r.index);
    else if (r.role === "rata-rata") out.length = 0;
  }
  return out;
}

export const rataRataRule: Rule = {
  id: "rata-rata",
  name: "Baris rata-rata tidak sama dengan rata-rata barisnya",
  severity: "error",
  doc: "Baris rata-rata yang tidak sama dengan rata-rata baris yang dirangkumnya.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i];
        // Only an average row is checked as a mean: a total's % is a ratio of its sums, never their mean.
        if (row.role !== "rata-rata") continue;
        for (const col of table.columns) {
          if (!VALUE_ROLES.has(col.role)) continue;
          const typed = reader.get(row.index, col.index);
          if (typed.kind !== "number") continue;
          const recomputed = recomputedRatio(ctx, table, col.index);
          const c = closingCandidates(reader, table, row, col.index, recomputed);
          if (!c.mean) continue;
          const own = ownRatio(ctx, table, row, col.index) ?? ownDifference(reader, table, row.index, col.index);
          if (own && agrees(typed, own)) continue;
          if (c.all.some((x) => agrees(typed, x))) continue;
          // "Rata-rata Serapan per Bidang" under groups closed by their own Jumlah rows: the mean of those rows.
          const groups = groupClosingsAbove(table, row);
          const groupValues = groups.map((r) => reader.get(r, col.index)).filter((v) => v.kind === "number");
          const groupMean =
            groupValues.length > 1 && groupValues.length === groups.length
              ? Decimal.sum(...groupValues.map((v) => v.value as Decimal)).div(groupValues.length)
              : null;
          if (groupMean && agrees(typed, groupMean)) continue;
          const perGroup = groupMean !== null && /\bper\b/i.test(row.label);
          const d = Math.max(typed.decimals ?? 0, col.role === "capaian" || col.role === "persen" ? 2 : 0);
          // With a value above already found wrong, say what the mean is once that is fixed (the fix
          // itself stays the mean of the cells as they are, which its AVERAGE formula gives).
          const fixed = perGroup
            ? null
            : correctedMean(ctx, table.sheet, c.rows, (r) => reader.get(r, col.index), recomputed, table.rows);
          const expected = perGroup ? groupMean : c.mean;
          const averaged = perGroup ? groups : c.rows;
          const after =
            fixed && !fixed.toDecimalPlaces(d).eq(c.mean.toDecimalPlaces(d))
              ? `; setelah nilai yang salah di atasnya diperbaiki, rata-ratanya ${ctx.show.number(fixed, d)}`
              : "";
          ctx.add({
            rule: "rata-rata",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: `Baris ${row.label || "rata-rata"} tertulis ${ctx.show.value(typed)}, padahal rata-rata ${ctx.show.count(averaged.length)} baris ${perGroup ? "jumlah kelompok " : ""}di atasnya ${ctx.show.number(expected, d)}${after}.`,
            expected: ctx.show.number(expected, d),
            actual: ctx.show.value(typed),
            fix: {
              value: fixValueFor(holdsFraction(typed), expected, d),
              formula: fixFormula(reader.grid.sheet, averageFormula(averaged, col.index)),
            },
          });
        }
      }
    }
  },
};
