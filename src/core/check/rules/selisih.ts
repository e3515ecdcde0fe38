/** selisih: a sisa/selisih column ≠ the difference it declares (`5=4-3`) or anggaran − realisasi. */
import type Decimal from "decimal.js";
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { agrees } from "../compare";
import { expectedText, fixNumber, shown } from "../show";
import { FastSum, agreesFast } from "../fast";

export const selisihRule: Rule = {
  id: "selisih",
  run(ctx) {
    const fast = new FastSum();
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const diff of table.differences) {
        for (const row of table.rows) {
          const typed = reader.get(row.index, diff.column);
          const left = reader.get(row.index, diff.left);
          const right = reader.get(row.index, diff.right);
          // Numbers and dashes always carry a value.
          if (typed.kind !== "number" && typed.kind !== "dash") continue;
          if ((left.kind !== "number" && left.kind !== "dash") || (right.kind !== "number" && right.kind !== "dash")) continue;
          if (fast.reset().addValue(left) && fast.addValue(right, -1) && agreesFast(typed, fast.units, fast.scale)) continue;
          const exact = (left.value as Decimal).minus(right.value as Decimal);
          if (agrees(typed, exact)) continue;
          const d = typed.decimals ?? 0;
          const l = toA1(row.index, diff.left);
          const r = toA1(row.index, diff.right);
          const rumus = diff.source === "rumus" ? ` menurut rumus kolom di baris penomoran` : "";
          ctx.add({
            rule: "selisih",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: `Selisih tertulis ${shown(typed)}, seharusnya ${expectedText(exact, d)} (${l} − ${r}: ${shown(left)} − ${shown(right)}${rumus}).`,
            expected: expectedText(exact, d),
            actual: shown(typed),
            fix: { value: fixNumber(exact, d), formula: `${l}-${r}` },
          });
        }
      }
    }
  },
};
