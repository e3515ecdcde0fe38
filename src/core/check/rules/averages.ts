/**
 * Candidate values for a closing row cell: averages over all rows or the filled ones, the sum
 * (a row labelled "rata-rata" may hold sums), the ratio of the row's own operands, and for capaian
 * the indicator-level mean (sub-indicators averaged into their indicator first), the mean of the
 * per-sasaran means and the "rata-rata tertimbang data kelompok", each over the typed capaian, the
 * recomputed ones, the typed ones with the recomputed value where a cell was left empty, and the
 * recomputed ones as the cells display them (rounded or truncated to their decimals).
 */
import Decimal from "decimal.js";
import type { PredicateScale } from "../../scales";
import { rataRataKelompok } from "../../arithmetic";
import type { RecognizedTable, TableRow } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import type { CheckContext } from "../context";
import { exactRatio, readCase, sameQualitative } from "./ratio";
import { cappedCapaian } from "../capaianCap";
import { normHeader } from "../../tables/text";

export interface Candidates {
  /** Mean over the rows that have a value (the expected value reported). */
  mean: Decimal | null;
  all: Decimal[];
  /** The "rata-rata tertimbang data kelompok" values among `all` (the same objects). */
  kelompok: Decimal[];
  /** Rows averaged. */
  rows: number[];
}

function mean(values: Decimal[]): Decimal | null {
  return values.length ? Decimal.sum(...values).div(values.length) : null;
}

/** The capaian of a qualitative indicator met (see sameQualitative). */
const HUNDRED = new Decimal(100);

/**
 * Each row's ratio recomputed from its operands (capaian = realisasi / target), for a closing row that
 * averages the right values while a typed one above it is wrong; undefined for a column that is no ratio.
 */
export function recomputedRatio(
  ctx: CheckContext,
  table: RecognizedTable,
  col: number,
): ((row: TableRow) => Decimal | null) | undefined {
  const ratio = table.ratios.find((r) => r.column === col);
  if (!ratio) return undefined;
  const reader = ctx.reader(table);
  return (r: TableRow) => {
    const c = readCase(reader, table, ratio, r);
    if (sameQualitative(c)) return HUNDRED;
    const exact = exactRatio(c, ctx);
    // Where the sheet states a cap ("capaian maksimal 100%"), the capaian rule expects the capped value.
    return exact && ratio.kind === "capaian" ? cappedCapaian(ctx, table, r, exact) : exact;
  };
}

function lastSasaranMean(reader: TableReader, closed: TableRow[], col: number): Decimal | null {
  const key = (r: TableRow) => (r.sasaranRow !== undefined ? `row:${r.sasaranRow}` : r.sasaran);
  const last = closed.length ? key(closed[closed.length - 1]) : undefined;
  if (last === undefined) return null;
  const own = closed.filter((r) => key(r) === last);
  if (own.length === closed.length) return null;
  const values = own.map((r) => reader.get(r.index, col)).filter((v) => v.kind === "number");
  return values.length ? Decimal.sum(...values.map((v) => v.value as Decimal)).div(values.length) : null;
}

