/**
 * rekap-predikat counts each indicator by its capaian; a typed capaian another rule found wrong is
 * counted as recomputed, so a correct recap is not flagged because of the one wrong capaian.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";
import { NOT_MEASURED_PK } from "./notMeasured";

function pk(e4: number): SheetSpec {
  return {
    name: "Capaian",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase layanan tepat waktu", 100, 95, 95],
      [2, "Indeks kepuasan masyarakat", 100, 92, 92],
      [3, "Persentase desa mandiri", 100, 78.35, e4],
    ],
  };
}

/** Counts per predikat (Permendagri 86: ≥ 91 Sangat Tinggi, 76 – < 91 Tinggi). */
const recap = (sangatTinggi: number, tinggi: number): SheetSpec => ({
  name: "Rekap",
  rows: [
    ["Predikat", "Jumlah Indikator"],
    ["Sangat Tinggi", sangatTinggi],
    ["Tinggi", tinggi],
    ["Sedang", 0],
    ["Jumlah", 3],
  ],
});

describe("rekap-predikat", () => {
  it("a wrong capaian is reported once; the recap that counts its true predikat is not flagged", async () => {
    // E4: 78,35 / 100 is Tinggi; typed 95,35 would be Sangat Tinggi. The recap counts it as Tinggi: right.
    const result = await checkSheets([pk(95.35), recap(2, 1)]);
    expect(serious(result)).toEqual(["capaian@Capaian!E4"]);
  });

  it("a recap that counts the wrong typed capaian is said as information, with the counts once E4 is fixed", async () => {
    const result = await checkSheets([pk(95.35), recap(3, 0)]);
    // The mistake is E4; the recap follows the sheet as typed, so it is not listed as a second error.
    expect(serious(result)).toEqual(["capaian@Capaian!E4"]);
    const notes = result.findings.filter((f) => f.rule === "rekap-predikat");
    expect(notes.map((f) => [f.severity, f.cell, f.fix?.value])).toEqual([
      ["info", "B2", 2],
      ["info", "B3", 1],
    ]);
    expect(notes[0].message).toMatch(/sesuai tabel capaian sebagaimana tertulis; setelah .* diperbaiki, jumlahnya 2/);
  });

  it("a recap that matches neither the sheet as typed nor the capaian is an error", async () => {
    const result = await checkSheets([pk(95.35), recap(1, 2)]);
    expect(serious(result)).toEqual(["capaian@Capaian!E4", "rekap-predikat@Rekap!B2", "rekap-predikat@Rekap!B3"]);
  });
});

describe("a recap whose Jumlah sits in its interval column", () => {
  const recapWithRanges = (sangatTinggi: number, tinggi: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      ["No", "Klasifikasi", "Predikat", "Jumlah Indikator", "Persentase (%)"],
      [1, "≥ 91", "Sangat Tinggi", sangatTinggi, 66.67],
      [2, "76 – < 91", "Tinggi", tinggi, 33.33],
      [3, "66 – < 76", "Sedang", 0, 0],
      [null, "JUMLAH", null, 3, 100],
    ],
  });

  it("is its closing row: the shares are of 3 indicators, nothing flagged", async () => {
    const result = await checkSheets([pk(78.35), recapWithRanges(2, 1)]);
    expect(serious(result)).toEqual([]);
    expect(result.tables.find((t) => t.sheet === "Rekap")?.rows.map((r) => r.role)).toContain("total");
  });

  it("one wrong count is reported there, and the right Jumlah beside it is not", async () => {
    const result = await checkSheets([pk(78.35), recapWithRanges(3, 1)]);
    expect(serious(result)).toEqual(["rekap-predikat@Rekap!D2"]);
  });
});

