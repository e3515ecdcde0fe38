import type { CellValue } from "../workbook/model";
/**
 * What table recognition finds in a sheet, host-agnostic. Rows and columns are 0-based indexes into
 * `Sheet.rows`; every value read from a table keeps its A1 address so findings and narrative tables
 * can point back at the source cell.
 *
 * Consumers (checker, Chapter III narrative tables, task pane) read typed values through
 * `src/core/tables/read.ts` (`readCell`, `indicatorRows`, `budgetRows`).
 */
import type Decimal from "decimal.js";

/** Table kinds: performance indicators, budget realisation, recap per predikat, predicate scale, plain list. */
export type TableKind = "indikator" | "anggaran" | "rekap" | "skala" | "daftar";

/**
 * What a column holds, from its header (synonyms in `headerRoles.ts`):
 * - `no`/`kode`: numbering or hierarchy codes (`1`, `1.1`, `7.01.01.2.01`, `I`, `a`)
 * - `sasaran`, `indikator`, `uraian` (program/kegiatan/rekening/desa name), `satuan`: labels
 * - `target`, `realisasi`, `capaian` (realisasi/target, %): performance
 * - `anggaran` (pagu), `realisasi`, `persen` (realisasi/anggaran, %), `sisa` (selisih): budget
 * - `sebelum`/`setelah`: budget before/after a revision (perubahan)
 * - `predikat`, `keterangan`, `polaritas`, `jumlah` (count, recap tables), `rentang` (scale tables)
 * - `nilai`: any other numeric column (IDM indices, scores)
 * - `efisiensi`: capaian − serapan of an efficiency table, in percent points (efficiencyColumns.ts)
 */
export type ColumnRole =
  | "no"
  | "kode"
  | "sasaran"
  | "indikator"
  | "uraian"
  | "satuan"
  | "target"
  | "realisasi"
  | "capaian"
  | "persen"
  | "anggaran"
  | "sisa"
  | "sebelum"
  | "setelah"
  | "predikat"
  | "keterangan"
  | "polaritas"
  | "jumlah"
  | "rentang"
  | "nilai"
  | "efisiensi"
  | "lainnya";

/** A column rule stated in the numbering row (`5=4-3`, `9=8/7`, `6 = 4 / 3 x 100`), as column indexes. */
export interface ColumnFormula {
  /** The text as written in the numbering row. */
  text: string;
  op: "sub" | "div" | "add" | "mul";
  /** 0-based column index of the left operand, the right operand, and the result column. */
  left: number;
  right: number;
  result: number;
  /** True when the text states "x 100" (otherwise a division into a % column is read as ×100 too). */
  times100: boolean;
}

/** What a column's numbers measure: money, percent points, counts, an index, or words (predikat). */
export type ColumnUnit = "rupiah" | "persen" | "jumlah" | "indeks" | "kata";

/**
 * Which period a value column refers to: a quarter or month (`TW I`, `bulan ini`), the cumulative or
 * total of those (`JUMLAH REALISASI`, `s.d. bulan ini`, `akhir tahun`), the cumulative up to the
 * previous report (`s.d. bulan lalu`), the Renstra end target, or a year.
 */
export type ColumnPeriod = "periode" | "kumulatif" | "kumulatif-lalu" | "renstra" | "tahun";