export function closingCandidates(
  reader: TableReader,
  table: RecognizedTable,
  closing: TableRow,
  col: number,
  recomputed?: (row: TableRow) => Decimal | null,
  scale?: PredicateScale,
): Candidates {
  const rowsById = new Map(table.rows.map((r) => [r.index, r]));
  const closed = (closing.closes ?? []).map((i) => rowsById.get(i)).filter((r): r is TableRow => !!r);
  const filled: Decimal[] = [];
  const filledRows: number[] = [];
  let all = 0;
  const out: Decimal[] = [];
  const kelompok: Decimal[] = [];
  for (const r of closed) {
    const v = reader.get(r.index, col);
    if (v.kind === "number" || v.kind === "dash") {
      filled.push(v.value as Decimal);
      filledRows.push(r.index);
      all++;
    } else if (v.kind === "empty" && !hasChildren(table, r)) all++;
  }
  const m = mean(filled);
  if (m) out.push(m);
  // An average row under several sasaran may be the last sasaran's own ("Rata-rata Capaian Sasaran"
  // below sasaran 2 when sasaran 1 has none): the mean of that sasaran's rows is right too.
  const lastMean = lastSasaranMean(reader, closed, col);
  if (lastMean) out.push(lastMean);
  // A "-" in a capaian column may mean "not measured": the mean of the numbers alone is right too.
  const numbers = closed.map((r) => reader.get(r.index, col)).filter((v) => v.kind === "number");
  if (numbers.length && numbers.length < filled.length)
    out.push(Decimal.sum(...numbers.map((v) => v.value as Decimal)).div(numbers.length));
  if (filled.length && all > filled.length) out.push(Decimal.sum(...filled).div(all));
  if (filled.length) out.push(Decimal.sum(...filled));
  const typedOf = (r: TableRow) => {
    const v = reader.get(r.index, col);
    return v.kind === "number" || v.kind === "dash" ? (v.value as Decimal) : null;
  };
  // The recomputed capaian as each cell would display it (rounded or truncated to the decimals it
  // shows): a closing row typed as the mean of the displayed values is right even where one typed
  // capaian above it is wrong.
  const closingDecimals = reader.get(closing.index, col).decimals ?? 0;
  const displayed = (mode: Decimal.Rounding) => (r: TableRow) => {
    const exact = recomputed?.(r);
    if (!exact) return null;
    const d = reader.get(r.index, col).decimals ?? closingDecimals;
    return exact.toDecimalPlaces(d, mode);
  };
  const variants = [
    typedByIndicator(reader, closed, col),
    recomputed ? byIndicator(closed, recomputed) : [],
    // Typed where typed, recomputed where the cell was left empty (the mean still counts that indicator).
    recomputed ? byIndicator(closed, (r) => typedOf(r) ?? recomputed(r)) : [],
    recomputed ? byIndicator(closed, displayed(Decimal.ROUND_HALF_UP)) : [],
    recomputed ? byIndicator(closed, displayed(Decimal.ROUND_DOWN)) : [],
  ];
  for (const values of variants) {
    if (values.length === 0) continue;
    const flat = values.map((x) => x.value);
    const im = mean(flat);
    if (im) out.push(im);
    const bySasaran = new Map<string, Decimal[]>();
    for (const x of values) {
      const list = bySasaran.get(x.sasaran) ?? [];
      list.push(x.value);
      bySasaran.set(x.sasaran, list);
    }
    const sm = mean([...bySasaran.values()].map((l) => mean(l) as Decimal));
    if (sm) out.push(sm);
    if (scale) {
      const k = rataRataKelompok(flat);
      if (k.ok) kelompok.push(k.value);
      const ks = rataRataKelompok(flat, scale);
      if (ks.ok) kelompok.push(ks.value);
    }
  }
  // Weighted by a BOBOT column ("Bobot (%)": 50 | 30 | 20, or 0,5 | 0,3 | 0,2): Σ bobot × capaian ÷ Σ bobot.
  const weight = table.columns.find((c) => /\bBOBOT\b/.test(normHeader(c.header)));
  if (weight) {
    for (const valueOf of [typedOf, recomputed].filter((f): f is (r: TableRow) => Decimal | null => !!f)) {
      const w = weightedMean(closed, (r) => reader.get(r.index, weight.index), valueOf);
      if (w) out.push(w);
    }
  }
  return { mean: m, all: [...out, ...kelompok], kelompok, rows: filledRows };
}

/** Σ weight × value ÷ Σ weight over the rows, when every row has both. */
function weightedMean(
  rows: TableRow[],
  weightOf: (r: TableRow) => { kind: string; value?: Decimal },
  valueOf: (r: TableRow) => Decimal | null,
): Decimal | null {
  let sum = new Decimal(0);
  let weights = new Decimal(0);
  for (const r of rows) {
    const w = weightOf(r);
    const v = valueOf(r);
    if (w.kind !== "number" || !w.value || !v) return null;
    sum = sum.plus(w.value.times(v));
    weights = weights.plus(w.value);
  }
  return rows.length > 0 && !weights.isZero() ? sum.div(weights) : null;
}

function hasChildren(table: RecognizedTable, r: TableRow): boolean {
  return table.rows.some((x) => x.parent === r.index);
}

interface IndicatorValue {
  sasaran: string;
  value: Decimal;
}

/** Typed capaian per indicator, sub-indicators averaged into their indicator when it has none. */
function typedByIndicator(reader: TableReader, rows: TableRow[], col: number): IndicatorValue[] {
  return byIndicator(rows, (r) => {
    const v = reader.get(r.index, col);
    return v.kind === "number" || v.kind === "dash" ? (v.value as Decimal) : null;
  });
}

function byIndicator(rows: TableRow[], valueOf: (r: TableRow) => Decimal | null): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  const subs = new Map<number, Decimal[]>();
  for (const r of rows) {
    if (r.role !== "sub-indikator" || r.parent === undefined) continue;
    const v = valueOf(r);
    if (!v) continue;
    const list = subs.get(r.parent) ?? [];
    list.push(v);
    subs.set(r.parent, list);
  }
  for (const r of rows) {
    if (r.role === "sub-indikator") continue;
    const own = valueOf(r);
    const v = own ?? mean(subs.get(r.index) ?? []);
    if (v) out.push({ sasaran: r.sasaran ?? "", value: v });
  }
  return out;
}