describe("a recap of the IKU beside an IKD sheet", () => {
  const ikd: SheetSpec = {
    name: "IKD",
    rows: [
      ["No", "Indikator Kinerja Daerah", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks pembangunan manusia", 72, 71.5, 99.31],
      [2, "Persentase jalan kondisi baik", 80, 78, 97.5],
    ],
  };

  it("counts the indicators of the table it recaps, not of every indicator table", async () => {
    // IKU: 95 and 92 Sangat Tinggi, 78,35 Tinggi: 2 + 1 = 3, as the recap says; with the IKD it would be 4 + 1.
    expect(serious(await checkSheets([pk(78.35), ikd, recap(2, 1)]))).toEqual([]);
  });

  it("a wrong count is still found against that table", async () => {
    const result = await checkSheets([pk(78.35), ikd, recap(1, 1)]);
    expect(serious(result)).toEqual(["rekap-predikat@Rekap!B2"]);
    expect(result.findings.find((f) => f.cell === "B2")?.expected).toBe(2);
  });
});

describe("a recap that lists which indicators each band counts", () => {
  /** NO | PREDIKAT | INTERVAL | JUMLAH | INDIKATOR ("IK 1, IK 2"): capaian 95, 92 are Sangat Tinggi, 78,35 Tinggi. */
  const listed = (sangatTinggi: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      ["No", "Predikat", "Interval", "Jumlah", "Indikator"],
      [1, "Sangat Tinggi", "91 - 100", sangatTinggi, "IK 1, IK 2"],
      [2, "Tinggi", "76 - 90", 1, "IK 3"],
      [3, "Sedang", "66 - 75", 0, "-"],
      [null, "JUMLAH", null, 3, null],
    ],
  });

  it("is a recap: its counts are checked, its Jumlah is the number of indicators", async () => {
    expect(serious(await checkSheets([pk(78.35), listed(2)]))).toEqual([]);
    expect(serious(await checkSheets([pk(78.35), listed(3)]))).toEqual(["rekap-predikat@Rekap!D2"]);
  });
});

describe("a recap beside an efficiency table that only states each indicator's capaian", () => {
  const efisiensi: SheetSpec = {
    name: "Efisiensi",
    rows: [
      ["No", "Indikator Kinerja", "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Efisiensi (%)"],
      [1, "Persentase penyelesaian batas desa", 92.31, 648000000, 601459200, 92.82, -0.51],
      [2, "Persentase rekomendasi LPPD yang ditindaklanjuti", 100, 215500000, 214833500, 99.69, 0.31],
      [3, "Nilai EPPD kabupaten", 96.48, 412000000, 408117000, 99.06, -2.58],
      [4, "Persentase kerja sama daerah yang terlaksana", 83.33, 175250000, 139216800, 79.44, 3.89],
    ],
  };
  /** Three Sangat Tinggi and one Tinggi (Permendagri 86), 75 % and 25 %. */
  const rekap = (sangatTinggi: number, tinggi: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      ["No", "Predikat", "Jumlah Indikator", "Persentase (%)"],
      [1, "Sangat Tinggi", sangatTinggi, 75],
      [2, "Tinggi", tinggi, 25],
      [3, "Sedang", 0, 0],
      [null, "Jumlah", 4, 100],
    ],
  });

  it("counts its indicators: a wrong count is the finding, not the share computed from the right one", async () => {
    expect(serious(await checkSheets([efisiensi, rekap(3, 1)]))).toEqual([]);
    expect(serious(await checkSheets([efisiensi, rekap(4, 0)]))).toEqual(["rekap-predikat@Rekap!C2", "rekap-predikat@Rekap!C3"]);
  });
});

describe("a recap's Jumlah that adds up its counts as typed", () => {
  it("by its formula, follows the wrong count: only the count is reported, not the Jumlah as well", async () => {
    // Capaian 95, 92, 78,35: two Sangat Tinggi and one Tinggi; the recap says 3 and 1, Jumlah =SUM 4.
    const sheet = recap(3, 1);
    sheet.rows[4][1] = { v: 4, formula: "SUM(B2:B4)" };
    expect(serious(await checkSheets([pk(78.35), sheet]))).toEqual(["rekap-predikat@Rekap!B2"]);
    // Typed, not a formula, it is wrong on its own: it stays 4 once the count is fixed.
    sheet.rows[4][1] = 4;
    expect(serious(await checkSheets([pk(78.35), sheet]))).toEqual(["rekap-predikat@Rekap!B2", "rekap-predikat@Rekap!B5"]);
  });
});

