/**
 * Chapter III narrative tables as a host-agnostic model: tables of cells (value + optional formula),
 * notes under each table, and the sentences of the report. Renderers turn it into a SheetSpec
 * (src/core/narrative/sheetSpec.ts) or into HTML for Word (src/core/narrative/html.ts).
 */
import type Decimal from "decimal.js";
import type { PredicateScale } from "../scales";
import type { Expr as FormulaExpr } from "../formula";

/**
 * A formula over source cells and over cells of the narrative tables themselves (the core formula
 * tree with these leaves). Cell positions are table-relative (body row index, column index), so the
 * layout is decided only when rendering.
 */
export type NarrativeRef =
  | { kind: "source"; sheet: string; cell: string }
  /** A body cell of a narrative table; `table` omitted means the table the formula sits in. */
  | { kind: "cell"; table?: string; row: number; col: number }
  /** A vertical range of body cells (rows inclusive) in one column of a narrative table. */
  | { kind: "range"; table?: string; fromRow: number; toRow: number; col: number };

export type Expr = FormulaExpr<NarrativeRef>;

export type { FormulaFunction } from "../formula";

/** How a cell's value is shown: Indonesian grouping/decimals in HTML, an Excel number format on the sheet. */
export type CellFormat =
  | { kind: "text" }
  /** A plain number with a fixed count of decimals (targets, realisasi, counts). */
  | { kind: "number"; decimals: number }
  /** Percentage points (98,15), two decimals. */
  | { kind: "percent" }
  /** Rupiah amounts, no decimals in tables. */
  | { kind: "rupiah" };

export interface NarrativeCell {
  /** The value the add-in computed (exact); text for labels, null for empty. */
  value: Decimal | string | null;
  format: CellFormat;
  /** Formula that computes `value` in the workbook; absent where a plain value is written. */
  formula?: Expr;
  /** Cells spanned downwards (merged sasaran cells); 1 by default. */
  rowSpan?: number;
  /** Hierarchy indent (program 0, kegiatan 1, sub kegiatan 2). */
  indent?: number;
  bold?: boolean;
  align?: "left" | "center" | "right";
}

export type RowStyle = "data" | "parent" | "sub" | "total";

export interface NarrativeRow {
  /** One entry per column; null where a cell above spans over it or nothing is shown. */
  cells: (NarrativeCell | null)[];
  style: RowStyle;
}

export interface NarrativeColumn {
  header: string;
  /** Top header over several columns (a year or a quarter); consecutive equal groups merge. */
  group?: string;
  /** Width in characters. */
  width: number;
}

export type NarrativeTableId =
  | "capaian-indikator"
  | "rekap-predikat"
  | "capaian-sasaran"
  | "perbandingan-tahun"
  | "kemajuan-renstra"
  | "triwulan"
  | "anggaran-program"
  | "anggaran-sasaran"
  | "efisiensi";

export interface NarrativeTable {
  /** Unique in the document ("anggaran-program", "anggaran-program-2" for a second budget table). */
  id: string;
  kind: NarrativeTableId;
  title: string;
  columns: NarrativeColumn[];
  rows: NarrativeRow[];
  /** Indonesian notes printed under the table: method used, inconsistencies of the source. */
  notes: string[];
  /** Report sentences that go with this table. */
  sentences: string[];
  /** Source cells the table reads (Sheet!A1), for matching findings. */
  sources: string[];
}

export interface NarrativeDocument {
  tables: NarrativeTable[];
  /** All sentences in report order (the tables' sentences, concatenated). */
  sentences: string[];
  /** Notes about the whole document (scale used, tables not found). */
  notes: string[];
  scale: PredicateScale;
}

/** How capaian sasaran is averaged from its indicators. */
export type SasaranMethod = "rata-rata" | "kelompok";

export interface NarrativeOptions {
  /** Capaian sasaran: plain mean (default) or "rata-rata tertimbang data kelompok" (category mid values). */
  sasaranMethod?: SasaranMethod;
  /** Capaian of negative indicators: (2·T − R)/T (default) or T/R. */
  negativeMethod?: "selisih" | "rasio";
  /** Upper limit of an indicator's capaian, e.g. 120. */
  cap?: number;
}
