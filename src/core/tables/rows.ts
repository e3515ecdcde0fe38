/**
 * Walks the rows under a header: data rows until two blank rows, a new header, a note line, or the
 * row after the closing rows (`Jumlah`, `Rata-rata`, `Capaian Kinerja Sasaran`).
 */
import type { RowRole, TableColumn } from "./types";
import { Grid } from "./grid";
import { closingRole } from "./closing";
import { isHeaderRow, profileRow } from "./header";

export interface RowDraft {
  index: number;
  closing?: RowRole;
  /** Label of a closing row. */
  closingLabel?: string;
}

function hasTypedNumber(grid: Grid, r: number, left: number, right: number): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const v = row[c]?.value;
    if (typeof v === "number") return true;
  }
  return false;
}

/** Label of a closing row, if row r is one. */
function closingAt(
  grid: Grid,
  r: number,
  columns: TableColumn[],
  labelCol: number | undefined,
): { role: RowRole; label: string } | null {
  for (const col of columns) {
    const c = col.index;
    const own = grid.ownText(r, c);
    if (own === "") continue;
    if (own.charCodeAt(0) <= 57 && own.charCodeAt(0) >= 48) return null;
    const m = grid.merge(r, c);
    const merged = !!m && m.right > m.left;
    const inCodeColumn = col.role === "no" || col.role === "kode";
    const aloneInLabel = c === labelCol && !rowHasCode(grid, r, columns);
    if (!(merged || inCodeColumn || aloneInLabel || col.role === "sasaran" || col.role === "uraian" || col.role === "indikator"))
      return null;
    const role = closingRole(own);
    return role ? { role, label: own } : null;
  }
  return null;
}

function rowHasCode(grid: Grid, r: number, columns: TableColumn[]): boolean {
  return columns.some((c) => (c.role === "no" || c.role === "kode") && grid.ownText(r, c.index) !== "");
}

function isNoteRow(grid: Grid, r: number, left: number, right: number, labelCol: number | undefined): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  let filled = 0;
  for (const cell of row) if (cell && cell.value !== null && cell.value !== "" && ++filled > 1) return false;
  let count = 0;
  let col = -1;
  let text = "";
  for (let c = 0; c < row.length; c++) {
    const t = grid.ownText(r, c);
    if (t !== "") {
      count++;
      col = c;
      text = t;
    }
  }
  if (count !== 1) return false;
  if (col < left || col > right) return true;
  return col !== labelCol && text.length > 40 && !grid.merge(r, col);
}

export function scanRows(
  grid: Grid,
  start: number,
  left: number,
  right: number,
  columns: TableColumn[],
  labelCol: number | undefined,
): RowDraft[] {
  const drafts: RowDraft[] = [];
  let blanks = 0;
  let sawClosing = false;
  for (let r = start; r < grid.rowCount; r++) {
    if (grid.isBlankRow(r, left, right)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (!hasTypedNumber(grid, r, left, right) && isHeaderRow(profileRow(grid, r))) break;
    const closing = closingAt(grid, r, columns, labelCol);
    if (closing) {
      drafts.push({ index: r, closing: closing.role, closingLabel: closing.label });
      sawClosing = closing.role !== "subtotal" ? true : sawClosing;
      continue;
    }
    if (sawClosing) break;
    if (isNoteRow(grid, r, left, right, labelCol)) break;
    drafts.push({ index: r });
  }
  return drafts;
}
