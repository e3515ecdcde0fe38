/**
 * Rows of a recognised table as plain records, for the narrative tables and the task pane:
 * indicator rows (sasaran, indikator, satuan, target, realisasi, capaian, predikat, polarity) and
 * budget rows (code, level, parent, uraian, anggaran, realisasi, persen, sisa), every value typed
 * and carrying its source cell address.
 */
import type { Workbook } from "../workbook/model";
import type { Polarity, RecognizedTable, RowRole, TableColumn, TypedValue } from "./types";
import { mainColumn, periodRatio } from "./columns";
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
  const ratio = periodRatio(table, "capaian");
  const capaian = ratio ? table.columns.find((c) => c.index === ratio.column) : mainColumn(table, "capaian");
  const target = mainColumn(table, "target", { measure: "kinerja" });
  const realisasi = mainColumn(table, "realisasi", { measure: "kinerja" });
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
  const persen = periodRatio(table, "persen");
  const anggaran = mainColumn(table, "anggaran");
  const realisasi = mainColumn(table, "realisasi", { measure: "keuangan" });
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
