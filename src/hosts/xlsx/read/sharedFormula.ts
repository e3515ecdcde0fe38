/**
 * A shared formula as it reads in one of its other cells: relative references moved by the offset
 * from the master cell. The same rewriting ExcelJS applied (its slideFormula), so formulas in the
 * model stay what they were: candidates `[sheet!]name` not followed by "(", and of those only
 * column-row references up to XFD, are moved.
 */
import { columnLetters } from "../../../core/workbook/address";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (match: string, sheet: string | undefined, _name, address: string, paren) => {
    if (paren) return match;
    const m = CELL_REF.exec(address);
    if (!m) return match;
    const [, colDollar, colText, rowDollar, rowText] = m;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return match;
    let col = columnIndex(letters);
    let row = parseInt(rowText, 10);
    if (!colDollar) col += toCol - fromCol;
    if (!rowDollar) row += toRow - fromRow;
    // Moved off the grid: left as written (ExcelJS threw here).
    if (col < 0 || col >= 16384 || row < 1) return match;
    return (sheet || "") + (colDollar || "") + columnLetters(col) + (rowDollar || "") + row;
  });
}
