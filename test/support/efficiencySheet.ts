/**
 * An efficiency table per sasaran as Dinas offices keep it (Tabel 3.x Analisis Efisiensi): capaian
 * kinerja (%), pagu, realisasi, serapan (%), the difference capaian − serapan and the e-SAKIP label.
 * Headers of the difference and the label columns vary between offices.
 */
import type { CellInput, SheetSpec } from "./workbooks";

export interface EfficiencyRow {
  sasaran: string;
  capaian: number;
  pagu: number;
  realisasi: number;
  /** Typed serapan; realisasi ÷ pagu × 100 to 2 decimals when left out. */
  serapan?: number;
  /** Typed difference; capaian − serapan when left out. */
  selisih?: number;
  /** Typed label; the e-SAKIP one for the typed difference when left out. */
  label?: string;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function efficiencyLabel(d: number): string {
  return d > 5 ? "Efisien" : d >= -5 ? "Cukup Efisien" : "Tidak Efisien";
}

export const EFFICIENCY_ROWS: EfficiencyRow[] = [
  { sasaran: "Meningkatnya produksi dan produktivitas pertanian", capaian: 97.49, pagu: 3_450_000_000, realisasi: 3_211_950_000 },
  { sasaran: "Meningkatnya ketersediaan dan keamanan pangan", capaian: 88.05, pagu: 1_875_400_000, realisasi: 1_702_330_150 },
  { sasaran: "Meningkatnya kesejahteraan petani", capaian: 104.2, pagu: 960_000_000, realisasi: 812_400_000 },
  { sasaran: "Meningkatnya kualitas tata kelola perangkat daerah", capaian: 71.3, pagu: 2_100_000_000, realisasi: 2_050_000_000 },
];

export function efficiencySheet(
  rows: EfficiencyRow[],
  headers: { selisih: string; label: string } = { selisih: "Selisih Capaian - Serapan", label: "Tingkat Efisiensi" },
): SheetSpec {
  const body: CellInput[][] = rows.map((x, i) => {
    const serapan = x.serapan ?? r2((x.realisasi / x.pagu) * 100);
    const selisih = x.selisih ?? r2(x.capaian - serapan);
    return [i + 1, x.sasaran, x.capaian, x.pagu, x.realisasi, serapan, selisih, x.label ?? efficiencyLabel(selisih)];
  });
  const pagu = rows.reduce((a, x) => a + x.pagu, 0);
  const realisasi = rows.reduce((a, x) => a + x.realisasi, 0);
  return {
    name: "Efisiensi",
    rows: [
      ["Tabel 3.8 Analisis Efisiensi Penggunaan Sumber Daya per Sasaran Strategis Tahun 2025"],
      [],
      [
        "No",
        "Sasaran Strategis",
        "Capaian Kinerja (%)",
        "Pagu Anggaran (Rp)",
        "Realisasi Anggaran (Rp)",
        "Serapan Anggaran (%)",
        headers.selisih,
        headers.label,
      ],
      ...body,
      [null, "Jumlah", null, pagu, realisasi, r2((realisasi / pagu) * 100), null, null],
    ],
  };
}
