/**
 * How much of a table was understood: the rows of its extent used and not used (with why), and what
 * recognition itself was unsure of (numbers in a column without a role, a ratio column whose operands
 * are unknown). Both lower the table's confidence; the checker says them once (tabel-tak-pasti).
 */
import type { RecognizedTable, TableColumn } from "./types";
import type { RowDraft } from "./rows";
import { Grid } from "./grid";
import { monthOfColumn, shownHeader } from "./monthColumns";

const SAMPLE = 200;

export function assessTable(grid: Grid, table: RecognizedTable, drafts: RowDraft[], dataStart: number): void {
  let used = 0;
  let closing = 0;
  const unused: { row: number; reason: string }[] = [];
  let next = 0;
  for (let r = dataStart; r <= table.bottom; r++) {
    while (next < drafts.length && drafts[next].index < r) next++;
    const d = drafts[next];
    if (d && d.index === r) {
      if (d.closing) closing++;
      else used++;
      continue;
    }
    if (unused.length < 50)
      unused.push({ row: r, reason: grid.isBlankRow(r, table.left, table.right) ? "baris kosong" : "bukan baris data" });
  }
  table.coverage = { used, closing, unused };
  let confidence = 1;
  const unknown: TableColumn[] = [];
  for (const col of table.columns) {
    if (col.role !== "lainnya") continue;
    let numbers = 0;
    let seen = 0;
    for (const d of drafts) {
      if (d.closing) continue;
      if (++seen > SAMPLE) break;
      if (typeof grid.value(d.index, col.index) === "number") numbers++;
    }
    if (numbers >= 2 && numbers * 2 > seen) {
      unknown.push(col);
      confidence -= 0.15;
    }
  }
  const notes = adjacentRuns(unknown).map((run) => `kolom ${namedColumns(run)} berisi angka tetapi perannya tidak dikenali`);
  // A ratio column is expected to pair once the table has a realisasi and something to divide it by.
  const has = (role: string) => table.columns.some((c) => c.role === role);
  const pairable = has("realisasi") && (has("target") || has("anggaran") || has("setelah"));
  if ((table.kind === "indikator" || table.kind === "anggaran") && pairable) {
    for (const col of table.columns) {
      if (col.role !== "capaian" && col.role !== "persen") continue;
      if (table.ratios.some((r) => r.column === col.index)) continue;
      if (table.sasaranMeans?.some((m) => m.column === col.index)) continue;
      // The capaian kinerja of an efficiency table is an input (from the performance tables) of capaian − serapan.
      if (col.role === "capaian" && has("efisiensi")) continue;
      notes.push(`kolom ${col.letter} (${col.role}): kolom yang dibaginya tidak diketahui, tidak diperiksa`);
      confidence -= 0.15;
    }
  }
  table.confidence = Math.max(0.1, Math.round(confidence * 100) / 100);
  if (notes.length > 0) table.uncertain = notes;
}

/** Columns split into runs of adjacent ones (in sheet order). */
function adjacentRuns(columns: TableColumn[]): TableColumn[][] {
  const runs: TableColumn[][] = [];
  for (const c of [...columns].sort((a, b) => a.index - b.index)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].index + 1 === c.index) run.push(c);
    else runs.push([c]);
  }
  return runs;
}

/**
 * A run of columns as a note names it, once: "C (“K”)", "D–O (Jan–Des, per bulan)", "E–G (“A”, “B”,
 * “C”)". Twelve month columns said one by one are a paragraph of noise to a finance officer.
 */
function namedColumns(run: TableColumn[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (run.length === 1) return `${first.letter}${first.header ? ` (“${first.header}”)` : ""}`;
  const letters = `${first.letter}–${last.letter}`;
  if (run.every((c) => monthOfColumn(c) !== undefined))
    return `${letters} (${shownHeader(first.header)}–${shownHeader(last.header)}, per bulan)`;
  const headers = run.filter((c) => c.header).map((c) => `“${c.header}”`);
  return headers.length ? `${letters} (${headers.join(", ")})` : letters;
}
