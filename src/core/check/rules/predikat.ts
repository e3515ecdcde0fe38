/** predikat: the predicate word ≠ what the scale gives for the row's capaian (typed or recomputed). */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import { Band, findBandByLabel, getPreset, labelMatchesBand, predicateFor, PredicateScale } from "../../scales";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import { isClosing } from "../../tables/closing";
import { periodRatio } from "../../tables/columns";
import { exactRatio } from "./ratio";
import { quotedOperands } from "./ratioOperands";
import { markUncertain } from "../uncertain";
import { cappedCapaian } from "../capaianCap";
import { holdsFraction } from "../show";

export const predikatRule: Rule = {
  id: "predikat",
  name: "Predikat tidak sesuai skala",
  severity: "error",
  doc: "Kata predikat yang tidak diberikan skala yang berlaku untuk capaian itu.",
  run(ctx) {
    for (const table of ctx.tables) {
      const idm = idmColumns(table);
      if (idm) checkByValue(ctx, table, idm.status, idm.value, getPreset("idm") as PredicateScale);
      if (table.kind !== "indikator") continue;
      const reader = ctx.reader(table);
      checkWordsInCapaian(ctx, table);
      for (const pcol of table.columns.filter((c) => c.role === "predikat" && c !== idm?.status)) {
        if (!namesScale(ctx, table, pcol)) continue;
        // The predikat grades the period's capaian (realisasi ÷ its target), never the tingkat kemajuan
        // against the Renstra end target beside it.
        const ratio =
          table.ratios.find((r) => r.kind === "capaian" && r.block !== undefined && r.block === pcol.block) ??
          periodRatio(table, "capaian") ??
          table.ratios.filter((r) => r.kind === "capaian").pop();
        const capaianCol = ratio?.column ?? table.columns.filter((c) => c.role === "capaian").pop()?.index;
        if (capaianCol === undefined) continue;
        const wrongCapaian = capaianErrors(ctx, table.sheet);
        for (const row of table.rows.filter((r) => !isClosing(r.role) || r.role === "capaian-sasaran")) {
          const word = reader.get(row.index, pcol.index);
          if (word.kind !== "text" || !word.text) continue;
          const values: Decimal[] = [];
          const typed = reader.get(row.index, capaianCol);
          if (typed.kind === "number" && typed.value) {
            values.push(typed.value);
            // The word is chosen from what the cell shows (a formula's 75,6 under "0" shows 76).
            const d = typed.decimals;
            if (d !== undefined && typed.value.decimalPlaces() > d)
              values.push(typed.value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP));
          }
          // A capaian sasaran found not to be its indicators' mean (rata-sasaran, run before): the word
          // may grade the right mean.
          const mean = meanFix(ctx, table.sheet, typed);
          if (mean) values.push(mean);
          let exact: Decimal | null = null;
          if (ratio) {
            const numerator = reader.get(row.index, ratio.numerator);
            const denominator = reader.get(row.index, ratio.denominator);
            exact = exactRatio({ table, ratio, row, typed, numerator, denominator }, ctx);
            if (exact) values.push(exact);
          }
          if (values.length === 0) continue;
          const bands = values.map((v) => predicateFor(ctx.scale, v));
          if (bands.some((b) => b && labelMatchesBand(word.text as string, b))) {
            if (exact && wrongCapaian.has(typed.address) && !word.formula) {
              const right = cappedCapaian(ctx, table, row, exact);
              const band = predicateFor(ctx.scale, right);
              if (band && !labelMatchesBand(word.text, band))
                followsWrongCapaian(ctx, table.sheet, word.address, word.text, typed, right, band);
            }
            continue;
          }
          const expected = bands[0];
          if (!expected) continue;
          const known = findBandByLabel(ctx.scale, word.text);
          // A column of grade letters (AA, BB …) is answered in letters, and its fix writes one.
          const byShort = !!known?.short && labelMatchesBand(word.text, { ...known, label: known.short });
          const name = byShort && expected.short ? expected.short : expected.label;
          const interval = ctx.show.interval(expected);
          const shown = name === expected.label ? `“${name}” (${interval})` : `“${name}” (${expected.label}, ${interval})`;
          wrongWord(
            ctx,
            table.sheet,
            word.address,
            word.text,
            name,
            known
              ? `Predikat “${word.text}” tidak sesuai: capaian ${ctx.show.value(typed.kind === "number" ? typed : { ...typed, kind: "number", value: values[0], decimals: 2 })} pada skala ${ctx.scale.name} berpredikat ${shown}.`
              : `Predikat “${word.text}” tidak ada pada skala ${ctx.scale.name}; untuk capaian ini predikatnya “${expected.label}”.`,
          );
        }
      }
    }
  },
};

