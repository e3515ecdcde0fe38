/**
 * Capaian copied from the table that computes it (target, realisasi and capaian: the Pengukuran or
 * PK) into a table that only lists it: a "Capaian Sasaran" sheet listing each indicator again with
 * its capaian, an Efisiensi sheet with the capaian of each sasaran. The copy is matched by the
 * indicator's (or the sasaran's) name. Found once per check, for beda-antar-tabel to report a copy
 * that differs, and for the rules that compute from the copies (the sasaran mean, capaian − serapan)
 * to accept a value that is right against the source: the copy is the cell to change, not them.
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableColumn, TableRow, TypedValue } from "../tables/types";
import type { CheckContext } from "./context";
import { isClosing } from "../tables/closing";
import { labelKey, normHeader } from "../tables/text";
import { isRenstraColumn, periodRatio } from "../tables/columns";
import { sasaranGroups } from "../tables/sasaranMeans";
import { agrees } from "./compare";
import { columnYear } from "./periodColumn";
import { capOf } from "./capaianCap";
import { recomputedRatio } from "./rules/averages";
import { indicatorsOf, isSasaranTable, sasaranCandidates } from "./sasaranElsewhere";

/** A copied capaian that differs from its source. */
export interface CopyConflict {
  table: RecognizedTable;
  copy: TypedValue;
  source: RecognizedTable;
  /** The source cell holding the right value (the indicator's capaian, the PK's capaian sasaran), if one does. */
  cell?: TypedValue;
  /** The value the copy should hold. */
  expected: Decimal;
  /** A sasaran's capaian (the mean of its indicators), not an indicator's. */
  sasaran: boolean;
}

/** An indicator row of a copying table and the same indicator in the table that computes its capaian. */
export interface IndicatorSource {
  table: RecognizedTable;
  row: TableRow;
  /** The source's capaian column. */
  column: number;
}

interface Copies {
  conflicts: CopyConflict[];
  /** By copying table id, then sheet row: each indicator's source. */
  sources: Map<string, Map<number, IndicatorSource>>;
}

const isIndicator = (r: TableRow) => r.role === "indikator" || r.role === "sub-indikator";

/**
 * Two shown values that are the same capaian, however each sheet rounds it: 98,46 shown with one
 * decimal is copied as 98,5 or 98,50 (each rounded to the coarser of the two precisions agrees).
 */
function sameShown(a: TypedValue, b: TypedValue): boolean {
  if (!a.value || !b.value) return false;
  const d = Math.min(a.decimals ?? 0, b.decimals ?? 0);
  const shown = (v: TypedValue) => (v.value as Decimal).toDecimalPlaces(v.decimals ?? 0, Decimal.ROUND_HALF_UP);
  return agrees(a, b.value) || agrees(b, a.value) || shown(a).toDecimalPlaces(d).eq(shown(b).toDecimalPlaces(d));
}

/**
 * A copy column says it holds the capaian ("CAPAIAN INDIKATOR (%)", "CAPAIAN KINERJA"); a %-column read
 * as capaian that names something else ("EFISIENSI (%)", "RATA-RATA PERTUMBUHAN (%)") is none.
 */
const CAPAIAN = /\bCAPAIAN\b/;
// Another office's or year's capaian set beside ours ("CAPAIAN NASIONAL", "CAPAIAN TAHUN LALU") is no copy either.
const NOT_CAPAIAN =
  /\b(EFISIENSI|SELISIH|KEMAJUAN|SERAPAN|PERTUMBUHAN|KENAIKAN|PENINGKATAN|PENURUNAN|NASIONAL|PROVINSI|STANDAR|LALU|SEBELUMNYA)\b/;

/**
 * The capaian column of a table that lists capaian without computing them: no capaian ratio of its
 * own, and in an indicator table not a capaian sasaran column averaging another one.
 */
