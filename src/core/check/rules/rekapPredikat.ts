/** rekap-predikat: counts of indicators per predikat in a recap table ≠ the indicators the workbook lists. */
import type { Rule } from "./rule";
import { labelMatchesBand, predicateFor } from "../../scales";
import { isClosing } from "../../tables/closing";
import { indicatorCapaian } from "./indicatorCapaian";
import { shown } from "../show";

export const rekapPredikatRule: Rule = {
  id: "rekap-predikat",
  run(ctx) {
    const recaps = ctx.tables.filter((t) => t.kind === "rekap");
    if (recaps.length === 0) return;
    const indicators = indicatorCapaian(ctx);
    if (indicators.length === 0) return;
    const counts = new Map<string, number>();
    for (const i of indicators) {
      const band = predicateFor(ctx.scale, i.value);
      if (band) counts.set(band.label, (counts.get(band.label) ?? 0) + 1);
    }
    for (const table of recaps) {
      const reader = ctx.reader(table);
      const pcol = table.columns.find((c) => c.role === "predikat");
      const jcol = table.columns.find((c) => c.role === "jumlah");
      if (!pcol || !jcol) continue;
      let sum = 0;
      let last: string | undefined;
      let total: string | undefined;
      let reported = false;
      for (const row of table.rows) {
        const n = reader.get(row.index, jcol.index);
        if (isClosing(row.role)) {
          total ??= n.address;
          if (n.kind === "number" && n.value && !n.value.eq(indicators.length)) {
            reported = true;
            ctx.add({
              rule: "rekap-predikat",
              severity: "error",
              sheet: table.sheet,
              cell: n.address,
              message: `Jumlah indikator pada rekap tertulis ${shown(n)}, padahal indikator yang tercantum di tabel capaian ada ${indicators.length}.`,
              expected: indicators.length,
              actual: shown(n),
            });
          }
          continue;
        }
        const word = reader.grid.text(row.index, pcol.index);
        if (!word || (n.kind !== "number" && n.kind !== "dash")) continue;
        const band = ctx.scale.bands.find((b) => labelMatchesBand(word, b));
        const typedCount = n.value ? n.value.toNumber() : 0;
        sum += typedCount;
        last = n.address;
        if (!band) continue;
        const expected = counts.get(band.label) ?? 0;
        if (expected === typedCount) continue;
        reported = true;
        ctx.add({
          rule: "rekap-predikat",
          severity: "error",
          sheet: table.sheet,
          cell: n.address,
          message: `Rekap mencatat ${typedCount} indikator berpredikat “${band.label}”, padahal menurut capaiannya ada ${expected} (skala ${ctx.scale.name}).`,
          expected,
          actual: typedCount,
          fix: { value: expected },
        });
      }
      // The counts do not add up although no row was found wrong: say so at the Jumlah row (or, without one, at the last count).
      const at = total ?? last;
      if (last && at && !reported && sum !== indicators.length && !ctx.flagged(table.sheet, at)) {
        ctx.add({
          rule: "rekap-predikat",
          severity: "error",
          sheet: table.sheet,
          cell: at,
          message: total
            ? `Jumlah indikator per predikat (${sum}) tidak sama dengan indikator yang tercantum (${indicators.length}).`
            : `Jumlah indikator per predikat (${sum}) tidak sama dengan indikator yang tercantum (${indicators.length}); rekap tidak punya baris Jumlah, jadi ditunjukkan pada baris predikat terakhir.`,
          expected: indicators.length,
          actual: sum,
        });
      }
    }
  },
};
