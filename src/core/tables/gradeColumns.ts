/**
 * Grade letters (SAKIP/Kemenpan AA, A, BB, B, CC, C, D) under a header that reads like a value
 * ("Nilai", "Nilai Akhir"): the column is the table's predikat, whatever its header says. Beside a
 * scale table's word column (Kategori) the letters are the bands' abbreviations (scaleTable.ts).
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { cellText } from "./text";

const GRADE = /^[A-E]{1,3}[+-]?$/;
/** Roles a grade column may get from its header text alone. */
const RETYPABLE = new Set(["nilai", "lainnya"]);

/** True for a short grade code ("AA", "B", "CC"). */
export function isGrade(text: string): boolean {
  return GRADE.test(text.trim());
}

/** The non-empty texts of a column's data rows (dashes left out), at most 200. */
function texts(grid: Grid, rows: number[], c: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    if (out.length >= 200) break;
    const t = cellText(grid.value(r, c));
    if (t !== "" && !/^[-–—]+$/.test(t)) out.push(t);
  }
  return out;
}

/** True when at least two data cells of the column hold text and every one of them is a grade code. */
export function holdsGrades(grid: Grid, rows: number[], c: number): boolean {
  const t = texts(grid, rows, c);
  return t.length >= 2 && t.every(isGrade);
}

/** Gives a value-named column of grade letters the predikat role, where the table has no predikat column yet. */
export function markGradeColumns(grid: Grid, columns: TableColumn[], rows: number[]): void {
  if (columns.some((c) => c.role === "predikat")) return;
  for (const col of columns) {
    if (col.chosen || !RETYPABLE.has(col.role) || !holdsGrades(grid, rows, col.index)) continue;
    // An unnamed column of single letters may be anything (a group A/B/C): only double grades prove it.
    if (col.role === "lainnya" && !texts(grid, rows, col.index).some((t) => /^(AA|BB|CC)$/.test(t.trim()))) continue;
    col.role = "predikat";
    col.evidence = [...(col.evidence ?? []), "peran: huruf predikat (AA, A, BB …) pada sel"];
    return;
  }
}
