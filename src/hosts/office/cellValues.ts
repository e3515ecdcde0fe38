/** Cell values and formulas as Office.js hands them over, in the core model's terms. */
import type { CellValue } from "../../core/workbook/model";

const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return EXCEL_ERROR.test(s) ? { error: s } : s;
}

/** Office.js gives the value itself as "formula" for constants; a real formula differs from its value. */
export function toFormula(f: unknown, v: unknown): string | undefined {
  return typeof f === "string" && f.startsWith("=") && f !== v ? f.slice(1) : undefined;
}
