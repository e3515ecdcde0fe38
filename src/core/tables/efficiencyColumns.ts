/**
 * Efficiency tables (capaian kinerja % | pagu | realisasi | serapan % | "Selisih Capaian - Serapan" |
 * Efisien / Cukup Efisien / Tidak Efisien): the difference column is `efisiensi` (capaian − serapan,
 * percent points), not a sisa (pagu − realisasi) nor a ratio; the column of efficiency words is a
 * `keterangan`, never a predikat read against the predicate scale. A column is retyped only in a
 * table with a capaian and a serapan column, when its header names both ("Efisiensi (Capaian Kinerja
 * - Serapan Anggaran)") or, for a plain "Selisih" / "Efisiensi (%)", when most of its numbers
 * (half of them, under a header that says efisiensi or when none is pagu − realisasi) are
 * capaian − serapan of their row.
 */
import Decimal from "decimal.js";
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { num, typedValue } from "./values";
import { cellText, normHeader } from "./text";

/** "Efisien", "Cukup Efisien", "Tidak Efisien" (any case): the e-SAKIP efficiency label of a cell. */
export function efficiencyWord(v: unknown): "efisien" | "cukup efisien" | "tidak efisien" | null {
  const t = normHeader(cellText(v as never));
  if (t === "EFISIEN") return "efisien";
  if (t === "CUKUP EFISIEN") return "cukup efisien";
  if (t === "TIDAK EFISIEN") return "tidak efisien";
  return null;
}

const NAMED = /\bCAPAIAN\b.*\bSERAPAN\b|\bSERAPAN\b.*\bCAPAIAN\b/;
const DIFFERENCE = /\b(SELISIH|EFISIENSI|DEVIASI)\b/;
const EFFICIENCY = /\bEFISIENSI\b/;

function rowsBelow(grid: Grid, start: number, left: number, right: number): number[] {
  const out: number[] = [];
  for (let r = start; r < grid.rowCount && out.length < 60; r++) {
    if (grid.isBlankRow(r, left, right)) break;
    out.push(r);
  }
  return out;
}

const value = (grid: Grid, r: number, c: number): Decimal | null => num(typedValue(grid.cell(r, c), r, c));

/** Rows whose number in `col` is capaian − serapan of the row (to the hundredth), of the rows with all three. */
function agreement(grid: Grid, rows: number[], col: number, capaian: number, serapan: number): { agree: number; of: number } {
  let agree = 0;
  let of = 0;
  for (const r of rows) {
    const d = value(grid, r, col);
    const c = value(grid, r, capaian);
    const s = value(grid, r, serapan);
    if (!d || !c || !s) continue;
    of++;
    if (d.minus(c.minus(s)).abs().lte(0.01)) agree++;
  }
  return { agree, of };
}

/** Whether some row's number in `col` is its pagu − realisasi (a sisa in rupiah). */
function anyRowIsSisa(grid: Grid, rows: number[], col: number, columns: TableColumn[]): boolean {
  const pagu = columns.find((c) => c.role === "anggaran");
  const spent = columns.find((c) => c.role === "realisasi");
  if (!pagu || !spent) return false;
  return rows.some((r) => {
    const d = value(grid, r, col);
    const p = value(grid, r, pagu.index);
    const s = value(grid, r, spent.index);
    return !!d && !!p && !!s && d.minus(p.minus(s)).abs().lte(1);
  });
}

export function markEfficiencyColumns(grid: Grid, columns: TableColumn[], dataStart: number, left: number, right: number): void {
  const capaian = columns.find((c) => c.role === "capaian" && !DIFFERENCE.test(normHeader(c.header)));
  const serapan = columns.find((c) => c.role === "persen" && !DIFFERENCE.test(normHeader(c.header)));
  if (!capaian || !serapan) return;
  const rows = rowsBelow(grid, dataStart, left, right);
  for (const col of columns) {
    if (col === capaian || col === serapan || col.chosen) continue;
    const h = normHeader(col.header);
    if (!DIFFERENCE.test(h) || !["sisa", "capaian", "persen", "nilai", "lainnya"].includes(col.role)) continue;
    const { agree, of } = agreement(grid, rows, col.index, capaian.index, serapan.index);
    // Most rows agreeing make it efisiensi; half of them do (one of a kecamatan's two sasaran may
    // be the wrong one) under a header that says efisiensi, or when no row is pagu − realisasi.
    const half = agree * 2 >= of && (EFFICIENCY.test(h) || !anyRowIsSisa(grid, rows, col.index, columns));
    if (of === 0 || (!NAMED.test(h) && (of < 2 || agree === 0 || (agree * 2 <= of && !half)))) continue;
    col.role = "efisiensi";
    col.evidence = [...(col.evidence ?? []), "peran: capaian − serapan (judul dan angka kolomnya)"];
  }
  for (const col of columns) {
    if (col.chosen || !["predikat", "lainnya", "keterangan"].includes(col.role)) continue;
    const words = rows.map((r) => grid.value(r, col.index)).filter((v) => cellText(v) !== "");
    if (words.length >= 2 && words.filter((v) => efficiencyWord(v)).length * 2 > words.length) col.role = "keterangan";
  }
}
