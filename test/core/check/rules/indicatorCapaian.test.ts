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
