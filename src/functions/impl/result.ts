/** From core results to result cells. */
import { Calc } from "../../core/arithmetic/result";
import { excelError, ExcelErrorResult, isExcelErrorResult } from "./errors";
import { CellOut } from "./matrix";

/** Decimal becomes a JS number only here, at the edge back to Excel. */
export function fromCalc(calc: Calc): CellOut {
  if (calc.ok) return calc.value.toNumber();
  return excelError(calc.error === "div0" ? "#DIV/0!" : "#VALUE!", calc.message);
}

/** The first error among read arguments, if any. */
export function firstError(...values: unknown[]): ExcelErrorResult | null {
  for (const v of values) if (isExcelErrorResult(v)) return v;
  return null;
}
