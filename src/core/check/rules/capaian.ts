/** capaian: typed capaian ≠ realisasi/target × 100 (negative indicators: (2T − R)/T or T/R). */
import type { Rule } from "./rule";
import { dataRows } from "../columns";
import { exactRatio, ratioAgrees, ratioCases, reportRatio } from "./ratio";
import { expectedText, shown } from "../show";

export const capaianRule: Rule = {
  id: "capaian",
  run(ctx) {
    for (const c of ratioCases(ctx, "capaian", dataRows)) {
      if (c.typed.kind !== "number" && c.typed.kind !== "dash") continue;
      const exact = exactRatio(c, ctx);
      if (!exact || ratioAgrees(c, exact)) continue;
      const d = Math.max(c.typed.decimals ?? 0, 2);
      const how =
        c.row.polarity === "negatif"
          ? `indikator negatif (semakin rendah semakin baik): target ${shown(c.denominator)}, realisasi ${shown(c.numerator)}`
          : `realisasi ${shown(c.numerator)} dibagi target ${shown(c.denominator)} × 100`;
      reportRatio(ctx, c, exact, "capaian", `Capaian tertulis ${shown(c.typed)}, seharusnya ${expectedText(exact, d)} (${how}).`);
    }
  },
};
