/** Which indicators a recap per predikat counts: a capaian and realisasi written “-” is an indicator not measured. */
import { checkSheets, serious } from "../../../support/checkSheets";
import { NOT_MEASURED_PK } from "./notMeasured";

const sheets = (recap: number[], total: number) => [
  {
    name: "PK",
    rows: NOT_MEASURED_PK,
  },
  {
    name: "Rekap",
    rows: [
      ["No", "Predikat", "Jumlah Indikator"],
      [1, "Sangat Tinggi", recap[0]],
      [2, "Tinggi", recap[1]],
      [3, "Sedang", recap[2]],
      [4, "Rendah", recap[3]],
      [5, "Sangat Rendah", recap[4]],
      [null, "Jumlah", total],
    ],
  },
];

describe("indicators counted by a recap", () => {
  it("an indicator with realisasi and capaian “-” is not counted (as Sangat Rendah or at all)", async () => {
    expect(serious(await checkSheets(sheets([1, 1, 0, 0, 0], 2)))).toEqual([]);
  });

  it("a recap that counts it as Sangat Rendah is told the indicators that were measured", async () => {
    expect(serious(await checkSheets(sheets([1, 1, 0, 0, 1], 3)))).toEqual([
      "rekap-predikat@Rekap!C6",
      "rekap-predikat@Rekap!C7",
    ]);
  });
});

describe("an indicator whose realisasi is “-” and capaian left empty", () => {
  it("is not counted, even negative, where “-” read as 0 would give 200 (Sangat Tinggi)", async () => {
    const pk = [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
      [1, "Persentase layanan tepat waktu", 100, 100, 100, ""],
      [2, "Indeks kepuasan masyarakat", 80, 64, 80, ""],
      [3, "Laju inflasi daerah", 3, "-", null, "negatif: semakin rendah semakin baik"],
    ];
    const [, recap] = sheets([1, 1, 0, 0, 0], 2);
    expect(serious(await checkSheets([{ name: "PK", rows: pk }, recap]))).toEqual([]);
  });
});
