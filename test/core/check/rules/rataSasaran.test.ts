/**
 * rata-sasaran on a "CAPAIAN SASARAN (%)" column beside the indicators' capaian: one value per sasaran,
 * merged down over its indicator rows or written on its first row, is the mean of those indicators.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

const HEADER = [
  "No",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Target",
  "Realisasi",
  "Capaian Indikator (%)",
  "Capaian Sasaran (%)",
];

/** Two sasaran: three indicators (capaian 98,17 / 94,44 / 94, mean 95,54), then two (102,5 / 101, mean 101,75). */
function pengukuran(sasaran1: number | null, sasaran2: number | null, merged = true): SheetSpec {
  return {
    name: "Pengukuran",
    rows: [
      HEADER,
      [1, "Meningkatnya kualitas pelayanan", "Indeks kepuasan masyarakat", 82, 80.5, 98.17, sasaran1],
      [null, null, "Persentase layanan tepat waktu", 90, 85, 94.44, null],
      [null, null, "Jumlah inovasi pelayanan", 5, 4.7, 94, null],
      [2, "Meningkatnya ketertiban umum", "Persentase pelanggaran perda ditindak", 80, 82, 102.5, sasaran2],
      [null, null, "Persentase kejadian kebakaran tertangani", 95, 95.95, 101, null],
    ],
    merges: merged ? ["A2:A4", "B2:B4", "G2:G4", "A5:A6", "B5:B6", "G5:G6"] : ["A2:A4", "B2:B4", "A5:A6", "B5:B6"],
  };
}

/** Two sasaran: indicators 70 and 95 (mean 82,5; class mids of Permendagri 86: 83,25), then 102,5 and 101 (101,75; 95,5). */
function twoMethods(sasaran1: number, sasaran2: number): SheetSpec {
  const sheet = pengukuran(sasaran1, sasaran2);
  sheet.rows.splice(3, 1);
  sheet.rows[1].splice(3, 3, 100, 70, 70);
  sheet.rows[2].splice(3, 3, 100, 95, 95);
  return { ...sheet, merges: ["A2:A3", "B2:B3", "G2:G3", "A4:A5", "B4:B5", "G4:G5"] };
}

describe("one averaging per table", () => {
  it("a value only the class mids give is wrong where another sasaran of the table is the plain mean", async () => {
    const result = await checkSheets([twoMethods(83.25, 101.75)]);
    expect(serious(result)).toEqual(["rata-sasaran@Pengukuran!G2"]);
    expect(result.findings[0].expected).toBe("82,50");
  });

  it("every sasaran by the class mids (rata-rata tertimbang data kelompok): that is the table's method", async () => {
    expect(serious(await checkSheets([twoMethods(83.25, 95.5)]))).toEqual([]);
    expect(serious(await checkSheets([twoMethods(82.5, 101.75)]))).toEqual([]);
  });
});

describe("capaian sasaran column", () => {
  it("right means, merged down each sasaran: no finding, and the column is understood", async () => {
    const result = await checkSheets([pengukuran(95.54, 101.75)]);
    expect(result.findings).toEqual([]);
    expect(result.tables[0].sasaranMeans).toEqual([{ column: 6, of: 5 }]);
  });

  it("a wrong mean in a merged cell is flagged with the mean of its sasaran's indicators", async () => {
    const result = await checkSheets([pengukuran(97.2, 101.75)]);
    expect(serious(result)).toEqual(["rata-sasaran@Pengukuran!G2"]);
    const f = result.findings[0];
    expect(f.expected).toBe("95,54");
    expect(f.fix?.formula).toBe("AVERAGE(F2:F4)");
  });

  it("written on the first row of an unmerged sasaran: the same check", async () => {
    const result = await checkSheets([pengukuran(95.54, 99.75, false)]);
    expect(serious(result)).toEqual(["rata-sasaran@Pengukuran!G5"]);
    expect(result.findings[0].expected).toBe("101,75");
  });

  it("the value repeated on every indicator row: which cell averages what is unknown, nothing is said", async () => {
    const sheet = pengukuran(95.54, 101.75, false);
    for (const r of [2, 3]) sheet.rows[r][6] = 95.54;
    sheet.rows[5][6] = 99;
    const result = await checkSheets([sheet]);
    expect(serious(result)).toEqual([]);
  });
});

