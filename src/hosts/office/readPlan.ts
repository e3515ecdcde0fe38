/**
 * How a full read is cut into `context.sync()` rounds. Excel on the web limits one request and
 * one response to 5 MB, so each round loads at most `cellsPerSync` cells (values, formulas,
 * number formats and, where available, bold/indent). Small and medium workbooks read in one round
 * whatever their row count; only workbooks whose cells exceed the payload need more.
 */
import { parseA1 } from "../../core/workbook/address";

/** Payload budget for one sync: under the 5 MB limit with room for JSON overhead. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/**
 * Estimated response bytes per cell: value + formula (numbers ~12 chars each, texts more),
 * number format (~10), and the cell-properties object {"format":{"font":{"bold":false},"indentLevel":0}} (~55).
 */
export const BYTES_PER_CELL_WITH_PROPS = 150;
export const BYTES_PER_CELL = 90;

export function cellsPerSync(withProps: boolean, budget = PAYLOAD_BUDGET_BYTES): number {
  return Math.floor(budget / (withProps ? BYTES_PER_CELL_WITH_PROPS : BYTES_PER_CELL));
}

export interface UsedArea {
  sheet: string;
  /** 0-based position of the used range on the sheet. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface Chunk {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** Cuts each used area into row bands of at most `maxCells` cells, then groups bands into rounds. */
export function planRounds(areas: UsedArea[], maxCells: number): Chunk[][] {
  const rounds: Chunk[][] = [];
  let current: Chunk[] = [];
  let cellsInRound = 0;
  for (const a of areas) {
    if (a.rowCount <= 0 || a.columnCount <= 0) continue;
    const rowsPerChunk = Math.max(1, Math.floor(maxCells / a.columnCount));
    for (let r = 0; r < a.rowCount; r += rowsPerChunk) {
      const rowCount = Math.min(rowsPerChunk, a.rowCount - r);
      const cells = rowCount * a.columnCount;
      if (current.length > 0 && cellsInRound + cells > maxCells) {
        rounds.push(current);
        current = [];
        cellsInRound = 0;
      }
      current.push({
        sheet: a.sheet,
        rowIndex: a.rowIndex + r,
        columnIndex: a.columnIndex,
        rowCount,
        columnCount: a.columnCount,
      });
      cellsInRound += cells;
    }
  }
  if (current.length > 0) rounds.push(current);
  return rounds;
}

/** Splits a round in two (after a payload error): every chunk is halved by rows. */
export function splitRound(round: Chunk[]): Chunk[][] {
  if (round.length > 1) {
    const mid = Math.ceil(round.length / 2);
    return [round.slice(0, mid), round.slice(mid)];
  }
  const c = round[0];
  if (c.rowCount <= 1) return [round];
  const top = Math.ceil(c.rowCount / 2);
  return [[{ ...c, rowCount: top }], [{ ...c, rowIndex: c.rowIndex + top, rowCount: c.rowCount - top }]];
}

/** Row bands for reading merged areas when one call over the whole sheet fails (more than 512 areas). */
export function mergeBands(area: UsedArea, rowsPerBand = 200): Chunk[] {
  const out: Chunk[] = [];
  for (let r = 0; r < area.rowCount; r += rowsPerBand) {
    out.push({ ...area, rowIndex: area.rowIndex + r, rowCount: Math.min(rowsPerBand, area.rowCount - r) });
  }
  return out;
}

/** "Sheet 1!A1:B2,'Sheet 1'!C3" → 0-based bounds of each area. */
export function parseAreasAddress(address: string): { top: number; left: number; bottom: number; right: number }[] {
  const out: { top: number; left: number; bottom: number; right: number }[] = [];
  // Areas are comma-separated; a quoted sheet name may contain commas, so split outside quotes.
  const parts: string[] = [];
  let buf = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(buf);
      buf = "";
    } else buf += ch;
  }
  if (buf) parts.push(buf);
  for (const p of parts) {
    const ref = (p.includes("!") ? p.slice(p.lastIndexOf("!") + 1) : p).trim();
    if (!ref) continue;
    const [a, b] = ref.split(":");
    const start = parseA1(a);
    const end = b ? parseA1(b) : start;
    out.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return out;
}
