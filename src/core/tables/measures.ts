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
import { isSasaranMeanColumn, resolveSasaranMeans } from "./sasaranMeans";
import { normHeader } from "./text";
import { isServedCount } from "./headerRoles";
import { budgetDivisors } from "./cashPlan";

const HUNDRED = new Decimal(100);

function candidates(table: RecognizedTable, col: TableColumn, roles: ColumnRole[]): TableColumn[] {
  const pool = table.columns.filter((c) => roles.includes(c.role) && c.index !== col.index);
  const same = pool.filter((c) => col.block !== undefined && c.block === col.block);
  const shared = pool.filter((c) => c.block === undefined);
  const others = pool.filter((c) => c.block !== undefined && c.block !== col.block);
  if (col.block !== undefined && same.length) return [...same, ...byCumulative(shared), ...byCumulative(others)];
  if (shared.length) return [...byCumulative(shared), ...byCumulative(others)];
  // Columns of other blocks: the current block's first, and within them the cumulative/year column
  // before the quarters (TARGET: TW I … TW IV, TAHUN under a block header is read at TAHUN).
  const current = table.blocks.filter((b) => b.current).map((b) => b.label);
  return byCumulative(others).sort((a, b) => Number(current.includes(b.block ?? "")) - Number(current.includes(a.block ?? "")));
}

/**
 * Rows where the typed value agrees roughly (1 % or one shown unit) and exactly (within one shown
 * unit). Exact agreement decides between pairs first: a DAU column that is most of the JUMLAH agrees
 * with it roughly on every row, but only the JUMLAH columns give the typed % exactly.
 */
function agreements(
  grid: Grid,
  table: RecognizedTable,
  result: number,
  f: (r: number) => Decimal | null,
): { rough: number; exact: number } {
  let score = 0;
  let exactly = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (isClosing(row.role)) continue;
    const typed = typedValue(grid.cell(row.index, result), row.index, result);
    const t = num(typed);
    if (!t || typed.kind !== "number") continue;
    const exact = f(row.index);
    if (!exact) continue;
    const unit = new Decimal(10).pow(-(typed.decimals ?? 0));
    const tolerance = Decimal.max(unit, exact.abs().times(0.01));
    const off = t.minus(exact).abs();
    if (off.lte(tolerance)) score++;
    if (off.lte(unit)) exactly++;
  }
  return { rough: score, exact: exactly };
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
  const inferred: TableColumn[] = [];
  for (const col of table.columns) {
    // A column the user said is not used (or is not a ratio) is not tied by the numbering row either.
    const f =
      col.chosen && (col.role === "lainnya" || (col.formula?.op === "div" && col.role !== "capaian" && col.role !== "persen"))
        ? undefined
        : col.formula;
    if (f && f.op === "div") {
      const den = table.columns.find((c) => c.index === f.right);
      // A division by a pagu, before or after the revision too, is the budget ratio.
      const pagu = den?.role === "anggaran" || den?.role === "setelah" || den?.role === "sebelum";
      const kind = col.role === "persen" || pagu ? "persen" : "capaian";
      table.ratios.push({ kind, column: col.index, numerator: f.left, denominator: f.right, block: col.block, source: "rumus" });
      if (col.role !== "capaian" && col.role !== "persen") col.role = kind;
      continue;
    }
    if (f && f.op === "sub") {
      table.differences.push({ column: col.index, left: f.left, right: f.right, source: "rumus" });
      continue;
    }
    if (f && f.op === "add") {
      table.differences.push({ column: col.index, left: f.left, right: f.right, source: "rumus", op: "add" });
      continue;
    }
    // A capaian sasaran column averages the indicators' capaian: it divides nothing.
    if (col.role === "capaian" && !col.chosen && isSasaranMeanColumn(table, col)) continue;
    if (col.role === "capaian" || col.role === "persen") inferred.push(col);
    else if (col.role === "sisa") resolveDifference(grid, table, col);
  }
  resolveRowSums(grid, table);
  // Persen columns (their header names the budget ratio) choose their operands before capaian columns do.
  inferred.sort((a, b) => Number(b.role === "persen") - Number(a.role === "persen"));
  for (const col of inferred) resolveRatio(grid, table, col);
  table.ratios.sort((a, b) => a.column - b.column);
  resolveSasaranMeans(table);
}

/** Year of a column's block ("Tahun 2021", "2023"), if it has one. */
function yearOf(table: RecognizedTable, col: TableColumn): number | undefined {
  if (col.block === undefined) return undefined;
  const b = table.blocks.find((x) => x.label === col.block);
  return b && b.kind === "tahun" ? b.year : undefined;
}

/** Rows where the result column holds a typed number (what agreement can be scored on). */
function checkableRows(grid: Grid, table: RecognizedTable, result: number): number {
  let n = 0;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (isClosing(row.role)) continue;
    const typed = typedValue(grid.cell(row.index, result), row.index, result);
    if (typed.kind === "number" && num(typed)) n++;
  }
  return n;
}

