/**
 * nilai-kosong: a capaian or % cell left empty on a row whose operands are filled. The fix writes the
 * ratio the operands give (capped where a cap is stated); where it cannot be computed no fix is offered.
 */
import type { Rule } from "./rule";
import { dataRows } from "../columns";
import { toA1 } from "../../workbook/address";
import { cellAt } from "../../workbook/model";
import { EMPTY } from "../../tables/reader";
import { exactRatio, ratioFormulaFor, readCase } from "./ratio";
import { capOf } from "../capaianCap";
import { expectedText, fixValueFor } from "../show";
import { fixFormula } from "../fixFormula";

const DECIMALS = 2;

export const nilaiKosongRule: Rule = {
  id: "nilai-kosong",
  name: "Nilai kosong atau tanda -",
  severity: "info",
  doc: "Sel yang mestinya berisi angka dibiarkan kosong atau bertanda -.",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      const rows = table.ratios.length > 0 ? dataRows(table) : [];
      for (const ratio of table.ratios) {
        const T = reader.fast(ratio.column);
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i];
          if (T.at(row.index) !== EMPTY) continue;
          const c = readCase(reader, table, ratio, row);
          if (c.numerator.kind !== "number" || c.denominator.kind !== "number" || c.denominator.value?.isZero()) continue;
          const exact = exactRatio(c, ctx);
          const cap = ratio.kind === "capaian" && exact ? capOf(ctx, table, row) : null;
          const capped = cap !== null && exact !== null && exact.gt(cap);
          const expected = capped ? cap : exact;
          // A cell formatted as a percentage holds the fraction (0,9738 for 97,38 %).
          const percentCell = /%/.test(cellAt(reader.grid.sheet, row.index, ratio.column)?.numFmt ?? "");
          const what = ratio.kind === "persen" ? "persentase realisasi anggaran" : "capaian";
          ctx.add({
            rule: "nilai-kosong",
            severity: "info",
            sheet: table.sheet,
            cell: c.typed.address,
            message:
              `Sel ${what} kosong padahal ${toA1(row.index, ratio.numerator)} dan ${toA1(row.index, ratio.denominator)} terisi` +
              (expected ? `; seharusnya ${expectedText(expected, DECIMALS)}.` : "."),
            expected: expected ? expectedText(expected, DECIMALS) : null,
            actual: null,
            fix: expected
              ? {
                  value: fixValueFor(percentCell, expected, DECIMALS),
                  formula: fixFormula(reader.grid.sheet, ratioFormulaFor(c, ctx, capped ? cap : undefined, percentCell)),
                }
              : undefined,
          });
        }
      }
    }
  },
};
