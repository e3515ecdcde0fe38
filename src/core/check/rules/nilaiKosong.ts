/** nilai-kosong: a capaian or % cell left empty on a row whose operands are filled. */
import type { Rule } from "./rule";
import { dataRows } from "../columns";
import { toA1 } from "../../workbook/address";
import { EMPTY } from "../../tables/reader";

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
        for (const row of rows) {
          if (T.at(row.index) !== EMPTY) continue;
          const typed = reader.get(row.index, ratio.column);
          const n = reader.get(row.index, ratio.numerator);
          const d = reader.get(row.index, ratio.denominator);
          if (n.kind !== "number" || d.kind !== "number" || d.value?.isZero()) continue;
          const what = ratio.kind === "persen" ? "persentase realisasi anggaran" : "capaian";
          ctx.add({
            rule: "nilai-kosong",
            severity: "info",
            sheet: table.sheet,
            cell: typed.address,
            message: `Sel ${what} kosong padahal ${toA1(row.index, ratio.numerator)} dan ${toA1(row.index, ratio.denominator)} terisi.`,
            expected: null,
            actual: null,
            fix: { value: null, formula: `${toA1(row.index, ratio.numerator)}/${toA1(row.index, ratio.denominator)}*100` },
          });
        }
      }
    }
  },
};
