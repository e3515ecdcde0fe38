/** Small helpers to assemble a NarrativeTable row by row. */
import Decimal from "decimal.js";
import type { CellFormat, Expr, NarrativeCell, NarrativeColumn, NarrativeTable, NarrativeTableId, RowStyle } from "./types";
import { quoteSheet } from "./expr";
import { cellText } from "../tables/text";
import { sourceKey, SourceValue } from "./source";

export const TEXT: CellFormat = { kind: "text" };
export const PERCENT: CellFormat = { kind: "percent" };
export const RUPIAH: CellFormat = { kind: "rupiah" };
export const COUNT: CellFormat = { kind: "number", decimals: 0 };

export function textCell(value: string, extra: Partial<NarrativeCell> = {}): NarrativeCell {
  return { value, format: TEXT, ...extra };
}

export function numberCell(
  value: Decimal | null,
  format: CellFormat,
  formula?: Expr,
  extra: Partial<NarrativeCell> = {},
): NarrativeCell {
  if (value === null) return { value: "-", format: TEXT, align: "center", ...extra };
  return { value, format, formula, align: "right", ...extra };
}

export class TableBuilder {
  readonly table: NarrativeTable;
  private readonly sourceSet = new Set<string>();

  constructor(id: string, kind: NarrativeTableId, title: string, columns: NarrativeColumn[]) {
    this.table = { id, kind, title, columns, rows: [], notes: [], sentences: [], sources: [] };
  }

  /** Adds a row (cells padded to the column count) and returns its body index. */
  row(cells: (NarrativeCell | null)[], style: RowStyle = "data"): number {
    const padded = cells.slice();
    while (padded.length < this.table.columns.length) padded.push(null);
    this.table.rows.push({ cells: padded, style });
    return this.table.rows.length - 1;
  }

  get size(): number {
    return this.table.rows.length;
  }

  private readonly copied: SourceValue[] = [];

  /** Records source cells the table shows; numbers typed as text are listed in a note (copied, not linked). */
  use(...values: (SourceValue | null | undefined)[]): void {
    for (const v of values) {
      if (!v) continue;
      this.watch(v);
      if (v.value && !v.linkable && v.typed.kind === "number") this.copied.push(v);
    }
  }

  /** Records source cells the table compares with (typed capaian, %, totals) without showing them. */
  watch(...values: (SourceValue | null | undefined)[]): void {
    for (const v of values) if (v) this.sourceSet.add(sourceKey(v.sheet, v.typed.address));
  }

  useAddress(sheet: string, address: string): void {
    this.sourceSet.add(sourceKey(sheet, address));
  }

  note(text: string): void {
    if (!this.table.notes.includes(text)) this.table.notes.push(text);
  }

  done(): NarrativeTable {
    if (this.copied.length > 0) this.note(copiedNote(this.copied));
    unifyDecimals(this.table);
    this.table.sources = [...this.sourceSet];
    return this.table;
  }
}

/** "N angka … tertulis sebagai teks": a few examples, not every cell. */
function copiedNote(copied: SourceValue[]): string {
  const examples = copied.slice(0, 3).map((v) => `${quoteSheet(v.sheet)}!${v.typed.address} “${cellText(v.typed.raw)}”`);
  const more = copied.length > 3 ? `, dan ${copied.length - 3} sel lainnya` : "";
  return `${copied.length} angka di sumber tertulis sebagai teks (${examples.join("; ")}${more}); angka itu disalin sebagai nilai, tidak tertaut ke sumber.`;
}

/** A column of plain numbers shows one count of decimals: the largest any of its cells needs. */
function unifyDecimals(table: NarrativeTable): void {
  table.columns.forEach((_, col) => {
    let decimals = -1;
    for (const row of table.rows) {
      const f = row.cells[col]?.format;
      if (f && f.kind === "number") decimals = Math.max(decimals, f.decimals);
    }
    if (decimals < 0) return;
    for (const row of table.rows) {
      const c = row.cells[col];
      if (c && c.format.kind === "number" && typeof c.value !== "string") c.format = { kind: "number", decimals };
    }
  });
}
