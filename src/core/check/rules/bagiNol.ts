/**
 * bagi-nol: #DIV/0! in a value cell (pagu or target zero or `-`), or a % computed over a pagu of zero
 * while realisasi is not zero.
 */
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import { toA1 } from "../../workbook/address";
import { forValueCells } from "./cells";
import { shown } from "../show";
import type { TypedValue } from "../../tables/types";
import { ratioOrDash, ref } from "../../formula";
import { fixFormula } from "../fixFormula";

/**
 * Why the cell divides by zero: its divisor column is zero, a dash or empty; when that column holds a
 * number, the cell's own formula divides by another cell (named when the formula is known).
 */
function cause(denominator: number, den: TypedValue | undefined, formula: string | undefined): string {
  const at = toA1(0, denominator).replace(/\d+$/, "");
  const zero = !den || den.kind === "empty" || den.kind === "dash" || (den.kind === "number" && den.value?.isZero());
  if (zero)
    return ` karena pembaginya (kolom ${at}) ${den?.kind === "number" || den?.kind === "dash" ? `bernilai ${shown(den)}` : "kosong"}`;
  const divisor = formula ? /\/\s*\$?([A-Z]{1,3})\$?(\d+)/.exec(formula) : null;
  return divisor && `${divisor[1]}${divisor[2]}` !== den.address
    ? ` karena rumusnya membagi dengan ${divisor[1]}${divisor[2]}, bukan dengan ${den.address} (${shown(den)})`
    : ` padahal pembaginya ${den.address} bernilai ${shown(den)}: rumus sel ini membagi dengan sel lain`;
}

function divisionErrors(ctx: CheckContext): void {
  forValueCells(
    ctx,
    (raw) => typeof raw === "object" || typeof raw === "string",
    ({ table, row, column, value }) => {
      if (value.kind !== "error" || value.error !== "#DIV/0!") return;
      const ratio = table.ratios.find((r) => r.column === column.index);
      const den = ratio ? ctx.reader(table).get(row.index, ratio.denominator) : undefined;
      const what = ratio ? cause(ratio.denominator, den, ctx.reader(table).grid.cell(row.index, column.index)?.formula) : "";
      ctx.add({
        rule: "bagi-nol",
        severity: "warning",
        sheet: table.sheet,
        cell: value.address,
        message: `Pembagian dengan nol (#DIV/0!)${what}; tulis “-” atau perbaiki pembaginya.`,
        expected: "-",
        actual: "#DIV/0!",
        fix: ratio
          ? {
              value: "-",
              formula: fixFormula(
                ctx.reader(table).grid.sheet,
                ratioOrDash(ref(row.index, ratio.numerator), ref(row.index, ratio.denominator)),
              ),
            }
          : undefined,
      });
    },
  );
}

function zeroPagu(ctx: CheckContext): void {
  for (const table of ctx.tables) {
    const reader = ctx.reader(table);
    for (const ratio of table.ratios) {
      if (ratio.kind !== "persen") continue;
      for (let i = 0; i < table.rows.length; i++) {
        const row = table.rows[i];
        const raw = reader.grid.value(row.index, ratio.denominator);
        if (typeof raw === "number" && raw !== 0) continue;
        const den = reader.get(row.index, ratio.denominator);
        const num = reader.get(row.index, ratio.numerator);
        const zero = den.kind === "dash" || (den.kind === "number" && den.value?.isZero());
        if (!zero || num.kind !== "number" || num.value?.isZero()) continue;
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
  }
}

export const bagiNolRule: Rule = {
  id: "bagi-nol",
  name: "Pembagian dengan nol",
  severity: "error",
  doc: "Capaian atau persen yang membagi dengan target atau pagu nol (#DIV/0!).",
  run(ctx) {
    divisionErrors(ctx);
    zeroPagu(ctx);
  },
};
