/** realisasi-lebih: realisasi anggaran above its pagu. */
import type { Rule } from "./rule";
import { shown } from "../show";
import { compareFast, isZeroFast } from "../fast";

export const realisasiLebihRule: Rule = {
  id: "realisasi-lebih",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const ratio of table.ratios) {
        if (ratio.kind !== "persen") continue;
        for (const row of table.rows) {
          const n = reader.get(row.index, ratio.numerator);
          const d = reader.get(row.index, ratio.denominator);
          if (n.kind !== "number" || d.kind !== "number") continue;
          // Realisasi within pagu, or pagu zero: nothing to report (decided without Decimal when possible).
          if (isZeroFast(d) || compareFast(n, d) <= 0) continue;
          if (!n.value || !d.value || d.value.isZero()) continue;
          if (!n.value.gt(d.value)) continue;
          ctx.add({
            rule: "realisasi-lebih",
            severity: "warning",
            sheet: table.sheet,
            cell: n.address,
            message: `Realisasi ${shown(n)} melebihi pagu ${shown(d)}; periksa kembali angka realisasi atau pagunya.`,
            expected: shown(d),
            actual: shown(n),
          });
        }
      }
    }
  },
};