function resolveRatio(grid: Grid, table: RecognizedTable, col: TableColumn): void {
  // A column of one year never divides columns of another year ("CAPAIAN 2022" vs "REALISASI 2023").
  const year = yearOf(table, col);
  const sameYear = (c: TableColumn) => year === undefined || yearOf(table, c) === undefined || yearOf(table, c) === year;
  // "CAPAIAN KINERJA (%)" is a performance ratio and "REALISASI FISIK (%)" physical progress: never
  // realisasi / anggaran.
  const kinerja = col.role === "capaian" && /\b(KINERJA|FISIK)\b/i.test(col.header);
  const numerators = candidates(table, col, ["realisasi"]).filter(sameYear);
  const denominators = budgetDivisors(
    candidates(
      table,
      col,
      col.role === "persen" ? ["anggaran", "setelah"] : kinerja ? ["target"] : ["target", "anggaran", "setelah"],
    ),
    col,
  ).filter(sameYear);
  // An operand pair another ratio column already owns is not this column's ("SERAPAN ANGGARAN (%)").
  const owned = (n: TableColumn, d: TableColumn) =>
    table.ratios.some((x) => x.numerator === n.index && x.denominator === d.index);
  const ns = numerators.slice(0, 6);
  // A tingkat kemajuan (period "renstra") divides by the Renstra end target: that column is tried first.
  const ds = (col.period === "renstra" ? byPeriod(denominators, "renstra") : denominators).slice(0, 4);
  // SPM "Jumlah Sasaran | Jumlah Terlayani | Capaian SPM": a served count is divided by the count to serve.
  const counts = candidates(table, col, ["jumlah"]).filter(sameYear).slice(0, 2);
  let best: { n: TableColumn; d: TableColumn; score: number; exact?: number } | undefined;
  let pairs = 0;
  for (const n of ns) {
    for (const d of isServedCount(n.header) ? [...ds, ...counts] : ds) {
      if (n.measure === "kinerja" && d.role === "anggaran") continue;
      if (owned(n, d)) continue;
      pairs++;
      const a = agreements(grid, table, col.index, ratio(grid, n.index, d.index));
      if (!best || a.exact > (best.exact ?? 0) || (a.exact === best.exact && a.rough > best.score))
        best = { n, d, score: a.rough, exact: a.exact };
    }
  }
  if (!best) return;
  const kind = best.d.role === "anggaran" || best.d.role === "setelah" ? "persen" : "capaian";
  const blockAnggaran = table.columns.some((c) => c.role === "anggaran" && c.block === col.block && c.block !== undefined);
  // A capaian column read as a budget ratio is only inferred: most typed values must agree.
  if (
    kind === "persen" &&
    col.role === "capaian" &&
    best.score > 0 &&
    !blockAnggaran &&
    best.score * 2 < checkableRows(grid, table, col.index)
  ) {
    best = { ...best, score: 0 };
  }
  // Without agreement, a capaian column pairs only realisasi and target of a performance table.
  if (best.score === 0 && kind === "persen" && col.role === "capaian" && table.kind === "indikator" && !blockAnggaran) {
    const target = denominators.find((d) => d.role === "target" && !owned(best!.n, d));
    if (!target) return;
    best = { n: best.n, d: target, score: 0 };
  }
  // Headers alone, several possible pairs and not one row agreeing: no pairing is known.
  if (best.score === 0 && pairs > 1 && checkableRows(grid, table, col.index) > 1) return;
  const finalKind = best.d.role === "target" || best.d.role === "jumlah" ? "capaian" : "persen";
  // In a budget table, a "%" column the arithmetic ties to realisasi ÷ pagu is the budget ratio.
  if (finalKind === "persen" && col.role === "capaian" && !col.chosen && table.kind === "anggaran") {
    col.role = "persen";
    col.evidence = [...(col.evidence ?? []), "peran: realisasi ÷ anggaran (angka kolomnya cocok)"];
  }
  table.ratios.push({
    kind: finalKind,
    column: col.index,
    numerator: best.n.index,
    denominator: best.d.index,
    block: col.block,
    source: "kolom",
  });
}

/**
 * Sisa = anggaran − realisasi (selisih perubahan = setelah − sebelum). With several realisasi columns
 * (TW I … TW IV and JUMLAH; s.d. bulan lalu, bulan ini, s.d. bulan ini) the pair the typed values
 * agree with is kept; without agreement, the cumulative/total column, never just the first.
 */
