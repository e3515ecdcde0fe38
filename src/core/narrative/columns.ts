/** Picking the columns of a recognised table a narrative table reads: the reporting period's first. */
import type { ColumnRole, PeriodBlock, RecognizedTable, TableColumn } from "../tables/types";
import { isRenstraColumn, mainColumn } from "../tables/columns";

export { isRenstraColumn };

export function currentBlock(table: RecognizedTable): PeriodBlock | undefined {
  return table.blocks.find((b) => b.current);
}

export function blockOf(table: RecognizedTable, col: number): PeriodBlock | undefined {
  return table.blocks.find((b) => b.columns.includes(col));
}

/** The column of a role for the reporting period: the table's read model decides (tables/columns.ts). */
export function currentColumn(
  table: RecognizedTable,
  role: ColumnRole,
  measure?: "kinerja" | "keuangan",
): TableColumn | undefined {
  return mainColumn(table, role, { measure });
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
