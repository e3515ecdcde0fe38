/** persen-anggaran: typed % realisasi anggaran ≠ realisasi/anggaran × 100 (data and total rows). */
import type Decimal from "decimal.js";
import type { Rule } from "./rule";
import { exactRatio, ratioAgrees, readCase, reportRatio } from "./ratio";
import { agreesWithShownOperands, quotedOperands } from "./ratioOperands";
import { ratioAgreesUnits } from "../fast";
import { DASH, NUMBER } from "../../tables/reader";
import { ColumnCheck } from "../uncertain";
import { correctedOperand } from "../childSums";
import type { CheckContext } from "../context";
import { agrees } from "../compare";
import { percentOf } from "../../arithmetic";
import type { TableReader } from "../../tables/reader";
import type { RatioCase } from "./ratio";
import { cashPlanBeside } from "../../tables/cashPlan";

/**
 * A % that holds once its wrong realisasi or pagu is corrected: taken from its children (jumlah-induk
 * reports that cell), from an earlier rule's fix (a row total TW I–IV found wrong), or from the other
 * table that gives the amount differently (beda-antar-tabel reports that cell).
 */
function agreesWithChildren(ctx: CheckContext, c: RatioCase, reader: TableReader): boolean {
  const r = c.row.index;
  const n = correctedOperand(ctx, reader, c.table, r, c.ratio.numerator);
  const d = correctedOperand(ctx, reader, c.table, r, c.ratio.denominator);
  if (!n && !d) return false;
  const ratio = percentOf(n ?? (c.numerator.value as Decimal), d ?? (c.denominator.value as Decimal), "");
  return ratio.ok && agrees(c.typed, ratio.value);
}

/**
 * Where the typed % is realisasi ÷ the cash plan beside the pagu ("Anggaran Kas"), the message says so:
 * serapan is measured against the pagu, and the cause is the divisor, not the arithmetic.
 */
function cashPlanNote(ctx: CheckContext, c: RatioCase, reader: TableReader): string {
  const kas = cashPlanBeside(c.table.columns, c.ratio.denominator);
  const n = c.numerator.value;
  if (!kas || !n) return "";
  const plan = reader.get(c.row.index, kas.index);
  if (plan.kind !== "number" || !plan.value || plan.value.isZero()) return "";
  const ratio = percentOf(n, plan.value, "");
  if (!ratio.ok || !agrees(c.typed, ratio.value)) return "";
  return ` Angka tertulis dihitung terhadap Anggaran Kas (${plan.address}: ${ctx.show.value(plan)}), bukan terhadap pagu.`;
}

export const persenAnggaranRule: Rule = {
  id: "persen-anggaran",
  name: "Persen realisasi tidak sama dengan realisasi ÷ pagu",
  severity: "error",
  doc: "Persen serapan tertulis berbeda dari realisasi ÷ anggaran × 100.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const ratio of table.ratios) {
        if (ratio.kind !== "persen") continue;
        const T = reader.fast(ratio.column);
        const N = reader.fast(ratio.numerator);
        const D = reader.fast(ratio.denominator);
        const column = new ColumnCheck(ctx, table, ratio.column, "realisasi / anggaran × 100", ratio.source === "rumus");
        const sink = column.sink();
        const rows = table.rows;
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i];
          // Average rows are rata-rata's.
          if (row.role === "rata-rata" || row.role === "capaian-sasaran") continue;
          const r = row.index;
          const tk = T.at(r);
          if (tk !== NUMBER && tk !== DASH) continue;
          N.at(r);
          D.at(r);
          if (ratioAgreesUnits(T.units[r], T.scale[r], T.decimals[r], N.units[r], N.scale[r], D.units[r], D.scale[r])) {
            column.checked();
            continue;
          }
          const c = readCase(reader, table, ratio, row);
          const exact = exactRatio(c, ctx);
          if (!exact) continue;
          column.checked();
          if (ratioAgrees(c, exact) || agreesWithShownOperands(ctx, c, exact)) continue;
          if (agreesWithChildren(ctx, c, reader)) continue;
          const d = Math.max(c.typed.decimals ?? 0, 2);
          const operands = quotedOperands(ctx, c, exact, d);
          reportRatio(
            sink,
            c,
            exact,
            "persen-anggaran",
            `Persentase realisasi anggaran tertulis ${ctx.show.value(c.typed)}, seharusnya ${ctx.show.number(exact, d)} (${operands.numerator} / ${operands.denominator} × 100).${cashPlanNote(ctx, c, reader)}`,
          );
        }
        column.flush();
      }
    }
  },
};