export interface TableColumn {
  /** 0-based column index in the sheet. */
  index: number;
  /** Column letters, e.g. "G". */
  letter: string;
  role: ColumnRole;
  /** Header text as shown (both header rows joined with " / " for two-row headers). */
  header: string;
  /** Label of the block (year, quarter, "Nilai", "Kinerja"...) this column sits in, if any. */
  block?: string;
  /** For realisasi/target columns: physical performance ("kinerja") or money ("keuangan"). */
  measure?: "kinerja" | "keuangan";
  /** Number written for this column in the numbering row (`1 2 3 …`). */
  number?: number;
  /** An amount to collect (a revenue target, a PBB ketetapan), not a pagu to spend: above it is no overspending. */
  income?: true;
  /** Column rule declared in the numbering row for this column. */
  formula?: ColumnFormula;
  /** Unit of the numbers (from the header and the cells), when known. */
  unit?: ColumnUnit;
  /**
   * Rupiah per unit a money column's amounts are written in: 1.000 under "(Rp 000)" / "ribuan rupiah",
   * 1.000.000 under "(Rp juta)" (amountScale.ts); absent for full rupiah.
   */
  rupiahPer?: number;
  /** Period the column refers to, when its header or block names one. */
  period?: ColumnPeriod;
  /** Quarter 1..4 of a quarter column (`TW III`). */
  quarter?: number;
  /** What decided the role, unit and period (header words, numbering formula, arithmetic), for the user. */
  evidence?: string[];
  /** True when the user chose the role (stored correction): no inference changes it. */
  chosen?: boolean;
}

/** A group of columns under one header: a year (`Tahun 2018`), a quarter (`TRIWULAN I`), or a measure (`Nilai`). */
export interface PeriodBlock {
  label: string;
  kind: "tahun" | "triwulan" | "semester" | "akhir-tahun" | "lainnya";
  year?: number;
  /** 1..4 for quarters. */
  quarter?: number;
  /** Column indexes in this block. */
  columns: number[];
  /** True for the block of the reporting period (the latest year, "akhir tahun", or the only block). */
  current: boolean;
}

export type RowRole =
  /** A group heading without amounts of its own ("A | BIDANG PELAYANAN KESEHATAN"), see groupHeadings.ts. */
  | "kelompok"
  | "sasaran"
  | "indikator"
  | "sub-indikator"
  | "program"
  | "kegiatan"
  | "subkegiatan"
  | "rekening"
  | "baris"
  | "total"
  | "subtotal"
  | "rata-rata"
  | "capaian-sasaran"
  /** SURPLUS / (DEFISIT) under an LRA: its income total minus its spending total (rows.ts). */
  | "saldo";

export type Polarity = "positif" | "negatif";

export interface TableRow {
  /** 0-based sheet row index. */
  index: number;
  role: RowRole;
  /** Code as written (`1.1`, `7.01.01.2.01.0001`, `II`, `b`), when the row has one. */
  code?: string;
  /** Hierarchy depth, 1 = top level (program, sasaran, first-level code). */
  level: number;
  /** Sheet row index of the parent row in this table (hierarchy, or the indicator of a sub-indicator). */
  parent?: number;
  /** Row label: indicator name, program/kegiatan name, closing-row text. */
  label: string;
  /** For indicator rows: the sasaran text (from a merged sasaran cell or the sasaran row above). */
  sasaran?: string;
  /** Sheet row index where that sasaran text sits (top of the merged cell). */
  sasaranRow?: number;
  /** Indicator direction; "negatif" when the row's KETERANGAN/POLARITAS/SIFAT says so or options say so. */
  polarity: Polarity;
  bold: boolean;
  /** Closing rows only: the data rows (sheet row indexes) it closes. */
  closes?: number[];
}

/** A value read from a table cell, typed. */
export interface TypedValue {
  /** A1 address of the source cell. */
  address: string;
  /** "number" (incl. text numbers), "dash" (`-`, zero/none), "empty", "error", "text", "broken". */
  kind: "number" | "dash" | "empty" | "error" | "text" | "broken";
  /** The value; for percentages in percent points (a `0.00%` cell holding 0.9738 gives 97.38). */
  value?: Decimal;
  /** Decimals the cell shows (number format, typed text, or the column's usual decimals for General). */
  decimals?: number;
  /** True when shown or typed as a percentage. */
  percent?: boolean;
  /** Excel error code for kind "error" (`#DIV/0!`). */
  error?: string;
  /** Text as shown, for text values; reason for broken numbers. */
  text?: string;
  /** Raw cell value (number, string…) for messages. */
  raw?: CellValue;
  /** True when the cell holds a formula. */
  formula?: boolean;
}

