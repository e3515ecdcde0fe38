/** Picking the columns of a recognised table a narrative table reads: the reporting period's first. */
import type { ColumnRole, PeriodBlock, RecognizedTable, TableColumn } from "../tables/types";

/** A target column holding the Renstra end target (not this year's target). */
const RENSTRA = /renstra|akhir\s+(periode|rpjmd)|jangka\s+menengah|kondisi\s+akhir/i;

export function isRenstraColumn(c: TableColumn): boolean {
  return RENSTRA.test(`${c.block ?? ""} ${c.header}`);
}

export function currentBlock(table: RecognizedTable): PeriodBlock | undefined {
  return table.blocks.find((b) => b.current);
}

export function blockOf(table: RecognizedTable, col: number): PeriodBlock | undefined {
  return table.blocks.find((b) => b.columns.includes(col));
}

/**
 * The column of a role for the reporting period: inside the current block, else outside every block,
 * else the last one. Renstra end targets and money columns (for kinerja roles) are left out.
 */
export function currentColumn(
  table: RecognizedTable,
  role: ColumnRole,
  measure?: "kinerja" | "keuangan",
): TableColumn | undefined {
  const candidates = table.columns.filter(
    (c) => c.role === role && !isRenstraColumn(c) && (measure === undefined || c.measure === undefined || c.measure === measure),
  );
  if (candidates.length === 0) return undefined;
  const current = currentBlock(table);
  const inCurrent = current ? candidates.find((c) => current.columns.includes(c.index)) : undefined;
  const free = candidates.find((c) => !blockOf(table, c.index));
  return inCurrent ?? free ?? candidates[candidates.length - 1];
}

/** The column of a role inside a block. */
export function columnInBlock(table: RecognizedTable, block: PeriodBlock, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((c) => c.role === role && block.columns.includes(c.index));
}

/** The typed capaian column for a pair of target/realisasi columns: declared ratio first, else the period's capaian column. */
export function capaianColumnFor(table: RecognizedTable, realisasi: number, target: number | undefined): TableColumn | undefined {
  const ratio = table.ratios.find(
    (r) => r.kind === "capaian" && r.numerator === realisasi && (target === undefined || r.denominator === target),
  );
  if (ratio) return table.columns.find((c) => c.index === ratio.column);
  const block = blockOf(table, realisasi);
  if (block) return columnInBlock(table, block, "capaian");
  return table.columns.find((c) => c.role === "capaian" && !blockOf(table, c.index));
}
