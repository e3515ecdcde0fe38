/**
 * rata-sub: an indicator that has sub-indicators and no target or realisasi of its own ≠ the mean of
 * its sub-indicators' capaian (typed or recomputed), which is how its capaian is obtained.
 */
import type { Rule } from "./rule";
import { agrees } from "../compare";
import { averageFormula } from "../columns";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { closingCandidates, recomputedRatio } from "./averages";
import { periodRatio } from "../../tables/columns";
import type { TableRow } from "../../tables/types";

export const rataSubRule: Rule = {
  id: "rata-sub",
  name: "Capaian indikator tidak sama dengan rata-rata sub-indikatornya",
  severity: "warning",
  doc: "Capaian indikator induk (tanpa target dan realisasi sendiri) yang tidak sama dengan rata-rata capaian sub-indikatornya.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (table.kind !== "indikator") continue;
      const ratio = periodRatio(table, "capaian");
      if (!ratio) continue;
      const subs = new Map<number, number[]>();
      for (const r of table.rows) {
        if (r.role !== "sub-indikator" || r.parent === undefined) continue;
        const list = subs.get(r.parent) ?? [];
        list.push(r.index);
        subs.set(r.parent, list);
      }
      if (subs.size === 0) continue;
      const reader = ctx.reader(table);
      for (const row of table.rows) {
        const closes = subs.get(row.index);
        if (!closes || row.role !== "indikator") continue;
        // A parent measured itself (its own target and realisasi) is capaian's to check.
        const none = (col: number) => {
          const k = reader.get(row.index, col).kind;
          return k === "empty" || k === "dash";
        };
        if (!none(ratio.numerator) || !none(ratio.denominator)) continue;
        const typed = reader.get(row.index, ratio.column);
        if (typed.kind !== "number") continue;
        const closing: TableRow = { ...row, role: "capaian-sasaran", closes };
        // The sub-indicators averaged as indicators of their own (closingCandidates would fold them into this row).
        const own = new Set(closes);
        const view = {
          ...table,
          rows: table.rows.map((r) => (own.has(r.index) ? { ...r, role: "indikator" as const, parent: undefined } : r)),
        };
        const c = closingCandidates(reader, view, closing, ratio.column, recomputedRatio(ctx, table, ratio.column), ctx.scale);
        if (!c.mean || c.all.some((x) => agrees(typed, x))) continue;
        const d = Math.max(typed.decimals ?? 0, 2);
        ctx.add({
          rule: "rata-sub",
          severity: "warning",
          sheet: table.sheet,
          cell: typed.address,
          message: `Capaian indikator tertulis ${ctx.show.value(typed)}, tidak cocok dengan rata-rata capaian ${ctx.show.count(c.rows.length)} sub-indikatornya (${ctx.show.number(c.mean, d)}).`,
          expected: ctx.show.number(c.mean, d),
          actual: ctx.show.value(typed),
          fix: {
            value: fixValueFor(holdsFraction(typed), c.mean, d),
            formula: fixFormula(reader.grid.sheet, averageFormula(c.rows, ratio.column)),
          },
        });
      }
    }
  },
};
