/**
 * Capaian per sasaran: No | Sasaran Strategis | Jumlah Indikator | Capaian (%) | Predikat, closed by the
 * mean over the sasaran. The averaging method is stated under the table.
 */
import Decimal from "decimal.js";
import { rataRata, rataRataKelompok } from "../../arithmetic";
import type { PredicateScale } from "../../scales";
import { call, cell, range } from "../expr";
import { kelompokFormula, predikatFormula, predikatLabel } from "../formulas";
import type { IndicatorSet } from "../indicators";
import type { Expr, NarrativeOptions, NarrativeTable } from "../types";
import { COUNT, numberCell, PERCENT, TableBuilder, textCell } from "../builder";
import { countWords, percentText } from "../words";
import { CAPAIAN_INDIKATOR_ID, COL, CapaianIndikatorResult } from "./capaianIndikator";

export const CAPAIAN_SASARAN_ID = "capaian-sasaran";
export const SASARAN_COL = { no: 0, sasaran: 1, jumlah: 2, capaian: 3, predikat: 4 } as const;

export interface PlacedSasaran {
  text: string;
  bodyRow: number;
  capaian: Decimal | null;
}

export interface CapaianSasaranResult {
  table: NarrativeTable;
  sasaran: PlacedSasaran[];
  /** Body row of the mean over all sasaran, and its value. */
  averageRow: number;
  average: Decimal | null;
}

export function buildCapaianSasaran(
  capaian: CapaianIndikatorResult,
  set: IndicatorSet,
  scale: PredicateScale,
  options: NarrativeOptions,
): CapaianSasaranResult {
  const method = options.sasaranMethod ?? "rata-rata";
  const b = new TableBuilder(CAPAIAN_SASARAN_ID, "capaian-sasaran", "Capaian Kinerja per Sasaran Strategis", [
    { header: "No", width: 5 },
    { header: "Sasaran Strategis", width: 50 },
    { header: "Jumlah Indikator", width: 12 },
    { header: "Capaian (%)", width: 12 },
    { header: "Predikat", width: 18 },
  ]);
  const sasaran: PlacedSasaran[] = [];
  capaian.groups.forEach((group, gi) => {
    const members = capaian.indicators.filter((i) => i.group === gi);
    const known = members.filter((i) => i.capaian !== null);
    const values = known.map((i) => i.capaian as Decimal);
    const calc = method === "kelompok" ? rataRataKelompok(values, scale) : rataRata(values);
    const value = calc.ok ? calc.value : null;
    const formula: Expr | undefined =
      known.length === 0
        ? undefined
        : method === "kelompok"
          ? kelompokFormula(scale, range(group.fromRow, group.toRow, COL.predikat, CAPAIAN_INDIKATOR_ID))
          : call("AVERAGE", ...known.map((i) => cell(i.bodyRow, COL.capaian, CAPAIAN_INDIKATOR_ID)));
    const row = b.size;
    b.row([
      textCell(String(gi + 1), { align: "center" }),
      textCell(group.text || "-"),
      numberCell(new Decimal(members.length), COUNT),
      numberCell(value, PERCENT, formula),
      value
        ? {
            value: predikatLabel(scale, value),
            format: { kind: "text" },
            formula: predikatFormula(scale, cell(row, SASARAN_COL.capaian)),
            align: "center",
          }
        : textCell("-"),
    ]);
    sasaran.push({ text: group.text, bodyRow: row, capaian: value });
  });
  const known = sasaran.filter((s) => s.capaian !== null);
  const avg = rataRata(known.map((s) => s.capaian as Decimal));
  const average = avg.ok ? avg.value : null;
  const averageRow = b.size;
  b.row(
    [
      textCell("Rata-rata capaian sasaran", { bold: true }),
      null,
      numberCell(new Decimal(capaian.indicators.length), COUNT, call("SUM", range(0, averageRow - 1, SASARAN_COL.jumlah)), {
        bold: true,
      }),
      numberCell(
        average,
        PERCENT,
        known.length ? call("AVERAGE", ...known.map((s) => cell(s.bodyRow, SASARAN_COL.capaian))) : undefined,
        { bold: true },
      ),
      average
        ? {
            value: predikatLabel(scale, average),
            format: { kind: "text" },
            formula: predikatFormula(scale, cell(averageRow, SASARAN_COL.capaian)),
            align: "center",
            bold: true,
          }
        : textCell("-"),
    ],
    "total",
  );
  // The closing row spans the No and Sasaran columns.
  const first = b.table.rows[averageRow].cells[0];
  if (first) first.align = "left";

  b.note(
    method === "kelompok"
      ? "Capaian sasaran dihitung dengan metode rata-rata tertimbang data kelompok: setiap indikator dinilai dengan nilai tengah kategorinya, lalu dirata-ratakan. Sub-indikator dirata-ratakan ke indikatornya terlebih dahulu."
      : "Capaian sasaran adalah rata-rata capaian indikator kinerjanya. Sub-indikator dirata-ratakan ke indikatornya terlebih dahulu.",
  );
  for (const closing of set.closings) b.watch(closing.capaian);

  const words = sasaran.map((s, i) => {
    const n = capaian.indicators.filter((x) => x.group === i).length;
    const result = s.capaian
      ? `mencapai ${percentText(s.capaian)} dengan predikat ${predikatLabel(scale, s.capaian)}`
      : "belum dapat dihitung capaiannya";
    return `Sasaran ${i + 1} “${s.text || "-"}” dengan ${countWords(n)} indikator kinerja ${result}.`;
  });
  if (sasaran.length > 0) {
    b.table.sentences.push(
      `Sebanyak ${countWords(sasaran.length)} sasaran strategis dengan ${countWords(capaian.indicators.length)} indikator kinerja diukur capaiannya` +
        (average ? `, dengan rata-rata capaian ${percentText(average)} (${predikatLabel(scale, average)}).` : "."),
      ...words,
    );
  }
  return { table: b.done(), sasaran, averageRow, average };
}
