/**
 * A summary per plan unit ("Capaian Kinerja per Misi": Misi | Jumlah Sasaran | Jumlah Indikator |
 * Rata-rata Capaian | Predikat) has the columns of a recap per predikat, but its rows are misi, sasaran
 * or bidang, each with the predikat of its own capaian. A recap per predikat lists the scale's bands as
 * its rows; read as one, the summary's counts would be compared with the indicators per band and its
 * averages rewritten as shares of a band. Told apart by the column that names the rows.
 */
import type { TableColumn } from "./types";
import type { RowDraft } from "./rows";
import { Grid } from "./grid";
import { normHeader } from "./text";
import { closingRole } from "./closing";
import { labelMatchesBand, listPresets } from "../scales";

/** Words that name a unit of the plan or of the office (as a header, or leading a row's label). */
const UNIT = /^(MISI|TUJUAN|SASARAN|BIDANG|PROGRAM|KEGIATAN|URUSAN|BAGIAN|SUB ?BAGIAN|SEKSI|UNIT|UPTD?|PERANGKAT DAERAH|OPD)\b/;

/** A row label that reads as a band or a range of capaian ("Sangat Tinggi", "≥ 91", "76 - 90 %"). */
function bandLike(text: string): boolean {
  if (/[%<>≤≥]|\d\s*[-–]\s*\d|s\.?\s?d\.?/i.test(text)) return true;
  return listPresets().some((p) => p.bands.some((b) => labelMatchesBand(text, b)));
}

/**
 * True when a text column left of the predikat column names every data row by a distinct unit of the
 * plan (its header, or each label, says Misi / Sasaran / Bidang …) and none of them as a band.
 */
export function namesUnitRows(grid: Grid, drafts: RowDraft[], columns: TableColumn[]): boolean {
  const predikat = columns.find((c) => c.role === "predikat");
  if (!predikat) return false;
  return columns.some((c) => {
    if (c.index >= predikat.index || (c.role !== "lainnya" && c.role !== "uraian")) return false;
    // Read by its predikat word, the recap's "Jumlah" row (its label in this column) is no closing row yet.
    const labels = drafts
      .filter((d) => !d.closing)
      .map((d) => grid.ownText(d.index, c.index).trim())
      .filter((t) => closingRole(t) === null);
    if (labels.length < 2) return false;
    if (labels.some((t) => t === "" || /^[\d.,\s]+$/.test(t) || bandLike(t))) return false;
    if (new Set(labels.map((t) => normHeader(t))).size < labels.length) return false;
    return UNIT.test(normHeader(c.header)) || labels.every((t) => UNIT.test(normHeader(t)));
  });
}
