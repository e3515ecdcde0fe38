/** nilai-error: an Excel error other than #DIV/0! (#VALUE!, #REF!, #N/A, #NAME?) where a value belongs. */
import type { Rule } from "./rule";
import { forValueCells } from "./cells";

export const nilaiErrorRule: Rule = {
  id: "nilai-error",
  name: "Kesalahan Excel di sel",
  severity: "error",
  doc: "Sel berisi #DIV/0!, #VALUE! atau galat Excel lain.",
  run(ctx) {
    forValueCells(
      ctx,
      (raw) => typeof raw === "object" && raw !== null,
      ({ table, value }) => {
        if (value.kind !== "error" || value.error === "#DIV/0!") return;
        ctx.add({
          rule: "nilai-error",
          severity: "error",
          sheet: table.sheet,
          cell: value.address,
          message: `Sel berisi galat ${value.error}: rumusnya merujuk sel yang salah atau tidak ada; periksa rumus sel ini.`,
          expected: null,
          actual: value.error ?? null,
        });
      },
    );
  },
};
