/**
 * Capaian per indikator, grouped by sasaran: No | Sasaran | Indikator | Satuan | Target | Realisasi |
 * Capaian (%) | Predikat. Target and realisasi link to the source; capaian is always recomputed by
 * formula over them; an indicator with sub-indicators takes the mean of their capaian.
 */
import Decimal from "decimal.js";
import type { PredicateScale } from "../../scales";
import { formatId } from "../../numbers/format";
import { call, cell } from "../expr";
import { capaianOf, CapaianRule, predikatFormula, predikatLabel } from "../formulas";
import type { IndicatorEntry, IndicatorSet } from "../indicators";
import { measured, sourceCell } from "../source";
import type { NarrativeCell, NarrativeOptions, NarrativeTable } from "../types";
import { numberCell, PERCENT, TableBuilder, textCell } from "../builder";

export const COL = { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasi: 5, capaian: 6, predikat: 7 } as const;

/** One indicator (not a sub-indicator) as placed in the table. */
export interface PlacedIndicator {
  group: number;
  bodyRow: number;
  label: string;
  capaian: Decimal | null;
  predikat: string;
}

export interface CapaianIndikatorResult {
  table: NarrativeTable;
  indicators: PlacedIndicator[];
  /** Body rows of each sasaran group: first and last (sub-indicators included). */
  groups: { text: string; fromRow: number; toRow: number }[];
}

export const CAPAIAN_INDIKATOR_ID = "capaian-indikator";

export function buildCapaianIndikator(
  set: IndicatorSet,
  scale: PredicateScale,
  options: NarrativeOptions,
): CapaianIndikatorResult {
  const b = new TableBuilder(CAPAIAN_INDIKATOR_ID, "capaian-indikator", "Capaian Indikator Kinerja per Sasaran Strategis", [
    { header: "No", width: 5 },
    { header: "Sasaran Strategis", width: 30 },
    { header: "Indikator Kinerja", width: 40 },
    { header: "Satuan", width: 11 },
    { header: "Target", width: 13 },
    { header: "Realisasi", width: 13 },
    { header: "Capaian (%)", width: 12 },
    { header: "Predikat", width: 16 },
  ]);
  const cap = options.cap !== undefined ? new Decimal(options.cap) : undefined;
  const negatives: string[] = [];
  const indicators: PlacedIndicator[] = [];
  const groups: CapaianIndikatorResult["groups"] = [];

  set.groups.forEach((group, gi) => {
    const fromRow = b.size;
    for (const entry of group.indicators) {
      const bodyRow = b.size;
      const rule: CapaianRule = { polarity: entry.row.polarity, negativeMethod: options.negativeMethod ?? "selisih", cap };
      if (entry.row.polarity === "negatif") negatives.push(entry.label);
      let capaian: Decimal | null;
      if (entry.subs.length > 0) {
        b.row([]);
        const subCells = entry.subs.map((sub) => {
          const row = b.size;
          const value = placeMeasured(
            b,
            sub,
            { polarity: sub.row.polarity, negativeMethod: rule.negativeMethod, cap },
            `– ${sub.label}`,
            true,
          );
          return { row, value };
        });
        const known = subCells.filter((s) => s.value !== null);
        capaian = known.length ? Decimal.sum(...known.map((s) => s.value as Decimal)).div(known.length) : null;
        const formula = known.length ? call("AVERAGE", ...known.map((s) => cell(s.row, COL.capaian))) : undefined;
        b.table.rows[bodyRow].cells = indicatorCells(
          entry.label,
          entry.satuan,
          numberCell(capaian, PERCENT, formula),
          scale,
          bodyRow,
          capaian,
        );
        b.table.rows[bodyRow].style = "parent";
        b.watch(entry.typedCapaian, entry.typedPredikat);
        b.note("Capaian indikator yang memiliki sub-indikator adalah rata-rata capaian sub-indikatornya.");
      } else {
        capaian = placeMeasured(b, entry, rule, entry.label, false);
        b.table.rows[bodyRow].cells[COL.predikat] = predikatCell(scale, bodyRow, capaian);
      }
      indicators.push({ group: gi, bodyRow, label: entry.label, capaian, predikat: predikatLabel(scale, capaian) });
    }
    const toRow = b.size - 1;
    if (toRow < fromRow) return;
    groups.push({ text: group.text, fromRow, toRow });
    const span = toRow - fromRow + 1;
    const first = b.table.rows[fromRow].cells;
    first[COL.no] = textCell(String(gi + 1), { rowSpan: span, align: "center" });
    first[COL.sasaran] = textCell(group.text || "-", { rowSpan: span });
  });

  if (negatives.length > 0) {
    const method =
      options.negativeMethod === "rasio"
        ? "target / realisasi × 100"
        : "(2 × target − realisasi) / target × 100, paling rendah 0";
    b.note(`Indikator negatif (semakin rendah semakin baik) dihitung dengan rumus ${method}: ${negatives.join("; ")}.`);
  }
  if (cap) b.note(`Capaian indikator dibatasi paling tinggi ${formatId(cap, Math.max(cap.decimalPlaces(), 0))}%.`);
  return { table: b.done(), indicators, groups };
}

function indicatorCells(
  label: string,
  satuan: string,
  capaian: NarrativeCell,
  scale: PredicateScale,
  row: number,
  value: Decimal | null,
): (NarrativeCell | null)[] {
  return [
    null,
    null,
    textCell(label),
    textCell(satuan || "-", { align: "center" }),
    null,
    null,
    capaian,
    predikatCell(scale, row, value),
  ];
}

function predikatCell(scale: PredicateScale, row: number, capaian: Decimal | null): NarrativeCell {
  if (!capaian) return textCell("-", { align: "center" });
  return {
    value: predikatLabel(scale, capaian),
    format: { kind: "text" },
    formula: predikatFormula(scale, cell(row, COL.capaian)),
    align: "center",
  };
}

/** Adds the row of an indicator or sub-indicator with its own values; returns its capaian. */
function placeMeasured(b: TableBuilder, entry: IndicatorEntry, rule: CapaianRule, label: string, sub: boolean): Decimal | null {
  const row = b.size;
  const tv = measured(entry.target);
  const rv = measured(entry.realisasi);
  const typed = measured(entry.typedCapaian);
  const target = tv ? sourceCell(tv) : textCell("-", { align: "center" });
  const realisasi = rv ? sourceCell(rv) : textCell("-", { align: "center" });
  b.use(entry.target, entry.realisasi);
  b.watch(entry.typedCapaian, entry.typedPredikat);
  let capaian: Decimal | null = null;
  let capaianCell: NarrativeCell;
  const t = tv?.value;
  const r = rv?.value;
  const computed = t && r ? capaianOf(t, r, cell(row, COL.target), cell(row, COL.realisasi), rule) : null;
  if (computed && computed.value) {
    capaian = computed.value;
    capaianCell = numberCell(capaian, PERCENT, computed.formula);
  } else if (typed?.value) {
    capaian = typed.value;
    capaianCell = numberCell(capaian, PERCENT);
    b.note(
      `Capaian “${entry.label}” tidak dapat dihitung dari target dan realisasinya; dipakai nilai yang tertulis di ${typed.sheet}!${typed.typed.address}.`,
    );
  } else {
    capaianCell = textCell("-", { align: "center" });
  }
  b.row(
    [
      null,
      null,
      textCell(label, sub ? { indent: 1 } : {}),
      textCell(entry.satuan || "-", { align: "center" }),
      target,
      realisasi,
      capaianCell,
      null,
    ],
    sub ? "sub" : "data",
  );
  return capaian;
}
