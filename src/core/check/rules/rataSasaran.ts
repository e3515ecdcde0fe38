/**
 * rata-sasaran: a `Capaian Kinerja Sasaran` / `Rata-rata Capaian Kinerja` row, or a cell of a
 * "CAPAIAN SASARAN" column beside the indicators' capaian, ≠ any usual averaging of its indicators'
 * capaian (mean of indicators with sub-indicators folded in, mean of rows, mean of sasaran means,
 * kelompok mid values), from the typed or the recomputed capaian.
 */
import type { Rule } from "./rule";
import { agrees } from "../compare";
import { averageFormula } from "../columns";
import { fixValueFor, holdsFraction } from "../show";
import { fixFormula } from "../fixFormula";
import { closingCandidates, recomputedRatio, type Candidates } from "./averages";
import { ownRatio } from "./ownRatio";
import { sasaranGroups } from "../../tables/sasaranMeans";
import { indicatorsOf, isSasaranTable, sasaranCandidates } from "../sasaranElsewhere";
import { periodRatio } from "../../tables/columns";
import { copiedValue, indicatorSources, type IndicatorSource } from "../capaianCopies";
import { toA1 } from "../../workbook/address";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableRow, TypedValue } from "../../tables/types";
import type Decimal from "decimal.js";

/**
 * A capaian sasaran judged: whether it is one of the plain averagings, or only the "data kelompok"
 * one (class mid values). A table averages all its sasaran one way: where another sasaran of it is
 * a plain mean that no kelompok value gives, a kelompok-only value is no method but a wrong value.
 */
interface Judged {
  plain: boolean;
  kelompok: boolean;
  report(): void;
}

function judge(typed: TypedValue, c: Candidates, own: Decimal | null, report: () => void): Judged {
  const kelompok = c.kelompok.some((x) => agrees(typed, x));
  const plain = (!!own && agrees(typed, own)) || c.all.some((x) => !c.kelompok.includes(x) && agrees(typed, x));
  return { plain, kelompok, report };
}

/** Reports the judged values no averaging of their table gives. */
function reportUnmatched(judged: Judged[]): void {
  const plainOnly = judged.some((j) => j.plain && !j.kelompok);
  for (const j of judged) if (!j.plain && (!j.kelompok || plainOnly)) j.report();
}

/** Judges a capaian sasaran against the usual averagings of the indicator capaian in `col`. */
function checkMean(ctx: CheckContext, table: RecognizedTable, closing: TableRow, typedCol: number, col: number): Judged | null {
  const reader = ctx.reader(table);
  const typed = reader.get(closing.index, typedCol);
  if (typed.kind !== "number") return null;
  const c = closingCandidates(reader, table, closing, col, recomputedRatio(ctx, table, col), ctx.scale);
  if (!c.mean) return null;
  const mean = c.mean;
  const own = typedCol === col ? ownRatio(ctx, table, closing, col) : null;
  return judge(typed, c, own, () =>
    reportMean(
      ctx,
      table.sheet,
      typed,
      mean,
      `(rata-rata ${ctx.show.count(c.rows.length)} baris`,
      fixFormula(reader.grid.sheet, averageFormula(c.rows, col)),
    ),
  );
}

/**
 * A capaian sasaran over indicator capaian copied from the table that computes them, one of them
 * copied wrong (beda-antar-tabel reports the copy): judged against the source's capaian, so a mean
 * right against the source is not flagged, and one right only against the wrong copy is. Undefined
 * when no copy under it differs from its source.
 */
function checkFromSource(
  ctx: CheckContext,
  table: RecognizedTable,
  closing: TableRow,
  typedCol: number,
  col: number,
): Judged | null | undefined {
  const sources = indicatorSources(ctx, table);
  const rows = closing.closes ?? [];
  if (sources.size === 0 || !rows.some((r) => copiedValue(ctx, table.sheet, toA1(r, col)) !== null)) return undefined;
  const found = rows.map((r) => sources.get(r));
  const first = found[0];
  if (!first || found.some((x) => !x || x.table !== first.table)) return undefined;
  const typed = ctx.reader(table).get(closing.index, typedCol);
  if (typed.kind !== "number") return null;
  const over: TableRow = { ...closing, index: first.row.index, closes: found.map((x) => (x as IndicatorSource).row.index) };
  const source = first.table;
  const c = closingCandidates(
    ctx.reader(source),
    source,
    over,
    first.column,
    recomputedRatio(ctx, source, first.column),
    ctx.scale,
  );
  const mean = c.mean;
  if (!mean) return null;
  return judge(typed, c, null, () =>
    reportMean(
      ctx,
      table.sheet,
      typed,
      mean,
      `di lembar “${source.sheet}” (rata-rata ${ctx.show.count(c.rows.length)} indikator`,
    ),
  );
}

