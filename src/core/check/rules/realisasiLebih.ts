/** realisasi-lebih: realisasi anggaran above its pagu. */
import type { Rule } from "./rule";
import { compareUnits } from "../fast";
import { NUMBER } from "../../tables/reader";
import { incomeRows } from "../../tables/incomeRows";
import { correctedSubtotal } from "../childSums";
import type { TableReader } from "../../tables/reader";
import type { RecognizedTable } from "../../tables/types";

/** True when the row's pagu, taken from its corrected subtree, is not below its realisasi (and differs from the typed pagu). */
function withinCorrectedPagu(
  reader: TableReader,
  table: RecognizedTable,
  r: number,
  realisasiCol: number,
  paguCol: number,
): boolean {
  const pagu = correctedSubtotal(reader, table, r, paguCol);
  const typed = reader.get(r, paguCol).value;
  const realisasi = reader.get(r, realisasiCol).value;
  return !!pagu && !!typed && !!realisasi && !pagu.equals(typed) && realisasi.lte(pagu);
}

export const realisasiLebihRule: Rule = {
  id: "realisasi-lebih",
  name: "Realisasi melebihi pagu",
  severity: "warning",
  doc: "Realisasi belanja lebih besar dari pagunya (pendapatan di atas targetnya tidak dilaporkan).",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      // Income above its target (PENDAPATAN) is not an overspent pagu (read once a row is above its pagu).
      let income: Set<number> | undefined;
      for (const ratio of table.ratios) {
        if (ratio.kind !== "persen") continue;
        // Collected above a revenue target or a ketetapan: more than planned, not overspent.
        if (table.columns.find((c) => c.index === ratio.denominator)?.income) continue;
        const N = reader.fast(ratio.numerator);
        const D = reader.fast(ratio.denominator);
        for (let i = 0; i < table.rows.length; i++) {
          const row = table.rows[i];
          const r = row.index;
          // A surplus above its budgeted surplus is the sections' balance, not spending.
          if (row.role === "saldo") continue;
          if (N.at(r) !== NUMBER || D.at(r) !== NUMBER) continue;
          // Realisasi within pagu, or pagu zero: nothing to report (decided without Decimal when possible).
          if ((D.scale[r] >= 0 && D.units[r] === 0) || compareUnits(N.units[r], N.scale[r], D.units[r], D.scale[r]) <= 0)
            continue;
          if ((income ??= incomeRows(table)).has(r)) continue;
          const n = reader.get(r, ratio.numerator);
          const d = reader.get(r, ratio.denominator);
          if (!n.value || !d.value || d.value.isZero()) continue;
          if (!n.value.gt(d.value)) continue;
          // A pagu made wrong by a wrong pagu below it (jumlah-induk reports that one): within the
          // corrected pagu the realisasi is no overspending.
          if (withinCorrectedPagu(reader, table, r, ratio.numerator, ratio.denominator)) continue;
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
