/**
 * A column's unit, from its header and its data combined: `%`, `persen`, `(Rp)` in the header; percent
 * number formats, percent texts and magnitudes in the cells. A percentage column is never summed as an
 * amount, and a "REALISASI (%)" column beside a "REALISASI (Rp)" one is the budget ratio, not money.
 */
import type { ColumnUnit, TableColumn } from "./types";
import { Grid } from "./grid";
import { normHeader } from "./text";
import { toDecimal } from "../numbers/parse";
import type { RowDraft } from "./rows";

const PERCENT_HEADER = /%|\b(PERSEN|PERSENTASE|PROSENTASE|SERAPAN)\b/;
const RUPIAH_HEADER = /\b(RP|RUPIAH|RIBU RUPIAH|JUTA RUPIAH)\b/;
const COUNT_HEADER = /^(JUMLAH|BANYAKNYA|BANYAK)( INDIKATOR| IKU| SASARAN)?$/;
const INDEX_HEADER = /\b(INDEKS|INDEX|SKOR|IDM|IKM|IKS|IKE|IKL)\b/;

/** At most this many data cells are looked at per column (recognition stays linear and cheap). */
const SAMPLE = 200;

interface CellStats {
  numbers: number;
  percentCells: number;
  large: number;
  small: number;
}

function statsOf(grid: Grid, drafts: RowDraft[], c: number): CellStats {
  const s: CellStats = { numbers: 0, percentCells: 0, large: 0, small: 0 };
  let seen = 0;
  for (const d of drafts) {
    if (d.closing) continue;
    if (++seen > SAMPLE) break;
    const cell = grid.cell(d.index, c);
    const v = cell?.value;
    if (typeof v === "number") {
      s.numbers++;
      if (cell?.numFmt && cell.numFmt.includes("%") && !/"[^"]*%[^"]*"/.test(cell.numFmt)) s.percentCells++;
      else if (Math.abs(v) >= 10000) s.large++;
      else if (Math.abs(v) <= 1000) s.small++;
    } else if (typeof v === "string" && /\d\s*%\s*\.?$/.test(v.trim())) {
      s.numbers++;
      s.percentCells++;
    } else if (typeof v === "string") {
      // Amounts typed as text ("Rp 1.234.567,-", "2.500.000") weigh as the numbers they show.
      const n = toDecimal(v);
      if (n === null) continue;
      s.numbers++;
      if (n.abs().gte(10000)) s.large++;
      else if (n.abs().lte(1000)) s.small++;
    }
  }
  return s;
}

/** The unit of one column and the evidence that decided it. */
export function unitOf(grid: Grid, drafts: RowDraft[], col: TableColumn): { unit: ColumnUnit; evidence: string } | null {
  if (col.role === "predikat") return { unit: "kata", evidence: "kolom predikat" };
  const h = normHeader(col.header.replace(/\(\s*%\s*\)/g, " % "));
  if (RUPIAH_HEADER.test(h)) return { unit: "rupiah", evidence: "judul kolom (Rp)" };
  if (PERCENT_HEADER.test(h) || col.role === "capaian" || col.role === "persen") {
    return { unit: "persen", evidence: PERCENT_HEADER.test(h) ? "judul kolom (%)" : "peran kolom" };
  }
  if (col.role === "jumlah" && COUNT_HEADER.test(h)) return { unit: "jumlah", evidence: "judul kolom (jumlah)" };
  if (INDEX_HEADER.test(h)) return { unit: "indeks", evidence: "judul kolom (indeks)" };
  const s = statsOf(grid, drafts, col.index);
  if (s.numbers === 0) return null;
  if (s.percentCells * 2 > s.numbers) return { unit: "persen", evidence: "format persen pada sel" };
  if (col.measure === "keuangan" || col.role === "anggaran" || col.role === "sebelum" || col.role === "setelah") {
    return { unit: "rupiah", evidence: "peran kolom (anggaran)" };
  }
  if (s.large * 2 > s.numbers) return { unit: "rupiah", evidence: "besaran nilai (rupiah)" };
  return null;
}

/**
 * Gives every value column its unit; a realisasi/target column in percent next to an amount column of
 * the same role in a budget table becomes the budget ratio (`persen`).
 */
export function assignUnits(grid: Grid, drafts: RowDraft[], columns: TableColumn[]): void {
  for (const col of columns) {
    const u = unitOf(grid, drafts, col);
    if (!u) continue;
    col.unit = u.unit;
    col.evidence = [...(col.evidence ?? []), `satuan: ${u.evidence}`];
  }
  const money = columns.some((c) => c.role === "anggaran" || c.role === "setelah");
  if (!money) return;
  for (const col of columns) {
    // "REALISASI FISIK (%)" is physical progress, not the budget ratio.
    if (col.unit !== "persen" || col.role !== "realisasi" || col.measure === "kinerja" || col.chosen) continue;
    const amount = columns.some((c) => c !== col && c.role === col.role && c.unit !== "persen");
    if (!amount) continue;
    col.role = "persen";
    col.evidence = [...(col.evidence ?? []), "peran: persentase di samping kolom rupiah yang sama"];
  }
}
