/**
 * skala: a scale table in the workbook with a gap wider than the usual printing step (70–85 then
 * 86–100 is normal) or with overlapping intervals.
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import { parseInterval } from "../../scales";
import { scaleRowsOf } from "../../tables/scaleTable";
import { toA1 } from "../../workbook/address";
import { valueText } from "../../tables/text";

export const skalaRule: Rule = {
  id: "skala",
  name: "Skala predikat bercelah atau tumpang tindih",
  severity: "warning",
  doc: "Tabel skala yang meninggalkan celah atau memberi dua predikat untuk satu nilai.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (table.kind !== "skala") continue;
      const rows = scaleRowsOf(ctx.reader(table).grid, table);
      const parsed = rows
        .map((r) => ({
          r,
          i: parseInterval(
            r.upper !== undefined && r.upper !== null && r.upper !== ""
              ? `${valueText(r.lower)} - ${valueText(r.upper)}`
              : r.lower,
          ),
        }))
        .filter((x) => x.i && (x.i.min !== null || x.i.max !== null));
      const ordered = parsed.sort((a, b) => {
        const am = a.i?.min ?? a.i?.max ?? new Decimal(-Infinity);
        const bm = b.i?.min ?? b.i?.max ?? new Decimal(-Infinity);
        return bm.cmp(am);
      });
      for (let k = 1; k < ordered.length; k++) {
        const better = ordered[k - 1];
        const worse = ordered[k];
        const bMin = better.i?.min;
        const wMax = worse.i?.max;
        if (!bMin || !wMax) continue;
        const gap = bMin.minus(wMax);
        const cell = toA1(worse.r.row, worse.r.col);
        const overlap = gap.isNegative() || (gap.isZero() && (better.i?.minInclusive ?? true) && (worse.i?.maxInclusive ?? true));
        if (!overlap && gap.lte(1)) continue;
        ctx.add({
          rule: "skala",
          severity: "warning",
          sheet: table.sheet,
          cell,
          message: overlap
            ? `Rentang “${worse.r.label}” (${ctx.show.cell(worse.r.lower)}) tumpang tindih dengan “${better.r.label}” (${ctx.show.cell(better.r.lower)}): nilai ${ctx.show.exact(wMax)} mendapat dua predikat.`
            : `Ada celah antara “${worse.r.label}” (${ctx.show.cell(worse.r.lower)}) dan “${better.r.label}” (${ctx.show.cell(better.r.lower)}): nilai di antara ${ctx.show.exact(wMax)} dan ${ctx.show.exact(bMin)} tidak mendapat predikat.`,
          expected: null,
          actual: ctx.show.cell(worse.r.lower),
        });
      }
    }
  },
};
