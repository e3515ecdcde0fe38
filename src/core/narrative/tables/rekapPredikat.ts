/** Recap of indicators per predikat: Klasifikasi (the scale's interval) | Predikat | Jumlah indikator, with the total. */
import type { PredicateScale } from "../../scales";
import { call, countEqual, range } from "../expr";
import { COUNT, numberCell, TableBuilder, textCell } from "../builder";
import type { NarrativeTable } from "../types";
import { countWords } from "../words";
import { CAPAIAN_INDIKATOR_ID, COL, CapaianIndikatorResult } from "./capaianIndikator";
import Decimal from "decimal.js";

export function buildRekapPredikat(capaian: CapaianIndikatorResult, scale: PredicateScale): NarrativeTable {
  const b = new TableBuilder("rekap-predikat", "rekap-predikat", "Rekapitulasi Indikator Kinerja menurut Predikat", [
    { header: "Klasifikasi (%)", width: 12 },
    { header: "Predikat", width: 22 },
    { header: "Jumlah Indikator", width: 12 },
  ]);
  const lastRow = capaian.table.rows.length - 1;
  const predikatRange = range(0, lastRow, COL.predikat, CAPAIAN_INDIKATOR_ID);
  const counts = scale.bands.map((band) => capaian.indicators.filter((i) => i.predikat === band.label).length);
  // The predikat column holds band labels without abbreviation: counted exactly, sub-indicator rows stay blank.
  scale.bands.forEach((band, i) => {
    b.row([
      textCell(band.interval, { align: "center" }),
      textCell(band.short ? `${band.label} (${band.short})` : band.label),
      numberCell(new Decimal(counts[i]), COUNT, countEqual(predikatRange, band.label)),
    ]);
  });
  const total = counts.reduce((a, n) => a + n, 0);
  b.row(
    [
      textCell("Jumlah", { bold: true }),
      null,
      numberCell(new Decimal(total), COUNT, call("SUM", range(0, scale.bands.length - 1, 2)), { bold: true }),
    ],
    "total",
  );

  const unmeasured = capaian.indicators.length - total;
  if (unmeasured > 0) b.note(`${countWords(unmeasured)} indikator tanpa nilai capaian tidak masuk hitungan.`);
  const parts = scale.bands
    .map((band, i) => ({ band, n: counts[i] }))
    .filter((x) => x.n > 0)
    .map((x) => `${countWords(x.n)} indikator berpredikat ${x.band.label}`);
  if (parts.length > 0) {
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} dan ${parts[parts.length - 1]}`;
    b.table.sentences.push(`Dari ${countWords(capaian.indicators.length)} indikator kinerja, sebanyak ${list}.`);
  }
  return b.done();
}
