/** ExcelJS cell values -> the host-agnostic CellValue of the workbook model. */
import type { CellValue } from "../../core/workbook/model";

/** ExcelJS ValueType numbers (stable across 4.x): Merge=1, Number=2, String=3, Date=4, Hyperlink=5, Formula=6, SharedString=7, RichText=8, Boolean=9, Error=10. */
export const MERGE_TYPE = 1;

function fromDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** Converts any ExcelJS value (including formula results, rich text, hyperlinks) to a CellValue. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "number":
      return Number.isFinite(v) ? v : null;
    case "string":
      return v;
    case "boolean":
      return v;
    default:
      break;
  }
  if (v instanceof Date) return fromDate(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return { error: o.error };
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
  if ("formula" in o || "sharedFormula" in o || "result" in o) return toCellValue(o.result);
  if (typeof o.text === "string") return o.text;
  if (o.text && typeof o.text === "object") return toCellValue(o.text);
  return null;
}
