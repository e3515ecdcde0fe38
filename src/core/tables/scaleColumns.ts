/**
 * A scale table printed with interval texts ("85 s.d 100", "70 ≤ X < 85", "< 55", "> 100",
 * "76 - 100") under a header that reads like a value ("Nilai Capaian (%)", "Nilai Capaian",
 * "Kriteria"): the interval column is the table's `rentang`, whatever its header says.
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { parseInterval } from "../scales/interval";
import { cellText } from "./text";
import { isGrade } from "./gradeColumns";

/** Roles an interval column may get from its header text alone. */
const RETYPABLE = new Set(["capaian", "nilai", "lainnya", "predikat", "jumlah", "rentang"]);

/** A printed interval that is not a plain number: an operator, a range, "ke atas". */
export function isIntervalText(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.replace(/\s+/g, " ").trim();
  if (t === "" || !/\d/.test(t)) return false;
  if (!/[<>≤≥–—-]|s\s*[./]\s*d|sampai|hingga|ke ?atas|ke ?bawah|lebih dari|kurang dari|di ?atas|di ?bawah/i.test(t)) return false;
  if (/^-\s*\d/.test(t) && !/\d\s*[–—-]\s*\d/.test(t)) return false;
  const i = parseInterval(t);
  return !!i && (i.min !== null || i.max !== null);
}

/** At least two cells, each a grade letter. */
function gradesOnly(cells: unknown[]): boolean {
  return cells.length >= 2 && cells.every((v) => typeof v === "string" && isGrade(v));
}

/** The data cells under the header, down to the first blank row (at most 15 rows). */
function cellsBelow(grid: Grid, start: number, left: number, right: number, c: number): unknown[] {
  const out: unknown[] = [];
  for (let r = start; r < grid.rowCount && out.length < 15; r++) {
    if (grid.isBlankRow(r, left, right)) break;
    const v = grid.value(r, c);
    if (v !== null && cellText(v) !== "") out.push(v);
  }
  return out;
}

/** Column c's cells under the header are a scale's intervals (printed intervals or bounds, two intervals at least). */
export function holdsIntervals(grid: Grid, start: number, left: number, right: number, c: number): boolean {
  const cells = cellsBelow(grid, start, left, right, c);
  const intervals = cells.filter(isIntervalText).length;
  const bounds = cells.filter((v) => typeof v === "number").length;
  return cells.length >= 2 && intervals >= 2 && intervals + bounds >= cells.length;
}

/**
 * Gives the interval column of a scale table the `rentang` role. Only in a table that has a word
 * column (`predikat`) and no target/realisasi/anggaran, and only for a column whose cells are all
 * printed intervals or bounds, at least two of them interval texts.
 */
export function markScaleColumns(grid: Grid, columns: TableColumn[], dataStart: number, left: number, right: number): void {
  const has = (role: string) => columns.some((c) => c.role === role);
  if (has("target") || has("realisasi") || has("anggaran") || has("sebelum") || has("setelah")) return;
  let words = columns.filter((c) => c.role === "predikat");
  if (words.length === 0) {
    // "Nilai | Interval": a scale printed with grade letters only (AA, A, BB …) has them as its words.
    const letters = columns.find(
      (c) => (c.role === "nilai" || c.role === "lainnya") && gradesOnly(cellsBelow(grid, dataStart, left, right, c.index)),
    );
    if (!letters) return;
    words = [letters];
    letters.role = "predikat";
  }
  for (const col of columns) {
    if (!RETYPABLE.has(col.role) || col.role === "rentang") continue;
    if (!holdsIntervals(grid, dataStart, left, right, col.index)) continue;
    if (col.role === "predikat" && !columns.some((c) => c !== col && c.role === "predikat")) {
      // The only word column holds the intervals: the words must be in an unnamed column beside it.
      const other = columns.find((c) => c.role === "lainnya" && c.index > col.index);
      if (!other) continue;
      other.role = "predikat";
    }
    col.role = "rentang";
  }
}
