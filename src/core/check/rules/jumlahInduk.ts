/**
 * jumlah-induk: a parent row (program, kegiatan, bold row, code prefix) ≠ the sum of its children.
 * A parent with no amount of its own is fine; an ancestor is accepted when it matches its children
 * either as typed or with a wrong child corrected (by its own children, or by the fix another rule
 * gave that cell), so one wrong value is reported once.
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { RecognizedTable, TableRow } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import type { CheckContext } from "../context";
import { additiveColumns, sumFormula } from "../columns";
import { agrees } from "../compare";
import { fixNumber } from "../show";
import { fixFormula } from "../fixFormula";
import { FastSum, agreesUnits } from "../fast";
import { DASH, EMPTY, NUMBER } from "../../tables/reader";
import { childrenOf } from "../childSums";

interface Sums {
  typed: Decimal;
  corrected: Decimal;
}

export const jumlahIndukRule: Rule = {
  id: "jumlah-induk",
  name: "Induk tidak sama dengan jumlah rinciannya",
  severity: "error",
  doc: "Baris program/kegiatan berbeda dari jumlah baris di bawahnya.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (!table.hierarchical) continue;
      const children = childrenOf(table);
      const fixes = fixedValues(ctx, table.sheet);
      for (const col of additiveColumns(table)) checkColumn(ctx, table, ctx.reader(table), children, col.index, fixes);
    }
  },
};

/** Cells of a sheet an earlier rule already found wrong, with the value its fix writes. */
function fixedValues(ctx: CheckContext, sheet: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const f of ctx.findings()) {
    if (f.sheet === sheet && f.severity === "error" && typeof f.fix?.value === "number")
      out.set(f.cell, new Decimal(f.fix.value));
  }
  return out;
}

function checkColumn(
  ctx: CheckContext,
  table: RecognizedTable,
  reader: TableReader,
  children: Map<number, TableRow[]>,
  col: number,
  fixes: Map<string, Decimal>,
): void {
  const memo = new Map<number, Sums | null>();
  /** Sum of the children of `r` as typed and as corrected; null when a child cannot be read. */
  const sums = (r: number): Sums | null => {
    if (memo.has(r)) return memo.get(r) as Sums | null;
    const kids = children.get(r) ?? [];
    let typed = new Decimal(0);
    let corrected = new Decimal(0);
    let any = false;
    let ok = true;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      const v = reader.get(k.index, col);
      const below = children.has(k.index) ? sums(k.index) : null;
      if (v.kind === "number" || v.kind === "dash") {
        any = true;
        typed = typed.plus(v.value as Decimal);
        // A child another rule found wrong (a JUMLAH that is not the sum of its quarters) counts corrected.
        const fixed = fixes.size > 0 ? fixes.get(v.address) : undefined;
        corrected = corrected.plus(below && !agrees(v, below.corrected) ? below.corrected : (fixed ?? (v.value as Decimal)));
      } else if (v.kind === "empty") {
        if (below) {
          any = true;
          typed = typed.plus(below.typed);
          corrected = corrected.plus(below.corrected);
        }
      } else ok = false;
    }
    const result = ok && any ? { typed, corrected } : null;
    memo.set(r, result);
    return result;
  };
  const fastMemo = new Map<number, FastSum | null>();
  const F = reader.fast(col);
  /** The typed sum of r's children when every part has an exact fast form; null when undecided here. */
  const fastTyped = (r: number): FastSum | null => {
    const hit = fastMemo.get(r);
    if (hit !== undefined) return hit;
    const sum = new FastSum();
    let any = false;
    const kids = children.get(r) ?? [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (F.at(k.index) === EMPTY) {
        if (!children.has(k.index)) continue;
        const below = fastTyped(k.index);
        if (!below) {
          sum.ok = false;
          break;
        }
        sum.add(below.units, below.scale);
      } else sum.addAt(F, k.index);
      if (!sum.ok) break;
      any = true;
    }
    const result = sum.ok && any ? sum : null;
    fastMemo.set(r, result);
    return result;
  };
  children.forEach((kids, parent) => {
    const pk = F.at(parent);
    if (pk !== NUMBER && pk !== DASH) return;
    const fast = fastTyped(parent);
    if (fast && agreesUnits(F.units[parent], F.scale[parent], F.decimals[parent], fast.units, fast.scale)) return;
    const typed = reader.get(parent, col);
    const s = sums(parent);
    if (!s) return;
    if (agrees(typed, s.typed) || agrees(typed, s.corrected)) return;
    const d = typed.decimals ?? 0;
    ctx.add({
      rule: "jumlah-induk",
      severity: "error",
      sheet: table.sheet,
      cell: typed.address,
      message: `Nilai induk tertulis ${ctx.show.value(typed)}, padahal jumlah ${ctx.show.count(kids.length)} rincian di bawahnya ${ctx.show.number(s.corrected, d)}.`,
      expected: ctx.show.number(s.corrected, d),
      actual: ctx.show.value(typed),
      fix: {
        value: fixNumber(s.corrected, d),
        formula: fixFormula(
          reader.grid.sheet,
          sumFormula(
            kids.map((k) => k.index),
            col,
          ),
        ),
      },
    });
  });
}
