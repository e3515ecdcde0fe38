/** Column helpers shared by rules: which columns add up, and how to name cells in formulas. */
import type { RecognizedTable, TableColumn, TableRow } from "../tables/types";
import { toA1 } from "../workbook/address";
import { isClosing } from "../tables/closing";
import { call, rangeRef, ref } from "../formula";
import type { Expr } from "../formula";
import type { Grid } from "../tables/grid";

/** Columns whose parent and total rows are sums: amounts, counts. Ratios, differences (checked row by row) and labels are not. */
export function additiveColumns(table: RecognizedTable): TableColumn[] {
  return table.columns.filter((c) => {
    // Percentages, indices and words never add up, whatever their role says.
    if (c.unit === "persen" || c.unit === "indeks" || c.unit === "kata") return false;
    switch (c.role) {
      case "anggaran":
      case "sebelum":
      case "setelah":
      case "jumlah":
        return true;
      case "realisasi":
      case "target":
        return c.measure === "keuangan" || (table.kind === "anggaran" && c.measure !== "kinerja");
      case "nilai":
        return table.kind === "anggaran";
      default:
        return false;
    }
  });
}

/**
 * In an indicator table, the target and realisasi columns a Jumlah row adds up: only where every
 * data row measures the same thing in the same unit — one satuan that is no percentage (jiwa,
 * dokumen) or, without a satuan column, whole numbers throughout (counts per kelurahan). A PK of
 * different indicators (%, indeks, dokumen) has no meaningful sum, so nothing is added there.
 */
export function countColumns(table: RecognizedTable, grid: Grid): TableColumn[] {
  if (table.kind !== "indikator" || !table.rows.some((r) => r.role === "total")) return [];
  const rows = dataRows(table);
  if (rows.length < 2 || rows.some((r) => r.role !== "indikator")) return [];
  const satuan = table.columns.find((c) => c.role === "satuan");
  if (satuan) {
    const units = new Set(rows.map((r) => grid.text(r.index, satuan.index).trim().toLowerCase()));
    const [unit] = [...units];
    if (units.size !== 1 || unit === "" || /%|persen|indeks|rasio/.test(unit)) return [];
  }
  return table.columns.filter((c) => {
    if ((c.role !== "target" && c.role !== "realisasi") || c.unit === "persen" || c.unit === "indeks") return false;
    if (satuan) return true;
    return rows.every((r) => {
      const v = grid.value(r.index, c.index);
      if (typeof v === "number") return Number.isInteger(v);
      return v === null || (typeof v === "string" && /^\s*(\d{1,3}(\.\d{3})*|\d+)\s*$/.test(v));
    });
  });
}

export function dataRows(table: RecognizedTable): TableRow[] {
  return table.rows.filter((r) => !isClosing(r.role));
}

export function cellRef(row: number, col: number): string {
  return toA1(row, col);
}

/** SUM over rows of a column: a range when they are contiguous, else a list (no formula past 30 terms). */
export function sumFormula(rows: number[], col: number): Expr | undefined {
  if (rows.length === 0) return undefined;
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  if (sorted.length === 1) return call("SUM", ref(sorted[0], col));
  if (contiguous) return call("SUM", rangeRef(sorted[0], col, sorted[sorted.length - 1]));
  if (sorted.length > 30) return undefined;
  return call("SUM", ...sorted.map((r) => ref(r, col)));
}

/** AVERAGE over rows of a column (contiguous or up to 30 listed). */
export function averageFormula(rows: number[], col: number): Expr | undefined {
  const sum = sumFormula(rows, col);
  return sum && sum.kind === "call" ? { ...sum, name: "AVERAGE" } : undefined;
}
