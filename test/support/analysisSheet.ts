/**
 * A multi-year "Analisis Capaian" sheet as Dinas offices keep it: realisasi of three earlier years
 * under "Realisasi Tahun Sebelumnya", a "Tahun 2025" block (Target | Realisasi | Capaian), the Renstra
 * end target (2026) and the capaian against it (tingkat kemajuan). Two header rows from row `top`.
 */
import type { CellInput, SheetSpec } from "./workbooks";

export interface AnalysisIndicator {
  name: string;
  satuan: string;
  /** Realisasi 2022, 2023, 2024. */
  earlier: [number, number, number];
  target: number;
  realisasi: number;
  renstra: number;
}

const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;

export function analysisSheet(indicators: AnalysisIndicator[], o: { name?: string; title?: string } = {}): SheetSpec {
  const head: CellInput[][] = o.title ? [[o.title], []] : [];
  const top = head.length + 1;
  return {
    name: o.name ?? "Analisis Capaian",
    rows: [
      ...head,
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi Tahun Sebelumnya",
        null,
        null,
        "Tahun 2025",
        null,
        null,
        "Target Akhir Renstra (2026)",
        "Capaian terhadap Target Akhir Renstra (%)",
      ],
      [null, null, null, 2022, 2023, 2024, "Target", "Realisasi", "Capaian (%)"],
      ...indicators.map((x, i) => [
        i + 1,
        x.name,
        x.satuan,
        ...x.earlier,
        x.target,
        x.realisasi,
        pct(x.realisasi, x.target),
        x.renstra,
        pct(x.realisasi, x.renstra),
      ]),
    ],
    merges: ["A", "B", "C", "J", "K"].map((c) => `${c}${top}:${c}${top + 1}`).concat([`D${top}:F${top}`, `G${top}:I${top}`]),
  };
}
