/**
 * beda-antar-tabel: the same indicator (target, realisasi) or the same kegiatan (anggaran, realisasi)
 * with different values in two tables. Only values of the current period are compared; names that
 * repeat within one table are ambiguous and skipped.
 */
import type { Rule } from "./rule";
import type { ColumnRole, RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import { currentColumn } from "../../tables/read";
import { isClosing } from "../../tables/closing";
import { labelKey } from "../../tables/text";
import type { CheckContext } from "../context";
import { shown } from "../show";

interface Seen {
  table: RecognizedTable;
  value: TypedValue;
}

const FIELDS: Record<"indikator" | "anggaran", { role: ColumnRole; name: string; keuangan?: boolean }[]> = {
  indikator: [
    { role: "target", name: "target" },
    { role: "realisasi", name: "realisasi" },
  ],
  anggaran: [
    { role: "anggaran", name: "pagu anggaran" },
    { role: "realisasi", name: "realisasi anggaran", keuangan: true },
  ],
};

function keyOf(table: RecognizedTable, label: string, code: string | undefined): string | null {
  if (table.kind === "anggaran") {
    if (code && /^\d+(\.\d+){2,}$/.test(code)) return `kode:${code}`;
    const k = labelKey(label);
    return k.length > 8 ? `uraian:${k}` : null;
  }
  const k = labelKey(label);
  return k.length > 8 ? `indikator:${k}` : null;
}

/** Target and realisasi of the current capaian column of an indicator table; pagu and realisasi of a budget table. */
function fieldColumn(table: RecognizedTable, role: ColumnRole, keuangan: boolean): TableColumn | undefined {
  const kind = table.kind === "indikator" ? "capaian" : "persen";
  const current = new Set(table.blocks.filter((b) => b.current).map((b) => b.label));
  const ratio = table.ratios.filter((r) => r.kind === kind && (r.block === undefined || current.has(r.block))).pop();
  if (ratio) {
    const index = role === "realisasi" ? ratio.numerator : ratio.denominator;
    return table.columns.find((c) => c.index === index);
  }
  return currentColumn(table, role, (c) => (keuangan ? c.measure === "keuangan" : c.measure !== "keuangan"));
}

function sameValue(a: TypedValue, b: TypedValue): boolean {
  if (!a.value || !b.value) return true;
  const d = Math.min(a.decimals ?? 0, b.decimals ?? 0);
  return a.value.toDecimalPlaces(d).eq(b.value.toDecimalPlaces(d));
}

export const bedaAntarTabelRule: Rule = {
  id: "beda-antar-tabel",
  run(ctx: CheckContext) {
    // Values differ only between two tables: with fewer, nothing to compare.
    if (ctx.tables.filter((t) => t.kind === "indikator" || t.kind === "anggaran").length < 2) return;
    const seen = new Map<string, Seen>();
    for (const table of ctx.tables) {
      if (table.kind !== "indikator" && table.kind !== "anggaran") continue;
      const reader = ctx.reader(table);
      const fields = FIELDS[table.kind].map((f) => ({ ...f, col: fieldColumn(table, f.role, !!f.keuangan) }));
      const counts = new Map<string, number>();
      const keyed: { key: string; row: number }[] = [];
      for (const row of table.rows) {
        if (isClosing(row.role) || row.role === "sasaran") continue;
        const key = keyOf(table, row.label, row.code);
        if (!key) continue;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        keyed.push({ key, row: row.index });
      }
      for (const { key, row } of keyed) {
        if ((counts.get(key) ?? 0) > 1) continue;
        for (const f of fields) {
          if (!f.col) continue;
          const value = reader.get(row, f.col.index);
          if (value.kind !== "number") continue;
          const k = `${key}|${f.name}`;
          const first = seen.get(k);
          if (!first) {
            seen.set(k, { table, value });
            continue;
          }
          if (first.table === table || sameValue(first.value, value)) continue;
          ctx.add({
            rule: "beda-antar-tabel",
            severity: "warning",
            sheet: table.sheet,
            cell: value.address,
            message: `Nilai ${f.name} di sini ${shown(value)}, padahal untuk baris yang sama di '${first.table.sheet}'!${first.value.address} tertulis ${shown(first.value)}.`,
            expected: shown(first.value),
            actual: shown(value),
          });
        }
      }
    }
  },
};
