/**
 * The formula a fix may offer: only one that Excel computes to the expected value under Indonesian
 * and US regional settings alike. Excel converts text to numbers by the reader's locale in
 * arithmetic ("3.242.441.617,00" − x works only with "," as the decimal mark) and SUM/AVERAGE skip
 * text, so every cell the formula reads must hold a number; SUM may also pass over empty cells and
 * "-" (zero, as the checker counts them). Otherwise the fix offers its value only.
 */
import type { Sheet } from "../workbook/model";
import { cellAt } from "../workbook/model";
import { formulaText, references } from "../formula";
import type { CellRef, Expr } from "../formula";

const DASH = /^\s*[-–—]\s*$/;

function readsAsNumber(sheet: Sheet, r: CellRef, inSum: boolean): boolean {
  for (let row = r.row; row <= (r.toRow ?? r.row); row++) {
    for (let col = r.col; col <= (r.toCol ?? r.col); col++) {
      const v = cellAt(sheet, row, col)?.value ?? null;
      if (typeof v === "number") continue;
      if (inSum && (v === null || (typeof v === "string" && DASH.test(v)))) continue;
      return false;
    }
  }
  return true;
}

/** The canonical text of `expr` when every cell it reads holds a number (see above), else undefined. */
export function fixFormula(sheet: Sheet, expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  for (const { ref, inside } of references(expr)) {
    if (ref.sheet !== undefined && ref.sheet !== sheet.name) return undefined;
    if (!readsAsNumber(sheet, ref, inside === "SUM")) return undefined;
  }
  return formulaText(expr);
}
