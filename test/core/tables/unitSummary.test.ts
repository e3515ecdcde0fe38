/**
 * "Capaian Kinerja per Misi" (Misi | Jumlah Sasaran | Jumlah Indikator | Rata-rata Capaian | Predikat)
 * names misi on its rows, each with the predikat of its own average: it is no recap per predikat, whose
 * rows are the scale's bands. Read as one, "Jumlah Sasaran" was compared with the indicators of a band
 * and each misi's average was rewritten as a share of a band (blind round 25 w09: C4, C5, E5).
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

const pk: SheetSpec = {
  name: "Pengukuran Kinerja",
  rows: [
    ["No", "Sasaran / Indikator", "Target", "Realisasi", "Capaian (%)", "Predikat"],
    [null, "Meningkatnya kualitas perencanaan", null, null, null, null],
    ["1", "Persentase keselarasan program RKPD dengan RPJMD", 95, 97.3, 102.42, "Sangat Tinggi"],
    ["2", "Nilai evaluasi kinerja RKPD", 80, 78.25, 97.81, "Sangat Tinggi"],
    [null, "Meningkatnya akuntabilitas kinerja", null, null, null, null],
    ["3", "Nilai SAKIP Kota", 75, 72.11, 96.15, "Sangat Tinggi"],
    [null, "Meningkatnya kualitas data pembangunan", null, null, null, null],
    ["4", "Persentase data pembangunan yang mutakhir", 90, 94.5, 105, "Sangat Tinggi"],
    ["5", "Jumlah kajian yang dimanfaatkan", 6, 4, 66.67, "Sedang"],
    ["6", "Persentase usulan inovasi yang diterapkan", 50, 62, 124, "Sangat Tinggi"],
  ],
};

const perMisi = (header: string, labels: [string, string]): SheetSpec => ({
  name: "Rekap per Misi",
  rows: [
    ["No", header, "Jumlah Sasaran", "Jumlah Indikator", "Rata-rata Capaian (%)", "Predikat"],
    [1, labels[0], 2, 3, 98.79, "Sangat Tinggi"],
    [2, labels[1], 1, 3, 98.56, "Sangat Tinggi"],
    [null, "Jumlah", 3, 6, null, null],
  ],
});

async function kinds(sheet: SheetSpec): Promise<string[]> {
  return recognizeTables(await readXlsx(await buildXlsx([sheet]))).map((t) => t.kind);
}

describe("a summary per misi with a predikat per row", () => {
  it("is no recap per predikat, and its correct counts and averages are not flagged", async () => {
    expect(await kinds(perMisi("Misi", ["Misi 1", "Misi 2"]))).toEqual(["indikator"]);
    const result = await checkSheets([pk, perMisi("Misi", ["Misi 1", "Misi 2"])]);
    expect(serious(result)).toEqual([]);
  });

  it("is told by its rows when the header names no unit (Kelompok)", async () => {
    expect(await kinds(perMisi("Kelompok", ["Misi 1: Tata kelola yang baik", "Misi 2: Ekonomi inklusif"]))).toEqual([
      "indikator",
    ]);
  });

  it("a recap whose rows are the bands stays a recap, also beside a column of band words", async () => {
    const recap: SheetSpec = {
      name: "Rekap",
      rows: [
        ["No", "Kategori", "Jumlah Indikator", "Persentase (%)", "Predikat"],
        [1, "Sangat Tinggi", 5, 83.33, "Sangat Tinggi"],
        [2, "Rendah", 1, 16.67, "Rendah"],
        [null, "Jumlah", 6, 100, null],
      ],
    };
    expect(await kinds(recap)).toEqual(["rekap"]);
  });
});
