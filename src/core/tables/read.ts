/**
 * Rows of a recognised table as plain records, for the narrative tables and the task pane:
 * indicator rows (sasaran, indikator, satuan, target, realisasi, capaian, predikat, polarity) and
 * budget rows (code, level, parent, uraian, anggaran, realisasi, persen, sisa), every value typed
 * and carrying its source cell address.
 */
import type { Workbook } from "../workbook/model";
import type { ColumnRole, Polarity, RecognizedTable, RowRole, TableColumn, TypedValue } from "./types";
import { TableReader } from "./reader";
import { isClosing } from "./closing";

export interface IndicatorRow {
  row: number;
  role: RowRole;
  sasaran?: string;
  indikator: string;
  satuan?: string;
  target?: TypedValue;
  realisasi?: TypedValue;
  capaian?: TypedValue;
  predikat?: TypedValue;
  polarity: Polarity;
  /** Sheet row of the parent indicator, for sub-indicators. */
  parent?: number;
}

export interface BudgetRow {
  row: number;
  role: RowRole;
  code?: string;
  level: number;
  parent?: number;
  uraian: string;
  anggaran?: TypedValue;
  realisasi?: TypedValue;
  persen?: TypedValue;
  sisa?: TypedValue;
}

/** The column of a role in the current period: unblocked, or in the current block. */
export function currentColumn(
  table: RecognizedTable,
  role: ColumnRole,
  prefer?: (c: TableColumn) => boolean,
): TableColumn | undefined {
  const current = new Set(table.blocks.filter((b) => b.current).map((b) => b.label));
  const pool = table.columns.filter((c) => c.role === role && (c.block === undefined || current.has(c.block)));
  return (prefer && pool.find(prefer)) ?? pool[pool.length - 1];
}

function textAt(reader: TableReader, r: number, col?: TableColumn): string | undefined {
  if (!col) return undefined;
  const t = reader.grid.text(r, col.index);
  return t === "" ? undefined : t;
}

export function indicatorRows(
  workbook: Workbook,
  table: RecognizedTable,
  reader = TableReader.forWorkbook(workbook, table),
): IndicatorRow[] {
  const capaian = currentColumn(table, "capaian");
  const ratio = capaian && table.ratios.find((x) => x.column === capaian.index);
  const target = ratio ? table.columns.find((c) => c.index === ratio.denominator) : currentColumn(table, "target");
  const realisasi = ratio
    ? table.columns.find((c) => c.index === ratio.numerator)
    : currentColumn(table, "realisasi", (c) => c.measure !== "keuangan");
  const satuan = table.columns.find((c) => c.role === "satuan");
  const predikat = table.columns.find((c) => c.role === "predikat");
  const get = (r: number, c?: TableColumn) => (c ? reader.get(r, c.index) : undefined);
  return table.rows
    .filter((r) => !isClosing(r.role))
    .map((r) => ({
      row: r.index,
      role: r.role,
      sasaran: r.sasaran,
      indikator: r.label,
      satuan: textAt(reader, r.index, satuan),
      target: get(r.index, target),
      realisasi: get(r.index, realisasi),
      capaian: get(r.index, capaian),
      predikat: get(r.index, predikat),
      polarity: r.polarity,
      parent: r.parent,
    }));
}

export function budgetRows(
  workbook: Workbook,
  table: RecognizedTable,
  reader = TableReader.forWorkbook(workbook, table),
): BudgetRow[] {
  const persen = table.ratios.find((x) => x.kind === "persen");
  const anggaran = persen ? table.columns.find((c) => c.index === persen.denominator) : currentColumn(table, "anggaran");
  const realisasi = persen
    ? table.columns.find((c) => c.index === persen.numerator)
    : currentColumn(table, "realisasi", (c) => c.measure === "keuangan");
  const persenCol = persen ? table.columns.find((c) => c.index === persen.column) : undefined;
  const sisa = table.columns.find((c) => c.role === "sisa");
  const get = (r: number, c?: TableColumn) => (c ? reader.get(r, c.index) : undefined);
  return table.rows.map((r) => ({
    row: r.index,
    role: r.role,
    code: r.code,
    level: r.level,
    parent: r.parent,
    uraian: r.label,
    anggaran: get(r.index, anggaran),
    realisasi: get(r.index, realisasi),
    persen: get(r.index, persenCol),
    sisa: get(r.index, sisa),
  }));
}
