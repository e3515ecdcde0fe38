/** predikat: the predicate word ≠ what the scale gives for the row's capaian (typed or recomputed). */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import { findBandByLabel, labelMatchesBand, predicateFor } from "../../scales";
import { isClosing } from "../../tables/closing";
import { exactRatio } from "./ratio";
import { shown } from "../show";

export const predikatRule: Rule = {
  id: "predikat",
  run(ctx) {
    for (const table of ctx.tables) {
      if (table.kind !== "indikator") continue;
      const reader = ctx.reader(table);
      for (const pcol of table.columns.filter((c) => c.role === "predikat")) {
        const ratio =
          table.ratios.find((r) => r.kind === "capaian" && r.block !== undefined && r.block === pcol.block) ??
          table.ratios.filter((r) => r.kind === "capaian").pop();
        const capaianCol = ratio?.column ?? table.columns.filter((c) => c.role === "capaian").pop()?.index;
        if (capaianCol === undefined) continue;
        for (const row of table.rows.filter((r) => !isClosing(r.role) || r.role === "capaian-sasaran")) {
          const word = reader.get(row.index, pcol.index);
          if (word.kind !== "text" || !word.text) continue;
          const values: Decimal[] = [];
          const typed = reader.get(row.index, capaianCol);
          if (typed.kind === "number" && typed.value) values.push(typed.value);
          if (ratio) {
            const numerator = reader.get(row.index, ratio.numerator);
            const denominator = reader.get(row.index, ratio.denominator);
            const exact = exactRatio({ table, ratio, row, typed, numerator, denominator }, ctx);
            if (exact) values.push(exact);
          }
          if (values.length === 0) continue;
          const bands = values.map((v) => predicateFor(ctx.scale, v));
          if (bands.some((b) => b && labelMatchesBand(word.text as string, b))) continue;
          const expected = bands[0];
          if (!expected) continue;
          const known = findBandByLabel(ctx.scale, word.text);
          ctx.add({
            rule: "predikat",
            severity: "error",
            sheet: table.sheet,
            cell: word.address,
            message: known
              ? `Predikat “${word.text}” tidak sesuai: capaian ${shown(typed.kind === "number" ? typed : { ...typed, kind: "number", value: values[0], decimals: 2 })} pada skala ${ctx.scale.name} berpredikat “${expected.label}” (${expected.interval}).`
              : `Predikat “${word.text}” tidak ada pada skala ${ctx.scale.name}; untuk capaian ini predikatnya “${expected.label}”.`,
            expected: expected.label,
            actual: word.text,
            fix: { value: expected.label },
          });
        }
      }
    }
  },
};