describe("sub-indicators numbered with letters", () => {
  // "2 | Cakupan … :" holds no values; a., b., c. average into it first: (97,26 + 103,89 + 92,84) / 3 = 98.
  const sheet = (average: number): SheetSpec => ({
    name: "PK 2025",
    rows: [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
      ["1", "Meningkatnya derajat kesehatan", "Angka harapan hidup", "tahun", 72.5, 72.61, 100.15],
      ["2", "Meningkatnya derajat kesehatan", "Cakupan pelayanan kesehatan ibu dan anak"],
      ["", "Meningkatnya derajat kesehatan", "a. Cakupan imunisasi dasar lengkap (%)", "%", 95, 92.4, 97.26],
      ["", "Meningkatnya derajat kesehatan", "b. Cakupan persalinan di fasilitas kesehatan (%)", "%", 90, 93.5, 103.89],
      ["", "Meningkatnya derajat kesehatan", "c. Cakupan kunjungan ibu hamil K4 (%)", "%", 95, 88.2, 92.84],
      ["3", "Meningkatnya derajat kesehatan", "Persentase balita ditimbang", "%", 85, 80.75, 95],
      [null, null, "Rata-rata Capaian Kinerja", null, null, null, average],
    ],
  });

  it("are read as sub-indicators, and the mean that folds them into their indicator is accepted", async () => {
    // (100,15 + 98 + 95) / 3 = 97,72; the flat mean of the five rows would be 97,83.
    const result = await checkSheets([sheet(97.72)]);
    expect(serious(result)).toEqual([]);
    const roles = result.tables[0].rows.map((r) => r.role);
    expect(roles).toEqual([
      "indikator",
      "indikator",
      "sub-indikator",
      "sub-indikator",
      "sub-indikator",
      "indikator",
      "capaian-sasaran",
    ]);
  });

  it("a lettered line under an indicator with its own values stays an indicator", async () => {
    const s = sheet(97.83);
    s.rows[2] = ["2", "Meningkatnya derajat kesehatan", "Cakupan pelayanan kesehatan ibu dan anak", "%", 90, 90, 100];
    const result = await checkSheets([s]);
    expect(result.tables[0].rows.filter((r) => r.role === "sub-indikator")).toEqual([]);
  });
});

describe("sasaran mean under a stated cap", () => {
  it("is checked against the capped, corrected capaian when one indicator above it is wrong", async () => {
    // Capped at 100: 107,29 → 100, 93,25 (typed wrongly 93,52), 120 → 100; the right mean is 97,75.
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["Capaian yang melebihi 100% ditulis 100% (capaian maksimal 100%)"],
          [],
          ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          [1, "Meningkatnya akuntabilitas", "Persentase temuan ditindaklanjuti", 85, 91.2, 100],
          [2, "Meningkatnya akuntabilitas", "Nilai SAKIP", 80, 74.6, 93.52],
          [3, "Meningkatnya akuntabilitas", "Jumlah reviu laporan keuangan", 5, 6, 100],
          [null, null, "Capaian Kinerja Sasaran", null, null, 97.75],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["capaian@Pengukuran!F5"]);
  });
});

describe("lettered lines under an unnumbered heading that ends with “:”", () => {
  it("are its sub-indicators", async () => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          ["1", "Meningkatnya mutu layanan", "Persentase puskesmas terakreditasi", 60, 45.3, 75.5],
          [null, null, "Persentase fasyankes dengan rekam medis elektronik:"],
          [null, null, "   a. Puskesmas", 100, 76.9, 76.9],
          [null, null, "   b. Rumah sakit", 100, 66.7, 66.7],
        ],
        merges: ["A2:A5", "B2:B5"],
      },
    ]);
    expect(result.tables[0].rows.map((r) => r.role)).toEqual(["indikator", "indikator", "sub-indikator", "sub-indikator"]);
  });
});

describe("a Capaian per Sasaran table on its own sheet", () => {
  const pengukuran: SheetSpec = {
    name: "Pengukuran Kinerja",
    rows: [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
      [1, "Meningkatnya kualitas pelayanan publik kecamatan", "Persentase pelayanan PATEN sesuai SOP", 95, 97.5, 102.63],
      [1, "Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan Masyarakat", 82, 84.37, 102.89],
      [2, "Meningkatnya pemberdayaan masyarakat desa", "Persentase desa berstatus IDM Maju dan Mandiri", 40, 35, 87.5],
      [2, "Meningkatnya pemberdayaan masyarakat desa", "Persentase Peraturan Desa yang difasilitasi tepat waktu", 90, 62, 68.89],
    ],
  };
  const perSasaran = (second: number): SheetSpec => ({
    name: "Capaian Sasaran",
    rows: [
      ["NO", "SASARAN STRATEGIS", "JUMLAH INDIKATOR", "RATA-RATA CAPAIAN (%)"],
      [1, "Meningkatnya kualitas pelayanan publik kecamatan", 2, 102.76],
      [2, "Meningkatnya pemberdayaan masyarakat desa", 2, second],
    ],
  });

  it("right means: nothing is said", async () => {
    expect(serious(await checkSheets([pengukuran, perSasaran(78.2)]))).toEqual([]);
  });

  it("a mean that is not its indicators' on the Pengukuran sheet is flagged with theirs", async () => {
    const result = await checkSheets([pengukuran, perSasaran(72.19)]);
    expect(serious(result)).toEqual(["rata-sasaran@Capaian Sasaran!D3"]);
    expect(result.findings[0].expected).toBe("78,20");
  });
});