/** The value rata-sasaran's fix writes in the typed capaian cell (in percent points), if it flagged it. */
function meanFix(ctx: CheckContext, sheet: string, typed: TypedValue): Decimal | null {
  if (typed.kind !== "number") return null;
  const f = ctx.findings().find((x) => x.rule === "rata-sasaran" && x.sheet === sheet && x.cell === typed.address);
  const v = f?.fix?.value;
  if (typeof v !== "number") return null;
  return holdsFraction(typed) ? new Decimal(v).times(100) : new Decimal(v);
}

/** Cells of the sheet whose capaian the capaian rule reports as wrong (it runs before this rule). */
function capaianErrors(ctx: CheckContext, sheet: string): Set<string> {
  const cells = new Set<string>();
  for (const f of ctx.findings()) if (f.rule === "capaian" && f.severity === "error" && f.sheet === sheet) cells.add(f.cell);
  return cells;
}

/**
 * A typed predikat that fits the written capaian, when that capaian is itself wrong: fixing the capaian
 * leaves the word wrong. Said as info with its fix, beside the capaian's error (the cause the user must
 * change; most reviewers send back that one cell, and a second error for one mistake would count it
 * twice). A predikat formula follows the capaian by itself, and is not mentioned.
 */
function followsWrongCapaian(
  ctx: CheckContext,
  sheet: string,
  cell: string,
  word: string,
  typed: TypedValue,
  right: Decimal,
  band: Band,
): void {
  const written = ctx.show.value(typed);
  const correct = ctx.show.value({ ...typed, kind: "number", value: right, decimals: Math.max(typed.decimals ?? 0, 2) });
  ctx.add({
    rule: "predikat",
    severity: "info",
    sheet,
    cell,
    message: `Predikat “${word}” mengikuti capaian tertulis ${written} di ${typed.address}, yang keliru; capaian yang benar ${correct} pada skala ${ctx.scale.name} berpredikat “${band.label}” (${ctx.show.interval(band)}). Setelah ${typed.address} diperbaiki, ganti juga predikat ini.`,
    expected: band.label,
    actual: word,
    fix: { value: band.label },
  });
}

/**
 * A predikat word typed where the capaian belongs (`Sangat Baik` in the CAPAIAN column of a
 * qualitative row): checked against what the scale gives for realisasi / target.
 */
function checkWordsInCapaian(ctx: CheckContext, table: RecognizedTable): void {
  const reader = ctx.reader(table);
  for (const ratio of table.ratios) {
    if (ratio.kind !== "capaian") continue;
    for (const row of table.rows) {
      if (isClosing(row.role)) continue;
      const typed = reader.get(row.index, ratio.column);
      if (typed.kind !== "text" || !typed.text || !findBandByLabel(ctx.scale, typed.text)) continue;
      const numerator = reader.get(row.index, ratio.numerator);
      const denominator = reader.get(row.index, ratio.denominator);
      if (numerator.kind !== "number" || denominator.kind !== "number") continue;
      const c = { table, ratio, row, typed, numerator, denominator };
      const exact = exactRatio(c, ctx);
      if (!exact) continue;
      const band = predicateFor(ctx.scale, exact);
      if (!band || labelMatchesBand(typed.text, band)) continue;
      const operands = quotedOperands(ctx, c, exact, 2);
      wrongWord(
        ctx,
        table.sheet,
        typed.address,
        typed.text,
        band.label,
        `Capaian ditulis sebagai predikat “${typed.text}”, padahal realisasi ${operands.numerator} dibagi target ${operands.denominator} = ${ctx.show.value({ ...typed, kind: "number", value: exact, decimals: 2 })} pada skala ${ctx.scale.name} berpredikat “${band.label}” (${ctx.show.interval(band)}).`,
      );
    }
  }
}

