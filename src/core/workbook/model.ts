/**
 * The workbook as every host hands it to the core: values as Excel shows them (cached results for
 * formulas), formulas, number formats, merged areas and the little styling table recognition needs.
 * Rows and columns are 0-based here; A1 addresses appear only at the edges (findings, hosts).
 */

/** An Excel error value such as `#DIV/0!`, `#VALUE!`, `#N/A`, `#REF!`. */
export interface ErrorValue {
  error: string;
}

/** A cell's value as displayed: number, text, boolean, error, or null for empty. */
export type CellValue = number | string | boolean | ErrorValue | null;

export interface Cell {
  value: CellValue;
  /** Formula without the leading "=", when the cell holds one (value is then its cached result). */
  formula?: string;
  /** Excel number format code, e.g. "#,##0.00", "0%", "General". */
  numFmt?: string;
  bold?: boolean;
  /** Indent level (alignment.indent), used for hierarchy where codes are missing. */
  indent?: number;
  /**
   * The file stores this cell as a number but what it stores is not one (`1e309`, `NaN`, text):
   * `value` is then the stored text, and the checker reports it as a broken number.
   */
  brokenNumber?: true;
}

/** A merged area, 0-based inclusive bounds. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** rows[r][c]; missing rows or cells are empty. */
  rows: (Cell | undefined)[][];
  merges: MergedArea[];
  hidden?: boolean;
  /**
   * Rows and columns the sheet hides (0-based, ascending; absent when none): a grouped or filtered
   * row is still checked, and a finding there says it is hidden, or the user clicking it sees nothing.
   */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** Decimal and grouping separators of the workbook's (or user's) locale, when known. */
export interface NumberLocale {
  decimalSeparator: "," | ".";
  thousandsSeparator: "." | "," | " ";
}

export interface Workbook {
  sheets: Sheet[];
  locale?: NumberLocale;
}

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && typeof (v as ErrorValue).error === "string";
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  const r = sheet.rows[row];
  return r ? r[col] : undefined;
}