function copyColumn(table: RecognizedTable): TableColumn | undefined {
  if (table.kind !== "indikator" && table.kind !== "anggaran") return undefined;
  if (table.ratios.some((r) => r.kind === "capaian") || isSasaranTable(table)) return undefined;
  const means = new Set(table.kind === "indikator" ? (table.sasaranMeans ?? []).map((m) => m.column) : []);
  const pool = table.columns.filter(
    (c) =>
      c.role === "capaian" &&
      !isRenstraColumn(c) &&
      !means.has(c.index) &&
      !table.ratios.some((r) => r.column === c.index) &&
      CAPAIAN.test(normHeader(c.header)) &&
      !NOT_CAPAIAN.test(normHeader(c.header)),
  );
  // Several years' capaian ("CAPAIAN 2023 | 2024 | 2025"): which one is this period's is not known here.
  return pool.length === 1 ? pool[0] : undefined;
}

/** True when the copy and its source name different years (a copied 2024 capaian is no 2025 one). */
function otherYear(table: RecognizedTable, col: TableColumn, source: RecognizedTable, column: number): boolean {
  const own = columnYear(table, col);
  const theirs = source.columns.find((c) => c.index === column);
  const year = theirs && columnYear(source, theirs);
  return own !== undefined && year !== undefined && own !== year;
}

/**
 * A copy at a cap below its source's value: capped on purpose ("capaian maksimal 100%", stated or
 * not; 100 and 120 are the usual caps), no copy error.
 */
function capped(ctx: CheckContext, table: RecognizedTable, row: TableRow, copy: TypedValue, source: Decimal): boolean {
  const v = copy.value;
  if (!v || !source.gt(v)) return false;
  const stated = capOf(ctx, table, row);
  return (stated !== null && v.eq(stated)) || v.eq(100) || v.eq(120);
}

/** Names that occur once among a table's indicator rows, by label key. */
function uniqueIndicators(table: RecognizedTable): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  const twice = new Set<string>();
  for (const r of table.rows) {
    if (!isIndicator(r)) continue;
    const k = labelKey(r.label);
    if (k.length <= 8) continue;
    if (out.has(k)) twice.add(k);
    out.set(k, r);
  }
  for (const k of twice) out.delete(k);
  return out;
}

/** The tables that compute their indicators' capaian (this period's ratio), with their indicators by name. */
function sourceTables(ctx: CheckContext): { table: RecognizedTable; column: number; byName: Map<string, TableRow> }[] {
  const out = [];
  for (const t of ctx.tables) {
    const ratio = t.kind === "indikator" ? periodRatio(t, "capaian") : undefined;
    if (ratio) out.push({ table: t, column: ratio.column, byName: uniqueIndicators(t) });
  }
  return out;
}

/** Indicator copies: each unique indicator name of the copying table against the first source that has it. */
function indicatorCopies(ctx: CheckContext, table: RecognizedTable, col: TableColumn, out: Copies): void {
  const sources = sourceTables(ctx).filter((s) => s.table !== table);
  const reader = ctx.reader(table);
  const own = new Map<number, IndicatorSource>();
  for (const [key, row] of uniqueIndicators(table)) {
    const s = sources.find((x) => x.byName.has(key));
    if (!s || otherYear(table, col, s.table, s.column)) continue;
    const srow = s.byName.get(key) as TableRow;
    own.set(row.index, { table: s.table, row: srow, column: s.column });
    const copy = reader.get(row.index, col.index);
    const cell = ctx.reader(s.table).get(srow.index, s.column);
    if (copy.kind !== "number" || cell.kind !== "number" || !cell.value) continue;
    const exact = recomputedRatio(ctx, s.table, s.column)?.(srow) ?? null;
    // A source that disagrees with its own target and realisasi is the capaian rule's: which is right is not known here.
    if (exact && !agrees(cell, exact)) continue;
    if (sameShown(copy, cell) || (exact && agrees(copy, exact)) || capped(ctx, table, row, copy, cell.value)) continue;
    out.conflicts.push({ table, copy, source: s.table, cell, expected: cell.value, sasaran: false });
  }
  if (own.size) out.sources.set(table.id, own);
}

