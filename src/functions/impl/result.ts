/** From core results to result cells. */
import type Decimal from "decimal.js";
import { Calc } from "../../core/arithmetic/result";
import { excelError, ExcelErrorResult, isExcelErrorResult } from "./errors";
import { CellOut } from "./matrix";

/** Excel's largest magnitude is 9,99999999999999E+307; a larger result is #NUM!, as Excel shows it. */
const EXCEL_MAX = 1e308;

/** Decimal becomes a JS number only here, at the edge back to Excel. */
export function toExcelNumber(value: Decimal): CellOut {
  const n = value.toNumber();
  if (!Number.isFinite(n) || Math.abs(n) >= EXCEL_MAX) return excelError("#NUM!", "Hasil terlalu besar untuk disimpan Excel");
  return n;
}

export function fromCalc(calc: Calc): CellOut {
  if (calc.ok) return toExcelNumber(calc.value);
  return excelError(calc.error === "div0" ? "#DIV/0!" : "#VALUE!", calc.message);
}

/** The first error among read arguments, if any. */
export function firstError(...values: unknown[]): ExcelErrorResult | null {
  for (const v of values) if (isExcelErrorResult(v)) return v;
  return null;
}
