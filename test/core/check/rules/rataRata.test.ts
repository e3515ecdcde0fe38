/** rata-rata: an average row per group ("Rata-rata Serapan per Bidang") is the mean of the groups' Jumlah rows. */
import { checkSheets } from "../../../support/checkSheets";

type Row = (string | number | null)[];

/** Two bidang, each closed by its Jumlah row; serapan per program 95,83 / 95,59 / 80,00; per bidang 95,65 / 80,00. */
const rows = (average: number): Row[] => [
  ["No", "Bidang / Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
  [null, "Bidang Pelayanan", null, null, null],
  [1, "Program Penunjang Urusan", 1200000000, 1150000000, 95.83],
  [2, "Program Pemenuhan Upaya Kesehatan", 3870500000, 3700000000, 95.59],
  [null, "Jumlah Bidang Pelayanan", 5070500000, 4850000000, 95.65],
  [null, "Bidang Pengendalian", null, null, null],
  [1, "Program Pembinaan Keluarga", 500000000, 400000000, 80],
  [null, "Jumlah Bidang Pengendalian", 500000000, 400000000, 80],
  [null, "TOTAL", 5570500000, 5250000000, 94.25],
  [null, "Rata-rata Serapan per Bidang", null, null, average],
];

async function averageFindings(average: number) {
  const result = await checkSheets([{ name: "Rekap", rows: rows(average) }]);
  return result.findings.filter((f) => f.rule === "rata-rata");
}

describe("rata-rata per group", () => {
  it("the mean of the groups' Jumlah rows (87,83) is right; so is the mean of the programs (90,47)", async () => {
    expect(await averageFindings(87.83)).toEqual([]);
    expect(await averageFindings(90.47)).toEqual([]);
  });

  it("a wrong value is reported against the mean per group, with AVERAGE over the Jumlah rows", async () => {
    const [f] = await averageFindings(96.12);
    expect(f.cell).toBe("E10");
    expect(f.message).toBe(
      "Baris Rata-rata Serapan per Bidang tertulis 96,12, padahal rata-rata 2 baris jumlah kelompok di atasnya 87,83.",
    );
    expect(f.fix).toEqual({ value: 87.83, formula: "AVERAGE(E5,E8)" });
  });
});
