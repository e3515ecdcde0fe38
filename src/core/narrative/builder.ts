/** Small helpers to assemble a NarrativeTable row by row. */
import Decimal from "decimal.js";
import type { CellFormat, Expr, NarrativeCell, NarrativeColumn, NarrativeTable, NarrativeTableId, RowStyle } from "./types";
import { quoteSheet } from "./expr";
import { sourceKey, SourceValue } from "./source";

export const TEXT: CellFormat = { kind: "text" };
export const PERCENT: CellFormat = { kind: "percent" };
export const RUPIAH: CellFormat = { kind: "rupiah" };
export const COUNT: CellFormat = { kind: "number", decimals: 0 };

export function textCell(value: string, extra: Partial<NarrativeCell> = {}): NarrativeCell {
  return { value, format: TEXT, ...extra };
}

export function numberCell(value: Decimal | null, format: CellFormat, formula?: Expr, extra: Partial<NarrativeCell> = {}): NarrativeCell {
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

  private readonly copied: string[] = [];

  /** Records the source cells a table reads; numbers typed as text are listed in a note (copied, not linked). */
  use(...values: (SourceValue | null | undefined)[]): void {
    for (const v of values) {
      if (!v) continue;
      const key = sourceKey(v.sheet, v.typed.address);
      this.sourceSet.add(key);
      if (v.value && !v.linkable && v.typed.kind === "number" && !this.copied.some((c) => c.startsWith(`${quoteSheet(v.sheet)}!${v.typed.address} `))) {
        this.copied.push(`${quoteSheet(v.sheet)}!${v.typed.address} “${String(v.typed.raw).trim()}”`);
      }
    }
  }

  useAddress(sheet: string, address: string): void {
    this.sourceSet.add(sourceKey(sheet, address));
  }

  note(text: string): void {
    if (!this.table.notes.includes(text)) this.table.notes.push(text);
  }

  done(): NarrativeTable {
    if (this.copied.length > 0) {
      this.note(`Angka yang di sumber tertulis sebagai teks disalin sebagai nilai (tidak tertaut ke sumber): ${this.copied.join("; ")}.`);
    }
    this.table.sources = [...this.sourceSet];
    return this.table;
  }
}
