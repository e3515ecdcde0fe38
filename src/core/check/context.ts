/** What every rule gets: the workbook, its recognised tables with cached readers, the scale, and the finding sink. */
import type { Workbook } from "../workbook/model";
import type { PredicateScale } from "../scales";
import type { RecognizedTable } from "../tables/types";
import { TableReader } from "../tables/reader";
import { Grid } from "../tables/grid";
import type { Finding } from "./finding";
import type { CheckOptions } from "./options";

export interface CheckContext {
  workbook: Workbook;
  tables: RecognizedTable[];
  /** Every recognised table, the excluded ones too (for what is said about the user's corrections). */
  recognized: RecognizedTable[];
  scale: PredicateScale;
  options: CheckOptions;
  reader(table: RecognizedTable): TableReader;
  /** Adds a finding unless the cell already has one from an earlier (more specific) rule. */
  add(finding: Finding): void;
  /**
   * Adds a note about a whole table (info, at its top-left cell). Notes of different rules on one
   * table are all kept, and do not hide or count as a finding of the cell.
   */
  note(finding: Finding): void;
  /** True when the cell already has a finding. */
  flagged(sheet: string, cell: string): boolean;
  findings(): Finding[];
}

export function createContext(
  workbook: Workbook,
  tables: RecognizedTable[],
  scale: PredicateScale,
  options: CheckOptions,
  recognized: RecognizedTable[] = tables,
): CheckContext {
  const grids = new Map<string, Grid>();
  const readers = new Map<string, TableReader>();
  const list: Finding[] = [];
  const seen = new Set<string>();
  const notes = new Set<string>();
  const gridFor = (name: string): Grid => {
    let g = grids.get(name);
    if (!g) {
      const sheet = workbook.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`Lembar ${name} tidak ditemukan`);
      g = new Grid(sheet);
      grids.set(name, g);
    }
    return g;
  };
  return {
    workbook,
    tables,
    recognized,
    scale,
    options,
    reader(table) {
      let r = readers.get(table.id);
      if (!r) {
        r = new TableReader(gridFor(table.sheet), table);
        readers.set(table.id, r);
      }
      return r;
    },
    add(finding) {
      const key = `${finding.sheet}!${finding.cell}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push(finding);
    },
    note(finding) {
      const key = `${finding.rule}:${finding.sheet}!${finding.cell}`;
      if (notes.has(key)) return;
      notes.add(key);
      list.push(finding);
    },
    flagged(sheet, cell) {
      return seen.has(`${sheet}!${cell}`);
    },
    findings: () => list,
  };
}
