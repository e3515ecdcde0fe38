/**
 * Realisasi per bulan: a run of month columns (Jan … Des, at least three adjacent, one role and
 * block) and the column right after it that totals them. That column plays two parts: it is the row
 * sum of the months, and the realisasi the table's % divides by the pagu; its header says either
 * ("Jumlah", "Total", "Total Realisasi", "Realisasi s.d. Desember", "Jumlah s.d. Des").
 */
import type { TableColumn } from "./types";
import { monthOf } from "./months";
import { normHeader } from "./text";

/** The last header row's text of a column, as shown. */
export const shownHeader = (header: string): string => (header.split(" / ").pop() ?? "").trim();

/** The month (1–12) a column's own header names, else undefined. */
export const monthOfColumn = (c: TableColumn): number | undefined => monthOf(shownHeader(c.header));

const TOTAL = /\b(TOTAL|JUMLAH)\b/;
const UP_TO = /\b(S D|SD|SAMPAI DENGAN|HINGGA)\b/;
/** Cumulative, percentage or physical-progress words: such a column is no sum of months. */
const NOT_SUMMED = /KUMULATIF|%|PERSEN|CAPAIAN|FISIK/;

/**
 * True when a header reads as the total of month columns ending at month `last`: "Jumlah", "Total
 * Realisasi (Rp)", or up to that month ("Realisasi s.d. Desember", "Jumlah s.d. Des"). Up to another
 * month, to "bulan ini", cumulative or a percentage: not a sum of these months.
 */
export function totalsMonths(header: string, last: number): boolean {
  const t = normHeader(header.replace(/\(\s*rp\.?\s*\)/gi, " "));
  if (NOT_SUMMED.test(t) || monthOf(shownHeader(header)) !== undefined) return false;
  const upTo = UP_TO.exec(t);
  if (!upTo) return TOTAL.test(t);
  const [word] = t
    .slice(upTo.index + upTo[0].length)
    .trim()
    .replace(/^BULAN /, "")
    .split(" ");
  return monthOf(word ?? "") === last;
}

export interface ColumnRun {
  months: TableColumn[];
  /** The column right after the run that totals it, when `isTotal` says so. */
  total?: TableColumn;
}

/**
 * Runs of adjacent columns of one role and block whose members `starts` / `continues` accept (month
 * columns, money quarters TW I … TW IV), each with the column right after it as its total when
 * `isTotal` accepts that column.
 */
export function columnRuns(
  columns: TableColumn[],
  starts: (c: TableColumn) => boolean,
  continues: (c: TableColumn, prev: TableColumn) => boolean,
  isTotal: (total: TableColumn, run: TableColumn[]) => boolean,
): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const cols = [...columns].sort((a, b) => a.index - b.index);
  let i = 0;
  while (i < cols.length) {
    const first = cols[i];
    if (!starts(first)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < cols.length &&
      cols[j].index === cols[j - 1].index + 1 &&
      cols[j].role === first.role &&
      cols[j].block === first.block &&
      continues(cols[j], cols[j - 1])
    )
      j++;
    const run = cols.slice(i, j);
    const next = cols[j];
    i = j;
    const total = next && next.index === run[run.length - 1].index + 1 && isTotal(next, run) ? next : undefined;
    runs.push(total ? { months: run, total } : { months: run });
  }
  return runs;
}

const isMonthColumn = (c: TableColumn) => monthOfColumn(c) !== undefined;

/** Runs of ≥ 3 adjacent month columns of one role and block, each with its total column when there is one. */
export function monthRuns(columns: TableColumn[]): ColumnRun[] {
  const runs = columnRuns(columns, isMonthColumn, isMonthColumn, (total, months) =>
    totalsMonths(total.header, monthOfColumn(months[months.length - 1]) as number),
  );
  return runs.filter((r) => r.months.length >= 3);
}

/** Roles a months' total may have been read with before it is known to total them ("Jumlah" reads as a count). */
const PROVISIONAL = new Set<TableColumn["role"]>(["jumlah", "nilai", "lainnya"]);

/** A % header of realisasi or serapan, or a bare "%": never physical progress or a performance capaian. */
const BUDGET_PERCENT = /^%$|\b(REALISASI|SERAPAN)\b/;
const NOT_BUDGET_PERCENT = /\b(FISIK|KINERJA|CAPAIAN)\b/;

/**
 * In a budget table (it has a pagu column), month columns headed only by their month hold the
 * realisasi of that month (the report names no other amount per month), and the column totalling
 * them is the realisasi of the year: the amount its % divides by the pagu. Without a target column,
 * that "% Realisasi" is the budget ratio, not a capaian, even where most of its rows are wrong.
 */
export function monthlyRealisasi(columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === "anggaran")) return;
  let totalled = false;
  for (const { months, total } of monthRuns(columns)) {
    if (months[0].role === "lainnya") {
      for (const c of months) {
        c.role = "realisasi";
        c.measure = "keuangan";
        c.period = "periode";
        c.evidence = [...(c.evidence ?? []), "peran: realisasi per bulan di tabel anggaran (judul hanya menyebut bulan)"];
      }
    }
    const role = months[0].role;
    if (!total || role !== "realisasi") continue;
    if (total.role !== role && !PROVISIONAL.has(total.role)) continue;
    const from = months[0].letter;
    const to = months[months.length - 1].letter;
    total.role = role;
    total.period = "kumulatif";
    total.measure = months[0].measure ?? "keuangan";
    total.evidence = [...(total.evidence ?? []), `peran: jumlah realisasi bulan ${from}…${to} di kirinya`];
    totalled = true;
  }
  if (!totalled || columns.some((c) => c.role === "target")) return;
  for (const c of columns) {
    const h = normHeader(c.header);
    if (c.role !== "capaian" || !BUDGET_PERCENT.test(h) || NOT_BUDGET_PERCENT.test(h)) continue;
    c.role = "persen";
    c.evidence = [...(c.evidence ?? []), "peran: persen realisasi anggaran (tabel realisasi per bulan tanpa kolom target)"];
  }
}
