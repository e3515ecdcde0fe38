/**
 * bagi-nol: #DIV/0! in a value cell (pagu or target zero or `-`), or a % computed over a pagu of zero
 * while realisasi is not zero.
 */
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { valueCells } from "./cells";
import { shown } from "../show";

export const bagiNolRule: Rule = {
  id: "bagi-nol",
  run(ctx) {
    for (const { table, row, column, value } of valueCells(ctx)) {
      const ratio = table.ratios.find((r) => r.column === column.index);
      if (value.kind === "error" && value.error === "#DIV/0!") {
        const den = ratio ? ctx.reader(table).get(row.index, ratio.denominator) : undefined;
        const what = ratio ? ` karena ${toA1(row.index, ratio.denominator)} bernilai ${den ? shown(den) : "nol"}` : "";
        const fix = ratio
          ? {
              value: "-",
              formula: `IF(${toA1(row.index, ratio.denominator)}=0,"-",${toA1(row.index, ratio.numerator)}/${toA1(row.index, ratio.denominator)}*100)`,
            }
          : undefined;
        ctx.add({
          rule: "bagi-nol",
          severity: "warning",
          sheet: table.sheet,
          cell: value.address,
          message: `Pembagian dengan nol (#DIV/0!)${what}; tulis “-” atau perbaiki pembaginya.`,
          expected: "-",
          actual: "#DIV/0!",
          fix,
        });
        continue;
      }
      if (!ratio || ratio.kind !== "persen" || value.kind === "error") continue;
      const reader = ctx.reader(table);
      const den = reader.get(row.index, ratio.denominator);
      const num = reader.get(row.index, ratio.numerator);
      if ((den.kind === "dash" || (den.kind === "number" && den.value?.isZero())) && num.kind === "number" && !num.value?.isZero()) {
        ctx.add({
          rule: "bagi-nol",
          severity: "warning",
          sheet: table.sheet,
          cell: den.address,
          message: `Pagu ${shown(den)} (nol) tetapi realisasinya ${shown(num)}: persentase tidak dapat dihitung; periksa pagunya.`,
          expected: null,
          actual: shown(den),
        });
      }
    }
  },
};
