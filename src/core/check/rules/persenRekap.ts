/**
 * persen-rekap: in a recap per predikat (Predikat | Jumlah Indikator | Persentase), a row's share ≠
 * its count ÷ the indicators counted × 100. The Jumlah row's share may be 100 or the sum of the
 * shares above as they are rounded (33,33 + 33,33 + 33,33 = 99,99 is as right as 100). A share one
 * displayed unit off is accepted: offices nudge one share so the column adds up to 100 (33,34).
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import { isClosing } from "../../tables/closing";
import { agrees } from "../compare";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { bin, call, percent, rangeRef, ref } from "../../formula";
import type { Expr } from "../../formula";

const HUNDRED = new Decimal(100);

/** The share column: a percentage column of the recap other than the counts. */
function shareColumn(table: RecognizedTable, counts: TableColumn): TableColumn | undefined {
  return table.columns.find(
    (c) => c !== counts && (c.role === "capaian" || c.role === "persen" || c.unit === "persen") && /%|PERSEN/i.test(c.header),
  );
}

function checkRecap(ctx: CheckContext, table: RecognizedTable): void {
  const counts = table.columns.find((c) => c.role === "jumlah");
  const share = counts && shareColumn(table, counts);
  if (!counts || !share) return;
  const reader = ctx.reader(table);
  const data = table.rows.filter((r) => !isClosing(r.role));
  const closing = table.rows.find((r) => r.role === "total");
  const n = (row: number): Decimal | null => {
    const v = reader.get(row, counts.index);
    return v.kind === "number" ? (v.value as Decimal) : v.kind === "dash" ? new Decimal(0) : null;
  };
  const rowCounts = data.map((r) => n(r.index));
  if (rowCounts.some((c) => c === null)) return;
  const typedSum = Decimal.sum(...(rowCounts as Decimal[]));
  const stated = closing ? n(closing.index) : null;
  // A count rekap-predikat found wrong: the share computed from the right count is right.
  const corrected = rowCounts.map((c, i) => countFix(ctx, table, reader.get(data[i].index, counts.index).address) ?? c);
  const correctedSum = Decimal.sum(...(corrected as Decimal[]));
  // The counts' own total: the Jumlah row when they add up to it (as typed, or once a wrong count is
  // corrected: the shares are then read against the corrected counts); else nothing sure to divide by.
  const fromCorrected = !!stated && !stated.eq(typedSum) && stated.eq(correctedSum);
  if (stated && !stated.eq(typedSum) && !fromCorrected) return;
  const base = fromCorrected ? corrected : rowCounts;
  const sum = fromCorrected ? correctedSum : typedSum;
  if (sum.isZero()) return;
  const shares: Decimal[] = [];
  data.forEach((row, i) => {
    const typed = reader.get(row.index, share.index);
    if (typed.kind !== "number") return;
    shares.push(typed.value as Decimal);
    const exact = (base[i] as Decimal).div(sum).times(HUNDRED);
    if (agrees(typed, exact) || withinOneUnit(typed, exact)) return;
    if (!correctedSum.isZero() && agrees(typed, (corrected[i] as Decimal).div(correctedSum).times(HUNDRED))) return;
    const total: Expr = closing
      ? ref(closing.index, counts.index)
      : call("SUM", rangeRef(data[0].index, counts.index, data[data.length - 1].index));
    const of = `${fromCorrected ? ctx.show.count((base[i] as Decimal).toNumber()) : ctx.show.value(reader.get(row.index, counts.index))} dari ${ctx.show.count(sum.toNumber())} indikator`;
    // A share kept as a fraction under a % format is count / total; one in points, count / total × 100.
    const count = ref(row.index, counts.index);
    report(ctx, table, typed, exact, of, holdsFraction(typed) ? bin("/", count, total) : percent(count, total));
  });
  if (!closing) return;
  const typed = reader.get(closing.index, share.index);
  if (typed.kind !== "number" || shares.length !== data.length) return;
  if (agrees(typed, HUNDRED) || agrees(typed, Decimal.sum(...shares))) return;
  report(ctx, table, typed, HUNDRED, "seluruh indikator yang direkap", undefined);
}

/** The count rekap-predikat's fix writes in a cell it found wrong. */
function countFix(ctx: CheckContext, table: RecognizedTable, address: string): Decimal | null {
  const f = ctx.findings().find((x) => x.rule === "rekap-predikat" && x.sheet === table.sheet && x.cell === address);
  return f && typeof f.fix?.value === "number" ? new Decimal(f.fix.value) : null;
}

function withinOneUnit(typed: TypedValue, exact: Decimal): boolean {
  const unit = new Decimal(10).pow(-(typed.decimals ?? 0));
  return (typed.value as Decimal).minus(exact).abs().lte(unit);
}

function report(
  ctx: CheckContext,
  table: RecognizedTable,
  typed: TypedValue,
  exact: Decimal,
  of: string,
  formula: Expr | undefined,
): void {
  const d = Math.max(typed.decimals ?? 0, 2);
  ctx.add({
    rule: "persen-rekap",
    severity: "error",
    sheet: table.sheet,
    cell: typed.address,
    message: `Persentase tertulis ${ctx.show.value(typed)}, padahal ${of} adalah ${ctx.show.number(exact, d)} %.`,
    expected: ctx.show.number(exact, d),
    actual: ctx.show.value(typed),
    fix: {
      value: fixValueFor(holdsFraction(typed), exact, d),
      formula: formula && fixFormula(ctx.reader(table).grid.sheet, formula),
    },
  });
}

export const persenRekapRule: Rule = {
  id: "persen-rekap",
  name: "Persentase rekap tidak sesuai jumlahnya",
  severity: "error",
  doc: "Persentase tiap predikat dalam rekap yang tidak sama dengan jumlahnya dibagi seluruh indikator yang direkap × 100.",
  run(ctx) {
    for (const table of ctx.tables) if (table.kind === "rekap") checkRecap(ctx, table);
  },
};
