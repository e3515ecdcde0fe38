/**
 * Uncoded group rows that carry their group's sums ("Bidang Sekretariat" | 5.844.100.000 above the
 * numbered kegiatan 1, 2 it adds up, "Bidang Aplikasi Informatika" above 3, 4, 5): read by the codes
 * alone, such a row is a leaf of the coded row above it and the grand total adds it to its own rows.
 * An uncoded row right above top-level coded rows heads them when, in every money column where it has
 * a number, it is exactly the sum of those rows (up to the next uncoded row): a row that merely
 * follows the rows above it does not add up the rows below.
 */
import Decimal from "decimal.js";
import type { TableColumn } from "./types";
import type { HierarchyInput, HierarchyOutput } from "./hierarchy";
import { Grid } from "./grid";
import { toDecimal } from "../numbers";

const MONEY_ROLES = new Set(["anggaran", "realisasi", "sisa", "sebelum", "setelah"]);

function money(columns: TableColumn[]): TableColumn[] {
  return columns.filter((c) => MONEY_ROLES.has(c.role) && c.unit !== "persen" && c.unit !== "indeks" && c.unit !== "kata");
}

/** Sum of a column over the rows, null where a row has no number there. */
function sum(grid: Grid, rows: number[], col: number): Decimal | null {
  let s = new Decimal(0);
  for (const r of rows) {
    const v = toDecimal(grid.value(r, col));
    if (v === null) return null;
    s = s.plus(v);
  }
  return s;
}

/** True when the heading row equals the sum of the rows in every money column where it has a number (at least one). */
function addsUp(grid: Grid, heading: number, rows: number[], columns: TableColumn[]): boolean {
  let checked = 0;
  for (const c of columns) {
    const own = toDecimal(grid.value(heading, c.index));
    if (own === null) continue;
    const s = sum(grid, rows, c.index);
    if (s === null || !s.equals(own)) return false;
    checked++;
  }
  return checked > 0;
}

export function adoptUnderSummingHeadings(
  grid: Grid,
  inputs: HierarchyInput,
  hierarchy: HierarchyOutput,
  columns: TableColumn[],
): HierarchyOutput {
  const values = money(columns);
  const n = inputs.index.length;
  if (values.length === 0 || n < 3) return hierarchy;
  let out: HierarchyOutput | undefined;
  for (let i = 0; i + 1 < n; i++) {
    if (inputs.code[i] || !inputs.code[i + 1] || hierarchy.parent[i + 1] >= 0) continue;
    // The group: the coded rows up to the next uncoded row; its top-level rows are what it adds up.
    let end = i + 1;
    const top: number[] = [];
    while (end < n && inputs.code[end]) {
      if (hierarchy.parent[end] < 0) top.push(inputs.index[end]);
      end++;
    }
    if (top.length < 2 || !addsUp(grid, inputs.index[i], top, values)) continue;
    out ??= { level: hierarchy.level.slice(), parent: hierarchy.parent.slice() };
    out.level[i] = 1;
    out.parent[i] = -1;
    for (let k = i + 1; k < end; k++) {
      out.level[k] = hierarchy.level[k] + 1;
      if (hierarchy.parent[k] < 0) out.parent[k] = inputs.index[i];
    }
    i = end - 1;
  }
  return out ?? hierarchy;
}
