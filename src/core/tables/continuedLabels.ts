/**
 * An indicator name wrapped onto the next row by hand ("Persentase pengaduan masyarakat yang" over
 * "diselesaikan tepat waktu"): the second row has only the rest of the name, starting in lower case,
 * and nothing else. It is the same indicator: its text joins the name above, and it is no row of
 * its own (no extra indicator in the counts and the narrative).
 */
import type { TableColumn, TableRow } from "./types";
import { Grid } from "./grid";
import { LABEL_ROLES } from "./headerRoles";
import { cellText } from "./text";

/** Starts with a lower-case word, not a lettered item ("a. …", "b) …"). */
const CONTINUES = /^[a-z][a-z]/;

function onlyLabel(grid: Grid, r: number, labelCol: number, columns: TableColumn[]): boolean {
  return columns.every((c) => c.index === labelCol || LABEL_ROLES.has(c.role) || cellText(grid.value(r, c.index)) === "");
}

/** Joins continuation rows into the indicator above them; returns the rows left. */
export function joinContinuedLabels(
  grid: Grid,
  rows: TableRow[],
  columns: TableColumn[],
  labelCol: number | undefined,
): TableRow[] {
  if (labelCol === undefined) return rows;
  const out: TableRow[] = [];
  for (const row of rows) {
    const above = out[out.length - 1];
    const own = grid.ownText(row.index, labelCol);
    if (
      above &&
      above.role === "indikator" &&
      row.role === "indikator" &&
      above.index === row.index - 1 &&
      row.code === undefined &&
      !grid.merge(row.index, labelCol) &&
      CONTINUES.test(own) &&
      !/[:.]\s*$/.test(above.label) &&
      onlyLabel(grid, row.index, labelCol, columns)
    ) {
      above.label = `${above.label} ${own}`;
      continue;
    }
    out.push(row);
  }
  return out;
}
