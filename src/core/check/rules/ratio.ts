/**
 * Shared pass for ratio columns: capaian (realisasi/target, with polarity) and persen anggaran
 * (realisasi/anggaran). Typed values are compared at the precision they show.
 */
import Decimal from "decimal.js";
import { capaian, percentOf } from "../../arithmetic";
import type { RatioMeasure, RecognizedTable, TableRow, TypedValue } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import type { CheckContext } from "../context";
import { agrees, agreesWithin, ratioRange, scaledRatioRange, type Range } from "../compare";
import { fixValueFor, holdsFraction } from "../show";
import { capaianFormula, ratioFormula, ref } from "../../formula";
import type { Expr } from "../../formula";
import { fixFormula } from "../fixFormula";

export interface RatioCase {
  table: RecognizedTable;
  ratio: RatioMeasure;
  row: TableRow;
  typed: TypedValue;
  numerator: TypedValue;
  denominator: TypedValue;
}

/** Rows and operands of every ratio column of the given kind, with typed, numerator and denominator read. */
export function* ratioCases(
  ctx: CheckContext,
  kind: "capaian" | "persen",
  rows: (t: RecognizedTable) => TableRow[],
): Generator<RatioCase> {
  for (const table of ctx.tables) {
    const reader = ctx.reader(table);
    for (const ratio of table.ratios) {
      if (ratio.kind !== kind) continue;
      for (const row of rows(table)) yield readCase(reader, table, ratio, row);
    }
  }
}

export function readCase(reader: TableReader, table: RecognizedTable, ratio: RatioMeasure, row: TableRow): RatioCase {
  return {
    table,
    ratio,
    row,
    typed: reader.get(row.index, ratio.column),
    numerator: reader.get(row.index, ratio.numerator),
    denominator: reader.get(row.index, ratio.denominator),
  };
}

/**
 * Target and realisasi the same word or phrase ("WTP" and "WTP", "Tersedia" and "Tersedia"): a
 * qualitative indicator met, whose capaian is 100.
 */
export function sameQualitative(c: RatioCase): boolean {
  if (c.ratio.kind !== "capaian" || c.numerator.kind !== "text" || c.denominator.kind !== "text") return false;
  const key = (t: TypedValue) => (t.text ?? "").replace(/\s+/g, " ").trim().toUpperCase();
  const target = key(c.denominator);
  return target !== "" && /\p{L}/u.test(target) && key(c.numerator) === target;
}

/**
 * A capaian whose realisasi or target is "-" and which is itself not a number ("-", empty, a note):
 * the indicator has no data this period (a BPS figure not yet released), so no capaian is expected,
 * whatever its polarity. Reading the dash as 0 would expect 0 of a positive indicator, which a "-"
 * happens to agree with, but 200 of a negative one. (A capaian typed as a number beside the dash
 * read it as 0, and is checked so; in a budget table "-" is 0 rupiah and stays so.)
 */
export function notMeasured(c: RatioCase): boolean {
  return (
    c.ratio.kind === "capaian" && c.typed.kind !== "number" && (c.numerator.kind === "dash" || c.denominator.kind === "dash")
  );
}

/**
 * The exact ratio for a case, or null when an operand is missing or the divisor is zero, or the
 * indicator was not measured (notMeasured). A capaian with target 0 follows the arithmetic's
 * target-0 rule only where that gives a value the typed one already agrees with: peers disagree
 * there, so a different typed value is not flagged.
 */
export function exactRatio(c: RatioCase, ctx: CheckContext): Decimal | null {
  const n = c.numerator.value;
  const d = c.denominator.value;
  if (!n || !d || notMeasured(c)) return null;
  if (d.isZero()) {
    if (c.ratio.kind !== "capaian") return null;
    const r = capaian(d, n, { polaritas: c.row.polarity, metode: ctx.options.negativeMethod ?? "selisih" });
    return r.ok && agrees(c.typed, r.value) ? r.value : null;
  }
  if (c.ratio.kind === "persen") {
    const r = percentOf(n, d, "");
    return r.ok ? r.value : null;
  }
  const r = capaian(d, n, { polaritas: c.row.polarity, metode: ctx.options.negativeMethod ?? "selisih" });
  return r.ok ? r.value : null;
}

/** True when the typed ratio agrees with the exact one (or with what rounded operands allow). */
export function ratioAgrees(c: RatioCase, exact: Decimal): boolean {
  if (agrees(c.typed, exact)) return true;
  if (c.ratio.kind === "capaian" && c.row.polarity === "negatif") return false;
  if (agrees(c.typed, exact, ratioRange(c.numerator, c.denominator))) return true;
  // Amounts kept in thousands or millions: a % computed from the full amounts is right within their rounding.
  const scaled = c.ratio.kind === "persen" ? scaledRange(c) : undefined;
  return !!scaled && agreesWithin(c.typed, scaled);
}

function scaledRange(c: RatioCase): Range | undefined {
  const per = (index: number) => {
    const col = c.table.columns.find((x) => x.index === index);
    return (col?.unit === "rupiah" && col.rupiahPer) || 1;
  };
  return scaledRatioRange(c.numerator, c.denominator, per(c.ratio.numerator), per(c.ratio.denominator));
}

/** The ratio's formula over the row's operand cells (capaian with its polarity, method and cap). */
export function ratioFormulaFor(c: RatioCase, ctx: CheckContext, cap?: Decimal, percentCell = holdsFraction(c.typed)): Expr {
  const n = ref(c.row.index, c.ratio.numerator);
  const d = ref(c.row.index, c.ratio.denominator);
  if (c.ratio.kind === "persen") return ratioFormula(n, d, percentCell);
  const method = { polarity: c.row.polarity, negativeMethod: ctx.options.negativeMethod ?? "selisih", cap } as const;
  return capaianFormula(d, n, method, percentCell);
}

/** Builds and adds the finding for a ratio that does not agree (`cap`: the stated cap the expected value is held to). */
export function reportRatio(
  ctx: CheckContext,
  c: RatioCase,
  exact: Decimal,
  rule: string,
  message: string,
  cap?: Decimal,
  severity: "error" | "warning" = "error",
): void {
  const decimals = Math.max(c.typed.decimals ?? 0, 2);
  ctx.add({
    rule,
    severity,
    sheet: c.table.sheet,
    cell: c.typed.address,
    message,
    expected: ctx.show.number(exact, decimals),
    actual: ctx.show.value(c.typed),
    fix: {
      value: fixValueFor(holdsFraction(c.typed), exact, decimals),
      formula: fixFormula(ctx.reader(c.table).grid.sheet, ratioFormulaFor(c, ctx, cap)),
    },
  });
}
