/**
 * Stored corrections follow their table when rows or columns are inserted above or before it. A
 * table's id is its top-left header cell, so such an edit leaves the correction under an id where no
 * table starts. It is moved to the one table of the same sheet with the same column headers (the
 * signature stored with it) that has no correction of its own, its rows and columns shifted by how
 * far the table moved. Two or more such tables: nothing is guessed, the correction stays unmatched.
 */
import type { RowMark, TableCorrection, TableCorrections } from "../settings/corrections";
import { headerSignature } from "../settings/corrections";
import type { ColumnRole } from "./types";
import { columnLetters, parseA1 } from "../workbook/address";

export interface PlacedTable {
  id: string;
  sheet: string;
  top: number;
  left: number;
  columns: { header: string }[];
}

export interface MovedCorrection {
  /** The id the correction was stored under. */
  from: string;
  /** The correction in the table's new place. */
  correction: TableCorrection;
}

/** Sheet and 0-based cell of a table id (`Sheet!A3`; a sheet name may itself hold "!"). */
export function idPlace(id: string): { sheet: string; row: number; col: number } | null {
  const at = id.lastIndexOf("!");
  if (at <= 0 || !/^[A-Z]{1,3}[1-9]\d*$/.test(id.slice(at + 1))) return null;
  return { sheet: id.slice(0, at), ...parseA1(id.slice(at + 1)) };
}

/** Moved corrections by the id of the table they now belong to. */
export function relocateCorrections(
  corrections: TableCorrections | undefined,
  tables: PlacedTable[],
): Map<string, MovedCorrection> {
  const moved = new Map<string, MovedCorrection>();
  if (!corrections) return moved;
  const known = new Set(tables.map((t) => t.id));
  for (const [from, correction] of Object.entries(corrections.tables)) {
    const place = idPlace(from);
    if (known.has(from) || !correction.header || !place) continue;
    const candidates = tables.filter(
      (t) =>
        t.sheet === place.sheet &&
        corrections.tables[t.id] === undefined &&
        !moved.has(t.id) &&
        headerSignature(t.columns) === correction.header,
    );
    if (candidates.length !== 1) continue;
    const [table] = candidates;
    moved.set(table.id, { from, correction: shifted(correction, table.top - place.row, table.left - place.col) });
  }
  return moved;
}

/** The corrections with every moved one stored under its table's new id (what the pane saves). */
export function withMovedCorrections(corrections: TableCorrections, moved: Map<string, MovedCorrection>): TableCorrections {
  if (moved.size === 0) return corrections;
  const tables = { ...corrections.tables };
  for (const [id, m] of moved) {
    delete tables[m.from];
    tables[id] = m.correction;
  }
  return { ...corrections, tables };
}

function shifted(c: TableCorrection, rows: number, cols: number): TableCorrection {
  const out: TableCorrection = { ...c };
  if (c.columns) {
    const columns: Record<string, ColumnRole> = {};
    for (const [letter, role] of Object.entries(c.columns)) {
      const col = parseA1(`${letter}1`).col + cols;
      if (col >= 0) columns[columnLetters(col)] = role;
    }
    out.columns = columns;
  }
  if (c.rows) {
    const marks: Record<string, RowMark> = {};
    for (const [row, mark] of Object.entries(c.rows)) if (Number(row) + rows >= 1) marks[String(Number(row) + rows)] = mark;
    out.rows = marks;
  }
  return out;
}
