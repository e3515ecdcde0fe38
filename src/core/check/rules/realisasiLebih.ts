/** realisasi-lebih: realisasi anggaran above its pagu. */
import type { Rule } from "./rule";
import { compareUnits } from "../fast";
import { NUMBER } from "../../tables/reader";
import { incomeRows } from "../../tables/incomeRows";

export const realisasiLebihRule: Rule = {
  id: "realisasi-lebih",
  name: "Realisasi melebihi pagu",
  severity: "warning",
  doc: "Realisasi belanja lebih besar dari pagunya (pendapatan di atas targetnya tidak dilaporkan).",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      // Income above its target (PENDAPATAN) is not an overspent pagu.
      const income = incomeRows(table);
      for (const ratio of table.ratios) {
        if (ratio.kind !== "persen") continue;
        const N = reader.fast(ratio.numerator);
        const D = reader.fast(ratio.denominator);
        for (let i = 0; i < table.rows.length; i++) {
          const row = table.rows[i];
          const r = row.index;
          if (N.at(r) !== NUMBER || D.at(r) !== NUMBER || income.has(r)) continue;
          // Realisasi within pagu, or pagu zero: nothing to report (decided without Decimal when possible).
          if ((D.scale[r] >= 0 && D.units[r] === 0) || compareUnits(N.units[r], N.scale[r], D.units[r], D.scale[r]) <= 0)
            continue;
          const n = reader.get(r, ratio.numerator);
          const d = reader.get(r, ratio.denominator);
          if (!n.value || !d.value || d.value.isZero()) continue;
          if (!n.value.gt(d.value)) continue;
          ctx.add({
            rule: "realisasi-lebih",
            severity: "warning",
            sheet: table.sheet,
            cell: n.address,
            message: `Realisasi ${ctx.show.value(n)} melebihi pagu ${ctx.show.value(d)}; periksa kembali angka realisasi atau pagunya.`,
            expected: ctx.show.value(d),
            actual: ctx.show.value(n),
          });
        }
      }
    }
  },
};
