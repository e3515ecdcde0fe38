/**
 * A finding on a cell the sheet hides (a grouped or filtered row, a hidden column) says so: the user
 * who clicks it in Excel otherwise sees nothing there, and thinks the finding is wrong.
 */
import type { Workbook } from "../workbook/model";
import { columnLetters, parseA1 } from "../workbook/address";
import { hides } from "../workbook/hiddenPlaces";
import type { Finding } from "./finding";

const A1 = /^\$?[A-Za-z]{1,3}\$?\d+$/;

export function noteHiddenCells(findings: Finding[], workbook: Workbook): Finding[] {
  const sheets = new Map(workbook.sheets.filter((s) => s.hiddenRows || s.hiddenColumns).map((s) => [s.name, s]));
  if (sheets.size === 0) return findings;
  return findings.map((f) => {
    const sheet = sheets.get(f.sheet);
    if (!sheet) return f;
    if (!A1.test(f.cell)) return f;
    const { row, col } = parseA1(f.cell);
    const places: string[] = [];
    if (hides(sheet.hiddenRows, row)) places.push(`baris ${row + 1}`);
    if (hides(sheet.hiddenColumns, col)) places.push(`kolom ${columnLetters(col)}`);
    if (places.length === 0) return f;
    const what = places.join(" dan ");
    return {
      ...f,
      message: `${f.message} (Sel ${f.cell} ada di ${what} yang disembunyikan; tampilkan ${places.length > 1 ? "keduanya" : "dulu"} untuk melihatnya.)`,
    };
  });
}
