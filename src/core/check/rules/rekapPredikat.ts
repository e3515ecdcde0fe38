/** rekap-predikat: counts of indicators per predikat in a recap table ≠ the indicators the workbook lists. */
import type { Rule } from "./rule";
import { labelMatchesBand, listPresets, predicateFor, PredicateScale } from "../../scales";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import type { IndicatorCapaian } from "./indicatorCapaian";
import { isClosing } from "../../tables/closing";
import { indicatorCapaian } from "./indicatorCapaian";
import { isStatusRecap } from "./rekapStatus";

export const rekapPredikatRule: Rule = {
  id: "rekap-predikat",
  name: "Rekap jumlah per predikat tidak cocok",
  severity: "error",
  doc: "Jumlah indikator per predikat yang tidak sesuai dengan indikator yang didaftar.",
  run(ctx) {
    // A recap of desa statuses (IDM) counts the rows of its status table, not indicators (rekapStatus.ts).
    const recaps = ctx.tables.filter((t) => t.kind === "rekap" && !isStatusRecap(ctx, t));
    const across = ctx.tables.map((t) => horizontalRecap(ctx, t)).filter((h): h is HorizontalRecap => h !== null);
    if (recaps.length === 0 && across.length === 0) return;
    const all = indicatorSet(ctx, indicatorCapaian(ctx));
    for (const h of across) checkHorizontal(ctx, h, all.indicators, all.counts, all.typedCounts);
    if (all.indicators.length === 0) return;
    const sets = [all, ...perTableSets(ctx)];
    for (const table of recaps) {
      const reader = ctx.reader(table);
      const pcol = table.columns.find((c) => c.role === "predikat");
      const jcol = table.columns.find((c) => c.role === "jumlah");
      if (!pcol || !jcol) continue;
      const { indicators, counts, typedCounts } = recapSet(ctx, table, pcol, jcol, sets);
      // A Jumlah whose formula adds up the counts as typed (=SUM(D4:D8)) follows a wrong count: that count is the finding.
      const typedSum = countsAsTyped(ctx, table, pcol, jcol, counts);
      const sum = typedSum.sum;
      let last: string | undefined;
      let total: string | undefined;
      let reported = false;
      for (const row of table.rows) {
        const n = reader.get(row.index, jcol.index);
        if (isClosing(row.role)) {
          total ??= n.address;
          if (
            n.kind === "number" &&
            n.value &&
            !n.value.eq(indicators.length) &&
            !(n.formula && typedSum.anyWrong && n.value.eq(typedSum.sum))
          ) {
            reported = true;
            ctx.add({
              rule: "rekap-predikat",
              severity: "error",
              sheet: table.sheet,
              cell: n.address,
              message: listedMessage(ctx, n, indicators.length),
              expected: indicators.length,
              actual: ctx.show.value(n),
            });
          }
          continue;
        }
        const word = reader.grid.text(row.index, pcol.index);
        if (!word || (n.kind !== "number" && n.kind !== "dash")) continue;
        const band = ctx.scale.bands.find((b) => labelMatchesBand(word, b));
        const typedCount = n.value ? n.value.toNumber() : 0;
        last = n.address;
        if (!band) continue;
        const expected = counts.get(band.label) ?? 0;
        if (expected === typedCount) continue;
        reported = true;
        wrongCount(ctx, table.sheet, n.address, band.label, typedCount, expected, typedCounts.get(band.label)?.has(typedCount));
      }
      // The counts do not add up although no row was found wrong: say so at the Jumlah row (or, without one, at the last count).
      const at = total ?? last;
      if (last && at && !reported && sum !== indicators.length && !ctx.flagged(table.sheet, at)) {
        ctx.add({
          rule: "rekap-predikat",
          severity: "error",
          sheet: table.sheet,
          cell: at,
          message: total
            ? `Jumlah indikator per predikat (${ctx.show.count(sum)}) tidak sama dengan indikator yang tercantum (${ctx.show.count(indicators.length)}).`
            : `Jumlah indikator per predikat (${ctx.show.count(sum)}) tidak sama dengan indikator yang tercantum (${ctx.show.count(indicators.length)}); rekap tidak punya baris Jumlah, jadi ditunjukkan pada baris predikat terakhir.`,
          expected: indicators.length,
          actual: sum,
        });
      }
    }
  },
};

/** The recap's counts as typed, added up, and whether one of them differs from the indicators' count. */
function countsAsTyped(
  ctx: CheckContext,
  table: RecognizedTable,
  pcol: TableColumn,
  jcol: TableColumn,
  counts: Map<string, number>,
): { sum: number; anyWrong: boolean } {
  const reader = ctx.reader(table);
  let sum = 0;
  let anyWrong = false;
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const n = reader.get(row.index, jcol.index);
    const word = reader.grid.text(row.index, pcol.index);
    if (!word || (n.kind !== "number" && n.kind !== "dash")) continue;
    const typed = n.value ? n.value.toNumber() : 0;
    sum += typed;
    const band = ctx.scale.bands.find((b) => labelMatchesBand(word, b));
    if (band && (counts.get(band.label) ?? 0) !== typed) anyWrong = true;
  }
  return { sum, anyWrong };
}

