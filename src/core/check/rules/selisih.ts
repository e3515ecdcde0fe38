/**
 * selisih: a sisa/selisih column ≠ the difference it declares (`5=4-3`) or anggaran − realisasi; a
 * column declared as a sum in the numbering row (`6 = 4 + 5`) ≠ that sum.
 */
import type Decimal from "decimal.js";
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { agrees } from "../compare";
import { fixNumber } from "../show";
import { FastSum, agreesUnits } from "../fast";
import { bin, percent, ref } from "../../formula";
import { fixFormula } from "../fixFormula";
import { DASH, NUMBER } from "../../tables/reader";
import { ColumnCheck } from "../uncertain";
import { correctedOperand } from "../childSums";
import type { CheckContext } from "../context";
import type { DifferenceMeasure, RecognizedTable, TypedValue } from "../../tables/types";
import type { TableReader } from "../../tables/reader";

/**
 * A difference that holds once its wrong operand is corrected: taken from its children (jumlah-induk
 * reports that cell), from an earlier rule's fix (a row total found wrong), or from the other table
 * that gives the amount differently (beda-antar-tabel reports that cell).
 */
function agreesWithChildren(
  ctx: CheckContext,
  typed: TypedValue,
  reader: TableReader,
  table: RecognizedTable,
  r: number,
  leftCol: number,
  rightCol: number,
  add: boolean,
): boolean {
  const l = correctedOperand(ctx, reader, table, r, leftCol);
  const rr = correctedOperand(ctx, reader, table, r, rightCol);
  if (!l && !rr) return false;
  const left = l ?? (reader.get(r, leftCol).value as Decimal);
  const right = rr ?? (reader.get(r, rightCol).value as Decimal);
  return agrees(typed, add ? left.plus(right) : left.minus(right));
}

/** A growth rate in % ("Kenaikan (%)") ≠ (later − earlier) ÷ earlier × 100 of its row. */
function checkRate(ctx: CheckContext, table: RecognizedTable, reader: TableReader, diff: DifferenceMeasure): void {
  const column = new ColumnCheck(ctx, table, diff.column, "pertumbuhan kedua kolom", false);
  const sink = column.sink();
  for (const row of table.rows) {
    const typed = reader.get(row.index, diff.column);
    const left = reader.get(row.index, diff.left);
    const right = reader.get(row.index, diff.right);
    if (typed.kind !== "number" || left.kind !== "number" || right.kind !== "number") continue;
    if (!typed.value || !left.value || !right.value || right.value.isZero()) continue;
    column.checked();
    const exact = left.value.minus(right.value).div(right.value).times(100);
    if (agrees(typed, exact)) continue;
    const d = Math.max(typed.decimals ?? 0, 2);
    const [l, r] = [toA1(row.index, diff.left), toA1(row.index, diff.right)];
    sink.add({
      rule: "selisih",
      severity: "error",
      sheet: table.sheet,
      cell: typed.address,
      message: `Pertumbuhan tertulis ${ctx.show.value(typed)}, seharusnya ${ctx.show.number(exact, d)} ((${l} − ${r}) ÷ ${r} × 100: (${ctx.show.value(left)} − ${ctx.show.value(right)}) ÷ ${ctx.show.value(right)} × 100).`,
      expected: ctx.show.number(exact, d),
      actual: ctx.show.value(typed),
      fix: {
        value: fixNumber(exact, d),
        formula: fixFormula(
          reader.grid.sheet,
          percent(bin("-", ref(row.index, diff.left), ref(row.index, diff.right)), ref(row.index, diff.right)),
        ),
      },
    });
  }
  column.flush();
}

export const selisihRule: Rule = {
  id: "selisih",
  name: "Selisih atau sisa tidak sama dengan pengurangannya",
  severity: "error",
  doc: "Kolom selisih/sisa berbeda dari kolom yang dikurangkan (5 = 4 − 3, anggaran − realisasi).",
  run(ctx) {
    const fast = new FastSum();
    for (const table of ctx.tables) {
      const reader = ctx.reader(table);
      for (const diff of table.differences) {
        if (diff.op === "rate") {
          checkRate(ctx, table, reader, diff);
          continue;
        }
        const T = reader.fast(diff.column);
        const L = reader.fast(diff.left);
        const R = reader.fast(diff.right);
        const add = diff.op === "add";
        const column = new ColumnCheck(
          ctx,
          table,
          diff.column,
          add ? "jumlah kedua kolom" : "selisih kedua kolom",
          diff.source === "rumus",
        );
        const sink = column.sink();
        for (let i = 0; i < table.rows.length; i++) {
          const row = table.rows[i];
          const ri = row.index;
          // Numbers and dashes always carry a value.
          const tk = T.at(ri);
          if (tk !== NUMBER && tk !== DASH) continue;
          const lk = L.at(ri);
          const rk = R.at(ri);
          if ((lk !== NUMBER && lk !== DASH) || (rk !== NUMBER && rk !== DASH)) continue;
          // An indicator's "-" realisasi or target is no data (not yet measured), and a "-" beside it
          // no difference; in a budget table "-" is 0 rupiah, and checked so.
          if (tk === DASH && (lk === DASH || rk === DASH) && table.kind === "indikator") continue;
          column.checked();
          if (
            fast.reset().addAt(L, ri) &&
            fast.addAt(R, ri, add ? 1 : -1) &&
            agreesUnits(T.units[ri], T.scale[ri], T.decimals[ri], fast.units, fast.scale)
          )
            continue;
          const typed = reader.get(ri, diff.column);
          const left = reader.get(ri, diff.left);
          const right = reader.get(ri, diff.right);
          const exact = add
            ? (left.value as Decimal).plus(right.value as Decimal)
            : (left.value as Decimal).minus(right.value as Decimal);
          if (agrees(typed, exact)) continue;
          if (agreesWithChildren(ctx, typed, reader, table, ri, diff.left, diff.right, add)) continue;
          const d = typed.decimals ?? 0;
          const l = toA1(row.index, diff.left);
          const r = toA1(row.index, diff.right);
          const rumus = diff.source === "rumus" ? ` menurut rumus kolom di baris penomoran` : "";
          sink.add({
            rule: "selisih",
            severity: "error",
            sheet: table.sheet,
            cell: typed.address,
            message: add
              ? `Jumlah tertulis ${ctx.show.value(typed)}, seharusnya ${ctx.show.number(exact, d)} (${l} + ${r}: ${ctx.show.operand(left)} + ${ctx.show.operand(right)}${rumus}).`
              : `Selisih tertulis ${ctx.show.value(typed)}, seharusnya ${ctx.show.number(exact, d)} (${l} − ${r}: ${ctx.show.operand(left)} − ${ctx.show.operand(right)}${rumus}).`,
            expected: ctx.show.number(exact, d),
            actual: ctx.show.value(typed),
            fix: {
              value: fixNumber(exact, d),
              formula: fixFormula(reader.grid.sheet, bin(add ? "+" : "-", ref(row.index, diff.left), ref(row.index, diff.right))),
            },
          });
        }
        column.flush();
      }
    }
  },
};
