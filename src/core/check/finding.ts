/** What the checker reports: one inconsistency at one cell, with what was expected and how to fix it. */

export type Severity = "error" | "warning" | "info";

/** The fix for a finding: written at the finding's own sheet and cell; none where the expected value is unknown. */
export interface Fix {
  /** The expected value to write: a number in the cell's own terms (the fraction in a % cell), or text ("-", a predikat). */
  value: number | string;
  /**
   * A formula that computes the expected value, in canonical form (English names, "," between
   * arguments, "." decimals, no "="; A1 references on the same sheet). Only offered when every cell it
   * reads holds a number, so it gives the same value under Indonesian and US settings (fixFormula.ts).
   */
  formula?: string;
  /** Number format to apply with the fix, when the cell needs one. */
  numFmt?: string;
}

export interface Finding {
  /** Stable rule id, e.g. "capaian", "persen-anggaran", "total", "jumlah-induk", "selisih". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell holding the wrong value. */
  cell: string;
  /** Indonesian explanation for the user. */
  message: string;
  expected?: string | number | null;
  actual?: string | number | null;
  fix?: Fix;
}
