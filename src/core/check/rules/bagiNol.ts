/**
 * bagi-nol: #DIV/0! in a value cell (pagu or target zero or `-`), or a % computed over a pagu of zero
 * while realisasi is not zero.
 */
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import { toA1 } from "../../workbook/address";
import { forValueCells } from "./cells";
import type { MessageNumbers } from "../show";
import type { TypedValue } from "../../tables/types";
import { ratioOrDash, ref } from "../../formula";
import { fixFormula } from "../fixFormula";

/**
 * Why the cell divides by zero: its divisor column is zero, a dash or empty; when that column holds a
 * number, the cell's own formula divides by another cell (named when the formula is known).
 */
function cause(show: MessageNumbers, denominator: number, den: TypedValue | undefined, formula: string | undefined): string {
  const at = toA1(0, denominator).replace(/\d+$/, "");
  const zero = !den || den.kind === "empty" || den.kind === "dash" || (den.kind === "number" && den.value?.isZero());
  if (zero)
    return ` karena pembaginya (kolom ${at}) ${den?.kind === "number" || den?.kind === "dash" ? `bernilai ${show.value(den)}` : "kosong"}`;
  const divisor = formula ? /\/\s*\$?([A-Z]{1,3})\$?(\d+)/.exec(formula) : null;
  return divisor && `${divisor[1]}${divisor[2]}` !== den.address
    ? ` karena rumusnya membagi dengan ${divisor[1]}${divisor[2]}, bukan dengan ${den.address} (${show.value(den)})`
    : ` padahal pembaginya ${den.address} bernilai ${show.value(den)}: rumus sel ini membagi dengan sel lain`;
}

/** A zero the sheet states: 0 or a dash (0 in Indonesian tables); an empty cell is not reported yet. */
function isStatedZero(v: TypedValue | undefined): boolean {
  return !!v && (v.kind === "dash" || (v.kind === "number" && !!v.value?.isZero()));
}

function divisionErrors(ctx: CheckContext): void {
  forValueCells(
    ctx,
    (raw) => typeof raw === "object" || typeof raw === "string",
    ({ table, row, column, value }) => {
      if (value.kind !== "error" || value.error !== "#DIV/0!") return;
      const ratio = table.ratios.find((r) => r.column === column.index);
      const den = ratio ? ctx.reader(table).get(row.index, ratio.denominator) : undefined;
      const reader = ctx.reader(table);
      const what = ratio ? cause(ctx.show, ratio.denominator, den, reader.grid.cell(row.index, column.index)?.formula) : "";
      const num = ratio ? reader.get(row.index, ratio.numerator) : undefined;
      if (ratio?.kind === "capaian" && isStatedZero(den) && isStatedZero(num)) {
        const percentFormat = /%/.test(reader.grid.cell(row.index, column.index)?.numFmt ?? "");
        // Target 0 and realisasi 0: the target is met (the rule CAPAIAN and the narrative tables follow).
        ctx.add({
          rule: "bagi-nol",
          severity: "warning",
          sheet: table.sheet,
          cell: value.address,
          message: `Pembagian dengan nol (#DIV/0!)${what}. Dengan target 0 dan realisasi 0 pula, target tercapai: capaian 100 (tulis “-” bila instansi melaporkannya begitu).`,
          expected: 100,
          actual: "#DIV/0!",
          fix: { value: percentFormat ? 1 : 100 },
        });
        return;
      }
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
                reader.grid.sheet,
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
          message: `Pagu ${ctx.show.value(den)} (nol) tetapi realisasinya ${ctx.show.value(num)}: persentase tidak dapat dihitung; periksa pagunya.`,
          expected: null,
          actual: ctx.show.value(den),
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
