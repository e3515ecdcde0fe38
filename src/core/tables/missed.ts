/**
 * Rows that look like the header of a performance or budget table (two or more header words, one a
 * value such as Target, Realisasi, Pagu; one a label such as Indikator, Uraian, Kode) with numbers
 * below, but that no recognised table starts at or covers. A table recognition could not read must
 * never vanish silently: the check says where it is.
 */
import type { Workbook } from "../workbook/model";
import type { ColumnRole, RecognizedTable } from "./types";
import { Grid } from "./grid";
import { LABEL_ROLES, VALUE_ROLES, headerRole } from "./headerRoles";

export interface MissedHeader {
  sheet: string;
  /** 0-based row index. */
  row: number;
  /** 0-based index of the first header word. */
  column: number;
  /** The header words, as written. */
  words: string[];
}

/** Rows outside tables examined per sheet: header rows sit near the top; a sheet nobody read is not scanned whole. */
const ROW_BUDGET = 2000;
/** Rows under the candidate header searched for numbers. */
const LOOK_BELOW = 6;

export function missedHeaders(workbook: Workbook, tables: RecognizedTable[]): MissedHeader[] {
  const missed: MissedHeader[] = [];
  for (const sheet of workbook.sheets) {
    const covered = tables.filter((t) => t.sheet === sheet.name).map((t) => [t.top, t.bottom] as const);
    const inTable = (r: number) => covered.some(([top, bottom]) => r >= top && r <= bottom);
    /** The last row of the tables covering r; below r when none does. */
    const coveredTo = (r: number) => {
      let end = r - 1;
      for (const [top, bottom] of covered) if (r >= top && r <= bottom && bottom > end) end = bottom;
      return end;
    };
    const grid = new Grid(sheet);
    let examined = 0;
    for (let r = 0; r < grid.rowCount && examined < ROW_BUDGET; r++) {
      // A table's rows are skipped at once (a 50.000-row table is not walked row by row).
      const end = coveredTo(r);
      if (end >= r) {
        r = end;
        continue;
      }
      examined++;
      const header = headerWords(grid, r);
      if (!header || !numbersBelow(grid, r, inTable)) continue;
      missed.push({ sheet: sheet.name, row: r, ...header });
      r += LOOK_BELOW; // one report per missed table
    }
  }
  return missed;
}

function headerWords(grid: Grid, r: number): { column: number; words: string[] } | null {
  const row = grid.sheet.rows[r];
  if (!row) return null;
  const roles = new Set<ColumnRole>();
  const words: string[] = [];
  let column = -1;
  for (let c = 0; c < row.length; c++) {
    const v = row[c]?.value;
    if (typeof v !== "string" || v.length > 80) continue;
    const role = headerRole(v).role;
    if (role === "lainnya") continue;
    roles.add(role);
    words.push(v.trim());
    if (column < 0) column = c;
  }
  if (roles.size < 2) return null;
  const value = [...roles].some((x) => VALUE_ROLES.has(x));
  const label = [...roles].some((x) => LABEL_ROLES.has(x));
  return value && label ? { column, words } : null;
}

/** At least two of the next rows (outside tables) hold a number typed as a number. */
function numbersBelow(grid: Grid, r: number, inTable: (r: number) => boolean): boolean {
  let rows = 0;
  for (let n = r + 1; n <= Math.min(grid.rowCount - 1, r + LOOK_BELOW); n++) {
    if (inTable(n)) return false;
    const row = grid.sheet.rows[n];
    if (row?.some((cell) => typeof cell?.value === "number")) rows++;
  }
  return rows >= 2;
}
