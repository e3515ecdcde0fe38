/**
 * total across a row: a “Total/Jumlah” column right after a run of month columns (Jan … Des under one
 * merged header such as “Realisasi Keuangan (Rp)”) must be the sum of those months on each row.
 * Cumulative month columns (“Kumulatif”, “s.d.”) and percentage columns are never summed.
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import { isClosing } from "../../tables/closing";
import { call, rangeRef } from "../../formula";
import { fixFormula } from "../fixFormula";
import { expectedText, shown } from "../show";

const MONTH =
  /^(JAN(UARI)?|PEB(RUARI)?|FEB(RUARI)?|MAR(ET)?|APR(IL)?|MEI|JUNI?|JULI?|AGU?S?T(US)?|AGT|SEPT?(EMBER)?|OKT(OBER)?|NOP(EMBER)?|NOV(EMBER)?|DES(EMBER)?)$/;
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

const lastPart = (header: string) => shownPart(header).toUpperCase();

/** Runs of ≥ 3 adjacent month columns of one role and block, each followed by its total column. */
export function monthRuns(table: RecognizedTable): MonthRun[] {
  const runs: MonthRun[] = [];
  const cols = [...table.columns].sort((a, b) => a.index - b.index);
  let i = 0;
  while (i < cols.length) {
    const first = cols[i];
    if (!MONTH.test(lastPart(first.header))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < cols.length &&
      cols[j].index === cols[j - 1].index + 1 &&
      cols[j].role === first.role &&
      cols[j].block === first.block &&
      MONTH.test(lastPart(cols[j].header))
    )
      j++;
    const months = cols.slice(i, j);
    const total = cols[j];
    i = j;
    if (months.length < 3 || !total || total.index !== months[months.length - 1].index + 1) continue;
    if (!TOTAL.test(total.header) || MONTH.test(lastPart(total.header))) continue;
    if (total.role !== first.role && total.role !== "jumlah" && total.role !== "nilai") continue;
    if (NOT_SUMMED.test(first.header) || NOT_SUMMED.test(total.header.replace(/\(\s*RP\s*\)/i, ""))) continue;
    runs.push({ months, total });
  }
  return runs;
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

export function rowTotals(ctx: CheckContext): void {
  for (const table of ctx.tables) {
    const runs = monthRuns(table);
    if (runs.length === 0) continue;
    const reader = ctx.reader(table);
    for (const { months, total } of runs) {
      for (const row of table.rows) {
        if (isClosing(row.role)) continue;
        const typed = reader.get(row.index, total.index);
        if (typed.kind !== "number" || !typed.value) continue;
        let sum = new Decimal(0);
        let ok = true;
        for (const m of months) {
          const v = reader.get(row.index, m.index);
          if (v.kind === "number" && v.value) sum = sum.plus(v.value);
          else if (v.kind !== "dash" && v.kind !== "empty") ok = false;
        }
        if (!ok || sameShown(typed, sum) || ctx.flagged(table.sheet, typed.address)) continue;
        const from = months[0];
        const to = months[months.length - 1];
        ctx.add({
          rule: "total",
          severity: "error",
          sheet: table.sheet,
          cell: typed.address,
          message: `${total.header.trim()} tertulis ${shown(typed)}, padahal jumlah ${shownPart(from.header)}–${shownPart(to.header)} pada baris ini ${expectedText(sum, typed.decimals ?? 0)}.`,
          expected: expectedText(sum, typed.decimals ?? 0),
          actual: shown(typed),
          fix: {
            value: sum.toNumber(),
            formula: fixFormula(reader.grid.sheet, call("SUM", rangeRef(row.index, from.index, row.index, to.index))),
          },
        });
      }
    }
  }
}
