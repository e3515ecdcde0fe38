/**
 * A growth column ("Kenaikan / (Penurunan) Realisasi", "Peningkatan", "Pertumbuhan") beside two
 * columns of one role (realisasi 2024 | realisasi 2025): the difference later − earlier, checked as a
 * selisih, or the growth rate in % ((later − earlier) ÷ earlier × 100). Paired with the reading most of
 * its numbers agree with, only when most of them do.
 */
import Decimal from "decimal.js";
import type { ColumnRole, RecognizedTable, TableColumn } from "./types";
import { Grid } from "./grid";
import { num, typedValue } from "./values";
import { isClosing } from "./closing";
import { normHeader } from "./text";

const GROWTH = /^(KENAIKAN|PENURUNAN|PENINGKATAN|PERTUMBUHAN)\b/;
const ROLES: ColumnRole[] = ["realisasi", "target", "anggaran", "setelah", "capaian"];

const valueAt = (grid: Grid, r: number, c: number): Decimal | null => num(typedValue(grid.cell(r, c), r, c));

/** The growth of a row: left − right, or as a rate, (left − right) ÷ right × 100. */
function growth(a: Decimal, b: Decimal, rate: boolean): Decimal | null {
  if (!rate) return a.minus(b);
  return b.isZero() ? null : a.minus(b).div(b).times(100);
}

/** Rows where the typed growth is the growth of left over right at the decimals it shows, and rows with all three numbers. */
function agreement(
  grid: Grid,
  table: RecognizedTable,
  col: number,
  left: number,
  right: number,
  rate: boolean,
): { agree: number; of: number } {
  let agree = 0;
  let of = 0;
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const typed = typedValue(grid.cell(row.index, col), row.index, col);
    const t = num(typed);
    const a = valueAt(grid, row.index, left);
    const b = valueAt(grid, row.index, right);
    if (!t || !a || !b || typed.kind !== "number") continue;
    const g = growth(a, b, rate);
    if (!g) continue;
    of++;
    const unit = new Decimal(10).pow(-(typed.decimals ?? 0));
    if (t.minus(g).abs().lte(unit)) agree++;
  }
  return { agree, of };
}

export function resolveGrowth(grid: Grid, table: RecognizedTable): void {
  for (const col of table.columns) {
    if (col.role !== "nilai" || col.chosen || !GROWTH.test(normHeader(col.header))) continue;
    if (table.differences.some((d) => d.column === col.index)) continue;
    const named = ROLES.filter((r) => new RegExp(`\\b${r.toUpperCase()}\\b`).test(normHeader(col.header)));
    const pool: TableColumn[] = table.columns.filter(
      (c) => c.index !== col.index && ROLES.includes(c.role) && (named.length === 0 || named.includes(c.role)),
    );
    // "Kenaikan (%)" may be the difference of two percentages or the growth rate of two amounts.
    let best: { left: number; right: number; agree: number; of: number; rate: boolean } | undefined;
    for (const rate of [false, true]) {
      for (const l of pool) {
        for (const r of pool) {
          if (l === r || l.role !== r.role) continue;
          const a = agreement(grid, table, col.index, l.index, r.index, rate);
          if (!best || a.agree > best.agree) best = { left: l.index, right: r.index, ...a, rate };
        }
      }
    }
    if (!best || best.of < 2 || best.agree * 2 <= best.of) continue;
    table.differences.push({
      column: col.index,
      left: best.left,
      right: best.right,
      source: "kolom",
      ...(best.rate ? { op: "rate" as const } : {}),
    });
    col.evidence = [
      ...(col.evidence ?? []),
      best.rate
        ? "peran: pertumbuhan (%) dari dua kolom (angka kolomnya cocok)"
        : "peran: selisih dua kolom (angka kolomnya cocok)",
    ];
  }
}
