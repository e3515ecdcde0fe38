/**
 * rata-rata: an average row per group ("Rata-rata Serapan per Bidang") is the mean of the groups' Jumlah
 * rows. Only an average row is checked as a mean: a total row's % is a ratio of its sums (total
 * realisasi ÷ total ketetapan × 100), never their mean, and is not offered an AVERAGE fix that would
 * write a wrong value, whether or not the divisor column is understood.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import { pbbSheet } from "../../../support/pbbSheet";

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

describe("rata-rata on a total row", () => {
  it("a Jumlah % that is total realisasi ÷ total ketetapan is not checked as the mean of the rows", async () => {
    expect(serious(await checkSheets([pbbSheet()]))).toEqual([]);
  });

  it("nor when the divisor column has no role: with the inputs unknown, the total's % is not checked", async () => {
    expect(serious(await checkSheets([pbbSheet({ divisor: "Pokok PBB Terhutang (Rp)" })]))).toEqual([]);
  });

  it("an average row is still checked as the mean of the rows above", async () => {
    // 90,12 is neither the mean of the six % (87,56) nor the ratio of the row's own sums (87,63).
    const result = await checkSheets([pbbSheet({ closing: "Rata-rata", percent: 90.12 })]);
    expect(serious(result)).toEqual(["rata-rata@PBB Kelurahan!F10"]);
    expect(result.findings.find((f) => f.rule === "rata-rata")?.fix?.formula).toBe("AVERAGE(F4:F9)");
  });
});

describe("the average row of an efficiency table", () => {
  const header = [
    "No",
    "Sasaran / Indikator",
    "Capaian Kinerja (%)",
    "Pagu (Rp)",
    "Realisasi (Rp)",
    "Serapan (%)",
    "Tingkat Efisiensi (%)",
  ];
  const body: Row[] = [
    [1, "Persentase penyelesaian batas desa", 92.31, 648000000, 601459200, 92.82, -0.51],
    [2, "Persentase rekomendasi LPPD yang ditindaklanjuti", 100, 215500000, 214833500, 99.69, 0.31],
    [3, "Nilai EPPD kabupaten", 96.48, 412000000, 408117000, 99.06, -2.58],
    [4, "Persentase kerja sama daerah yang terlaksana", 83.33, 175250000, 139216800, 79.44, 3.89],
  ];
  /** Mean capaian, total pagu and realisasi, their serapan, and `efisiensi` on the closing row. */
  function sheet(efisiensi: number) {
    return { name: "Efisiensi", rows: [header, ...body, [null, "Rata-rata", 93.03, 1450750000, 1363626500, 93.99, efisiensi]] };
  }

  it("takes its efisiensi as its own capaian − serapan, not the mean of the rows above", async () => {
    expect(serious(await checkSheets([sheet(-0.96)]))).toEqual([]);
    // A wrong one is the efisiensi rule's finding (capaian − serapan of the row), once.
    expect(serious(await checkSheets([sheet(1.5)]))).toEqual(["efisiensi@Efisiensi!G6"]);
  });
});
