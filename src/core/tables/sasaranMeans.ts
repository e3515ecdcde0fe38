/**
 * Capaian sasaran columns: "CAPAIAN SASARAN (%)" beside "CAPAIAN INDIKATOR (%)", one value per
 * sasaran (merged down over its indicator rows, or on its first row). Such a column divides nothing:
 * it averages the indicator capaian of its sasaran, so it is never paired as realisasi ÷ target.
 */
import type { RecognizedTable, TableColumn, TableRow } from "./types";
import { Grid } from "./grid";
import { isClosing } from "./closing";
import { normHeader } from "./text";

const SASARAN = /\bSASARAN\b/;

function namesSasaran(col: TableColumn): boolean {
  return SASARAN.test(normHeader(col.header));
}

/** The indicator capaian column a capaian sasaran column averages: the nearest capaian column not named for the sasaran. */
function indicatorColumn(table: RecognizedTable, col: TableColumn): TableColumn | undefined {
  if (col.role !== "capaian" || !namesSasaran(col)) return undefined;
  const others = table.columns.filter((c) => c.role === "capaian" && c.index !== col.index && !namesSasaran(c));
  const same = others.filter((c) => c.block === col.block);
  const pool = same.length ? same : others;
  return pool.sort((a, b) => Math.abs(a.index - col.index) - Math.abs(b.index - col.index))[0];
}

/** True for a capaian sasaran column that averages another capaian column (not a ratio of its own). */
export function isSasaranMeanColumn(table: RecognizedTable, col: TableColumn): boolean {
  return indicatorColumn(table, col) !== undefined;
}

export function resolveSasaranMeans(table: RecognizedTable): void {
  for (const col of table.columns) {
    if (col.chosen) continue;
    const of = indicatorColumn(table, col);
    if (!of) continue;
    (table.sasaranMeans ??= []).push({ column: col.index, of: of.index });
  }
}

/** One sasaran's capaian cell and the indicator rows it averages. */
export interface SasaranGroup {
  /** Sheet row of the cell holding the capaian sasaran. */
  row: number;
  /** The indicator and sub-indicator rows of that sasaran. */
  rows: TableRow[];
}

/**
 * The sasaran groups of a capaian sasaran column: rows under its merged cell, or else the rows of the
 * sasaran the cell's row belongs to. A group where the column holds several numbers (the value repeated
 * on each indicator row, or per-indicator values) is left out: which one averages what is not known.
 */
export function sasaranGroups(grid: Grid, table: RecognizedTable, column: number): SasaranGroup[] {
  const data = table.rows.filter((r) => !isClosing(r.role));
  const indicators = data.filter((r) => r.role === "indikator" || r.role === "sub-indikator");
  const holds = (r: number) => typeof grid.value(r, column) === "number";
  const groups: SasaranGroup[] = [];
  for (const row of data) {
    if (!holds(row.index)) continue;
    const m = grid.merge(row.index, column);
    let rows: TableRow[];
    if (m && m.bottom > m.top) {
      rows = indicators.filter((r) => r.index >= m.top && r.index <= m.bottom);
    } else {
      const key = row.role === "sasaran" ? row.index : row.sasaranRow;
      if (key === undefined) continue;
      rows = indicators.filter((r) => r.sasaranRow === key);
    }
    if (rows.length === 0) continue;
    const lo = Math.min(row.index, rows[0].index);
    const hi = Math.max(row.index, rows[rows.length - 1].index);
    const numbers = data.filter((r) => r.index >= lo && r.index <= hi && holds(r.index)).length;
    if (numbers !== 1) continue;
    groups.push({ row: row.index, rows });
  }
  return groups;
}
