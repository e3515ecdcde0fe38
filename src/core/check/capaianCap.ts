/**
 * A stated cap on capaian ("capaian dibatasi maksimal 120%", "maks. 120 %"): in a note or title in
 * the rows just above or below a table, or in the KETERANGAN cell of the row itself (which wins).
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableRow } from "../tables/types";
import type { CheckContext } from "./context";
import { parseNumber } from "../numbers";

const CAP =
  /\b(?:maks(?:imal|imum)?\.?|dibatasi|batas(?: atas| maksimal| tertinggi)?|paling tinggi|setinggi-tingginya)\s*(?:(?:sampai|hingga|sebesar|s\.?\s?d\.?)\s*)?(\d{2,3}(?:[.,]\d+)?)\s*%/i;

/** The cap a text states (100 % or more), if any. */
export function capIn(text: string): Decimal | null {
  const m = CAP.exec(text);
  if (!m) return null;
  const p = parseNumber(m[1]);
  if (p.kind !== "number" || p.value.lt(100)) return null;
  return p.value;
}

const NOTE_ROWS = 4;
const tableCaps = new WeakMap<RecognizedTable, Decimal | null>();

function rowTexts(ctx: CheckContext, table: RecognizedTable, r: number): string[] {
  const cells = ctx.reader(table).grid.sheet.rows[r];
  if (!cells) return [];
  const out: string[] = [];
  for (const cell of cells) if (cell && typeof cell.value === "string") out.push(cell.value);
  return out;
}

/** The cap stated around a table: its title, the note rows above its header, the rows right below it. */
export function tableCap(ctx: CheckContext, table: RecognizedTable): Decimal | null {
  const known = tableCaps.get(table);
  if (known !== undefined) return known;
  const texts: string[] = table.title ? [table.title] : [];
  const top = Math.min(...table.headerRows, table.top);
  for (let r = Math.max(0, top - NOTE_ROWS); r < top; r++) texts.push(...rowTexts(ctx, table, r));
  for (let r = table.bottom + 1; r <= table.bottom + 3; r++) texts.push(...rowTexts(ctx, table, r));
  let cap: Decimal | null = null;
  for (const t of texts) {
    cap = capIn(t);
    if (cap) break;
  }
  tableCaps.set(table, cap);
  return cap;
}

/** The cap that applies to a row: its KETERANGAN cell's, else the table's. */
export function capOf(ctx: CheckContext, table: RecognizedTable, row: TableRow): Decimal | null {
  const grid = ctx.reader(table).grid;
  for (const c of table.columns) {
    if (c.role !== "keterangan") continue;
    const cap = capIn(grid.text(row.index, c.index));
    if (cap) return cap;
  }
  return tableCap(ctx, table);
}
