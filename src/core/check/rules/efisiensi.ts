/**
 * efisiensi: in an efficiency table (capaian kinerja % | pagu | realisasi | serapan % | selisih |
 * label), the selisih ≠ capaian − serapan of its row, or the label is not the e-SAKIP one for it
 * (capaian − serapan above 5 efisien, within ±5 cukup efisien, below −5 tidak efisien). A column
 * that says only "Efisien" / "Tidak Efisien" may follow capaian ≥ serapan instead: such a label is
 * accepted when it fits either reading.
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableColumn, TableRow, TypedValue } from "../../tables/types";
import { efisiensi as efficiencyOf, type EfisiensiLabel } from "../../arithmetic";
import { efficiencyWord } from "../../tables/efficiencyColumns";
import { isRenstraColumn, periodRatio } from "../../tables/columns";
import { toA1 } from "../../workbook/address";
import { agrees, uncertainty } from "../compare";
import { fixNumber } from "../show";
import { bin, ref } from "../../formula";
import { fixFormula } from "../fixFormula";
import { ColumnCheck } from "../uncertain";
import { copiedValue } from "../capaianCopies";

const FIVE = new Decimal(5);

interface Operands {
  capaian: TableColumn;
  serapan: TableColumn;
  /** Realisasi and pagu the serapan divides, when known: a selisih from the right serapan is right where the typed serapan is wrong. */
  persen?: { numerator: number; denominator: number };
  difference?: TableColumn;
  label?: TableColumn;
}

function operands(ctx: CheckContext, table: RecognizedTable): Operands | null {
  const difference = table.columns.find((c) => c.role === "efisiensi");
  const capaian = table.columns.find((c) => c.role === "capaian" && !isRenstraColumn(c));
  const ratio = periodRatio(table, "persen");
  const serapan = table.columns.find((c) => c.role === "persen" && (ratio === undefined || c.index === ratio.column));
  if (!capaian || !serapan) return null;
  const reader = ctx.reader(table);
  const label = table.columns.find((c) => {
    if (c.role !== "keterangan") return false;
    const words = table.rows.map((r) => reader.get(r.index, c.index)).filter((v) => v.kind === "text");
    return words.length > 0 && words.filter((v) => efficiencyWord(v.text)).length * 2 > words.length;
  });
  if (!difference && !label) return null;
  return { capaian, serapan, difference, label, persen: ratio };
}

const numeric = (v: TypedValue) => (v.kind === "number" || v.kind === "dash") && !!v.value;

/**
 * A program with no capaian kinerja (a penunjang program without indicators: "-") or no serapan ("-")
 * has no efficiency: its selisih and label are not checked unless the sheet typed a selisih number,
 * having read the dash as 0 (which is then checked so).
 */
function notMeasured(
  reader: ReturnType<CheckContext["reader"]>,
  row: TableRow,
  o: Operands,
  c: TypedValue,
  s: TypedValue,
): boolean {
  if (c.kind !== "dash" && s.kind !== "dash") return false;
  return !o.difference || reader.get(row.index, o.difference.index).kind !== "number";
}

/** The labels a difference may carry: the e-SAKIP one (both neighbours at exactly ±5), and by sign when the column has no "cukup efisien". */
function fitting(x: Decimal, threeWords: boolean): Set<EfisiensiLabel> {
  const out = new Set<EfisiensiLabel>([efficiencyOf(x, new Decimal(0)).label]);
  if (x.abs().eq(FIVE)) out.add(x.isPositive() ? "efisien" : "tidak efisien").add("cukup efisien");
  if (!threeWords) {
    if (x.gte(0)) out.add("efisien");
    if (x.lte(0)) out.add("tidak efisien");
  }
  return out;
}

/** The label written as the cell writes its own (CUKUP EFISIEN, Cukup Efisien, Cukup efisien). */
function written(label: EfisiensiLabel, like: string): string {
  if (like === like.toUpperCase()) return label.toUpperCase();
  const first = label.charAt(0).toUpperCase() + label.slice(1);
  // "Cukup efisien": only the first word capitalised; otherwise each word ("Cukup Efisien").
  return /^\S+\s+[a-z]/.test(like.trim()) ? first : label.replace(/\b\w/g, (ch) => ch.toUpperCase());
}

/** Realisasi ÷ pagu × 100 of the row, to the serapan's decimals as typed. */
function recomputedSerapan(reader: ReturnType<CheckContext["reader"]>, row: number, o: Operands): Decimal | null {
  if (!o.persen) return null;
  const n = reader.get(row, o.persen.numerator).value;
  const d = reader.get(row, o.persen.denominator).value;
  if (!n || !d || d.isZero()) return null;
  return n
    .times(100)
    .div(d)
    .toDecimalPlaces(reader.get(row, o.serapan.index).decimals ?? 2, Decimal.ROUND_HALF_UP);
}

