/**
 * Seeded random LKjIP workbooks for judges that must see many shapes of data: a Formulir PK and a
 * realisasi anggaran sheet in one of the three number styles (numbers, Indonesian text, US text),
 * with wrong capaian (some under a stated cap), wrong parent and total sums, wrong %, wrong sisa, empty
 * % cells and pagu 0 (#DIV/0!).
 */
import { budgetSheet, buildXlsx, pkSheet, rng, Style } from "./workbooks";
import type { BudgetRowSpec, IndicatorSpec, SasaranSpec } from "./workbooks";

const STYLES: Style[] = ["number", "id", "us"];

function pick<T>(rand: () => number, list: T[]): T {
  return list[Math.floor(rand() * list.length)];
}

const int = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function indicators(rand: () => number, n: number): IndicatorSpec[] {
  return Array.from({ length: n }, (_, i) => {
    const negatif = rand() < 0.2;
    const target = pick(rand, [int(rand, 10, 100), int(rand, 1000, 5000) / 100]);
    const realisasi = Math.round(target * (0.6 + rand() * 0.6) * 100) / 100;
    const wrong = rand() < 0.3;
    return {
      name: negatif ? `Angka kasus penyakit menular ${i + 1}` : `Persentase layanan tuntas ${i + 1}`,
      target,
      realisasi,
      keterangan: negatif ? "semakin rendah semakin baik" : "",
      capaian: wrong ? int(rand, 50, 120) : undefined,
    };
  });
}

function budgetRows(rand: () => number): BudgetRowSpec[] {
  const rows: BudgetRowSpec[] = [];
  for (let p = 1; p <= int(rand, 1, 3); p++) {
    const kegiatan: BudgetRowSpec[] = [];
    for (let k = 1; k <= int(rand, 1, 4); k++) {
      const anggaran = rand() < 0.12 ? 0 : int(rand, 10, 900) * 1_000_000 + int(rand, 0, 999) * 1000;
      const realisasi = anggaran === 0 ? 0 : Math.round(anggaran * (0.5 + rand() * 0.55));
      const persen =
        anggaran === 0 ? { error: "#DIV/0!" } : rand() < 0.15 ? "" : rand() < 0.2 ? Math.round(rand() * 10000) / 100 : undefined;
      kegiatan.push({ code: `${p}.${k}`, uraian: `Kegiatan ${p}.${k}`, anggaran, realisasi, persen });
    }
    const sum = (key: "anggaran" | "realisasi") => kegiatan.reduce((s, r) => s + Number(r[key]), 0);
    const off = rand() < 0.3 ? int(rand, 1, 9) * 100_000 : 0;
    rows.push({ code: `${p}`, uraian: `Program ${p}`, anggaran: sum("anggaran") + off, realisasi: sum("realisasi"), bold: true });
    rows.push(...kegiatan);
  }
  return rows;
}

/** The `count` workbooks of seed `seed`, each as .xlsx bytes. */
export function randomWorkbooks(count: number, seed = 2024): { id: string; build: () => Promise<Buffer> }[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `acak-${i + 1}`,
    build: async () => {
      const rand = rng(seed + i);
      const style = STYLES[i % STYLES.length];
      const sasaran: SasaranSpec[] = Array.from({ length: int(rand, 1, 3) }, (_, s) => ({
        text: `Meningkatnya kualitas pelayanan ${s + 1}`,
        indicators: indicators(rand, int(rand, 1, 4)),
      }));
      const rows = budgetRows(rand);
      const wrongTotal = rand() < 0.3;
      return buildXlsx([
        pkSheet({
          sasaran,
          style,
          title: i % 4 === 0 ? "FORMULIR PENGUKURAN KINERJA (capaian dibatasi maksimal 110%)" : undefined,
          keteranganColumn: true,
          closing: { label: "Rata-rata Capaian", value: rand() < 0.3 ? 88 : "auto" },
        }),
        budgetSheet({
          rows,
          style,
          sisa: true,
          sisaOverride: rand() < 0.4 ? { 1: 12_345 } : undefined,
          total: { anggaran: "auto", realisasi: wrongTotal ? 1_000_000 : "auto" },
        }),
      ]);
    },
  }));
}
