/**
 * Each indicator's capaian across the indicator tables (typed, else recomputed and capped as stated),
 * once per indicator name. A typed value already found wrong counts as recomputed.
 */
import type Decimal from "decimal.js";
import { labelKey } from "../../tables/text";
import type { CheckContext } from "../context";
import type { RecognizedTable } from "../../tables/types";
import { exactRatio } from "./ratio";
import { cappedCapaian } from "../capaianCap";

export interface IndicatorCapaian {
  key: string;
  label: string;
  value: Decimal;
  /** The sheet as typed, wrong or not: its capaian number and its predikat word (for a recap counted from them). */
  typed?: Decimal;
  word?: string;
}

const notMeasured = (kind: string) => kind === "dash" || kind === "empty";

/** Over the given tables (default: every table of the check). */
export function indicatorCapaian(ctx: CheckContext, tables: readonly RecognizedTable[] = ctx.tables): IndicatorCapaian[] {
  const byKey = new Map<string, IndicatorCapaian>();
  for (const table of tables) {
    if (table.kind !== "indikator") continue;
    const ratio = table.ratios.filter((r) => r.kind === "capaian").pop();
    if (!ratio) continue;
    const reader = ctx.reader(table);
    const predikat = table.columns.find((c) => c.role === "predikat");
    for (const row of table.rows) {
      if (row.role !== "indikator" || !row.label) continue;
      const key = labelKey(row.label);
      if (byKey.has(key)) continue;
      const typed = reader.get(row.index, ratio.column);
      // A capaian written "-" beside a realisasi "-" or empty: the indicator was not measured this year.
      if (typed.kind === "dash" && notMeasured(reader.get(row.index, ratio.numerator).kind)) continue;
      // A typed capaian an earlier rule found wrong is not counted as typed: its recomputation is.
      const trusted = typed.kind === "number" && !ctx.flagged(table.sheet, typed.address);
      let value = trusted ? typed.value : undefined;
      if (!value) {
        const numerator = reader.get(row.index, ratio.numerator);
        const denominator = reader.get(row.index, ratio.denominator);
        const exact = exactRatio({ table, ratio, row, typed, numerator, denominator }, ctx);
        value = exact ? cappedCapaian(ctx, table, row, exact) : undefined;
      }
      if (!value) continue;
      const word = predikat ? reader.grid.text(row.index, predikat.index).trim() : "";
      byKey.set(key, {
        key,
        label: row.label,
        value,
        ...(typed.kind === "number" ? { typed: typed.value } : {}),
        ...(word ? { word } : {}),
      });
    }
  }
  return byKey.size > 0 || tables !== ctx.tables ? [...byKey.values()] : typedOnly(ctx, tables);
}

/**
 * How many indicators the capaian tables list without a capaian this period (realisasi "n/a" or "-",
 * a survey not held): indicator rows with something typed in their target, realisasi or capaian, once
 * per name, not among the measured ones. A recap with a "Tidak diukur" row counts these.
 */
export function unmeasuredCount(
  ctx: CheckContext,
  measured: IndicatorCapaian[],
  tables: readonly RecognizedTable[] = ctx.tables,
): number {
  const seen = new Set(measured.map((i) => i.key));
  let n = 0;
  for (const table of tables) {
    if (table.kind !== "indikator") continue;
    const ratio = table.ratios.filter((r) => r.kind === "capaian").pop();
    if (!ratio) continue;
    const reader = ctx.reader(table);
    for (const row of table.rows) {
      if (row.role !== "indikator" || !row.label) continue;
      const key = labelKey(row.label);
      if (seen.has(key)) continue;
      const cells = [ratio.column, ratio.numerator, ratio.denominator].map((c) => reader.get(row.index, c).kind);
      if (cells.every((k) => k === "empty")) continue;
      seen.add(key);
      n++;
    }
  }
  return n;
}

/**
 * Without a table that computes its capaian (target, realisasi), the indicators of one that only
 * states it (an Efisiensi sheet: indikator | capaian kinerja | pagu | realisasi | serapan): as typed.
 */
function typedOnly(ctx: CheckContext, tables: readonly RecognizedTable[]): IndicatorCapaian[] {
  const byKey = new Map<string, IndicatorCapaian>();
  for (const table of tables) {
    if (table.kind !== "indikator" || !table.columns.some((c) => c.role === "indikator")) continue;
    const capaian = table.columns.find((c) => c.role === "capaian");
    if (!capaian) continue;
    const reader = ctx.reader(table);
    for (const row of table.rows) {
      if (row.role !== "indikator" || !row.label) continue;
      const key = labelKey(row.label);
      const typed = reader.get(row.index, capaian.index);
      if (byKey.has(key) || typed.kind !== "number" || !typed.value) continue;
      byKey.set(key, { key, label: row.label, value: typed.value, typed: typed.value });
    }
  }
  return [...byKey.values()];
}