function checkTable(ctx: CheckContext, table: RecognizedTable, o: Operands): void {
  const reader = ctx.reader(table);
  const sheet = reader.grid.sheet;
  const diffCheck = o.difference ? new ColumnCheck(ctx, table, o.difference.index, "capaian − serapan", false) : undefined;
  const diffSink = diffCheck?.sink();
  const labelCheck = o.label ? new ColumnCheck(ctx, table, o.label.index, "label efisiensi (±5 poin)", false) : undefined;
  const labelSink = labelCheck?.sink();
  const threeWords =
    !!o.label && table.rows.some((r) => efficiencyWord(reader.get(r.index, o.label!.index).text) === "cukup efisien");
  for (const row of table.rows) {
    const c = reader.get(row.index, o.capaian.index);
    const s = reader.get(row.index, o.serapan.index);
    if (!numeric(c) || !numeric(s)) continue;
    if (notMeasured(reader, row, o, c, s)) continue;
    const exact = (c.value as Decimal).minus(s.value as Decimal);
    let primary = exact;
    const candidates = [exact];
    const fromRatio = recomputedSerapan(reader, row.index, o);
    if (fromRatio) candidates.push((c.value as Decimal).minus(fromRatio));
    // A capaian copied wrong from the PK (beda-antar-tabel reports it): a selisih from the PK's capaian is right.
    const copied = copiedValue(ctx, table.sheet, c.address);
    if (copied) candidates.push(copied.minus(s.value as Decimal), ...(fromRatio ? [copied.minus(fromRatio)] : []));
    if (o.difference && diffSink && diffCheck) {
      const typed = reader.get(row.index, o.difference.index);
      if (numeric(typed)) {
        diffCheck.checked();
        const spread = uncertainty(c).plus(uncertainty(s));
        const range = spread.isZero() ? undefined : { lo: exact.minus(spread), hi: exact.plus(spread) };
        if (candidates.some((x) => agrees(typed, x, range && { lo: x.minus(spread), hi: x.plus(spread) }))) {
          primary = typed.value as Decimal;
          candidates.push(primary);
        } else reportDifference(ctx, diffSink, table, row, o, typed, c, s, exact, sheet);
      }
    }
    if (o.label && labelSink && labelCheck) {
      const typed = reader.get(row.index, o.label.index);
      const word = typed.kind === "text" ? efficiencyWord(typed.text) : null;
      if (!word) continue;
      labelCheck.checked();
      if (candidates.some((x) => fitting(x, threeWords).has(word))) continue;
      const expected = efficiencyOf(primary, new Decimal(0)).label;
      const text = written(expected, typed.text ?? "");
      labelSink.add({
        rule: "efisiensi",
        severity: "error",
        sheet: table.sheet,
        cell: typed.address,
        message: `Tingkat efisiensi tertulis “${typed.text}”, padahal selisih capaian − serapan ${ctx.show.number(primary, 2)} poin memberi “${text}” (efisien bila di atas 5, cukup efisien dalam ±5, tidak efisien di bawah −5).`,
        expected: text,
        actual: typed.text ?? "",
        fix: { value: text },
      });
    }
  }
  diffCheck?.flush();
  labelCheck?.flush();
}

function reportDifference(
  ctx: CheckContext,
  sink: CheckContext,
  table: RecognizedTable,
  row: TableRow,
  o: Operands,
  typed: TypedValue,
  c: TypedValue,
  s: TypedValue,
  exact: Decimal,
  sheet: ReturnType<CheckContext["reader"]>["grid"]["sheet"],
): void {
  const d = Math.max(typed.decimals ?? 0, 2);
  const cRef = toA1(row.index, o.capaian.index);
  const sRef = toA1(row.index, o.serapan.index);
  sink.add({
    rule: "efisiensi",
    severity: "error",
    sheet: table.sheet,
    cell: typed.address,
    message: `Selisih capaian − serapan tertulis ${ctx.show.value(typed)}, seharusnya ${ctx.show.number(exact, d)} (${cRef} − ${sRef}: ${ctx.show.operand(c)} − ${ctx.show.operand(s)}).`,
    expected: ctx.show.number(exact, d),
    actual: ctx.show.value(typed),
    fix: {
      value: fixNumber(exact, d),
      formula: fixFormula(sheet, bin("-", ref(row.index, o.capaian.index), ref(row.index, o.serapan.index))),
    },
  });
}

export const efisiensiRule: Rule = {
  id: "efisiensi",
  name: "Efisiensi tidak sama dengan capaian − serapan",
  severity: "error",
  doc: "Selisih capaian kinerja − serapan anggaran, atau label Efisien/Cukup Efisien/Tidak Efisien (±5 poin), yang tidak sesuai dengan barisnya.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (!table.columns.some((c) => c.role === "efisiensi" || c.role === "keterangan")) continue;
      const o = operands(ctx, table);
      if (o) checkTable(ctx, table, o);
    }
  },
};
