/**
 * The same indicator (target, realisasi) or the same kegiatan (pagu, realisasi) in two tables, and
 * where their values disagree: found once per check, for beda-antar-tabel to report, and for the
 * rules that compute from those amounts (% serapan, sisa) to know that a value right against the
 * other table's amount is the knock-on of the disagreeing amount, not a second wrong cell. Amounts are
 * compared in rupiah: a table kept in thousands or millions ("Anggaran (Rp 000)") agrees when its
 * amount is the other's rounded or truncated to its unit. Only values of the current period are
 * compared; names that repeat within one table are ambiguous and skipped.
 */
import Decimal from "decimal.js";
import type { ColumnRole, RecognizedTable, TableColumn, TableRow, TypedValue } from "../tables/types";
import { columnYear, comparableColumn } from "./periodColumn";
import { isClosing } from "../tables/closing";
import { labelKey } from "../tables/text";
import { matchesDisplayed } from "../numbers";
import type { CheckContext } from "./context";

/** A typed value with the rupiah per unit its column is written in (1 for full rupiah and non-money values). */
export interface Amount {
  value: TypedValue;
  per: number;
}

export interface Seen extends Amount {
  table: RecognizedTable;
  /** Sheet row and column index of the value. */
  row: number;
  col: number;
  /** The year its column names, when it names one: values of two different years are not compared. */
  year?: number;
  /** The row's other pagu columns (murni beside perubahan): a pagu equal to one of them is the same pagu. */
  alternates: Amount[];
}

/** Two tables' values for the same row and field that disagree: `at` (the later table's) is reported. */
export interface Conflict {
  field: string;
  at: Seen;
  first: Seen;
}

/** Pagu columns besides the compared one: murni / sebelum / setelah / perubahan. */
function paguAlternates(table: RecognizedTable, col: TableColumn): TableColumn[] {
  return table.columns.filter(
    (c) => c !== col && (c.role === "anggaran" || c.role === "sebelum" || c.role === "setelah") && c.period !== "renstra",
  );
}

/** True when the two rows share a value: the compared ones, or either side's other pagu columns. */
function agreeSomewhere(a: Seen, b: Seen): boolean {
  for (const x of [a, ...a.alternates]) for (const y of [b, ...b.alternates]) if (sameAmount(x, y)) return true;
  return false;
}

/**
 * True when two numbers are the same value: at the precision both show, and across scales when the
 * coarser one is the finer one rounded half-up or truncated to the coarser unit (18.456.250 thousand
 * for 18.456.250.000; 6.128 million for 6.127.554.000), never when they differ by a unit or more.
 */
export function sameAmount(a: Amount, b: Amount): boolean {
  if (a.value.kind !== "number" || b.value.kind !== "number") return false;
  const av = a.value.value;
  const bv = b.value.value;
  if (!av || !bv) return true;
  if (a.per === b.per) {
    const d = Math.min(a.value.decimals ?? 0, b.value.decimals ?? 0);
    return av.toDecimalPlaces(d).eq(bv.toDecimalPlaces(d));
  }
  const [fine, coarse] = a.per < b.per ? [a, b] : [b, a];
  const inCoarse = (fine.value.value as Decimal).times(fine.per).div(coarse.per);
  return matchesDisplayed(coarse.value.value as Decimal, coarse.value.decimals ?? 0, inCoarse);
}

/** An amount in the units of a column written `per` rupiah per unit. */
export function inUnitsOf(a: Amount, per: number): Decimal {
  const v = a.value.value as Decimal;
  return a.per === per ? v : v.times(a.per).div(per);
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

type View = "indikator" | "anggaran";

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

/** Rupiah per unit of a money column (1 for others: an indicator's target is never rescaled). */
const perOf = (col: TableColumn | undefined): number => (col?.unit === "rupiah" && col.rupiahPer) || 1;

/** One table's values of one view against those seen in the tables before it. */
function compareView(
  ctx: CheckContext,
  seen: Map<string, Seen[]>,
  out: Conflict[],
  table: RecognizedTable,
  kind: View,
  labelCol?: number,
): void {
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
  // A program whose amounts stand on its "Sub Total Program" row (SIMDA), not on its own.
  const amountsBelow = new Map<number, number>();
  for (const r of table.rows) if (r.role === "subtotal" && r.closes?.length === 1) amountsBelow.set(r.closes[0], r.index);
  for (const { keys, row: own } of keyed) {
    if ((counts.get(keys.key) ?? 0) > 1) continue;
    // The name of a coded row, when unique in its table, stands for it against uncoded rows.
    const name = keys.name && (counts.get(keys.name) ?? 0) === 1 ? keys.name : null;
    for (const f of fields) {
      if (!f.col) continue;
      const below = amountsBelow.get(own);
      const row = below !== undefined && reader.get(own, f.col.index).kind === "empty" ? below : own;
      const value = reader.get(row, f.col.index);
      if (value.kind !== "number") continue;
      const key = keys.coded ? `${keys.key}|${f.name}` : `${keys.key}|${f.name}|plain`;
      const byName = name ? `${name}|${f.name}|${keys.coded ? "coded" : "plain"}` : null;
      const other = name ? `${name}|${f.name}|${keys.coded ? "plain" : "coded"}` : null;
      const year = columnYear(table, f.col);
      const first = earlier(seen.get(key), table, year) ?? (other ? earlier(seen.get(other), table, year) : undefined);
      const entry: Seen = {
        table,
        row,
        col: f.col.index,
        value,
        per: perOf(f.col),
        year,
        alternates: f.alternates.map((c) => ({ value: reader.get(row, c.index), per: perOf(c) })),
      };
      remember(seen, key, entry);
      if (byName) remember(seen, byName, entry);
      if (first && !agreeSomewhere(first, entry)) out.push({ field: f.name, at: entry, first });
    }
  }
}

const CONFLICTS = new WeakMap<RecognizedTable[], Conflict[]>();

/** Every disagreement between two tables' values of the same row, in table order (found once per check). */
export function crossTableConflicts(ctx: CheckContext): Conflict[] {
  let out = CONFLICTS.get(ctx.tables);
  if (out) return out;
  out = [];
  // Values differ only between two tables: with fewer, nothing to compare.
  if (ctx.tables.filter((t) => t.kind === "indikator" || t.kind === "anggaran").length >= 2) {
    const seen = new Map<string, Seen[]>();
    for (const table of ctx.tables) {
      if (table.kind !== "indikator" && table.kind !== "anggaran") continue;
      for (const view of viewsOf(table)) compareView(ctx, seen, out, table, view.kind, view.labelCol);
    }
  }
  CONFLICTS.set(ctx.tables, out);
  return out;
}

const OTHERS = new WeakMap<Conflict[], Map<string, Decimal>>();

/**
 * The value another table gives a cell that disagrees with it (either side of a conflict), in the
 * cell's own units; null when no other table disagrees.
 */
export function otherTableValue(ctx: CheckContext, sheet: string, address: string): Decimal | null {
  const conflicts = crossTableConflicts(ctx);
  if (conflicts.length === 0) return null;
  let map = OTHERS.get(conflicts);
  if (!map) {
    map = new Map();
    for (const { at, first } of conflicts) {
      const a = `${at.table.sheet}!${at.value.address}`;
      const b = `${first.table.sheet}!${first.value.address}`;
      if (!map.has(a)) map.set(a, inUnitsOf(first, at.per));
      if (!map.has(b)) map.set(b, inUnitsOf(at, first.per));
    }
    OTHERS.set(conflicts, map);
  }
  return map.get(`${sheet}!${address}`) ?? null;
}
