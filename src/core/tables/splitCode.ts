/**
 * A row code split over adjacent columns, the SIPD / Permendagri 90 layout: KODE over
 * Urusan | Bidang | Program | Kegiatan | Sub Kegiatan (or Program | Kegiatan | Sub Keg.), each cell one
 * segment ("1", "03", "10", "2.01", "0014"). A kegiatan row fills Urusan..Kegiatan, a program row
 * Urusan..Program; an outline-style sheet writes only a row's own segment and leaves the segments of
 * its parents blank. Read as one code per row ("1.03.10.2.01.0014"), the hierarchy, the duplicate and
 * gap checks and the totals work as they do with a joined code.
 *
 * The layout is taken only when the data say so: every filled cell of the run in the data rows is a
 * segment (digits, at most one dot), filled cells sit side by side, and at least two rows fill two or
 * more segments. Anything else in those cells (a full code, an amount, a name) leaves the table as it
 * was read before.
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { normHeader } from "./text";

export interface SplitCode {
  /** The code columns, left to right. */
  columns: number[];
  /** Joined code per sheet row, for rows that have one. */
  codes: Map<number, string>;
  /**
   * Rows under the header that only name the code levels ("Program | Kegiatan | Sub Keg." in a row of
   * its own, not merged into the header): part of the header, not data rows.
   */
  headerRows: number[];
}

/** The header names a code or one level of the nomenclature ("Urusan", "Sub Keg.", "Kode Program"). */
const CODE_HEADER = /^(KODE|KD)\b|^(URUSAN|BIDANG( URUSAN)?|PROG(RAM)?|KEG(IATAN)?|SUB( ?KEG(IATAN)?)?|SUB KEG)$/;
const SEGMENT = /^\d{1,4}(\.\d{1,4})?$/;
/** Data rows looked at, at most (the layout is decided on the first ones). */
const MAX_ROWS = 2000;

type CellKind = "segment" | "empty" | "word" | "other";

function headerParts(col: TableColumn): string[] {
  return col.header.split(" / ").map(normHeader);
}

function isCodeHeader(col: TableColumn): boolean {
  if (col.chosen) return col.role === "kode";
  if (col.role === "kode") return true;
  const parts = headerParts(col);
  return parts.some((p) => CODE_HEADER.test(p)) || normHeader(col.block ?? "") === "KODE";
}

/** A column that may hold a segment: code-headed, or headed by nothing (under a merged KODE). */
function mayHoldSegment(col: TableColumn): boolean {
  if (col.chosen) return col.role === "kode";
  return isCodeHeader(col) || (col.header.trim() === "" && col.role === "lainnya");
}

/** The text of a segment cell as the sheet shows it: 3 formatted "00" is "03", 2.1 formatted "0.00" is "2.10". */
function segmentText(grid: Grid, r: number, c: number): { kind: CellKind; text: string } {
  const cell = grid.cell(r, c);
  const v = cell?.value;
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return { kind: "empty", text: "" };
  if (typeof v === "number") {
    if (!(v >= 0) || v >= 10000) return { kind: "other", text: "" };
    const fmt = cell?.numFmt ?? "";
    const padded = /^0+$/.exec(fmt);
    const fixed = /^0\.(0+)$/.exec(fmt);
    let text = fixed ? v.toFixed(fixed[1].length) : String(v);
    if (padded && Number.isInteger(v)) text = text.padStart(padded[0].length, "0");
    return SEGMENT.test(text) ? { kind: "segment", text } : { kind: "other", text: "" };
  }
  if (typeof v !== "string") return { kind: "other", text: "" };
  const t = v.trim().replace(/\.$/, "");
  if (SEGMENT.test(t)) return { kind: "segment", text: t };
  return /^[A-Za-z]/.test(t) ? { kind: "word", text: t } : { kind: "other", text: "" };
}

/** Adjacent runs of two or more columns that may hold code segments, each with a code-headed column. */
function candidateRuns(columns: TableColumn[]): TableColumn[][] {
  const runs: TableColumn[][] = [];
  let run: TableColumn[] = [];
  const flush = () => {
    if (run.length >= 2 && run.some(isCodeHeader)) runs.push(run);
    run = [];
  };
  for (const col of columns) {
    const adjacent = run.length === 0 || col.index === run[run.length - 1].index + 1;
    if (mayHoldSegment(col) && adjacent) run.push(col);
    else {
      flush();
      if (mayHoldSegment(col)) run.push(col);
    }
  }
  flush();
  return runs;
}

