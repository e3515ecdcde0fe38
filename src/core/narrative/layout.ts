/**
 * Where each narrative table lands on the sheet: title row, one or two header rows, body, notes and
 * sentences, one blank row between tables. Shared by the sheet renderer and by tests.
 */
import type { NarrativeDocument, NarrativeTable } from "./types";

export interface TablePlacement {
  table: NarrativeTable;
  titleRow: number;
  headerRows: number;
  /** Sheet row of body row 0. */
  bodyRow: number;
  /** First sheet row after the body (notes, then sentences). */
  afterRow: number;
  /** Last sheet row used by the table. */
  lastRow: number;
}

/** Rows above the first table: document title and document notes. */
export function leadingRows(doc: NarrativeDocument): number {
  return 1 + doc.notes.length + 1;
}

export function hasGroups(table: NarrativeTable): boolean {
  return table.columns.some((c) => c.group !== undefined);
}

export function layoutDocument(doc: NarrativeDocument): TablePlacement[] {
  const placements: TablePlacement[] = [];
  let row = leadingRows(doc);
  for (const table of doc.tables) {
    const headerRows = hasGroups(table) ? 2 : 1;
    const titleRow = row;
    const bodyRow = titleRow + 1 + headerRows;
    const afterRow = bodyRow + table.rows.length;
    const lastRow = afterRow + table.notes.length + table.sentences.length - 1;
    placements.push({ table, titleRow, headerRows, bodyRow, afterRow, lastRow: Math.max(lastRow, afterRow - 1) });
    row = Math.max(lastRow, afterRow - 1) + 2;
  }
  return placements;
}
