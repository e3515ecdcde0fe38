/**
 * The column of a role whose values may be compared with another table's: the reporting period's,
 * only when that is provable. A table with several columns of the role (realisasi 2022 | 2023 | 2024
 * | Tahun 2025) gives the one its own arithmetic ties to the period's ratio, the one cumulative column
 * among quarters, or the one column of the latest year; otherwise none, rather than a value of
 * another year.
 */
import type { ColumnRole, RecognizedTable, TableColumn } from "../tables/types";
import { isRenstraColumn, mainColumn, periodRatio, type ColumnChoice } from "../tables/columns";
import { normHeader } from "../tables/text";

/** The one year a text names (`Realisasi 2024`, `Tahun 2025 / Target`); none when it names two. */
function yearIn(text: string | undefined): number | undefined {
  const years = new Set((normHeader(text ?? "").match(/\b(19[5-9]\d|20\d\d)\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : undefined;
}

/** The year a column's header or block names, else the one year of its table's title or sheet name. */
export function columnYear(table: RecognizedTable, c: TableColumn): number | undefined {
  return yearIn(c.header) ?? yearIn(c.block) ?? yearIn(table.title) ?? yearIn(table.sheet);
}

function candidates(table: RecognizedTable, role: ColumnRole, measure: ColumnChoice["measure"]): TableColumn[] {
  return table.columns.filter(
    (c) =>
      c.role === role &&
      !isRenstraColumn(c) &&
      c.period !== "kumulatif-lalu" &&
      (measure === undefined || c.measure === undefined || c.measure === measure),
  );
}

function tiedToRatio(table: RecognizedTable, col: TableColumn, role: ColumnRole): boolean {
  const budget = role === "anggaran" || col.measure === "keuangan" || table.kind === "anggaran";
  const ratio = periodRatio(table, budget ? "persen" : "capaian");
  if (!ratio) return false;
  return role === "realisasi" ? ratio.numerator === col.index : ratio.denominator === col.index;
}

/** The one candidate whose own header or block names a later year than every other candidate's. */
function latestYear(pool: TableColumn[]): TableColumn | undefined {
  const own = (c: TableColumn) => yearIn(c.header) ?? yearIn(c.block);
  if (pool.some((c) => own(c) === undefined)) return undefined;
  const sorted = [...pool].sort((a, b) => (own(b) as number) - (own(a) as number));
  return own(sorted[0]) !== own(sorted[1]) ? sorted[0] : undefined;
}

export function comparableColumn(table: RecognizedTable, role: ColumnRole, choice: ColumnChoice = {}): TableColumn | undefined {
  const main = mainColumn(table, role, choice);
  if (!main) return undefined;
  const pool = candidates(table, role, choice.measure);
  if (main.chosen || pool.length <= 1 || tiedToRatio(table, main, role)) return main;
  const rivals = pool.filter((c) => c !== main);
  if (main.period === "kumulatif" && rivals.every((c) => c.period === "periode")) return main;
  return latestYear(pool);
}
