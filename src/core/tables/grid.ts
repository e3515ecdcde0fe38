/** Merge-aware read access to a sheet: recognition sees a merged area's text in every cell it covers. */
import type { Cell, CellValue, MergedArea, Sheet } from "../workbook/model";
import { cellText } from "./text";

const WIDTH = 16384;
/** Cells of merged areas indexed per sheet at most. */
const MAX_INDEXED = 2_000_000;

export class Grid {
  readonly sheet: Sheet;
  private readonly owner = new Map<number, MergedArea>();
  /** 1 for rows with an indexed merged cell: most rows have none, and skip the map lookup. */
  private readonly mergedRows: Uint8Array;

  constructor(sheet: Sheet) {
    this.sheet = sheet;
    // Rows past the last one that holds cells are never read: merged areas are cut there. Areas
    // larger than a table heading, and areas past a total that no real sheet reaches (a hostile
    // file with a hundred thousand merges), are not indexed cell by cell.
    const lastRow = sheet.rows.length - 1;
    this.mergedRows = new Uint8Array(lastRow + 1);
    let budget = MAX_INDEXED;
    for (const m of sheet.merges) {
      const bottom = Math.min(m.bottom, lastRow);
      if (bottom < m.top) continue;
      const area = (bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 20000 || area > budget) continue;
      budget -= area;
      for (let r = m.top; r <= bottom; r++) {
        this.mergedRows[r] = 1;
        for (let c = m.left; c <= m.right; c++) this.owner.set(r * WIDTH + c, m);
      }
    }
  }

  get rowCount(): number {
    return this.sheet.rows.length;
  }

  /** Number of columns used in a row (last non-empty index + 1). */
  width(r: number): number {
    const row = this.sheet.rows[r];
    return row ? row.length : 0;
  }

  cell(r: number, c: number): Cell | undefined {
    const row = this.sheet.rows[r];
    return row ? row[c] : undefined;
  }

  value(r: number, c: number): CellValue {
    const cell = this.cell(r, c);
    return cell ? cell.value : null;
  }

  /** True when a merged area covers a cell of row r (merge() may then find one). */
  hasMerges(r: number): boolean {
    return this.mergedRows[r] === 1;
  }

  /** The merged area covering (r, c), if any. */
  merge(r: number, c: number): MergedArea | undefined {
    return this.mergedRows[r] === 1 ? this.owner.get(r * WIDTH + c) : undefined;
  }

  /** Value shown at (r, c), taking a merged area's top-left value. */
  shownValue(r: number, c: number): CellValue {
    const m = this.merge(r, c);
    return m ? this.value(m.top, m.left) : this.value(r, c);
  }

  /** Text shown at (r, c) (merged areas resolved). */
  text(r: number, c: number): string {
    return cellText(this.shownValue(r, c));
  }

  /** Own text of (r, c), no merge resolution. */
  ownText(r: number, c: number): string {
    return cellText(this.value(r, c));
  }

  /** Bold, taking the merged area's top-left style. */
  bold(r: number, c: number): boolean {
    const m = this.merge(r, c);
    const cell = m ? this.cell(m.top, m.left) : this.cell(r, c);
    return !!(cell && cell.bold);
  }

  isBlankRow(r: number, left = 0, right = Infinity): boolean {
    const row = this.sheet.rows[r];
    if (!row) return true;
    const end = Math.min(row.length - 1, right);
    for (let c = left; c <= end; c++) {
      const cell = row[c];
      if (cell && cellText(cell.value) !== "") return false;
    }
    return true;
  }
}