/** The warning for a capaian sasaran no averaging gives; `over` names what was averaged ("(rata-rata 3 baris"). */
function reportMean(ctx: CheckContext, sheet: string, typed: TypedValue, mean: Decimal, over: string, formula?: string): void {
  const d = Math.max(typed.decimals ?? 0, 2);
  ctx.add({
    rule: "rata-sasaran",
    severity: "warning",
    sheet,
    cell: typed.address,
    message: `Capaian sasaran tertulis ${ctx.show.value(typed)}, tidak cocok dengan cara rata-rata mana pun dari capaian indikatornya ${over}: ${ctx.show.number(mean, d)}).`,
    expected: ctx.show.number(mean, d),
    actual: ctx.show.value(typed),
    fix: formula
      ? { value: fixValueFor(holdsFraction(typed), mean, d), formula }
      : { value: fixValueFor(holdsFraction(typed), mean, d) },
  });
}

/**
 * A "Capaian per Sasaran" table: each sasaran's capaian against its indicators in the Pengukuran table
 * of another sheet (the fix writes the value: the indicators are not on this sheet).
 */
function checkElsewhere(ctx: CheckContext, table: RecognizedTable): Judged[] {
  const out: Judged[] = [];
  const col = table.columns.find((c) => c.role === "capaian" && !table.ratios.some((r) => r.column === c.index));
  if (!col) return out;
  const reader = ctx.reader(table);
  for (const row of table.rows) {
    if (row.role !== "sasaran") continue;
    const typed = reader.get(row.index, col.index);
    if (typed.kind !== "number") continue;
    const found = indicatorsOf(ctx.tables, table, row.label);
    if (!found) continue;
    const c = sasaranCandidates(ctx, found);
    const mean = c.mean;
    if (!mean) continue;
    const where = found.table.sheet === table.sheet ? "di tabel indikator" : `di lembar “${found.table.sheet}”`;
    out.push(
      judge(typed, c, null, () =>
        reportMean(ctx, table.sheet, typed, mean, `${where} (rata-rata ${ctx.show.count(c.rows.length)} indikator`),
      ),
    );
  }
  return out;
}

/**
 * A sasaran row that carries its capaian in the capaian column, above its indicators ("I | Meningkatnya
 * … | | | | 99,5"), and no target or realisasi of its own: the mean of the indicators below it.
 */
function checkSasaranRows(ctx: CheckContext, table: RecognizedTable): Judged[] {
  const out: Judged[] = [];
  if (table.kind !== "indikator") return out;
  const ratio = periodRatio(table, "capaian");
  if (!ratio) return out;
  const reader = ctx.reader(table);
  const bySasaran = new Map<number, number[]>();
  for (const r of table.rows) {
    if ((r.role !== "indikator" && r.role !== "sub-indikator") || r.sasaranRow === undefined) continue;
    const list = bySasaran.get(r.sasaranRow);
    if (list) list.push(r.index);
    else bySasaran.set(r.sasaranRow, [r.index]);
  }
  for (const row of table.rows) {
    const closes = row.role === "sasaran" ? bySasaran.get(row.index) : undefined;
    if (!closes) continue;
    const own = (col: number) => reader.get(row.index, col).kind;
    if (own(ratio.column) !== "number" || own(ratio.numerator) === "number" || own(ratio.denominator) === "number") continue;
    const judged = checkMean(ctx, table, { ...row, role: "capaian-sasaran", closes }, ratio.column, ratio.column);
    if (judged) out.push(judged);
  }
  return out;
}

export const rataSasaranRule: Rule = {
  id: "rata-sasaran",
  name: "Capaian sasaran tidak sama dengan rata-rata indikatornya",
  severity: "error",
  doc: "Capaian sasaran yang tidak sama dengan rata-rata (atau metode yang dinyatakan) capaian indikatornya.",
  run(ctx) {
    for (const table of ctx.tables) {
      const judged: (Judged | null)[] = [];
      for (const row of table.rows) {
        if (row.role !== "capaian-sasaran") continue;
        for (const col of table.columns)
          if (col.role === "capaian")
            judged.push(
              checkFromSource(ctx, table, row, col.index, col.index) ?? checkMean(ctx, table, row, col.index, col.index),
            );
      }
      judged.push(...(isSasaranTable(table) ? checkElsewhere(ctx, table) : checkSasaranRows(ctx, table)));
      for (const m of table.sasaranMeans ?? []) {
        for (const g of sasaranGroups(ctx.reader(table).grid, table, m.column)) {
          // The cell's row stands as the closing row of the indicator rows it averages.
          const closing: TableRow = {
            index: g.row,
            role: "capaian-sasaran",
            level: 0,
            label: "",
            polarity: "positif",
            bold: false,
            closes: g.rows.map((r) => r.index),
          };
          judged.push(checkFromSource(ctx, table, closing, m.column, m.of) ?? checkMean(ctx, table, closing, m.column, m.of));
        }
      }
      reportUnmatched(judged.filter((j): j is Judged => j !== null));
    }
  },
};
