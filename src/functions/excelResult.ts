/** Turns implementation results into what Excel expects: error cells become CustomFunctions.Error. */
import { ExcelErrorCode, ExcelErrorResult, isExcelErrorResult } from "./impl/errors";
import { CellOut } from "./impl/matrix";

export type ErrorFactory = (error: ExcelErrorResult) => unknown;

export function toExcelMatrix(result: CellOut[][], makeError: ErrorFactory): any[][] {
  return result.map((row) => row.map((cell) => (isExcelErrorResult(cell) ? makeError(cell) : cell)));
}

/** Excel shows custom messages only for #VALUE! and #N/A. */
const WITH_MESSAGE: readonly ExcelErrorCode[] = ["#VALUE!", "#N/A"];

const ERROR_CODE_KEYS: Record<ExcelErrorCode, "divisionByZero" | "invalidValue" | "notAvailable" | "invalidNumber"> = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#NUM!": "invalidNumber",
};

/** The part of the Office `CustomFunctions` global used here (its typings package is not installed). */
interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

export const officeError: ErrorFactory = (e) => {
  const runtime = (globalThis as unknown as { CustomFunctions: CustomFunctionsGlobal }).CustomFunctions;
  const code = runtime.ErrorCode[ERROR_CODE_KEYS[e.error]];
  return WITH_MESSAGE.includes(e.error) ? new runtime.Error(code, e.message) : new runtime.Error(code);
};

export function forExcel(result: CellOut[][]): any[][] {
  return toExcelMatrix(result, officeError);
}
