/**
 * beda-antar-tabel: the same indicator (target, realisasi) or the same kegiatan (anggaran, realisasi)
 * with different values in two tables (crossTable.ts finds them, amounts compared in rupiah when a
 * table keeps them in thousands or millions). Reported at the later table's cell, in its own units,
 * or at the earlier one's when its own % serapan was computed from the later table's amount. A capaian
 * copied into a table that only lists it (capaianCopies.ts) is reported at the copy.
 */
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import { crossTableConflicts, inUnitsOf, type Conflict, type Seen } from "../crossTable";
import { exactRatio, ratioAgrees, readCase } from "./ratio";
import { agrees } from "../compare";
import { percentOf } from "../../arithmetic";
import { capaianCopyConflicts, type CopyConflict } from "../capaianCopies";
import { fixValueFor, holdsFraction } from "../show";

const SCALE_WORD: Record<number, string> = { 1e3: "ribuan rupiah", 1e6: "jutaan rupiah", 1e9: "miliaran rupiah" };

/** "18.400.000 (ribuan rupiah)" when the two tables write amounts in different units; the plain value otherwise. */
function shown(ctx: CheckContext, c: Conflict, side: Seen): string {
  const v = ctx.show.value(side.value);
  return c.at.per !== c.first.per && side.per !== 1 ? `${v} (${SCALE_WORD[side.per] ?? `× ${side.per}`})` : v;
}

/**
 * True when a side's own % serapan is wrong against its amount and right against the other side's:
 * that side's amount is the mistyped one (its % was computed from the right amount).
 */
function ratioSpeaksForOther(ctx: CheckContext, side: Seen, other: Seen): boolean {
  const { table } = side;
  const ratio = table.ratios.find((x) => x.kind === "persen" && (x.numerator === side.col || x.denominator === side.col));
  const row = ratio && table.rows.find((x) => x.index === side.row);
  if (!ratio || !row) return false;
  const c = readCase(ctx.reader(table), table, ratio, row);
  const exact = exactRatio(c, ctx);
  if (!exact || ratioAgrees(c, exact) || !c.numerator.value || !c.denominator.value) return false;
  const amount = inUnitsOf(other, side.per);
  const n = ratio.numerator === side.col ? amount : c.numerator.value;
  const d = ratio.denominator === side.col ? amount : c.denominator.value;
  const r = percentOf(n, d, "");
  return r.ok && agrees(c.typed, r.value);
}

/** The side reported: the later table's, unless the earlier one's own % shows that its amount is the wrong one. */
function reportedSide(ctx: CheckContext, c: Conflict): { at: Seen; other: Seen } {
  const { at, first } = c;
  const blameFirst =
    ratioSpeaksForOther(ctx, first, at) &&
    !ratioSpeaksForOther(ctx, at, first) &&
    !ctx.flagged(first.table.sheet, first.value.address);
  return blameFirst ? { at: first, other: at } : { at, other: first };
}

export const bedaAntarTabelRule: Rule = {
  id: "beda-antar-tabel",
  name: "Nilai berbeda antar tabel",
  severity: "warning",
  doc: "Indikator atau kegiatan yang sama dengan angka berbeda di dua tabel.",
  run(ctx: CheckContext) {
    for (const c of crossTableConflicts(ctx)) {
      const { at, other: first } = reportedSide(ctx, c);
      // In this table's units when the other table writes the amount at another scale.
      const expected =
        at.per === first.per ? ctx.show.value(first.value) : ctx.show.number(inUnitsOf(first, at.per), at.value.decimals ?? 0);
      ctx.add({
        rule: "beda-antar-tabel",
        severity: "warning",
        sheet: at.table.sheet,
        cell: at.value.address,
        message: `Nilai ${c.field} di sini ${shown(ctx, c, at)}, padahal untuk baris yang sama di '${first.table.sheet}'!${first.value.address} tertulis ${shown(ctx, c, first)}.`,
        expected,
        actual: ctx.show.value(at.value),
      });
    }
    for (const c of capaianCopyConflicts(ctx)) reportCopy(ctx, c);
  },
};

/** A capaian copied wrong from the table that computes it: the copy is the cell to change. */
function reportCopy(ctx: CheckContext, c: CopyConflict): void {
  const d = Math.max(c.copy.decimals ?? 0, c.cell?.decimals ?? 2);
  const expected = c.cell ? ctx.show.value(c.cell) : ctx.show.number(c.expected, d);
  const what = c.sasaran ? "sasaran" : "indikator";
  const there = c.cell
    ? `capaian ${what} yang sama di '${c.source.sheet}'!${c.cell.address} tertulis ${expected} (${c.sasaran ? "rata-rata capaian indikatornya" : "dihitung dari target dan realisasinya"})`
    : `rata-rata capaian indikator sasaran yang sama di lembar “${c.source.sheet}” ${expected}`;
  ctx.add({
    rule: "beda-antar-tabel",
    severity: "warning",
    sheet: c.table.sheet,
    cell: c.copy.address,
    message: `Capaian ${what} di sini ${ctx.show.value(c.copy)}, padahal ${there}.`,
    expected,
    actual: ctx.show.value(c.copy),
    fix: { value: fixValueFor(holdsFraction(c.copy), c.expected, d) },
  });
}
