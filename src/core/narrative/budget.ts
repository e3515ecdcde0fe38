/** Budget rows (program, kegiatan, sub kegiatan) of a realisasi anggaran table with the source values they need. */
import type { RecognizedTable, TableRow } from "../tables/types";
import { TableReader } from "../tables/reader";
import type { Workbook } from "../workbook/model";
import { currentColumn } from "./columns";
import { cleanLabel } from "./indicators";
import { SourceValue, sourceValue } from "./source";

export interface BudgetEntry {
  row: TableRow;
  code: string;
  label: string;
  sasaran: string;
  anggaran: SourceValue | null;
  realisasi: SourceValue | null;
  /** Typed % and sisa, read only to match findings. */
  persen: SourceValue | null;
  sisa: SourceValue | null;
  children: BudgetEntry[];
}

export interface BudgetSet {
  table: RecognizedTable;
  /** Top-level rows with their children. */
  roots: BudgetEntry[];
  /** Every included row in sheet order. */
  all: BudgetEntry[];
  /** Total rows the source closes the table with. */
  totals: { row: TableRow; anggaran: SourceValue | null; realisasi: SourceValue | null; persen: SourceValue | null }[];
  /** True when the rows carry a sasaran (a sasaran column or merged sasaran cells). */
  bySasaran: boolean;
}

const INCLUDED = new Set(["kelompok", "program", "kegiatan", "subkegiatan", "baris", "indikator", "sasaran"]);

/** A table with a pagu column and a money realisasi column. */
export function isBudgetTable(table: RecognizedTable): boolean {
  return !!currentColumn(table, "anggaran") && !!currentColumn(table, "realisasi", "keuangan");
}

export function readBudget(workbook: Workbook, table: RecognizedTable): BudgetSet {
  const reader = TableReader.forWorkbook(workbook, table);
  const anggaranCol = currentColumn(table, "anggaran");
  const realCol = currentColumn(table, "realisasi", "keuangan");
  const persenCol =
    table.ratios.find((r) => r.kind === "persen" && r.numerator === realCol?.index)?.column ??
    currentColumn(table, "persen")?.index;
  const sisaCol = currentColumn(table, "sisa")?.index;
  const codeCol = table.columns.find((c) => c.role === "kode" || c.role === "no");
  const sasaranCol = table.columns.find((c) => c.role === "sasaran");
  const read = (row: number, col: number | undefined) =>
    col === undefined ? null : sourceValue(table.sheet, reader.get(row, col));

  const byIndex = new Map<number, BudgetEntry>();
  const all: BudgetEntry[] = [];
  const roots: BudgetEntry[] = [];
  const totals: BudgetSet["totals"] = [];
  for (const row of table.rows) {
    if (row.role === "total") {
      totals.push({
        row,
        anggaran: read(row.index, anggaranCol?.index),
        realisasi: read(row.index, realCol?.index),
        persen: read(row.index, persenCol),
      });
      continue;
    }
    // SIPD rekening rows (5.1.02.01.01.0024) stay out of a program/kegiatan table.
    if (!INCLUDED.has(row.role)) continue;
    const entry: BudgetEntry = {
      row,
      code: row.code ?? (codeCol ? reader.grid.text(row.index, codeCol.index) : ""),
      label: cleanLabel(row.label),
      sasaran: (row.sasaran ?? (sasaranCol ? reader.grid.text(row.index, sasaranCol.index) : "")).trim(),
      anggaran: read(row.index, anggaranCol?.index),
      realisasi: read(row.index, realCol?.index),
      persen: read(row.index, persenCol),
      sisa: read(row.index, sisaCol),
      children: [],
    };
    byIndex.set(row.index, entry);
    all.push(entry);
    const parent = row.parent !== undefined ? byIndex.get(row.parent) : undefined;
    if (parent) parent.children.push(entry);
    else roots.push(entry);
  }
  return { table, roots, all, totals, bySasaran: all.some((e) => e.sasaran !== "") };
}
