/**
 * capaian: typed capaian ≠ realisasi/target × 100 (negative indicators: (2T − R)/T or T/R). Where a
 * cap is stated ("dibatasi maksimal 120%" above the table or in the row's KETERANGAN), the capped
 * value is the expected one.
 */
import Decimal from "decimal.js";
import { ColumnCheck } from "../uncertain";
import type { Rule } from "./rule";
import { isRenstraColumn } from "../../tables/columns";
import type { CheckContext } from "../context";
import { agreesWithSums, isMoneyTotal, rowsWithMoneyTotals } from "../totalRatio";
import { exactRatio, RatioCase, ratioAgrees, ratioCases, reportRatio, sameQualitative } from "./ratio";
import { capOf } from "../capaianCap";
import { agreesWithShownOperands, quotedOperands } from "./ratioOperands";
import { capaian } from "../../arithmetic";
import { otherRowRead } from "../formulaRows";
import { isPlainRatioFormula } from "../plainRatioFormula";
import { fixValueFor, holdsFraction } from "../show";

/** Header words of a column, lower case, without its unit ("Jumlah Terlayani (jiwa)" → "jumlah terlayani"). */
function headerWords(c: RatioCase, index: number): string {
  const header = c.table.columns.find((col) => col.index === index)?.header ?? "";
  return header
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "jumlah terlayani 59.877 dibagi jumlah sasaran 68.410 × 100": an SPM capaian names its two counts. */
function countsServed(ctx: CheckContext, c: RatioCase): string | null {
  const denominator = c.table.columns.find((col) => col.index === c.ratio.denominator);
  if (denominator?.role !== "jumlah") return null;
  const served = headerWords(c, c.ratio.numerator);
  const count = headerWords(c, c.ratio.denominator);
  return `${served} ${ctx.show.value(c.numerator)} dibagi ${count} ${ctx.show.value(c.denominator)} × 100`;
}

export const capaianRule: Rule = {
  id: "capaian",
  name: "Capaian tidak sama dengan realisasi ÷ target",
  severity: "error",
  doc: "Capaian tertulis berbeda dari realisasi ÷ target × 100 (atau rumus indikator negatif), pada desimal yang ditampilkan.",
  run(ctx) {
    const columns = new Map<string, { check: ColumnCheck; sink: CheckContext }>();
    for (const c of ratioCases(ctx, "capaian", rowsWithMoneyTotals)) {
      if (c.typed.kind !== "number" && c.typed.kind !== "dash") continue;
      if (sameQualitative(c)) {
        qualitativeMet(ctx, c);
        continue;
      }
      const exact = exactRatio(c, ctx);
      if (!exact) continue;
      const key = `${c.table.id}|${c.ratio.column}`;
      let column = columns.get(key);
      if (!column) {
        const check = new ColumnCheck(ctx, c.table, c.ratio.column, "realisasi / target × 100", c.ratio.source === "rumus");
        columns.set(key, (column = { check, sink: check.sink() }));
      }
      column.check.checked();
      checkOne(column.sink, c, exact);
    }
    for (const column of columns.values()) column.check.flush();
  },
};

/** One row: the capaian against realisasi/target (or the stated cap). */
function checkOne(ctx: CheckContext, c: RatioCase, exact: Decimal): void {
  const cap = capOf(ctx, c.table, c.row);
  const capped = cap !== null && exact.gt(cap);
  if (ratioAgrees(c, exact) || agreesWithShownOperands(ctx, c, exact) || roundedUpByItsFormula(ctx, c, exact)) {
    if (capped) overCap(ctx, c, cap);
    return;
  }
  if (fromFixedRealisasi(ctx, c)) return;
  // A negative indicator computed by the other accepted method (T/R × 100 instead of (2T − R)/T, or the
  // reverse), where the user has not chosen one: a method, not a mistake.
  if (c.row.polarity === "negatif" && ctx.options.negativeMethod === undefined && otherMethodAgrees(ctx, c)) return;
  // A total's wrong amount (total reports it) with the % of the right sums: the % is right.
  if (isMoneyTotal(c) && agreesWithSums(ctx, c)) return;
  const d = Math.max(c.typed.decimals ?? 0, 2);
  // A ratio over the Renstra end target is the tingkat kemajuan, and says so.
  const denominator = c.table.columns.find((col) => col.index === c.ratio.denominator);
  const target = denominator && isRenstraColumn(denominator) ? "target akhir Renstra" : "target";
  const what = target === "target" ? "Capaian" : "Tingkat kemajuan";
  const operands = quotedOperands(ctx, c, exact, d);
  const how =
    countsServed(ctx, c) ??
    (c.row.polarity === "negatif"
      ? `indikator negatif (semakin rendah semakin baik): ${target} ${operands.denominator}, realisasi ${operands.numerator}`
      : `realisasi ${operands.numerator} dibagi ${target} ${operands.denominator} × 100`);
  if (!capped && c.row.polarity === "positif" && negativeMethodOf(ctx, c)) {
    // "Menurun" or "↓" in the row's KETERANGAN, and a capaian computed the negative way: the note meant
    // the direction (the same word beside a capaian computed positively says how the value moved).
    if (notedDownward(ctx, c)) return;
    // The typed value is what the negative-indicator formula gives: most likely a negative indicator
    // whose direction the sheet does not declare (only a note says so). Said, never assumed.
    const formula = negativeMethodOf(ctx, c) === "rasio" ? "target ÷ realisasi × 100" : "(2 × target − realisasi) ÷ target × 100";
    reportRatio(
      ctx,
      c,
      exact,
      "capaian",
      `Capaian tertulis ${ctx.show.value(c.typed)} sesuai rumus indikator negatif (${formula}), tetapi indikator ini tidak ditandai negatif. Bila memang negatif (semakin rendah semakin baik), tandai di kolom KETERANGAN/POLARITAS atau di Pengaturan; bila positif, seharusnya ${ctx.show.number(exact, d)} (${how}).`,
      undefined,
      "warning",
    );
    return;
  }
  if (!capped) {
    reportRatio(
      ctx,
      c,
      exact,
      "capaian",
      `${what} tertulis ${ctx.show.value(c.typed)}, seharusnya ${ctx.show.number(exact, d)} (${how}).${formulaNote(ctx, c)}`,
    );
    return;
  }
  if (ratioAgrees(c, cap)) return;
  const message = `${what} tertulis ${ctx.show.value(c.typed)}, seharusnya ${ctx.show.number(cap, d)}: ${how} = ${ctx.show.number(exact, d)}, dibatasi maksimal ${ctx.show.number(cap, 0)}%.`;
  reportRatio(ctx, c, cap, "capaian", message, cap);
}

/** A qualitative indicator whose realisasi is its target is met: its capaian is 100, said where it is typed otherwise. */
function qualitativeMet(ctx: CheckContext, c: RatioCase): void {
  const typed = c.typed;
  if (typed.kind !== "number" || !typed.value) return;
  // Percent points also for a 0.00% cell (its stored 1 reads as 100).
  if (typed.value.eq(100)) return;
  ctx.add({
    rule: "capaian",
    severity: "warning",
    sheet: c.table.sheet,
    cell: typed.address,
    message: `Capaian tertulis ${ctx.show.value(typed)}, padahal realisasi sama dengan targetnya (“${c.numerator.text?.trim()}”): indikator kualitatif ini tercapai, capaiannya 100.`,
    expected: ctx.show.number(new Decimal(100), 0),
    actual: ctx.show.value(typed),
    fix: { value: fixValueFor(holdsFraction(typed), new Decimal(100), 0) },
  });
}

/** The capaian cell's own formula, when it holds one. */
function ownFormula(ctx: CheckContext, c: RatioCase): string | undefined {
  return c.typed.formula ? ctx.reader(c.table).grid.cell(c.row.index, c.ratio.column)?.formula : undefined;
}

/**
 * `=ROUNDUP(F9/E9*100;2)`: the office rounds its capaian up, on purpose and in the cell's own formula
 * (97,341 shown 97,35). That is a rounding method, like truncation, not a wrong capaian; a typed 97,35
 * without such a formula is still checked as written.
 */
function roundedUpByItsFormula(ctx: CheckContext, c: RatioCase, exact: Decimal): boolean {
  const formula = ownFormula(ctx, c);
  if (!formula || !c.typed.value) return false;
  if (!/\b(ROUNDUP|CEILING(\.MATH)?)\s*\(/i.test(formula)) return false;
  const d = Math.max(c.typed.decimals ?? 0, 0);
  return c.typed.value.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(exact.toDecimalPlaces(d, Decimal.ROUND_UP));
}

/**
 * What the capaian's own formula says about the mistake: it reads one other row ("Rumusnya membaca
 * baris 7, bukan baris 8."), or it is the plain realisasi ÷ target of its row and only its stored value
 * is stale.
 */
function formulaNote(ctx: CheckContext, c: RatioCase): string {
  const formula = ownFormula(ctx, c);
  if (!formula) return "";
  const other = otherRowRead(formula, c.row.index);
  if (other !== null) return ` Rumusnya membaca baris ${other + 1}, bukan baris ${c.row.index + 1}.`;
  const letters = (index: number) => c.table.columns.find((col) => col.index === index)?.letter ?? "";
  if (
    c.row.polarity === "positif" &&
    isPlainRatioFormula(formula, letters(c.ratio.numerator), letters(c.ratio.denominator), c.row.index)
  )
    return " Rumus di sel ini sudah benar; nilai yang tersimpan belum dihitung ulang. Hitung ulang buku kerja (F9), simpan, lalu periksa lagi.";
  return "";
}

/**
 * The realisasi cell itself was found wrong (a year-end value that is not its quarters' accumulation)
 * and the capaian agrees with the value its fix writes: the capaian is right and is not flagged.
 */
function fromFixedRealisasi(ctx: CheckContext, c: RatioCase): boolean {
  if (!ctx.flagged(c.table.sheet, c.numerator.address)) return false;
  const fix = ctx.findings().find((f) => f.sheet === c.table.sheet && f.cell === c.numerator.address)?.fix;
  if (typeof fix?.value !== "number") return false;
  const exact = exactRatio({ ...c, numerator: { ...c.numerator, value: new Decimal(fix.value) } }, ctx);
  return !!exact && ratioAgrees(c, exact);
}

/** The row's KETERANGAN holds a short downward word ("Turun", "Menurun", "↓"), which alone declares no direction. */
function notedDownward(ctx: CheckContext, c: RatioCase): boolean {
  const grid = ctx.reader(c.table).grid;
  return c.table.columns.some((col) => col.role === "keterangan" && DOWNWARD.test(grid.ownText(c.row.index, col.index)));
}

const DOWNWARD = /\b(turun|menurun)\b|↓/i;

/** The typed capaian of a negative indicator is what the method not in use ("rasio" by default) gives. */
function otherMethodAgrees(ctx: CheckContext, c: RatioCase): boolean {
  const t = c.denominator.value;
  const r = c.numerator.value;
  if (!t || !r || t.isZero()) return false;
  const v = capaian(t, r, { polaritas: "negatif", metode: "rasio" });
  return v.ok && ratioAgrees(c, v.value);
}

/** The negative-indicator method ("selisih" or "rasio") whose capaian the typed value agrees with, if any. */
function negativeMethodOf(ctx: CheckContext, c: RatioCase): "selisih" | "rasio" | undefined {
  const t = c.denominator.value;
  const r = c.numerator.value;
  if (!t || !r || t.isZero()) return undefined;
  for (const metode of ["selisih", "rasio"] as const) {
    const v = capaian(t, r, { polaritas: "negatif", metode });
    if (v.ok && ratioAgrees(c, v.value)) return metode;
  }
  return undefined;
}

/** The typed capaian is the uncapped value although the sheet states a cap. */
function overCap(ctx: CheckContext, c: RatioCase, cap: Decimal): void {
  ctx.add({
    rule: "capaian",
    severity: "warning",
    sheet: c.table.sheet,
    cell: c.typed.address,
    message: `Capaian ${ctx.show.value(c.typed)} melebihi batas maksimal ${ctx.show.number(cap, 0)}% yang tertulis pada tabel; tulis ${ctx.show.number(cap, 0)} bila batas itu berlaku.`,
    expected: ctx.show.number(cap, 0),
    actual: ctx.show.value(c.typed),
  });
}
