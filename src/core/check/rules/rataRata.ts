/** rata-rata: an average row ≠ the average of the rows above it (accepting a sum or the row's own ratio). */
import type { Rule } from "./rule";
import { VALUE_ROLES } from "../../tables/headerRoles";
import { agrees } from "../compare";
import { averageFormula } from "../columns";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { closingCandidates, recomputedRatio } from "./averages";
import { ownRatio } from "./ownRatio";

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
        if (row.role !== "rata-rata" && !(row.role === "total" && table.kind === "indikator")) continue;
        for (const col of table.columns) {
          if (!VALUE_ROLES.has(col.role)) continue;
          if (row.role === "total" && col.role !== "capaian" && col.role !== "persen") continue;
          const typed = reader.get(row.index, col.index);
          if (typed.kind !== "number") continue;
          const c = closingCandidates(reader, table, row, col.index, recomputedRatio(ctx, table, col.index));
          if (!c.mean) continue;
          const own = ownRatio(ctx, table, row, col.index);
          if (own && agrees(typed, own)) continue;
          if (c.all.some((x) => agrees(typed, x))) continue;
          const d = Math.max(typed.decimals ?? 0, col.role === "capaian" || col.role === "persen" ? 2 : 0);
          ctx.add({
            rule: "rata-rata",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: `Baris ${row.label || "rata-rata"} tertulis ${ctx.show.value(typed)}, padahal rata-rata ${ctx.show.count(c.rows.length)} baris di atasnya ${ctx.show.number(c.mean, d)}.`,
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