/** The indicators a recap may count, with their count per band (as recomputed and as typed). */
interface IndicatorSet {
  indicators: IndicatorCapaian[];
  counts: Map<string, number>;
  typedCounts: Map<string, Set<number>>;
}

function indicatorSet(ctx: CheckContext, indicators: IndicatorCapaian[]): IndicatorSet {
  const counts = new Map<string, number>();
  for (const i of indicators) {
    const band = predicateFor(ctx.scale, i.value);
    if (band) counts.set(band.label, (counts.get(band.label) ?? 0) + 1);
  }
  return { indicators, counts, typedCounts: asTyped(ctx.scale, indicators) };
}

/** Each indicator table's own set, when the workbook has several (IKU beside IKD, a PK Kegiatan's output indicators). */
function perTableSets(ctx: CheckContext): IndicatorSet[] {
  const tables = ctx.tables.filter((t) => t.kind === "indikator" && t.ratios.some((r) => r.kind === "capaian"));
  if (tables.length < 2) return [];
  return tables.map((t) => indicatorSet(ctx, indicatorCapaian(ctx, [t]))).filter((s) => s.indicators.length > 0);
}

/**
 * The set a recap counts: the one whose per-predikat counts and total the recap's numbers disagree
 * with least (all indicators first on a tie). A recap of the IKU is not checked against the IKD too.
 */
function recapSet(
  ctx: CheckContext,
  table: RecognizedTable,
  pcol: TableColumn,
  jcol: TableColumn,
  sets: IndicatorSet[],
): IndicatorSet {
  if (sets.length === 1) return sets[0];
  const reader = ctx.reader(table);
  const typed: { label?: string; n: number; closing: boolean }[] = [];
  for (const row of table.rows) {
    const n = reader.get(row.index, jcol.index);
    if (n.kind !== "number" && n.kind !== "dash") continue;
    const count = n.value ? n.value.toNumber() : 0;
    if (isClosing(row.role)) typed.push({ n: count, closing: true });
    else {
      const word = reader.grid.text(row.index, pcol.index);
      const band = word ? ctx.scale.bands.find((b) => labelMatchesBand(word, b)) : undefined;
      typed.push({ label: band?.label, n: count, closing: false });
    }
  }
  const misses = (s: IndicatorSet) =>
    typed.filter((t) => (t.closing ? t.n !== s.indicators.length : t.label !== undefined && t.n !== (s.counts.get(t.label) ?? 0)))
      .length;
  let best = sets[0];
  let bestMisses = misses(best);
  for (const s of sets.slice(1)) {
    const m = misses(s);
    if (m < bestMisses) {
      best = s;
      bestMisses = m;
    }
  }
  return best;
}

/** A recap laid out across: one column per predikat word (Sangat Berhasil | Berhasil | … | Jumlah), one row of counts. */
interface HorizontalRecap {
  table: RecognizedTable;
  /** Word columns with the band each names; `onScale` when the bands are the check's scale's. */
  words: { column: TableColumn; label: string }[];
  onScale: boolean;
  total?: TableColumn;
}

function wordColumns(table: RecognizedTable, scale: PredicateScale): { column: TableColumn; label: string }[] {
  const out: { column: TableColumn; label: string }[] = [];
  for (const column of table.columns) {
    const band = scale.bands.find((b) => labelMatchesBand(column.header.trim(), b));
    if (band && !out.some((w) => w.label === band.label)) out.push({ column, label: band.label });
  }
  return out;
}

function horizontalRecap(ctx: CheckContext, table: RecognizedTable): HorizontalRecap | null {
  if (table.kind === "rekap" || table.kind === "skala" || table.kind === "anggaran") return null;
  if (table.columns.some((c) => c.role === "target" || c.role === "realisasi" || c.role === "capaian")) return null;
  let words = wordColumns(table, ctx.scale);
  let onScale = true;
  if (words.length < 2) {
    onScale = false;
    words = listPresets()
      .map((p) => wordColumns(table, p))
      .reduce((best, w) => (w.length > best.length ? w : best), [] as { column: TableColumn; label: string }[]);
  }
  if (words.length < 2) return null;
  const lastWord = Math.max(...words.map((w) => w.column.index));
  const total = table.columns.find(
    (c) => c.index > lastWord && (c.role === "jumlah" || /^(JUMLAH|TOTAL)\b/i.test(c.header.trim())),
  );
  return { table, words, onScale, total };
}

