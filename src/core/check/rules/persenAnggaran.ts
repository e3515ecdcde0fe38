/** persen-anggaran: typed % realisasi anggaran ≠ realisasi/anggaran × 100 (data and total rows). */
import type { Rule } from "./rule";
import { exactRatio, operandsText, ratioAgrees, ratioCases, reportRatio } from "./ratio";
import { expectedText, shown } from "../show";
import { ratioAgreesFast } from "../fast";

export const persenAnggaranRule: Rule = {
  id: "persen-anggaran",
  run(ctx) {
    const rows = (t: Parameters<Parameters<typeof ratioCases>[2]>[0]) => t.rows.filter((r) => r.role !== "rata-rata" && r.role !== "capaian-sasaran");
    for (const c of ratioCases(ctx, "persen", rows)) {
      if (c.typed.kind !== "number" && c.typed.kind !== "dash") continue;
      if (ratioAgreesFast(c.typed, c.numerator, c.denominator)) continue;
      const exact = exactRatio(c, ctx);
      if (!exact || ratioAgrees(c, exact)) continue;
      const d = Math.max(c.typed.decimals ?? 0, 2);
      reportRatio(
        ctx,
        c,
        exact,
        "persen-anggaran",
        `Persentase realisasi anggaran tertulis ${shown(c.typed)}, seharusnya ${expectedText(exact, d)} (${operandsText(c)} × 100).`,
      );
    }
  },
};
