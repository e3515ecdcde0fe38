/** Display of narrative values: Excel number formats for the sheet, Indonesian text for HTML and sentences. */
import { formatId } from "../numbers/format";
import type { CellFormat, NarrativeCell } from "./types";

/** Excel format codes ("." decimal, "," grouping in the code; Excel shows the user's locale separators). */
export function excelNumberFormat(format: CellFormat): string | undefined {
  switch (format.kind) {
    case "text":
      return undefined;
    case "percent":
      return "#,##0.00";
    case "rupiah":
      // Zero shows as "-", as budget tables print it.
      return '#,##0;-#,##0;"-"';
    case "number":
      return format.decimals > 0 ? `#,##0.${"0".repeat(format.decimals)}` : "#,##0";
  }
}

export function decimalsOf(format: CellFormat): number {
  switch (format.kind) {
    case "percent":
      return 2;
    case "number":
      return format.decimals;
    default:
      return 0;
  }
}

/** The cell as a reader sees it: "1.234.567", "98,15", text as is. */
export function displayText(cell: NarrativeCell | null): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "string") return cell.value;
  if (cell.format.kind === "rupiah" && cell.value.isZero()) return "-";
  return formatId(cell.value, decimalsOf(cell.format));
}
