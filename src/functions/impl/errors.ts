/** Excel errors as plain values, so the implementations stay free of Office globals. */

export type ExcelErrorCode = "#DIV/0!" | "#VALUE!" | "#N/A" | "#NUM!";

export interface ExcelErrorResult {
  error: ExcelErrorCode;
  /** Indonesian explanation; Excel shows it only for #VALUE! and #N/A, the CLI always prints it. */
  message: string;
}

export function excelError(error: ExcelErrorCode, message: string): ExcelErrorResult {
  return { error, message };
}

export function isExcelErrorResult(v: unknown): v is ExcelErrorResult {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as ExcelErrorResult).error === "string" &&
    typeof (v as ExcelErrorResult).message === "string"
  );
}

const PASSED_THROUGH: readonly string[] = ["#DIV/0!", "#VALUE!", "#N/A", "#NUM!"];

/** An error found in an argument cell is passed on, as Excel's own functions do. */
export function fromInputError(code: string, what: string): ExcelErrorResult {
  const upper = code.toUpperCase();
  const message = `${what} berisi galat ${upper}`;
  return PASSED_THROUGH.includes(upper) ? excelError(upper as ExcelErrorCode, message) : excelError("#VALUE!", message);
}
