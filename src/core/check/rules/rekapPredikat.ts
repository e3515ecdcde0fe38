/** rekap-predikat: counts of indicators per predikat in a recap table ≠ the indicators the workbook lists. */
import type { Rule } from "./rule";
import { labelMatchesBand, listPresets, predicateFor, PredicateScale } from "../../scales";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import type { IndicatorCapaian } from "./indicatorCapaian";
import { isClosing } from "../../tables/closing";
import { indicatorCapaian, unmeasuredCount } from "./indicatorCapaian";
import { isStatusRecap } from "./rekapStatus";
import { isNotMeasuredWord } from "../notMeasuredWord";

export const rekapPredikatRule: Rule = {
  id: "rekap-predikat",
  name: "Rekap jumlah per predikat tidak cocok",
  severity: "error",
  doc: "Jumlah indikator per predikat yang tidak sesuai dengan indikator yang didaftar.",
  run(ctx) {
    // A recap of desa statuses (IDM) counts the rows of its status table, not indicators (rekapStatus.ts).
    const recaps = ctx.tables.filter((t) => t.kind === "rekap" && !isStatusRecap(ctx, t) && !countsSasaran(t));
    const across = ctx.tables.map((t) => horizontalRecap(ctx, t)).filter((h): h is HorizontalRecap => h !== null);
    if (recaps.length === 0 && across.length === 0) return;
    const measured = indicatorCapaian(ctx);
    const all = indicatorSet(ctx, measured, unmeasuredCount(ctx, measured));
    for (const h of across) checkHorizontal(ctx, h, all);
    if (all.indicators.length === 0) return;
    const sets = [all, ...perTableSets(ctx)];
    for (const table of recaps) {
      const reader = ctx.reader(table);
      const pcol = table.columns.find((c) => c.role === "predikat");
      const jcol = table.columns.find((c) => c.role === "jumlah");
      if (!pcol || !jcol) continue;
      const set = recapSet(ctx, table, pcol, jcol, sets);
      const { counts, typedCounts } = set;
      // A Jumlah whose formula adds up the counts as typed (=SUM(D4:D8)) follows a wrong count: that count is the finding.
      const typedSum = countsAsTyped(ctx, table, pcol, jcol, counts);
      const sum = typedSum.sum;
      const unmeasured = unmeasuredRow(ctx, table, pcol, jcol);
      const listed = listedTotal(set, unmeasured?.count);
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
            !listed.fits(n.value.toNumber()) &&
            !(n.formula && typedSum.anyWrong && n.value.eq(typedSum.sum))
          ) {
            reported = true;
            ctx.add({
              rule: "rekap-predikat",
              severity: "error",
              sheet: table.sheet,
              cell: n.address,
              message: listedMessage(ctx, n, listed),
              expected: listed.count,
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
      if (!reported && unmeasured && !listed.fits(sum) && listed.fits(sum - unmeasured.count + set.unmeasured)) {
        reported = wrongUnmeasured(ctx, table.sheet, unmeasured, set.unmeasured);
      }
      // The counts do not add up although no row was found wrong: say so at the Jumlah row (or, without one, at the last count).
      const at = total ?? last;
      if (last && at && !reported && !listed.fits(sum) && !ctx.flagged(table.sheet, at)) {
        ctx.add({
          rule: "rekap-predikat",
          severity: "error",
          sheet: table.sheet,
          cell: at,
          message: total
            ? `Jumlah indikator per predikat (${ctx.show.count(sum)}) tidak sama dengan indikator yang tercantum (${ctx.show.count(listed.count)}).`
            : `Jumlah indikator per predikat (${ctx.show.count(sum)}) tidak sama dengan indikator yang tercantum (${ctx.show.count(listed.count)}); rekap tidak punya baris Jumlah, jadi ditunjukkan pada baris predikat terakhir.`,
          expected: listed.count,
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
  /** Indicators listed without a capaian this period (what a "Tidak diukur" row counts). */
  unmeasured: number;
}

interface UnmeasuredRow {
  word: string;
  count: number;
  cell: TypedValue;
}

/** The row where a recap counts the indicators not measured, if it has one. */
function unmeasuredRow(
  ctx: CheckContext,
  table: RecognizedTable,
  pcol: TableColumn,
  jcol: TableColumn,
): UnmeasuredRow | undefined {
  const reader = ctx.reader(table);
  for (const row of table.rows) {
    const word = reader.grid.text(row.index, pcol.index).trim();
    if (isClosing(row.role) || !isNotMeasuredWord(word)) continue;
    const n = reader.get(row.index, jcol.index);
    if (n.kind === "number" || n.kind === "dash") return { word, count: n.value ? n.value.toNumber() : 0, cell: n };
  }
  return undefined;
}

/**
 * Every predikat count is right and the Jumlah is the indicators listed, but the counts add up only with
 * the unmeasured indicators the capaian table lists: the "Tidak diukur" count is the one that is off.
 */
function wrongUnmeasured(ctx: CheckContext, sheet: string, row: UnmeasuredRow, listed: number): boolean {
  if (ctx.flagged(sheet, row.cell.address)) return false;
  ctx.add({
    rule: "rekap-predikat",
    severity: "error",
    sheet,
    cell: row.cell.address,
    message: `Rekap mencatat ${ctx.show.value(row.cell)} indikator “${row.word}”, padahal indikator tanpa capaian di tabel capaian ada ${ctx.show.count(listed)}.`,
    expected: listed,
    actual: row.count,
    fix: { value: listed },
  });
  return true;
}

/** What a recap's Jumlah may be: the indicators with a capaian, and those not measured when it counts them in a row of their own. */
interface Listed {
  count: number;
  measured: number;
  /** The unmeasured indicators the Jumlah covers (the recap has a row for them). */
  unmeasured?: number;
  fits(n: number): boolean;
}

function listedTotal(set: IndicatorSet, typedUnmeasured: number | undefined): Listed {
  const measured = set.indicators.length;
  if (typedUnmeasured === undefined) return { count: measured, measured, fits: (n) => n === measured };
  const count = measured + set.unmeasured;
  // A recap counting fewer unmeasured indicators than are listed adds up with them: its Jumlah is not where a mistake is.
  const alsoFits = typedUnmeasured <= set.unmeasured ? measured + typedUnmeasured : count;
  return { count, measured, unmeasured: set.unmeasured, fits: (n) => n === count || n === alsoFits };
}

function indicatorSet(ctx: CheckContext, indicators: IndicatorCapaian[], unmeasured: number): IndicatorSet {
  const counts = new Map<string, number>();
  for (const i of indicators) {
    const band = predicateFor(ctx.scale, i.value);
    if (band) counts.set(band.label, (counts.get(band.label) ?? 0) + 1);
  }
  return { indicators, counts, typedCounts: asTyped(ctx.scale, indicators), unmeasured };
}

/** Each indicator table's own set, when the workbook has several (IKU beside IKD, a PK Kegiatan's output indicators). */
function perTableSets(ctx: CheckContext): IndicatorSet[] {
  const tables = ctx.tables.filter((t) => t.kind === "indikator" && t.ratios.some((r) => r.kind === "capaian"));
  if (tables.length < 2) return [];
  return tables
    .map((t) => {
      const measured = indicatorCapaian(ctx, [t]);
      return indicatorSet(ctx, measured, unmeasuredCount(ctx, measured, [t]));
    })
    .filter((s) => s.indicators.length > 0);
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
  const unmeasured = unmeasuredRow(ctx, table, pcol, jcol);
  const misses = (s: IndicatorSet) => {
    const listed = listedTotal(s, unmeasured?.count);
    return typed.filter((t) => (t.closing ? !listed.fits(t.n) : t.label !== undefined && t.n !== (s.counts.get(t.label) ?? 0)))
      .length;
  };
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
  /** A column counting the indicators not measured ("Tidak diukur"), before the Jumlah. */
  unmeasured?: TableColumn;
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
  const unmeasured = table.columns.find(
    (c) => c.index > lastWord && (!total || c.index < total.index) && isNotMeasuredWord(c.header),
  );
  return { table, words, onScale, total, ...(unmeasured ? { unmeasured } : {}) };
}

/** Each count row: the counts add up to its Jumlah, match the indicators per predikat, and Jumlah the indicators listed. */
function checkHorizontal(ctx: CheckContext, h: HorizontalRecap, set: IndicatorSet): void {
  const { indicators, counts, typedCounts } = set;
  const reader = ctx.reader(h.table);
  for (const row of h.table.rows) {
    const cells = h.words.map((w) => ({ w, n: reader.get(row.index, w.column.index) }));
    if (cells.some((c) => c.n.kind !== "number" && c.n.kind !== "dash")) continue;
    const u = h.unmeasured ? reader.get(row.index, h.unmeasured.index) : undefined;
    const typedUnmeasured = u && (u.kind === "number" || u.kind === "dash") ? (u.value?.toNumber() ?? 0) : undefined;
    const added = u && typedUnmeasured !== undefined ? [...cells.map((c) => c.n), u] : cells.map((c) => c.n);
    const sum = added.reduce((a, n) => a + (n.value ? n.value.toNumber() : 0), 0);
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
    const listed = listedTotal(set, typedUnmeasured);
    const wrongSum = !t.value.eq(sum);
    const wrongListed = h.onScale && listed.measured > 0 && !listed.fits(t.value.toNumber());
    if (!wrongSum && !wrongListed) continue;
    ctx.add({
      rule: "rekap-predikat",
      severity: "error",
      sheet: h.table.sheet,
      cell: t.address,
      message: wrongSum
        ? `Jumlah tertulis ${ctx.show.value(t)}, padahal ${added.map((n) => ctx.show.value(n)).join(" + ")} = ${ctx.show.count(sum)}` +
          (h.onScale && listed.measured > 0
            ? ` dan indikator yang tercantum di tabel capaian ada ${ctx.show.count(listed.count)}.`
            : ".")
        : listedMessage(ctx, t, listed),
      expected: wrongSum ? sum : listed.count,
      actual: ctx.show.value(t),
      fix: { value: wrongSum ? sum : listed.count },
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

/**
 * A recap of the sasaran per predikat ("Rekapitulasi Capaian Sasaran", "Jumlah Sasaran"): its counts
 * are of sasaran, graded by their averaged capaian, not of indicators; it is not checked against the
 * indicators (a standard Chapter III table, and each of its counts would otherwise be flagged).
 */
function countsSasaran(table: RecognizedTable): boolean {
  const jcol = table.columns.find((c) => c.role === "jumlah");
  const words = [jcol?.header ?? "", table.title ?? "", table.sheet].join(" ");
  return /\bsasaran\b/i.test(words) && !/\b(indikator|iku|ikd)\b/i.test(words);
}

/** The message for a recap's Jumlah that is not the number of indicators listed. */
function listedMessage(ctx: CheckContext, typed: TypedValue, listed: Listed): string {
  const parts =
    listed.unmeasured === undefined
      ? ""
      : ` (${ctx.show.count(listed.measured)} dengan capaian, ${ctx.show.count(listed.unmeasured)} tidak diukur)`;
  return `Jumlah indikator pada rekap tertulis ${ctx.show.value(typed)}, padahal indikator yang tercantum di tabel capaian ada ${ctx.show.count(listed.count)}${parts}.`;
}
