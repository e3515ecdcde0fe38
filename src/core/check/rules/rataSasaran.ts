/**
 * rata-sasaran: a `Capaian Kinerja Sasaran` / `Rata-rata Capaian Kinerja` row ≠ any usual averaging of
 * its indicators' capaian (mean of indicators with sub-indicators folded in, mean of rows, mean of
 * sasaran means, kelompok mid values), from the typed or the recomputed capaian.
 */
import type { Rule } from "./rule";
import { agrees } from "../compare";
import { averageFormula } from "../columns";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { closingCandidates, recomputedRatio } from "./averages";
import { ownRatio } from "./ownRatio";

export const rataSasaranRule: Rule = {
  id: "rata-sasaran",
  name: "Capaian sasaran tidak sama dengan rata-rata indikatornya",
  severity: "error",
  doc: "Capaian sasaran yang tidak sama dengan rata-rata (atau metode yang dinyatakan) capaian indikatornya.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i];
        if (row.role !== "capaian-sasaran") continue;
        for (const col of table.columns) {
          if (col.role !== "capaian") continue;
          const typed = reader.get(row.index, col.index);
          if (typed.kind !== "number") continue;
          const c = closingCandidates(reader, table, row, col.index, recomputedRatio(ctx, table, col.index), ctx.scale);
          if (!c.mean) continue;
          const own = ownRatio(ctx, table, row, col.index);
          if ((own && agrees(typed, own)) || c.all.some((x) => agrees(typed, x))) continue;
          const d = Math.max(typed.decimals ?? 0, 2);
          ctx.add({
            rule: "rata-sasaran",
            severity: "warning",
            sheet: table.sheet,
            cell: typed.address,
            message: `Capaian sasaran tertulis ${ctx.show.value(typed)}, tidak cocok dengan cara rata-rata mana pun dari capaian indikatornya (rata-rata ${ctx.show.count(c.rows.length)} baris: ${ctx.show.number(c.mean, d)}).`,
            expected: ctx.show.number(c.mean, d),
            actual: ctx.show.value(typed),
            fix: {
              value: fixValueFor(holdsFraction(typed), c.mean, d),
              formula: fixFormula(reader.grid.sheet, averageFormula(c.rows, col.index)),
            },
          });
        }
      }
    }
  },
};