/** Each count row: the counts add up to its Jumlah, match the indicators per predikat, and Jumlah the indicators listed. */
function checkHorizontal(
  ctx: CheckContext,
  h: HorizontalRecap,
  indicators: IndicatorCapaian[],
  counts: Map<string, number>,
  typedCounts: Map<string, Set<number>>,
): void {
  const reader = ctx.reader(h.table);
  for (const row of h.table.rows) {
    const cells = h.words.map((w) => ({ w, n: reader.get(row.index, w.column.index) }));
    if (cells.some((c) => c.n.kind !== "number" && c.n.kind !== "dash")) continue;
    const sum = cells.reduce((a, c) => a + (c.n.value ? c.n.value.toNumber() : 0), 0);
    if (h.onScale && indicators.length > 0) {
      for (const { w, n } of cells) {
        const expected = counts.get(w.label) ?? 0;
        const typed = n.value ? n.value.toNumber() : 0;
        if (expected === typed) continue;
        wrongCount(ctx, h.table.sheet, n.address, w.label, typed, expected, typedCounts.get(w.label)?.has(typed));
      }
    }
    if (!h.total) continue;
    const t = reader.get(row.index, h.total.index);
    if (t.kind !== "number" || !t.value || ctx.flagged(h.table.sheet, t.address)) continue;
    const listed = indicators.length;
    const wrongSum = !t.value.eq(sum);
    const wrongListed = h.onScale && listed > 0 && !t.value.eq(listed);
    if (!wrongSum && !wrongListed) continue;
    ctx.add({
      rule: "rekap-predikat",
      severity: "error",
      sheet: h.table.sheet,
      cell: t.address,
      message: wrongSum
        ? `Jumlah tertulis ${ctx.show.value(t)}, padahal ${cells.map((c) => ctx.show.value(c.n)).join(" + ")} = ${ctx.show.count(sum)}` +
          (h.onScale && listed > 0 ? ` dan indikator yang tercantum di tabel capaian ada ${ctx.show.count(listed)}.` : ".")
        : listedMessage(ctx, t, listed),
      expected: wrongSum ? sum : listed,
      actual: ctx.show.value(t),
      fix: { value: wrongSum ? sum : listed },
    });
  }
}

/**
 * Per band, the counts the sheet gives as typed: by the predikat words and by the capaian numbers,
 * wrong ones included. A recap that matches one of them was counted right from cells found wrong.
 */
function asTyped(scale: PredicateScale, indicators: IndicatorCapaian[]): Map<string, Set<number>> {
  const byWords = new Map<string, number>();
  const byNumbers = new Map<string, number>();
  for (const i of indicators) {
    const worded = i.word ? scale.bands.find((b) => labelMatchesBand(i.word!, b)) : undefined;
    if (worded) byWords.set(worded.label, (byWords.get(worded.label) ?? 0) + 1);
    const numbered = i.typed ? predicateFor(scale, i.typed) : undefined;
    if (numbered) byNumbers.set(numbered.label, (byNumbers.get(numbered.label) ?? 0) + 1);
  }
  // A reading no indicator gives (no predikat words typed at all) counts nothing, not zero of each.
  const worded = indicators.some((i) => i.word);
  const numbered = indicators.some((i) => i.typed);
  const out = new Map<string, Set<number>>();
  for (const band of scale.bands) {
    const counts = new Set<number>();
    if (worded) counts.add(byWords.get(band.label) ?? 0);
    if (numbered) counts.add(byNumbers.get(band.label) ?? 0);
    out.set(band.label, counts);
  }
  return out;
}

/**
 * A recap's count of indicators with one predikat that is not how many the capaian give that predikat.
 * When the count follows the capaian table as typed, the recap is not where the mistake is: said as
 * information, so the list names the cells to correct first.
 */
function wrongCount(
  ctx: CheckContext,
  sheet: string,
  cell: string,
  label: string,
  typed: number,
  expected: number,
  followsTyped = false,
): void {
  if (followsTyped) {
    ctx.add({
      rule: "rekap-predikat",
      severity: "info",
      sheet,
      cell,
      message: `Rekap mencatat ${ctx.show.count(typed)} indikator berpredikat “${label}”, sesuai tabel capaian sebagaimana tertulis; setelah capaian atau predikat yang salah di sana diperbaiki, jumlahnya ${ctx.show.count(expected)} (skala ${ctx.scale.name}).`,
      expected,
      actual: typed,
      fix: { value: expected },
    });
    return;
  }
  ctx.add({
    rule: "rekap-predikat",
    severity: "error",
    sheet,
    cell,
    message: `Rekap mencatat ${ctx.show.count(typed)} indikator berpredikat “${label}”, padahal menurut capaiannya ada ${ctx.show.count(expected)} (skala ${ctx.scale.name}).`,
    expected,
    actual: typed,
    fix: { value: expected },
  });
}

/** The message for a recap's Jumlah that is not the number of indicators listed. */
function listedMessage(ctx: CheckContext, typed: TypedValue, listed: number): string {
  return `Jumlah indikator pada rekap tertulis ${ctx.show.value(typed)}, padahal indikator yang tercantum di tabel capaian ada ${ctx.show.count(listed)}.`;
}
