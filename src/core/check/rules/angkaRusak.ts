/** angka-rusak: a number broken by typing (`97,2 2`, `1.3.69`, mixed separators) in a value column. */
import type { Rule } from "./rule";
import { forValueCells } from "./cells";

export const angkaRusakRule: Rule = {
  id: "angka-rusak",
  run(ctx) {
    forValueCells(
      ctx,
      (raw) => typeof raw === "string",
      ({ table, value }) => {
        if (value.kind !== "broken") return;
        ctx.add({
          rule: "angka-rusak",
          severity: "warning",
          sheet: table.sheet,
          cell: value.address,
          message: `Angka tidak dapat dibaca: ${value.text ?? String(value.raw)}. Ketik ulang angkanya.`,
          expected: null,
          actual: typeof value.raw === "string" ? value.raw : String(value.raw ?? ""),
        });
      },
    );
  },
};
