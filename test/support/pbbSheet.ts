/**
 * PBB-P2 collection per kelurahan as kecamatan offices keep it: SPPT count, ketetapan pokok (the
 * assessed amount), realisasi, % (realisasi ÷ ketetapan) and tunggakan, closed by a Jumlah row whose
 * % is total realisasi ÷ total ketetapan (1.321.945.000 / 1.508.500.000 = 87,63; the mean of the six
 * % is 87,56).
 */
import type { SheetSpec } from "./workbooks";

const KELURAHAN: [string, number, number, number][] = [
  ["Kelurahan Sukamaju", 1450, 312_450_000, 287_100_000],
  ["Kelurahan Sukajadi", 980, 198_700_000, 181_250_000],
  ["Kelurahan Mekarsari", 2210, 455_300_000, 379_800_000],
  ["Kelurahan Cipayung", 760, 143_900_000, 127_420_000],
  ["Kelurahan Margahayu", 1320, 276_800_000, 246_500_000],
  ["Kelurahan Karanganyar", 640, 121_350_000, 99_875_000],
];

const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;

export interface PbbOptions {
  /** Header of the divisor column (default "Ketetapan Pokok (Rp)"). */
  divisor?: string;
  /** Label of the closing row (default "Jumlah"). */
  closing?: string;
  /** Typed % of the closing row (default the ratio of its typed sums). */
  percent?: number;
  /** Typed realisasi of the closing row (default the sum). */
  realisasi?: number;
}

export function pbbSheet(o: PbbOptions = {}): SheetSpec {
  const sum = (k: 1 | 2 | 3) => KELURAHAN.reduce((a, x) => a + x[k], 0);
  const realisasi = o.realisasi ?? sum(3);
  return {
    name: "PBB Kelurahan",
    rows: [
      ["Realisasi Penerimaan PBB-P2 per Kelurahan Tahun 2025"],
      [],
      ["No", "Kelurahan", "Jumlah SPPT", o.divisor ?? "Ketetapan Pokok (Rp)", "Realisasi (Rp)", "%", "Tunggakan (Rp)"],
      ...KELURAHAN.map(([name, sppt, ketetapan, r], i) => [i + 1, name, sppt, ketetapan, r, pct(r, ketetapan), ketetapan - r]),
      [null, o.closing ?? "Jumlah", sum(1), sum(2), realisasi, o.percent ?? pct(realisasi, sum(2)), sum(2) - realisasi],
    ],
  };
}