describe("a recap that counts the indicators not measured in a row of their own", () => {
  // Three indicators listed: capaian 100 (Sangat Tinggi), 80 (Tinggi), the third not measured ("-").
  const pk: SheetSpec = { name: "Capaian", rows: NOT_MEASURED_PK };
  const recap = (unmeasured: [string, number] | null, jumlah: number): SheetSpec => ({
    name: "Rekap",
    rows: [
      ["Predikat", "Jumlah Indikator"],
      ["Sangat Tinggi", 1],
      ["Tinggi", 1],
      ["Sedang", 0],
      ...(unmeasured ? [unmeasured] : []),
      ["Jumlah", jumlah],
    ],
  });

  it.each([["Tidak diukur"], ["Tidak dapat diukur"], ["Belum diukur"], ["N/A"]])(
    "its Jumlah covers them (“%s”)",
    async (word) => {
      expect(serious(await checkSheets([pk, recap([word, 1], 3)]))).toEqual([]);
    },
  );

  it("without that row, its Jumlah counts the measured indicators only", async () => {
    expect(serious(await checkSheets([pk, recap(null, 2)]))).toEqual([]);
    expect(serious(await checkSheets([pk, recap(null, 3)]))).toEqual(["rekap-predikat@Rekap!B5"]);
  });

  it("a Jumlah beyond the indicators listed is still wrong, and the message counts both kinds", async () => {
    const result = await checkSheets([pk, recap(["Tidak diukur", 1], 4)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.message])).toEqual([
      [
        "B6",
        "Jumlah indikator pada rekap tertulis 4, padahal indikator yang tercantum di tabel capaian ada 3 (2 dengan capaian, 1 tidak diukur).",
      ],
    ]);
  });

  it("a Tidak diukur count that makes the right counts miss the right Jumlah is the finding", async () => {
    const result = await checkSheets([pk, recap(["Tidak diukur", 2], 3)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.message])).toEqual([
      ["B5", "Rekap mencatat 2 indikator “Tidak diukur”, padahal indikator tanpa capaian di tabel capaian ada 1."],
    ]);
  });

  it("laid out across, the Tidak diukur column adds to the Jumlah", async () => {
    const across = (jumlah: number): SheetSpec => ({
      name: "Rekap",
      rows: [
        ["Uraian", "Sangat Tinggi", "Tinggi", "Sedang", "Tidak diukur", "Jumlah"],
        ["Jumlah indikator", 1, 1, 0, 1, jumlah],
      ],
    });
    expect(serious(await checkSheets([pk, across(3)]))).toEqual([]);
    expect(serious(await checkSheets([pk, across(4)]))).toEqual(["rekap-predikat@Rekap!F2"]);
  });
});

describe("a recap of the sasaran per predikat", () => {
  // Three indicators under two sasaran; the recap counts the two sasaran, not the three indicators.
  const sasaranRecap = (title: string, header: string): SheetSpec => ({
    name: "Rekap",
    rows: [[title], [], ["Predikat", header], ["Sangat Tinggi", 1], ["Tinggi", 1], ["Sedang", 0], ["Jumlah", 2]],
  });

  it.each([
    ["Rekapitulasi Capaian Sasaran", "Jumlah"],
    ["Rekapitulasi per Predikat", "Jumlah Sasaran"],
  ])("titled “%s” with a “%s” column is not checked against the indicators", async (title, header) => {
    expect(serious(await checkSheets([pk(78.35), sasaranRecap(title, header)]))).toEqual([]);
  });

  it("one that counts indicators is still checked", async () => {
    const wrong = sasaranRecap("Rekapitulasi Capaian Indikator Kinerja", "Jumlah Indikator");
    expect(serious(await checkSheets([pk(78.35), wrong]))).not.toEqual([]);
  });
});