/** A resolved ratio column: which columns give its numerator and denominator. */
export interface RatioMeasure {
  kind: "capaian" | "persen";
  /** Result column (capaian or persen). */
  column: number;
  numerator: number;
  denominator: number;
  /** Block label, when the ratio belongs to a block. */
  block?: string;
  /** Where the pairing came from: the numbering row formula, or the headers/numbers. */
  source: "rumus" | "kolom";
}

/**
 * A capaian sasaran column beside the indicators' capaian ("CAPAIAN SASARAN (%)", merged down over
 * each sasaran's indicator rows): each value is the mean of its indicators' capaian in `of`.
 */
export interface SasaranMeanMeasure {
  column: number;
  /** The indicator-level capaian column averaged. */
  of: number;
}

/** A resolved difference column (sisa/selisih = left − right), or a sum declared in the numbering row (`6 = 4 + 5`). */
export interface DifferenceMeasure {
  column: number;
  left: number;
  right: number;
  /**
   * "add" for a declared sum (realisasi s.d. bulan ini = s.d. bulan lalu + bulan ini); "rate" for a
   * growth rate in % ("Kenaikan (%)" = (realisasi 2025 − realisasi 2024) ÷ realisasi 2024 × 100); default "sub".
   */
  op?: "sub" | "add" | "rate";
  source: "rumus" | "kolom";
}

export interface RecognizedTable {
  /** Stable within one recognition: `${sheet}!${A1 of the top-left header cell}`. */
  id: string;
  kind: TableKind;
  sheet: string;
  /** Title text above the header (merged title rows), if any. */
  title?: string;
  /** 0-based sheet row indexes of the header rows (one or two). */
  headerRows: number[];
  /** Row index of the numbering row (`1 2 3 …`), if present. */
  numberingRow?: number;
  /** Bounds of the table (header to last row), 0-based inclusive. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: TableColumn[];
  blocks: PeriodBlock[];
  /** Data and closing rows in sheet order. */
  rows: TableRow[];
  /** Ratio columns (capaian = realisasi/target, persen = realisasi/anggaran) with their operand columns. */
  ratios: RatioMeasure[];
  /** Difference columns (sisa/selisih). */
  differences: DifferenceMeasure[];
  /** Capaian sasaran columns, each the mean of an indicator capaian column over its sasaran (sasaranMeans.ts). */
  sasaranMeans?: SasaranMeanMeasure[];
  /**
   * Columns of a row code split over adjacent columns (SIPD: Urusan | Bidang | Program | Kegiatan |
   * Sub Kegiatan), left to right; each row's `code` is their segments joined with "." (splitCode.ts).
   */
  codeColumns?: number[];
  /** True when rows form a hierarchy (codes, roman/letters, bold or indentation). */
  hierarchical: boolean;
  /**
   * How well the table is understood, 0..1: 1 when every value column has a role and the relations the
   * checker relies on hold; lowered for columns without a role, ratios without operands, and columns
   * whose relation fails on most rows (see `uncertain`).
   */
  confidence?: number;
  /** What was uncertain, in Indonesian, for the user (one line each). */
  uncertain?: string[];
  /** Rows inside the table's extent that were read, and those that were not (with why). */
  coverage?: TableCoverage;
  /** The user excluded the table (stored correction): listed, not checked, not in the narrative. */
  excluded?: boolean;
  /** The user's corrections applied to this table, in Indonesian ("kolom F: Realisasi"). */
  corrected?: string[];
  /** Stored corrections that no longer match the table (a column or row that is not there). */
  unmatchedCorrections?: string[];
  /** The id its stored correction was saved under, when the table has moved since (rows inserted above). */
  correctionFrom?: string;
}

export interface TableCoverage {
  /** Data rows read (indicators, program/kegiatan rows…). */
  used: number;
  /** Closing rows (totals, averages). */
  closing: number;
  /** Rows between the header and the last row that were not used, with the reason (0-based; 1-based in describeTable). */
  unused: { row: number; reason: string }[];
}
