/**
 * The indicators of the performance table a report's Chapter III is built on, grouped by sasaran,
 * with sub-indicators under their indicator and the source values each needs.
 */
import type { RecognizedTable, TableRow } from "../tables/types";
import { TableReader } from "../tables/reader";
import { BULLET } from "../tables/text";
import type { Workbook } from "../workbook/model";
import { capaianColumnFor, currentColumn } from "./columns";
import { SourceValue, sourceValue } from "./source";

export interface IndicatorEntry {
  row: TableRow;
  /** Label without numbering or bullet. */
  label: string;
  satuan: string;
  target: SourceValue | null;
  realisasi: SourceValue | null;
  /** The capaian as the source typed it (compared, never trusted). */
  typedCapaian: SourceValue | null;
  /** Predikat as typed, when the table has a predikat column. */
  typedPredikat: SourceValue | null;
  subs: IndicatorEntry[];
}

export interface SasaranGroup {
  text: string;
  indicators: IndicatorEntry[];
}

export interface IndicatorSet {
  table: RecognizedTable;
  sheet: string;
  groups: SasaranGroup[];
  /** Closing rows (`Capaian Kinerja Sasaran`, `Rata-rata`) with their typed capaian. */
  closings: { row: TableRow; capaian: SourceValue | null }[];
}

/** "1. Jumlah …", "❖ Pengadaan …", "a) …" -> the label alone. */
export function cleanLabel(label: string): string {
  return label
    .replace(BULLET, "")
    .replace(/^\s*(\d+[.)]|[a-z][.)])\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Indicator rows with target and realisasi numbers in the reporting period. */
export function measurableRows(workbook: Workbook, table: RecognizedTable): number {
  const t = currentColumn(table, "target");
  const r = currentColumn(table, "realisasi", "kinerja");
  if (!t || !r) return 0;
  const reader = TableReader.forWorkbook(workbook, table);
  return table.rows.filter(
    (row) => (row.role === "indikator" || row.role === "sub-indikator") && reader.get(row.index, r.index).kind === "number",
  ).length;
}

/** The performance table with the most measurable indicators (the first on a tie). */
export function mainIndicatorTable(workbook: Workbook, tables: RecognizedTable[]): RecognizedTable | undefined {
  let best: RecognizedTable | undefined;
  let bestCount = 0;
  for (const table of tables) {
    if (table.kind !== "indikator") continue;
    const count = measurableRows(workbook, table);
    if (count > bestCount) {
      best = table;
      bestCount = count;
    }
  }
  return best;
}

export function readIndicators(workbook: Workbook, table: RecognizedTable): IndicatorSet {
  const reader = TableReader.forWorkbook(workbook, table);
  const targetCol = currentColumn(table, "target");
  const realCol = currentColumn(table, "realisasi", "kinerja");
  const capCol = realCol ? capaianColumnFor(table, realCol.index, targetCol?.index) : undefined;
  const satuanCol = table.columns.find((c) => c.role === "satuan");
  const predikatCol = table.columns.find((c) => c.role === "predikat");
  const read = (row: number, col: number | undefined) =>
    col === undefined ? null : sourceValue(table.sheet, reader.get(row, col));

  const groups: SasaranGroup[] = [];
  const byIndex = new Map<number, IndicatorEntry>();
  const closings: IndicatorSet["closings"] = [];
  for (const row of table.rows) {
    if (row.role === "capaian-sasaran" || row.role === "rata-rata") {
      closings.push({ row, capaian: read(row.index, capCol?.index) });
      continue;
    }
    if (row.role !== "indikator" && row.role !== "sub-indikator") continue;
    const entry: IndicatorEntry = {
      row,
      label: cleanLabel(row.label),
      satuan: satuanCol ? reader.grid.text(row.index, satuanCol.index) : "",
      target: read(row.index, targetCol?.index),
      realisasi: read(row.index, realCol?.index),
      typedCapaian: read(row.index, capCol?.index),
      typedPredikat: read(row.index, predikatCol?.index),
      subs: [],
    };
    byIndex.set(row.index, entry);
    const parent = row.role === "sub-indikator" && row.parent !== undefined ? byIndex.get(row.parent) : undefined;
    if (parent) {
      parent.subs.push(entry);
      continue;
    }
    const sasaran = (row.sasaran ?? "").trim();
    let group = groups[groups.length - 1];
    if (!group || group.text !== sasaran) {
      group = { text: sasaran, indicators: [] };
      groups.push(group);
    }
    group.indicators.push(entry);
  }
  return { table, sheet: table.sheet, groups, closings };
}