/** The capaian sasaran a source table types for these indicator rows (a merged column, a closing row). */
function typedMeans(ctx: CheckContext, source: RecognizedTable, rows: TableRow[], column: number): TypedValue[] {
  const reader = ctx.reader(source);
  const ids = new Set(rows.map((r) => r.index));
  const covers = (list: number[]) => list.length === ids.size && list.every((i) => ids.has(i));
  const out: TypedValue[] = [];
  for (const m of source.sasaranMeans ?? [])
    for (const g of sasaranGroups(reader.grid, source, m.column))
      if (covers(g.rows.map((r) => r.index))) out.push(reader.get(g.row, m.column));
  for (const r of source.rows)
    if (r.role === "capaian-sasaran" && r.closes && covers(r.closes)) out.push(reader.get(r.index, column));
  return out.filter((v) => v.kind === "number" && !!v.value);
}

/** Sasaran copies: a budget table's row naming a sasaran, its capaian against that sasaran's in the source. */
function sasaranCopies(ctx: CheckContext, table: RecognizedTable, col: TableColumn, out: Copies): void {
  const sasaranCol = table.kind === "anggaran" ? table.columns.find((c) => c.role === "sasaran") : undefined;
  if (!sasaranCol) return;
  const reader = ctx.reader(table);
  const rows = table.rows.filter((r) => !isClosing(r.role) && reader.get(r.index, col.index).kind === "number");
  const sasaranOf = (r: TableRow) => labelKey(reader.grid.text(r.index, sasaranCol.index));
  // A sasaran on several rows (one per program) with different capaian: each program's own, no copy of the sasaran's.
  const values = new Map<string, Set<string>>();
  for (const r of rows) {
    const k = sasaranOf(r);
    values.set(k, (values.get(k) ?? new Set()).add(String(reader.get(r.index, col.index).value)));
  }
  for (const row of rows) {
    const copy = reader.get(row.index, col.index);
    if ((values.get(sasaranOf(row))?.size ?? 0) > 1) continue;
    const found = indicatorsOf(ctx.tables, table, reader.grid.text(row.index, sasaranCol.index));
    if (!found || otherYear(table, col, found.table, found.capaian)) continue;
    const c = sasaranCandidates(ctx, found);
    if (!c.mean) continue;
    const typed = typedMeans(ctx, found.table, found.rows, found.capaian);
    if (c.all.some((x) => agrees(copy, x)) || typed.some((t) => sameShown(copy, t))) continue;
    // The source's own capaian sasaran, when one of its averagings gives it; without one, the mean.
    const right = typed.find((t) => c.all.some((x) => agrees(t, x)));
    if ((typed.length && !right) || capped(ctx, table, row, copy, right?.value ?? c.mean)) continue;
    out.conflicts.push({
      table,
      copy,
      source: found.table,
      cell: right,
      expected: right?.value ?? c.mean,
      sasaran: true,
    });
  }
}

const CACHE = new WeakMap<RecognizedTable[], Copies>();

function copies(ctx: CheckContext): Copies {
  let out = CACHE.get(ctx.tables);
  if (out) return out;
  out = { conflicts: [], sources: new Map() };
  for (const table of ctx.tables) {
    const col = copyColumn(table);
    if (!col) continue;
    indicatorCopies(ctx, table, col, out);
    sasaranCopies(ctx, table, col, out);
  }
  CACHE.set(ctx.tables, out);
  return out;
}

/** Every copied capaian that differs from the table that computes it, in table order. */
export function capaianCopyConflicts(ctx: CheckContext): CopyConflict[] {
  return copies(ctx).conflicts;
}

/** The value a copied capaian cell should hold, when it differs from its source; null otherwise. */
export function copiedValue(ctx: CheckContext, sheet: string, address: string): Decimal | null {
  const c = copies(ctx).conflicts.find((x) => x.table.sheet === sheet && x.copy.address === address);
  return c ? c.expected : null;
}

/** The source of each indicator row a table copies the capaian of (by sheet row); empty when it computes its own. */
export function indicatorSources(ctx: CheckContext, table: RecognizedTable): Map<number, IndicatorSource> {
  return copies(ctx).sources.get(table.id) ?? new Map<number, IndicatorSource>();
}
