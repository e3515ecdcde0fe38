/** The rows of a scale table (or of a recap table that prints the intervals) as scale rows. */
import type { ScaleRow } from "../scales";
import type { RecognizedTable } from "./types";
import { Grid } from "./grid";
import { isClosing } from "./closing";
import { holdsGrades, isGrade } from "./gradeColumns";

export interface ScaleTableRow extends ScaleRow {
  /** Sheet row and the column of the interval text, for findings. */
  row: number;
  col: number;
}

export function scaleRowsOf(grid: Grid, table: RecognizedTable): ScaleTableRow[] {
  const ranges = table.columns.filter((c) => c.role === "rentang");
  const label = table.columns.find((c) => c.role === "predikat");
  if (ranges.length === 0 || !label) return [];
  // "Nilai | Interval | Kategori" (AA | > 90 - 100 | Sangat Memuaskan): the letters abbreviate the words.
  const data = table.rows.filter((r) => !isClosing(r.role)).map((r) => r.index);
  const grades = table.columns.find((c) => c !== label && c.role !== "rentang" && holdsGrades(grid, data, c.index));
  const out: ScaleTableRow[] = [];
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const lower = grid.value(row.index, ranges[0].index);
    const upper = ranges.length > 1 ? grid.value(row.index, ranges[1].index) : undefined;
    const word = grid.text(row.index, label.index);
    const grade = grades ? grid.text(row.index, grades.index) : "";
    const text = grade !== "" && word !== "" && !isGrade(word) ? `${word} (${grade})` : word;
    if (text === "" && (lower === null || lower === "")) continue;
    out.push({ lower, upper: upper ?? undefined, label: text, row: row.index, col: ranges[0].index });
  }
  return out;
}
