/**
 * beda-antar-tabel: the same indicator (target, realisasi) or the same kegiatan (anggaran, realisasi)
 * with different values in two tables (crossTable.ts finds them, amounts compared in rupiah when a
 * table keeps them in thousands or millions). Reported at the later table's cell, in its own units.
 */
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import { crossTableConflicts, inUnitsOf, type Conflict } from "../crossTable";

const SCALE_WORD: Record<number, string> = { 1e3: "ribuan rupiah", 1e6: "jutaan rupiah", 1e9: "miliaran rupiah" };

/** "18.400.000 (ribuan rupiah)" when the two tables write amounts in different units; the plain value otherwise. */
function shown(ctx: CheckContext, c: Conflict, side: Conflict["at"]): string {
  const v = ctx.show.value(side.value);
  return c.at.per !== c.first.per && side.per !== 1 ? `${v} (${SCALE_WORD[side.per] ?? `× ${side.per}`})` : v;
}

export const bedaAntarTabelRule: Rule = {
  id: "beda-antar-tabel",
  name: "Nilai berbeda antar tabel",
  severity: "warning",
  doc: "Indikator atau kegiatan yang sama dengan angka berbeda di dua tabel.",
  run(ctx: CheckContext) {
    for (const c of crossTableConflicts(ctx)) {
      const { at, first } = c;
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
  },
};
