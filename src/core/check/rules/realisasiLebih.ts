/** realisasi-lebih: realisasi anggaran above its pagu. */
import type { Rule } from "./rule";
import { shown } from "../show";
import { compareUnits } from "../fast";
import { NUMBER } from "../../tables/reader";

export const realisasiLebihRule: Rule = {
  id: "realisasi-lebih",
  name: "Realisasi melebihi pagu",
  severity: "warning",
  doc: "Realisasi anggaran lebih besar dari pagunya.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const ratio of table.ratios) {
        if (ratio.kind !== "persen") continue;
        const N = reader.fast(ratio.numerator);
        const D = reader.fast(ratio.denominator);
        for (let i = 0; i < table.rows.length; i++) {
          const row = table.rows[i];
          const r = row.index;
          if (N.at(r) !== NUMBER || D.at(r) !== NUMBER) continue;
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
            message: `Realisasi ${shown(n)} melebihi pagu ${shown(d)}; periksa kembali angka realisasi atau pagunya.`,
            expected: shown(d),
            actual: shown(n),
          });
        }
      }
    }
  },
};
