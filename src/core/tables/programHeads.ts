/**
 * A Pengukuran Kinerja Kegiatan lists each program above its kegiatan, in one table with the output
 * indicators and the budget: "I | Program Perencanaan … | (no indicator, no target) | pagu", then
 * "1.1 | Penyusunan rencana … | Jumlah dokumen … | 2 | 2 | 100 | pagu". The program row heads the
 * coded rows under it (1.1, 1.2 under I or 1), and its pagu is their sum; without an outcome
 * indicator of its own it is no indicator. Only rows named "Program …" / "Kegiatan …" head others.
 * Read only where every row from the first program on carries a code, so a kegiatan whose pagu
 * repeats on the uncoded rows of its other indicators is never added twice.
 */
import type { TableColumn, TableRow } from "./types";
import { Grid } from "./grid";
import { isClosing } from "./closing";
import { parseCode, type ParsedCode } from "./codes";
import { cellText } from "./text";

/** The number a head code stands for in its children's codes: I and 1 head 1.1, 1.2.1 heads 1.2.1.1. */
function headKey(code: ParsedCode): string | null {
  if (code.kind === "roman") return String(code.ordinal);
  if (code.kind === "dotted") return code.key;
  return null;
}

function under(child: ParsedCode, head: string): boolean {
  return child.kind === "dotted" && child.prefixKeys.includes(head);
}

/** A column of the indicator's performance (not of the budget): what a program row leaves empty. */
function performanceColumn(c: TableColumn): boolean {
  if (c.role === "indikator" || c.role === "target" || c.role === "capaian") return true;
  return c.role === "realisasi" && c.measure !== "keuangan";
}

/** No indicator, target, realisasi or capaian of performance on row r. */
function headsNoIndicator(grid: Grid, r: number, columns: TableColumn[]): boolean {
  return columns.every((c) => !performanceColumn(c) || cellText(grid.value(r, c.index)) === "");
}

const PROGRAM = /^\s*program\b/i;
/** What a head row is named: "Program …", "Kegiatan …" (over its sub kegiatan). */
const GROUP = /^\s*(program|kegiatan)\b/i;

/** The row's label, or its text in the program / kegiatan (uraian) column, names a program or kegiatan. */
function namedGroup(grid: Grid, row: TableRow, columns: TableColumn[]): boolean {
  return GROUP.test(row.label) || columns.some((c) => c.role === "uraian" && GROUP.test(grid.ownText(row.index, c.index)));
}

/** Marks the program rows of a PK Kegiatan and gives the rows under them their parent (in place). */
export function adoptUnderProgramRows(grid: Grid, rows: TableRow[], columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === "anggaran") || !columns.some((c) => c.role === "indikator")) return;
  const data = rows.filter((r) => !isClosing(r.role));
  const codes = data.map((r) => (r.code ? parseCode(r.code) : null));
  const heads = new Map<number, string>();
  for (let i = 0; i < data.length; i++) {
    const code = codes[i];
    if (data[i].role !== "indikator" || !code || !namedGroup(grid, data[i], columns)) continue;
    const key = headKey(code);
    const next = codes[i + 1];
    if (key !== null && next && under(next, key)) heads.set(i, key);
  }
  if (heads.size === 0) return;
  const first = heads.keys().next().value as number;
  // Every row from the first program on is a program or a coded row under the program above it.
  let head: string | undefined;
  const parentOf = new Map<number, number>();
  let headRow = -1;
  for (let i = first; i < data.length; i++) {
    const code = codes[i];
    const key = heads.get(i);
    if (key !== undefined) {
      head = key;
      headRow = data[i].index;
      continue;
    }
    if (!code || head === undefined || !under(code, head) || data[i].parent !== undefined) return;
    parentOf.set(i, headRow);
  }
  for (const [i] of heads) {
    // A program with an outcome indicator of its own stays an indicator; its budget still heads the kegiatan.
    const row = data[i];
    if (!headsNoIndicator(grid, row.index, columns)) continue;
    row.role = PROGRAM.test(row.label) ? "program" : "kegiatan";
    delete row.sasaran;
    delete row.sasaranRow;
  }
  for (const [i, parent] of parentOf) data[i].parent = parent;
}