function rowHasNumber(grid: Grid, r: number): boolean {
  const row = grid.sheet.rows[r] ?? [];
  return row.some((cell) => typeof cell?.value === "number");
}

/** Reads the run's cells row by row; null when they are not a split code. */
function readRun(grid: Grid, run: number[], start: number, end: number): SplitCode | null {
  const codes = new Map<number, string>();
  const headerRows: number[] = [];
  // Segments of the rows above, for outline-style rows that leave their parents' segments blank.
  const carried: (string | undefined)[] = run.map(() => undefined);
  let joined = 0;
  let blanks = 0;
  // Rows read after the last coded row that were not coded (below the table: notes, signatures).
  let trailingOther = false;
  for (let r = start; r <= end && r < start + MAX_ROWS; r++) {
    if (grid.isBlankRow(r)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    const cells = run.map((c) => segmentText(grid, r, c));
    if (cells.some((x) => x.kind === "word")) {
      // Level names before the first code (a second header row); elsewhere a label (closing row, heading).
      if (codes.size === 0 && cells.every((x) => x.kind !== "other") && !rowHasNumber(grid, r)) headerRows.push(r);
      continue;
    }
    if (cells.some((x) => x.kind === "other")) {
      trailingOther = true;
      continue;
    }
    const filled = cells.map((x, i) => (x.kind === "segment" ? i : -1)).filter((i) => i >= 0);
    if (filled.length === 0) continue;
    if (trailingOther) return null;
    const first = filled[0];
    const last = filled[filled.length - 1];
    if (last - first + 1 !== filled.length) return null;
    const segments: string[] = [];
    for (let i = 0; i <= last; i++) {
      const text = i >= first ? cells[i].text : carried[i];
      if (text === undefined) return null;
      segments.push(text);
    }
    for (let i = 0; i < run.length; i++) carried[i] = i <= last ? segments[i] : undefined;
    codes.set(r, segments.join("."));
    if (filled.length >= 2 || first > 0) joined++;
  }
  return joined >= 2 ? { columns: run, codes, headerRows } : null;
}

/**
 * The split code of a table, when its header has adjacent code columns whose data cells are segments.
 * The run's columns take the role "kode"; the caller reads each row's code from `codes`.
 */
export function findSplitCode(grid: Grid, columns: TableColumn[], dataStart: number): SplitCode | null {
  for (const candidate of candidateRuns(columns)) {
    // A last column holding something else (a rekening code 5.1.02.01.01.0024) is left out of the run.
    for (let n = candidate.length; n >= 2; n--) {
      const run = candidate.slice(0, n);
      const split = readSplit(grid, columns, run, dataStart);
      if (split) return mark(grid, run, split);
    }
  }
  return null;
}

function readSplit(grid: Grid, columns: TableColumn[], run: TableColumn[], dataStart: number): SplitCode | null {
  // The name of the row must sit right of the code.
  const last = run[run.length - 1].index;
  if (!columns.some((c) => c.index > last && (c.role === "uraian" || c.role === "indikator" || c.role === "lainnya")))
    return null;
  return readRun(
    grid,
    run.map((c) => c.index),
    dataStart,
    grid.rowCount - 1,
  );
}

/** Gives the run's columns the role kode (and the level names of a header row of their own) and returns the split. */
function mark(grid: Grid, run: TableColumn[], split: SplitCode): SplitCode {
  const first = run[0].letter;
  for (const col of run) {
    for (const r of split.headerRows) {
      const t = grid.ownText(r, col.index);
      if (t !== "") col.header = col.header === "" ? t : `${col.header} / ${t}`;
    }
    if (col.chosen) continue;
    col.role = "kode";
    col.evidence = [
      ...(col.evidence ?? []),
      `peran: bagian kode (kolom ${first}–${run[run.length - 1].letter} dibaca sebagai satu kode)`,
    ];
  }
  return split;
}
