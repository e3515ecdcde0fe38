/** Helpers shared by the corpus families: planting an error in a model and recording its truth. */
import ExcelJS from "exceljs";
import type { Placed, TableSpec, Val } from "./grid";
import type { Expected } from "./types";

export interface Plant {
  rowId: string;
  key: string;
  value: Val;
  rule: string;
  why: string;
  optional?: boolean;
  alt?: Expected["alt"];
}

/** Replaces the planted cells of a model before it is written. */
export function applyPlants(spec: TableSpec, plants: Plant[]): void {
  for (const p of plants) {
    const row = spec.rows.find((r) => r.id === p.rowId);
    if (!row) throw new Error(`no row ${p.rowId}`);
    row.cells[p.key] = p.value;
  }
}

/** The truth of planted cells once the table is placed. */
export function truthOf(placed: Placed, plants: Plant[]): Expected[] {
  return plants.map((p) => ({
    rule: p.rule,
    sheet: placed.sheet,
    cell: placed.addr(p.rowId, p.key),
    why: p.why,
    optional: p.optional,
    alt: p.alt,
  }));
}

/** A note line written above or below a table (period, unit, cap, source). */
export function note(ws: ExcelJS.Worksheet, row: number, col0: number, text: string, italic = false): void {
  const cell = ws.getCell(row, col0 + 1);
  cell.value = text;
  if (italic) cell.font = { italic: true };
}

/** Signatures block under a table, as every printed form ends. */
export function signature(ws: ExcelJS.Worksheet, row: number, col: number, place: string, who: string): void {
  note(ws, row, col, `${place}, 31 Desember`);
  note(ws, row + 1, col, who);
  note(ws, row + 5, col, "NIP. 19750812 200312 1 004");
}