/**
 * False when no word of the column is a label of the scale ("Efisien", "Tidak Efisien" under
 * KATEGORI): the column classifies something else and is not checked; the doubt is recorded.
 */
function namesScale(ctx: CheckContext, table: RecognizedTable, pcol: TableColumn): boolean {
  const reader = ctx.reader(table);
  let words = 0;
  for (const row of table.rows) {
    if (isClosing(row.role)) continue;
    const word = reader.get(row.index, pcol.index);
    if (word.kind !== "text" || !word.text) continue;
    if (findBandByLabel(ctx.scale, word.text)) return true;
    words++;
  }
  if (words > 0)
    markUncertain(
      table,
      `kolom ${pcol.letter} (“${pcol.header}”) berisi kata yang bukan predikat skala ${ctx.scale.name}, tidak diperiksa`,
    );
  return false;
}

const IDM = /\bIDM\b|INDEKS DESA MEMBANGUN/i;

/**
 * An IDM status column (Status IDM: Sangat Tertinggal … Mandiri) and the Nilai IDM column it reads:
 * a word column and a value column, one of whose headers names the IDM (the value column nearest to
 * the status column's left when several do).
 */
function idmColumns(table: RecognizedTable): { status: TableColumn; value: TableColumn } | null {
  if (table.kind === "skala" || table.kind === "rekap") return null;
  for (const status of table.columns.filter((c) => c.role === "predikat")) {
    const values = table.columns.filter((c) => (c.role === "nilai" || c.role === "capaian") && c.index !== status.index);
    const named = values.filter((c) => IDM.test(c.header));
    const pool = named.length > 0 ? named : IDM.test(status.header) ? values : [];
    const left = pool.filter((c) => c.index < status.index).pop() ?? pool[0];
    if (left) return { status, value: left };
  }
  return null;
}

/** predikat of a word column against the value in another column of the row, on a fixed scale. */
function checkByValue(
  ctx: CheckContext,
  table: RecognizedTable,
  status: TableColumn,
  valueCol: TableColumn,
  scale: PredicateScale,
): void {
  const reader = ctx.reader(table);
  for (const row of table.rows.filter((r) => !isClosing(r.role) || r.role === "rata-rata")) {
    const word = reader.get(row.index, status.index);
    if (word.kind !== "text" || !word.text) continue;
    const value = reader.get(row.index, valueCol.index);
    if (value.kind !== "number" || !value.value) continue;
    const band = predicateFor(scale, value.value);
    if (!band || labelMatchesBand(word.text, band)) continue;
    const known = findBandByLabel(scale, word.text);
    wrongWord(
      ctx,
      table.sheet,
      word.address,
      word.text,
      band.label,
      known
        ? `Status “${word.text}” tidak sesuai: nilai ${ctx.show.value(value)} pada skala ${scale.name} berstatus “${band.label}” (${ctx.show.interval(band)}).`
        : `Status “${word.text}” tidak ada pada skala ${scale.name}; untuk nilai ini statusnya “${band.label}”.`,
    );
  }
}

/** A predicate (or status) word that is not the label of the band its value falls in: the error, with that label as the fix. */
function wrongWord(ctx: CheckContext, sheet: string, cell: string, word: string, label: string, message: string): void {
  ctx.add({ rule: "predikat", severity: "error", sheet, cell, message, expected: label, actual: word, fix: { value: label } });
}
