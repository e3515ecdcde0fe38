/**
 * Which columns a capaian/persen column divides and which a sisa/selisih column subtracts.
 * A rule stated in the numbering row (`9=8/7`, `5=4-3`) wins; otherwise candidates are taken from
 * the same block first, then from unblocked columns, and the pair that agrees with most typed values
 * is kept (a capaian column in a budget block pairs realisasi with anggaran, not with the target).
 */
import Decimal from "decimal.js";
import type { ColumnRole, RecognizedTable, TableColumn } from "./types";
import { Grid } from "./grid";
import { typedValue, num } from "./values";
import { isClosing } from "./closing";

const HUNDRED = new Decimal(100);

function candidates(table: RecognizedTable, col: TableColumn, roles: ColumnRole[]): TableColumn[] {
  const pool = table.columns.filter((c) => roles.includes(c.role) && c.index !== col.index);
  const same = pool.filter((c) => col.block !== undefined && c.block === col.block);
  const shared = pool.filter((c) => c.block === undefined);
  const others = pool.filter((c) => c.block !== undefined && c.block !== col.block);
  if (col.block !== undefined && same.length) return [...same, ...shared, ...others];
  if (shared.length) return [...shared, ...others];
  const current = table.blocks.filter((b) => b.current).map((b) => b.label);
  return others.sort((a, b) => Number(current.includes(b.block ?? "")) - Number(current.includes(a.block ?? "")));
}

/** Rough agreement (1 % or one shown unit), only to choose between column pairs. */
function agreement(grid: Grid, table: RecognizedTable, result: number, f: (r: number) => Decimal | null): number {
  let score = 0;
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const typed = typedValue(grid.cell(row.index, result), row.index, result);
    const t = num(typed);
    if (!t || typed.kind !== "number") continue;
    const exact = f(row.index);
    if (!exact) continue;
    const unit = new Decimal(10).pow(-(typed.decimals ?? 0));
    const tolerance = Decimal.max(unit, exact.abs().times(0.01));
    if (t.minus(exact).abs().lte(tolerance)) score++;
  }
  return score;
}

function valueAt(grid: Grid, r: number, c: number): Decimal | null {
  return num(typedValue(grid.cell(r, c), r, c));
}

function ratio(grid: Grid, n: number, d: number) {
  return (r: number): Decimal | null => {
    const a = valueAt(grid, r, n);
    const b = valueAt(grid, r, d);
    if (!a || !b || b.isZero()) return null;
    return a.times(HUNDRED).div(b);
  };
}

export function resolveMeasures(grid: Grid, table: RecognizedTable): void {
  for (const col of table.columns) {
    const f = col.formula;
    if (f && f.op === "div") {
      const den = table.columns.find((c) => c.index === f.right);
      const kind = col.role === "persen" || den?.role === "anggaran" ? "persen" : "capaian";
      table.ratios.push({ kind, column: col.index, numerator: f.left, denominator: f.right, block: col.block, source: "rumus" });
      if (col.role !== "capaian" && col.role !== "persen") col.role = kind;
      continue;
    }
    if (f && f.op === "sub") {
      table.differences.push({ column: col.index, left: f.left, right: f.right, source: "rumus" });
      continue;
    }
    if (col.role === "capaian" || col.role === "persen") resolveRatio(grid, table, col);
    else if (col.role === "sisa") resolveDifference(table, col);
  }
}

function resolveRatio(grid: Grid, table: RecognizedTable, col: TableColumn): void {
  const numerators = candidates(table, col, ["realisasi"]);
  const denominators = candidates(table, col, col.role === "persen" ? ["anggaran", "setelah"] : ["target", "anggaran", "setelah"]);
  let best: { n: TableColumn; d: TableColumn; score: number } | undefined;
  for (const n of numerators.slice(0, 4)) {
    for (const d of denominators.slice(0, 4)) {
      if (n.measure === "kinerja" && d.role === "anggaran") continue;
      const score = agreement(grid, table, col.index, ratio(grid, n.index, d.index));
      if (!best || score > best.score) best = { n, d, score };
    }
  }
  if (!best) return;
  const kind = best.d.role === "anggaran" || best.d.role === "setelah" ? "persen" : "capaian";
  // Without agreement, a capaian column pairs only realisasi and target of a performance table.
  if (best.score === 0 && kind === "persen" && col.role === "capaian" && table.kind === "indikator" && !table.columns.some((c) => c.role === "anggaran" && c.block === col.block && c.block !== undefined)) {
    const target = denominators.find((d) => d.role === "target");
    if (!target) return;
    best = { n: best.n, d: target, score: 0 };
  }
  const finalKind = best.d.role === "target" ? "capaian" : "persen";
  table.ratios.push({ kind: finalKind, column: col.index, numerator: best.n.index, denominator: best.d.index, block: col.block, source: "kolom" });
}

function resolveDifference(table: RecognizedTable, col: TableColumn): void {
  const anggaran = candidates(table, col, ["anggaran", "setelah", "target"])[0];
  const realisasi = candidates(table, col, ["realisasi", "sebelum"])[0];
  if (!anggaran || !realisasi) return;
  // Sisa anggaran = anggaran − realisasi; selisih perubahan = setelah − sebelum.
  table.differences.push({ column: col.index, left: anggaran.index, right: realisasi.index, source: "kolom" });
}
