/**
 * beda-antar-tabel: the same indicator (target, realisasi) or the same kegiatan (anggaran, realisasi)
 * with different values in two tables. Only values of the current period are compared; names that
 * repeat within one table are ambiguous and skipped.
 */
import type { Rule } from "./rule";
import type { ColumnRole, RecognizedTable, TableColumn, TableRow, TypedValue } from "../../tables/types";
import { columnYear, comparableColumn } from "../periodColumn";
import { isClosing } from "../../tables/closing";
import { labelKey } from "../../tables/text";
import type { CheckContext } from "../context";

interface Seen {
  table: RecognizedTable;
  value: TypedValue;
  /** The year its column names, when it names one: values of two different years are not compared. */
  year?: number;
  /** The row's other pagu columns (murni beside perubahan): a pagu equal to one of them is the same pagu. */
  alternates: TypedValue[];
}

/** Pagu columns besides the compared one: murni / sebelum / setelah / perubahan. */
function paguAlternates(table: RecognizedTable, col: TableColumn): TableColumn[] {
  return table.columns.filter(
    (c) => c !== col && (c.role === "anggaran" || c.role === "sebelum" || c.role === "setelah") && c.period !== "renstra",
  );
}

/** True when the two rows share a value: the compared ones, or either side's other pagu columns. */
function agreeSomewhere(a: Seen, b: Seen): boolean {
  for (const x of [a.value, ...a.alternates])
    for (const y of [b.value, ...b.alternates]) if (x.kind === "number" && y.kind === "number" && sameValue(x, y)) return true;
  return false;
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

/**
 * The keys a row is matched by: a budget row with a regional code (`7.01.02`) by its code, else by
 * its name; an indicator by its name. `name` is also given for a coded budget row: it matches a row
 * of a table that numbers its rows (`2`) or has no codes, never another coded row (codes of different
 * kinds are compared by name; two codes of the same kind by code only).
 */
function keysOf(
  kind: View,
  label: string,
  code: string | undefined,
): { key: string; coded: boolean; name: string | null } | null {
  const k = labelKey(label);
  const name = k.length > 8 ? `${kind === "anggaran" ? "uraian" : "indikator"}:${k}` : null;
  if (kind === "anggaran" && code && /^\d+(\.\d+){2,}$/.test(code)) return { key: `kode:${code}`, coded: true, name };
  return name ? { key: name, coded: false, name } : null;
}

type View = "indikator" | "anggaran";

/**
 * How a table is compared: as what it is; a PK Kegiatan (kegiatan | indikator keluaran | target |
 * realisasi | pagu | realisasi (Rp)) also as a budget table, its kegiatan standing for the row.
 */
function viewsOf(table: RecognizedTable): { kind: View; labelCol?: number }[] {
  if (table.kind === "anggaran") return [{ kind: "anggaran" }];
  const uraian = table.columns.find((c) => c.role === "uraian");
  const pagu = table.columns.some((c) => c.role === "anggaran");
  return pagu && uraian ? [{ kind: "indikator" }, { kind: "anggaran", labelCol: uraian.index }] : [{ kind: "indikator" }];
}

/**
 * This period's target and realisasi of an indicator table; pagu and realisasi of a budget table
 * (never a Renstra end target, never one of several years' columns that is not provably this year's).
 */
function fieldColumn(table: RecognizedTable, role: ColumnRole, keuangan: boolean): TableColumn | undefined {
  if (role === "anggaran") return comparableColumn(table, role);
  return comparableColumn(table, role, { measure: keuangan ? "keuangan" : "kinerja" });
}

/** The first value seen in another table for the same key, of the same year when both name one. */
function earlier(list: Seen[] | undefined, table: RecognizedTable, year: number | undefined): Seen | undefined {
  return list?.find((s) => s.table !== table && (s.year === undefined || year === undefined || s.year === year));
}

function remember(seen: Map<string, Seen[]>, key: string, entry: Seen): void {
  const list = seen.get(key);
  if (!list) seen.set(key, [entry]);
  else if (!list.some((s) => s.table === entry.table)) list.push(entry);
}

function sameValue(a: TypedValue, b: TypedValue): boolean {
  if (!a.value || !b.value) return true;
  const d = Math.min(a.decimals ?? 0, b.decimals ?? 0);
  return a.value.toDecimalPlaces(d).eq(b.value.toDecimalPlaces(d));
}

export const bedaAntarTabelRule: Rule = {
  id: "beda-antar-tabel",
  name: "Nilai berbeda antar tabel",
  severity: "warning",
  doc: "Indikator atau kegiatan yang sama dengan angka berbeda di dua tabel.",
  run(ctx: CheckContext) {
    // Values differ only between two tables: with fewer, nothing to compare.
    if (ctx.tables.filter((t) => t.kind === "indikator" || t.kind === "anggaran").length < 2) return;
    const seen = new Map<string, Seen[]>();
    for (const table of ctx.tables) {
      if (table.kind !== "indikator" && table.kind !== "anggaran") continue;
      for (const view of viewsOf(table)) compareView(ctx, seen, table, view.kind, view.labelCol);
    }
  },
};

/** One table's values of one view against those seen in the tables before it. */
function compareView(ctx: CheckContext, seen: Map<string, Seen[]>, table: RecognizedTable, kind: View, labelCol?: number): void {
  const reader = ctx.reader(table);
  const labelOf = (row: TableRow) => (labelCol === undefined ? row.label : reader.grid.text(row.index, labelCol));
  const fields = FIELDS[kind].map((f) => {
    const col = fieldColumn(table, f.role, !!f.keuangan);
    return { ...f, col, alternates: col && f.role === "anggaran" ? paguAlternates(table, col) : [] };
  });
  const counts = new Map<string, number>();
  const keyed: { keys: NonNullable<ReturnType<typeof keysOf>>; row: number }[] = [];
  for (const row of table.rows) {
    if (isClosing(row.role) || row.role === "sasaran") continue;
    const keys = keysOf(kind, labelOf(row), row.code);
    if (!keys) continue;
    for (const k of new Set([keys.key, keys.name])) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    keyed.push({ keys, row: row.index });
  }
  for (const { keys, row } of keyed) {
    if ((counts.get(keys.key) ?? 0) > 1) continue;
    // The name of a coded row, when unique in its table, stands for it against uncoded rows.
    const name = keys.name && (counts.get(keys.name) ?? 0) === 1 ? keys.name : null;
    for (const f of fields) {
      if (!f.col) continue;
      const value = reader.get(row, f.col.index);
      if (value.kind !== "number") continue;
      const own = keys.coded ? `${keys.key}|${f.name}` : `${keys.key}|${f.name}|plain`;
      const byName = name ? `${name}|${f.name}|${keys.coded ? "coded" : "plain"}` : null;
      const other = name ? `${name}|${f.name}|${keys.coded ? "plain" : "coded"}` : null;
      const year = columnYear(table, f.col);
      const first = earlier(seen.get(own), table, year) ?? (other ? earlier(seen.get(other), table, year) : undefined);
      const entry: Seen = { table, value, year, alternates: f.alternates.map((c) => reader.get(row, c.index)) };
      remember(seen, own, entry);
      if (byName) remember(seen, byName, entry);
      if (!first || agreeSomewhere(first, entry)) continue;
      ctx.add({
        rule: "beda-antar-tabel",
        severity: "warning",
        sheet: table.sheet,
        cell: value.address,
        message: `Nilai ${f.name} di sini ${ctx.show.value(value)}, padahal untuk baris yang sama di '${first.table.sheet}'!${first.value.address} tertulis ${ctx.show.value(first.value)}.`,
        expected: ctx.show.value(first.value),
        actual: ctx.show.value(value),
      });
    }
  }
}
