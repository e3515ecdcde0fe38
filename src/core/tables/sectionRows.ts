/**
 * Section rows of an indicator table: a row that only repeats a heading word ("SASARAN STRATEGIS",
 * "INDIKATOR KINERJA UTAMA", "IKU"), often merged across the table, above the sasaran or the indicators
 * it introduces. It names what follows, not a sasaran or an indicator of its own: read as a group row
 * (kelompok), and passed over when deciding which row is a sasaran.
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { normHeader } from "./text";
import { parseNumber } from "../numbers";

/** Heading words only: SASARAN (STRATEGIS), INDIKATOR (KINERJA) (UTAMA) (IKU), TUJUAN, IKU, IKD. */
const HEADING = /^(SASARAN|TUJUAN|INDIKATOR|IKU|IKD)( (STRATEGIS|KINERJA|UTAMA|SASARAN|TUJUAN|INDIVIDU|DAERAH|IKU|IKD))*$/;

/** A number typed in one of the row's target, realisasi or capaian cells (own cells, merges not resolved). */
function measures(grid: Grid, r: number, columns: TableColumn[]): boolean {
  return columns.some((c) => {
    if (c.role !== "target" && c.role !== "realisasi" && c.role !== "capaian") return false;
    const own = grid.ownText(r, c.index);
    return own !== "" && (typeof grid.value(r, c.index) === "number" || parseNumber(own).kind === "number");
  });
}

/** Row r only names the section below it (a heading word, no target, realisasi or capaian). */
export function isSectionRow(grid: Grid, r: number, labelCol: number | undefined, columns: TableColumn[]): boolean {
  if (labelCol === undefined) return false;
  const label = normHeader(grid.text(r, labelCol));
  return label !== "" && HEADING.test(label) && !measures(grid, r, columns);
}