describe("an indicator heading “1.1 …:” over a./b./c. in a SASARAN / INDIKATOR column", () => {
  it("is an indicator with sub-indicators, not a second sasaran: the sasaran mean folds them in", async () => {
    // mean(mean(94,25; 99,5; 100); 96,3; 115,71) = (97,92 + 96,3 + 115,71) / 3 = 103,31.
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["NO", "SASARAN / INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KETERANGAN"],
          ["1", "Meningkatnya cakupan pelayanan kesehatan dasar"],
          ["1.1", "Persentase capaian SPM bidang kesehatan:"],
          [null, "   a. Cakupan pelayanan kesehatan ibu hamil", "%", 100, 94.25, 94.25],
          [null, "   b. Cakupan pelayanan kesehatan bayi baru lahir", "%", 100, 99.5, 99.5],
          [null, "   c. Cakupan pelayanan kesehatan balita", "%", 100, 100, 100],
          ["1.2", "Persentase puskesmas dengan obat esensial tersedia", "%", 90, 86.67, 96.3],
          ["1.3", "Angka kesakitan DBD per 100.000 penduduk", "per 100.000", 49, 41.3, 115.71, "Indikator negatif"],
          [null, "Capaian Sasaran", null, null, null, 103.31],
        ],
        merges: ["B2:G2"],
      },
    ]);
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].rows.filter((r) => r.role === "sub-indikator")).toHaveLength(3);
  });
});

describe("sub-indicators marked by a letter in the No column, or by indentation only", () => {
  const sheet = (letters: boolean): SheetSpec => ({
    name: "Pengukuran",
    rows: [
      ["NO", "SASARAN / INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
      ["1", "Meningkatnya cakupan pelayanan kesehatan dasar"],
      ["1.1", "Persentase capaian SPM bidang kesehatan:"],
      ...[
        ["Cakupan pelayanan kesehatan ibu hamil", 94.25],
        ["Cakupan pelayanan kesehatan bayi baru lahir", 99.5],
        ["Cakupan pelayanan kesehatan balita", 100],
      ].map(([name, v], i) => [letters ? "abc"[i] : null, letters ? name : { v: name, indent: 2 }, "%", 100, v, v]),
      ["1.2", "Persentase puskesmas dengan obat esensial tersedia", "%", 90, 86.67, 96.3],
      [null, "Capaian Sasaran", null, null, null, 97.11],
    ],
    merges: ["B2:F2"],
  });

  it.each([true, false])("letters in the No column: %p — the mean that folds them in is accepted", async (letters) => {
    // mean(mean(94,25; 99,5; 100); 96,3) = (97,92 + 96,3) / 2 = 97,11.
    expect(serious(await checkSheets([sheet(letters)]))).toEqual([]);
  });
});

describe("a sasaran row that carries its capaian above its indicators", () => {
  const sheet = (first: number): SheetSpec => ({
    name: "Capaian",
    rows: [
      ["No", "Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["I", "Meningkatnya kualitas produk hukum daerah", null, null, null, first],
      ["1.1", "Persentase produk hukum yang diundangkan tepat waktu", "%", 90, 86.5, 96.11],
      ["1.2", "Jumlah perda yang difasilitasi", "perda", 15, 17, 113.33],
      ["II", "Meningkatnya kesadaran hukum masyarakat", null, null, null, 92],
      ["2.1", "Jumlah desa/kelurahan sadar hukum", "desa", 25, 21, 84],
      ["2.2", "Persentase perkara yang dimenangkan", "%", 80, 80, 100],
    ],
  });

  it("is the mean of those indicators: right passes, wrong is a warning", async () => {
    expect(serious(await checkSheets([sheet(104.72)]))).toEqual([]);
    const result = await checkSheets([sheet(99.5)]);
    expect(serious(result)).toEqual(["rata-sasaran@Capaian!F2"]);
    expect(result.findings[0].expected).toBe("104,72");
  });
});

describe("a capaian sasaran weighted by a BOBOT column", () => {
  const weighted = (sasaran: number, header = "BOBOT (%)", weights = [50, 30, 20]): SheetSpec => ({
    name: "Capaian Sasaran",
    rows: [
      ["NO", "SASARAN", "INDIKATOR", header, "TARGET", "REALISASI", "CAPAIAN (%)", "CAPAIAN SASARAN (%)"],
      [
        1,
        "Meningkatnya kualitas pelayanan kecamatan",
        "Persentase layanan administrasi tepat waktu",
        weights[0],
        90,
        88.2,
        98,
        sasaran,
      ],
      [2, null, "Indeks kepuasan masyarakat", weights[1], 80, 83.6, 104.5, null],
      [3, null, "Persentase kelurahan tertib administrasi", weights[2], 100, 80, 80, null],
    ],
    merges: ["B2:B4", "H2:H4"],
  });

  it("is Σ bobot × capaian ÷ Σ bobot (98 × 50 + 104,5 × 30 + 80 × 20) ÷ 100 = 96,35; a wrong one is still found", async () => {
    expect(serious(await checkSheets([weighted(96.35)]))).toEqual([]);
    expect(serious(await checkSheets([weighted(96.35, "Bobot", [0.5, 0.3, 0.2])]))).toEqual([]);
    expect(serious(await checkSheets([weighted(97.35)]))).toEqual(["rata-sasaran@Capaian Sasaran!H2"]);
  });
});
