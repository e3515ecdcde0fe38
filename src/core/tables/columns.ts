/**
 * "The" column of a role in a recognised table, chosen once for the checker, the narrative tables and
 * the task pane: the operand the table's own arithmetic ties to its ratio (capaian = realisasi/target,
 * % = realisasi/anggaran) first; else the column of the reporting period (its current block, then
 * outside blocks), cumulative/total columns before quarter or month ones. Renstra end targets and
 * "s.d. periode lalu" columns are never the period's value, nor the cash plan where a pagu is there.
 */
import type { ColumnRole, RatioMeasure, RecognizedTable, TableColumn } from "./types";
import { RENSTRA } from "./periods";
import { preferPagu } from "./cashPlan";

export interface ColumnChoice {
  /** For target/realisasi: physical performance or money. */
  measure?: "kinerja" | "keuangan";
}

/** A column holding the Renstra end target (or another end-of-plan value). */
export function isRenstraColumn(c: TableColumn): boolean {
  return c.period === "renstra" || RENSTRA.test(`${c.block ?? ""} ${c.header}`);
}

function currentLabels(table: RecognizedTable): Set<string> {
  return new Set(table.blocks.filter((b) => b.current).map((b) => b.label));
}

function columnAt(table: RecognizedTable, index: number): TableColumn | undefined {
  return table.columns.find((c) => c.index === index);
}

/** The ratio of the reporting period whose operands define target/realisasi (or anggaran/realisasi). */
export function periodRatio(table: RecognizedTable, kind: "capaian" | "persen"): RatioMeasure | undefined {
  const current = currentLabels(table);
  const fits = (r: RatioMeasure) => {
    if (r.kind !== kind) return false;
    const n = columnAt(table, r.numerator);
    const d = columnAt(table, r.denominator);
    if (!n || !d || isRenstraColumn(d) || n.period === "kumulatif-lalu") return false;
    const inPeriod = (c: TableColumn) => c.block === undefined || current.has(c.block);
    return inPeriod(n) && inPeriod(d) && (r.block === undefined || current.has(r.block));
  };
  return table.ratios.filter(fits).pop();
}

function tied(table: RecognizedTable, role: ColumnRole, measure: ColumnChoice["measure"]): TableColumn | undefined {
  const budget = role === "anggaran" || measure === "keuangan" || (measure === undefined && table.kind === "anggaran");
  if (role === "target" && budget) return undefined;
  if (role !== "target" && role !== "realisasi" && role !== "anggaran") return undefined;
  const ratio = periodRatio(table, budget ? "persen" : "capaian");
  if (!ratio) return undefined;
  const col = columnAt(table, role === "realisasi" ? ratio.numerator : ratio.denominator);
  if (!col || (col.role !== role && !(role === "anggaran" && col.role === "setelah"))) return undefined;
  if (measure && col.measure && col.measure !== measure) return undefined;
  return col;
}

const rank = (c: TableColumn) => (c.period === "kumulatif" ? 0 : 1);

export function mainColumn(table: RecognizedTable, role: ColumnRole, choice: ColumnChoice = {}): TableColumn | undefined {
  const { measure } = choice;
  // The user's choice (a stored correction) decides when it names one column.
  const chosen = table.columns.filter((c) => c.chosen && c.role === role && (!measure || !c.measure || c.measure === measure));
  if (chosen.length === 1) return chosen[0];
  const byRatio = tied(table, role, measure);
  if (byRatio) return byRatio;
  // A revised budget's pagu is the one after the revision (setelah) when no column is the plain pagu.
  const wanted = role === "anggaran" && !table.columns.some((c) => c.role === "anggaran") ? "setelah" : role;
  const pool = preferPagu(table.columns).filter(
    (c) =>
      c.role === wanted &&
      !isRenstraColumn(c) &&
      c.period !== "kumulatif-lalu" &&
      (measure === undefined || c.measure === undefined || c.measure === measure),
  );
  if (pool.length === 0) return undefined;
  const current = currentLabels(table);
  const inCurrent = pool.filter((c) => c.block !== undefined && current.has(c.block));
  const free = pool.filter((c) => c.block === undefined);
  const list = inCurrent.length ? inCurrent : free.length ? free : pool;
  const cumulative = list.find((c) => rank(c) === 0);
  return cumulative ?? (inCurrent.length || free.length ? list[0] : list[list.length - 1]);
}
