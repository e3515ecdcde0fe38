/**
 * akumulasi: the year-end realisasi of an indicator with quarterly columns ≠ what its accumulation
 * gives: kumulatif = sum of the quarters, posisi akhir = the last quarter, rata-rata = their mean.
 * The kind is read from the row's KETERANGAN (or the year-end column's header); where it is not
 * stated, nothing is guessed.
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { RecognizedTable, TableColumn } from "../../tables/types";
import type { CheckContext } from "../context";
import { exactRatio } from "./ratio";
import { isClosing } from "../../tables/closing";
import { mainColumn } from "../../tables/columns";
import { normHeader } from "../../tables/text";
import { toA1 } from "../../workbook/address";
import { agrees } from "../compare";
import { fixNumber } from "../show";
import { ColumnCheck } from "../uncertain";

export type Accumulation = "kumulatif" | "posisi-akhir" | "rata-rata";

/** The accumulation a text states: KETERANGAN "kumulatif", "posisi akhir", "rata-rata"; null when unstated. */
export function accumulationOf(text: string): Accumulation | null {
  const t = normHeader(text);
  if (t === "") return null;
  if (/\b(NON|TIDAK|BUKAN) ?KUMULATIF\b/.test(t)) return null;
  if (/\b(KUMULATIF|AKUMULATIF|AKUMULASI|DIJUMLAHKAN)\b/.test(t)) return "kumulatif";
  if (/\b(POSISI|NILAI|DATA|ANGKA|KONDISI) (AKHIR|TERAKHIR)\b|\bAKHIR PERIODE\b/.test(t)) return "posisi-akhir";
  if (/\b(RATA ?RATA|RERATA)\b/.test(t)) return "rata-rata";
  return null;
}

const LABEL: Record<Accumulation, string> = {
  kumulatif: "kumulatif (jumlah triwulan)",
  "posisi-akhir": "posisi akhir (nilai triwulan terakhir)",
  "rata-rata": "rata-rata triwulan",
};

