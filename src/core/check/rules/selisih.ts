/** selisih: a sisa/selisih column ≠ the difference it declares (`5=4-3`) or anggaran − realisasi. */
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { agrees } from "../compare";
import { expectedText, fixNumber, shown } from "../show";

export const selisihRule: Rule = {
  id: "selisih",
  run(ctx) {
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const diff of table.differences) {
        for (const row of table.rows) {
          const typed = reader.get(row.index, diff.column);
          const left = reader.get(row.index, diff.left);
          const right = reader.get(row.index, diff.right);
          if ((typed.kind !== "number" && typed.kind !== "dash") || !left.value || !right.value) continue;
          if ((left.kind !== "number" && left.kind !== "dash") || (right.kind !== "number" && right.kind !== "dash")) continue;
          const exact = left.value.minus(right.value);
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
