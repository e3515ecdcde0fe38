/**
 * A budget table with realisasi per bulan as Biro/Bappeda offices keep it: Kode | Sub Kegiatan | Pagu |
 * one column per month | the months' total | % realisasi (total ÷ pagu × 100). Month spellings and the
 * headers of the total and % columns vary between offices.
 */
import type { CellInput, SheetSpec } from "./workbooks";

export const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

interface MonthlyRow {
  kode: string;
  nama: string;
  pagu: number;
  months: number[];
}

export const MONTHLY_ROWS: MonthlyRow[] = [
  {
    kode: "4.01.01.2.06.0001",
    nama: "Penyediaan Komponen Instalasi Listrik",
    pagu: 245_000_000,
    months: [
      7063000, 7063000, 20013000, 20013000, 20013000, 20013000, 20013000, 20013000, 20013000, 20013000, 20013000, 41202000,
    ],
  },
  {
    kode: "4.01.01.2.06.0002",
    nama: "Penyediaan Peralatan Rumah Tangga",
    pagu: 1_380_500_000,
    months: [
      38690000, 38690000, 109621000, 109621000, 109621000, 109621000, 109621000, 109621000, 109621000, 109621000, 109621000,
      225694000,
    ],
  },
  {
    kode: "4.01.01.2.07.0002",
    nama: "Pengadaan Kendaraan Dinas Operasional",
    pagu: 3_250_000_000,
    months: [
      96301000, 96301000, 272852000, 272852000, 272852000, 272852000, 272852000, 272852000, 272852000, 272852000, 272852000,
      561755000,
    ],
  },
  {
    kode: "4.01.01.2.09.0009",
    nama: "Pemeliharaan/Rehabilitasi Gedung Kantor",
    pagu: 5_872_400_000,
    months: [
      157921000, 157921000, 447442000, 447442000, 447442000, 447442000, 447442000, 447442000, 447442000, 447442000, 447442000,
      921199000,
    ],
  },
];

export interface MonthlyOptions {
  months?: string[];
  total?: string;
  percent?: string;
  /** Row (0-based among MONTHLY_ROWS) whose total leaves out December; its % stays right against the true total. */
  totalWithoutDecember?: number;
  /** Months kept cumulative (each month the realisasi so far); the total is then December's. */
  cumulative?: boolean;
  /** Row whose typed % is this value instead of the right one. */
  wrongPercent?: { row: number; value: number };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The sheet "Realisasi per Bulan", header in row 3, data from row 4 (columns A–Q). */
export function monthlySheet(o: MonthlyOptions = {}): SheetSpec {
  const body: CellInput[][] = MONTHLY_ROWS.map((x, i) => {
    const sum = x.months.reduce((a, b) => a + b, 0);
    const total = i === o.totalWithoutDecember ? sum - x.months[11] : sum;
    const percent = o.wrongPercent?.row === i ? o.wrongPercent.value : r2((sum / x.pagu) * 100);
    let sofar = 0;
    const months = o.cumulative ? x.months.map((v) => (sofar += v)) : x.months;
    return [x.kode, x.nama, x.pagu, ...months, total, percent];
  });
  return {
    name: "Realisasi per Bulan",
    rows: [
      ["REALISASI ANGGARAN PER BULAN TA 2025"],
      [],
      ["Kode", "Sub Kegiatan", "Pagu", ...(o.months ?? MONTHS_ID), o.total ?? "Jumlah", o.percent ?? "% Realisasi"],
      ...body,
    ],
  };
}
