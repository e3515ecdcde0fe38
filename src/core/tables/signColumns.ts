/**
 * A column that holds only the "%" sign beside the numbers it follows (TARGET merged over "95 | %"):
 * it is a unit, not a target, realisasi or capaian of its own, whatever header it sits under.
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { cellText } from "./text";

const SIGN = /^(%|persen|rp\.?)$/i;

/** Gives the satuan role to value columns whose data cells are all a unit sign ("%", "Rp"). */
export function markSignColumns(grid: Grid, columns: TableColumn[], rows: number[]): void {
  for (const col of columns) {
    if (col.chosen || col.role === "satuan") continue;
    let signs = 0;
    let other = false;
    for (let i = 0; i < rows.length && i < 200 && !other; i++) {
      const t = cellText(grid.value(rows[i], col.index));
      if (t === "") continue;
      if (SIGN.test(t)) signs++;
      else other = true;
    }
    if (other || signs < 2) continue;
    col.role = "satuan";
    col.evidence = [...(col.evidence ?? []), "peran: hanya tanda satuan (%) di samping angkanya"];
  }
}