function resolveDifference(grid: Grid, table: RecognizedTable, col: TableColumn): void {
  // Sisa is left of the pagu, not of the cash plan beside it (unless its header names the cash plan).
  const pagu = budgetDivisors(candidates(table, col, ["anggaran", "setelah", "target"]), col).slice(0, 3);
  const spent = candidates(table, col, ["realisasi", "sebelum"]).slice(0, 6);
  const header = normHeader(col.header);
  // "Sisa Tender", "Sisa Lelang", "Selisih Pagu - Kontrak": pagu less the contract value, not the realisasi.
  if (/\b(TENDER|LELANG|KONTRAK)\b/.test(header)) {
    const kontrak = table.columns.find((c) => c !== col && c.role !== "sisa" && /\bKONTRAK\b/.test(normHeader(c.header)));
    if (kontrak && pagu.length > 0)
      table.differences.push({ column: col.index, left: pagu[0].index, right: kontrak.index, source: "kolom" });
    return;
  }
  if (pagu.length === 0 || spent.length === 0) return;
  // "LEBIH/(KURANG)" of an LRA (SAP) is realisasi − anggaran: negative where less was spent.
  const surplus = /\bLEBIH (ATAU )?KURANG\b/.test(header);
  // "BERTAMBAH/(BERKURANG)" is the newer value less the older: setelah − sebelum, or realisasi − anggaran.
  const signed = /\bBERTAMBAH\b.*\bBERKURANG\b/.test(header);
  // "SISA / LEBIH (KURANG)" names the sisa (anggaran − realisasi) as well: the agreeing orientation wins.
  const either = signed || (surplus && /\bSISA\b/.test(header));
  const pairs: { left: TableColumn; right: TableColumn }[] = [];
  for (const l of surplus ? spent : pagu) for (const r of surplus ? pagu : spent) pairs.push({ left: l, right: r });
  if (either) for (const l of surplus ? pagu : spent) for (const r of surplus ? spent : pagu) pairs.push({ left: l, right: r });
  let best = { ...pairs[0], score: -1, exact: -1 };
  if (pairs.length > 1) {
    for (const p of pairs) {
      const a = agreements(grid, table, col.index, difference(grid, p.left.index, p.right.index));
      if (a.exact > best.exact || (a.exact === best.exact && a.rough > best.score))
        best = { ...p, score: a.rough, exact: a.exact };
    }
  }
  table.differences.push({ column: col.index, left: best.left.index, right: best.right.index, source: "kolom" });
}

/**
 * "PAGU (Rp): DAK | DAU | JUMLAH", "PAGU DAK | PAGU DAU | JUMLAH PAGU", "JUMLAH (DAK+DAU)": a
 * column headed JUMLAH/TOTAL right after two columns of one amount role adds them up across the
 * row, where most rows say so (a numbering row may state it too: measures read that first).
 */
const ADDABLE = new Set<ColumnRole>(["anggaran", "realisasi", "sebelum", "setelah"]);

function resolveRowSums(grid: Grid, table: RecognizedTable): void {
  const columns = table.columns;
  for (let i = 2; i < columns.length; i++) {
    const col = columns[i];
    const [l, r] = [columns[i - 2], columns[i - 1]];
    if (col.formula || table.differences.some((d) => d.column === col.index)) continue;
    if (!/^(JUMLAH|TOTAL)\b/.test(normHeader(col.header.split(" / ").pop() ?? ""))) continue;
    if (l.role !== r.role || !ADDABLE.has(l.role) || l.index + 1 !== r.index || r.index + 1 !== col.index) continue;
    if (col.role !== l.role && col.role !== "jumlah" && col.role !== "nilai" && col.role !== "lainnya") continue;
    if (col.block !== l.block || col.block !== r.block) continue;
    const sum = combined(grid, l.index, r.index, (a, b) => a.plus(b));
    const checkable = checkableRows(grid, table, col.index);
    if (checkable < 2 || agreements(grid, table, col.index, sum).exact * 2 <= checkable) continue;
    if (col.role !== l.role) {
      col.role = l.role;
      if (l.measure) col.measure = l.measure;
      col.evidence = [...(col.evidence ?? []), `peran: jumlah kolom ${l.letter} dan ${r.letter} (angka kolomnya cocok)`];
    }
    table.differences.push({ column: col.index, left: l.index, right: r.index, source: "kolom", op: "add" });
  }
}

/** Row by row, two columns' numbers combined (null where either is missing). */
function combined(grid: Grid, l: number, r: number, f: (a: Decimal, b: Decimal) => Decimal) {
  return (row: number): Decimal | null => {
    const a = valueAt(grid, row, l);
    const b = valueAt(grid, row, r);
    return a && b ? f(a, b) : null;
  };
}

const difference = (grid: Grid, l: number, r: number) => combined(grid, l, r, (a, b) => a.minus(b));

/** The columns of the given period first, the others after them, each in their order. */
function byPeriod(columns: TableColumn[], period: TableColumn["period"]): TableColumn[] {
  return [...columns.filter((c) => c.period === period), ...columns.filter((c) => c.period !== period)];
}

/** Cumulative/total columns first (stable otherwise): what pagu, sisa and % refer to. */
export function byCumulative(columns: TableColumn[]): TableColumn[] {
  const rank = (c: TableColumn) =>
    c.period === "kumulatif" ? 0 : c.period === undefined || c.period === "tahun" ? 1 : c.period === "renstra" ? 3 : 2;
  return columns
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}