/** Realisasi columns of quarters 1..4, one per quarter, in quarter order; null unless at least two. */
function quarterColumns(table: RecognizedTable): TableColumn[] | null {
  const byQuarter = new Map<number, TableColumn>();
  for (const c of table.columns) {
    if (c.role !== "realisasi" || c.quarter === undefined || c.measure === "keuangan") continue;
    if (byQuarter.has(c.quarter)) return null;
    byQuarter.set(c.quarter, c);
  }
  if (byQuarter.size < 2) return null;
  return [...byQuarter.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
}

/** Sum, last quarter and mean of the quarters of row r, where every quarter holds a number. */
function accumulations(
  reader: ReturnType<CheckContext["reader"]>,
  r: number,
  quarters: TableColumn[],
): { kind: Accumulation; value: Decimal }[] {
  const values = quarters.map((q) => reader.get(r, q.index));
  if (!values.every((v) => (v.kind === "number" || v.kind === "dash") && v.value)) return [];
  const sum = Decimal.sum(...values.map((v) => v.value as Decimal));
  return [
    { kind: "kumulatif", value: sum },
    { kind: "posisi-akhir", value: values[values.length - 1].value as Decimal },
    { kind: "rata-rata", value: sum.div(values.length) },
  ];
}

/**
 * Where the kind is not stated, the year-end value is only called wrong on two pieces of evidence: it
 * is none of the sum, the last quarter or the mean of the quarters, and the row's own capaian was
 * computed from one of those. That one is then expected (and the capaian is not flagged beside it).
 */
function unstated(
  ctx: CheckContext,
  sink: CheckContext,
  table: RecognizedTable,
  r: number,
  yearEnd: TableColumn,
  quarters: TableColumn[],
): void {
  const reader = ctx.reader(table);
  const typed = reader.get(r, yearEnd.index);
  if (typed.kind !== "number" || !typed.value) return;
  const options = accumulations(reader, r, quarters);
  if (options.length === 0 || options.some((o) => agrees(typed, o.value))) return;
  const ratio = table.ratios.find((x) => x.kind === "capaian" && x.numerator === yearEnd.index);
  const row = table.rows.find((x) => x.index === r);
  if (!ratio || !row) return;
  const capaianTyped = reader.get(r, ratio.column);
  const denominator = reader.get(r, ratio.denominator);
  if (capaianTyped.kind !== "number") return;
  const fits = options.filter((o) => {
    const exact = exactRatio(
      { table, ratio, row, typed: capaianTyped, numerator: { ...typed, value: o.value }, denominator },
      ctx,
    );
    return exact && agrees(capaianTyped, exact);
  });
  const values = new Set(fits.map((f) => f.value.toString()));
  if (values.size !== 1) return;
  const { kind, value } = fits[0];
  const d = typed.decimals ?? 0;
  sink.add({
    rule: "akumulasi",
    severity: "error",
    sheet: table.sheet,
    cell: typed.address,
    message: `Realisasi akhir tahun tertulis ${ctx.show.value(typed)}, padahal ${LABEL[kind]} ${ctx.show.number(value, d)}, dan capaian ${capaianTyped.address} dihitung dari nilai itu.`,
    expected: ctx.show.number(value, d),
    actual: ctx.show.value(typed),
    fix: { value: fixNumber(value, d) },
  });
}

export const akumulasiRule: Rule = {
  id: "akumulasi",
  name: "Realisasi akhir tahun tidak sesuai akumulasi triwulan",
  severity: "error",
  doc: "Realisasi akhir tahun berbeda dari akumulasi yang tertulis pada indikatornya: kumulatif (jumlah triwulan), posisi akhir (triwulan terakhir) atau rata-rata.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (table.kind !== "indikator") continue;
      const quarters = quarterColumns(table);
      if (!quarters) continue;
      const yearEnd = mainColumn(table, "realisasi", { measure: "kinerja" });
      if (!yearEnd || yearEnd.quarter !== undefined) continue;
      const sources = table.columns.filter((c) => c.role === "keterangan" || c.role === "polaritas");
      const byHeader = accumulationOf(yearEnd.header.replace(/\bREALISASI\b/i, ""));
      const reader = ctx.reader(table);
      const column = new ColumnCheck(ctx, table, yearEnd.index, "akumulasi triwulan");
      const sink = column.sink();
      for (const row of table.rows) {
        if (isClosing(row.role)) continue;
        let kind: Accumulation | null = null;
        for (const c of sources) if ((kind = accumulationOf(reader.grid.ownText(row.index, c.index)))) break;
        kind ??= byHeader;
        if (!kind) {
          unstated(ctx, sink, table, row.index, yearEnd, quarters);
          continue;
        }
        const typed = reader.get(row.index, yearEnd.index);
        if (typed.kind !== "number" || !typed.value) continue;
        const values = quarters.map((q) => reader.get(row.index, q.index));
        const last = values[values.length - 1];
        let expected: Decimal;
        let formula: string;
        const first = toA1(row.index, quarters[0].index);
        const lastCell = toA1(row.index, quarters[quarters.length - 1].index);
        const contiguous = quarters.every((q, i) => i === 0 || q.index === quarters[i - 1].index + 1);
        const range = contiguous ? `${first}:${lastCell}` : quarters.map((q) => toA1(row.index, q.index)).join(",");
        if (kind === "posisi-akhir") {
          if (last.kind !== "number" || !last.value) continue;
          expected = last.value;
          formula = lastCell;
        } else {
          if (!values.every((v) => (v.kind === "number" || v.kind === "dash") && v.value)) continue;
          const sum = Decimal.sum(...values.map((v) => v.value as Decimal));
          expected = kind === "kumulatif" ? sum : sum.div(values.length);
          formula = kind === "kumulatif" ? `SUM(${range})` : `AVERAGE(${range})`;
        }
        column.checked();
        if (agrees(typed, expected)) continue;
        const d = Math.max(typed.decimals ?? 0, kind === "rata-rata" ? 2 : 0);
        sink.add({
          rule: "akumulasi",
          severity: "error",
          sheet: table.sheet,
          cell: typed.address,
          message: `Realisasi akhir tahun tertulis ${ctx.show.value(typed)}, padahal indikator ini ${LABEL[kind]}: seharusnya ${ctx.show.number(expected, d)} dari ${ctx.show.count(quarters.length)} kolom triwulan.`,
          expected: ctx.show.number(expected, d),
          actual: ctx.show.value(typed),
          fix: { value: fixNumber(expected, d), formula },
        });
      }
      column.flush();
    }
  },
};
