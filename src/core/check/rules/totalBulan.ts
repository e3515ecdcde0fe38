/**
 * total across a row: the column right after a run of month columns (Jan … Des, bare or under one
 * merged header such as “Realisasi Keuangan (Rp)”) that totals them (“Jumlah”, “Total Realisasi”,
 * “Realisasi s.d. Desember”: monthColumns.ts) must be the sum of those months on each row.
 * Cumulative month columns (“Kumulatif”, “s.d.”) and percentage columns are never summed. The same
 * holds for money quarters (TW I … TW IV, then JUMLAH REALISASI).
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import type { TableReader } from "../../tables/reader";
import { isClosing } from "../../tables/closing";
import { call, rangeRef } from "../../formula";
import { fixFormula } from "../fixFormula";
import { columnRuns, monthRuns as monthBlocks } from "../../tables/monthColumns";

const TOTAL = /\b(TOTAL|JUMLAH)\b/i;
const NOT_SUMMED = /KUMULATIF|\bS\s*[./]?\s*D\b|%|PERSEN|CAPAIAN|FISIK/i;

interface MonthRun {
  months: TableColumn[];
  total: TableColumn;
}

/** The month (or last header row's) text of a column, as shown. */
function shownPart(header: string): string {
  const parts = header.split(" / ");
  return parts[parts.length - 1].trim().replace(/\.$/, "");
}

const notSummed = (total: TableColumn) => NOT_SUMMED.test(total.header.replace(/\(\s*RP\s*\)/i, ""));

/**
 * Runs of ≥ 3 adjacent month columns of one role and block, each followed by its total column
 * (monthColumns.ts: "Jumlah", "Total Realisasi", "Realisasi s.d. Desember"); months that are
 * themselves cumulative or percentages are never summed.
 */
export function monthRuns(table: RecognizedTable): MonthRun[] {
  const runs: MonthRun[] = [];
  for (const { months, total } of monthBlocks(table.columns)) {
    const first = months[0];
    if (!total || NOT_SUMMED.test(first.header)) continue;
    if (total.role === first.role || total.role === "jumlah" || total.role === "nilai") runs.push({ months, total });
  }
  return runs;
}

/**
 * Money quarters: TW I … TW IV (adjacent, one role and block) followed by a JUMLAH/TOTAL column of the
 * same role. Only for amounts (a budget table or rupiah columns): a performance indicator's year-end
 * value follows its accumulation (rule akumulasi), not always the sum.
 */
export function quarterRuns(table: RecognizedTable): MonthRun[] {
  const money = (c: TableColumn) =>
    c.unit === "rupiah" || c.measure === "keuangan" || (table.kind === "anggaran" && c.unit !== "persen");
  const runs = columnRuns(
    table.columns,
    (c) => c.quarter !== undefined && money(c),
    (c, prev) => c.quarter === (prev.quarter as number) + 1,
    (total, quarters) =>
      quarters.length >= 2 &&
      total.role === quarters[0].role &&
      total.period === "kumulatif" &&
      TOTAL.test(total.header) &&
      !notSummed(total),
  );
  return runs.flatMap(({ months, total }) => (total ? [{ months, total }] : []));
}

function sameShown(typed: TypedValue, exact: Decimal): boolean {
  if (!typed.value) return false;
  const d = typed.decimals ?? 0;
  return (
    typed.value.eq(exact) ||
    typed.value.eq(exact.toDecimalPlaces(d, Decimal.ROUND_HALF_UP)) ||
    typed.value.eq(exact.toDecimalPlaces(d, Decimal.ROUND_DOWN))
  );
}

/** The numbers of a row in the run's columns, null when one is neither a number, a dash nor empty. */
function rowValues(reader: TableReader, r: number, months: TableColumn[]): (Decimal | null)[] | null {
  const values: (Decimal | null)[] = [];
  for (const m of months) {
    const v = reader.get(r, m.index);
    if (v.kind === "number" && v.value) values.push(v.value);
    else if (v.kind === "dash" || v.kind === "empty") values.push(null);
    else return null;
  }
  return values;
}

/**
 * Months kept cumulative under bare month headers (each month the realisasi so far): on most rows
 * the values never fall and the total is the last month's, not their sum. Such months are no
 * amounts to add up, whatever the total column is headed.
 */
function cumulativeMonths(reader: TableReader, table: RecognizedTable, months: TableColumn[], total: TableColumn): boolean {
  let rows = 0;
  let cumulative = 0;
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const typed = reader.get(row.index, total.index);
    const values = rowValues(reader, row.index, months)?.filter((v): v is Decimal => v !== null);
    if (typed.kind !== "number" || !typed.value || !values || values.length < 2) continue;
    rows++;
    const rising = values.every((v, i) => i === 0 || v.gte(values[i - 1]));
    if (rising && typed.value.eq(values[values.length - 1])) cumulative++;
  }
  return rows > 0 && cumulative * 2 > rows;
}

export function rowTotals(ctx: CheckContext): void {
  for (const table of ctx.tables) {
    const runs = [...monthRuns(table), ...quarterRuns(table)];
    if (runs.length === 0) continue;
    const reader = ctx.reader(table);
    for (const { months, total } of runs) {
      if (cumulativeMonths(reader, table, months, total)) continue;
      for (const row of table.rows) {
        if (isClosing(row.role)) continue;
        const typed = reader.get(row.index, total.index);
        if (typed.kind !== "number" || !typed.value) continue;
        const values = rowValues(reader, row.index, months);
        if (!values) continue;
        const sum = values.reduce((a: Decimal, v) => (v ? a.plus(v) : a), new Decimal(0));
        if (sameShown(typed, sum) || ctx.flagged(table.sheet, typed.address)) continue;
        const from = months[0];
        const to = months[months.length - 1];
        ctx.add({
          rule: "total",
          severity: "error",
          sheet: table.sheet,
          cell: typed.address,
          message: `${total.header.trim()} tertulis ${ctx.show.value(typed)}, padahal jumlah ${shownPart(from.header)}–${shownPart(to.header)} pada baris ini ${ctx.show.number(sum, typed.decimals ?? 0)}.`,
          expected: ctx.show.number(sum, typed.decimals ?? 0),
          actual: ctx.show.value(typed),
          fix: {
            value: sum.toNumber(),
            formula: fixFormula(reader.grid.sheet, call("SUM", rangeRef(row.index, from.index, row.index, to.index))),
          },
        });
      }
    }
  }
}
