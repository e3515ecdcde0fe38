/** Indicator direction: from a Polaritas/Keterangan cell, or from an explicit phrase in the indicator's own name. */
import { polarityFromName } from "../../../src/core/tables/polarity";
import { checkSheets, serious } from "../../support/checkSheets";

describe("polarityFromName", () => {
  it.each([
    ["Angka kematian bayi (semakin rendah semakin baik)", "negatif"],
    ["Persentase rumah tidak layak huni - makin kecil makin baik", "negatif"],
    ["Tingkat pengangguran terbuka (negatif)", "negatif"],
    ["Indeks kepuasan masyarakat (semakin tinggi semakin baik)", "positif"],
  ])("%s → %s", (name, polarity) => expect(polarityFromName(name)).toBe(polarity));

  it.each([
    "Persentase penurunan angka stunting",
    "Angka kemiskinan yang menurun",
    "Jumlah kasus turun",
    "Indeks Desa Membangun",
  ])("%s declares nothing", (name) => expect(polarityFromName(name)).toBeNull());
});

describe("a direction declared in the name is checked as such", () => {
  type Row = (string | number | null)[];
  const HEADER: Row = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];

  it("a negative indicator named so: (2 × 16 − 15) / 16 = 106,25 is right, 93,75 is found", async () => {
    const right = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Angka kematian bayi (semakin rendah semakin baik)", "per 1.000 KH", 16, 15, 106.25]] },
    ]);
    expect(serious(right)).toEqual([]);
    const wrong = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Angka kematian bayi (semakin rendah semakin baik)", "per 1.000 KH", 16, 15, 93.75]] },
    ]);
    expect(serious(wrong)).toEqual(["capaian@PK!F2"]);
  });

  it("a name that only measures a decrease stays positive: realisasi ÷ target", async () => {
    const result = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Persentase penurunan angka stunting", "%", 20, 18, 90]] },
    ]);
    expect(serious(result)).toEqual([]);
  });
});
