/**
 * Closing rows per sasaran over capaian shown truncated to whole numbers: the closing row typed as
 * the mean of the capaian as displayed is right, also where one capaian above it was typed wrong
 * (only that capaian is reported).
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { newWb, put, save, title } from "../unseen/builders";
import { checkSheets, serious } from "../../../support/checkSheets";
import { NOT_MEASURED_PK } from "./notMeasured";

const SASARAN: { text: string; indicators: [string, number, number][] }[] = [
  {
    text: "Meningkatnya kualitas pelayanan administrasi kecamatan",
    // 89,01 / 90 = 98,9 shown 98; 97,9 / 100 = 97,9 shown 97; displayed mean 97,5 shown 97 (exact mean 98,4)
    indicators: [
      ["Persentase layanan PATEN selesai tepat waktu", 90, 89.01],
      ["Persentase dokumen kependudukan terbit tepat waktu", 100, 97.9],
    ],
  },
  {
    text: "Meningkatnya partisipasi masyarakat dalam pembangunan",
    // 104,375 → 104; 92,5 → 92; 91,67 → 91; displayed mean 95,67 shown 95 (exact mean 96,18)
    indicators: [
      ["Persentase usulan musrenbang kecamatan yang diakomodir", 80, 83.5],
      ["Jumlah kelompok masyarakat yang aktif", 40, 37],
      ["Jumlah desa yang menyusun RKPDes tepat waktu", 12, 11],
    ],
  },
];

const trunc = (x: number) => Math.floor(x + 1e-9);

/** NO | SASARAN | INDIKATOR | TARGET | REALISASI | CAPAIAN (%) with a closing row after each sasaran. */
async function pk(plantedWrong?: number) {
  const wb = newWb();
  const ws = wb.addWorksheet("Formulir PK");
  title(ws, "A1:F1", "PENGUKURAN KINERJA KECAMATAN TAHUN 2024");
  put(ws, 3, "A", [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
  let r = 4;
  SASARAN.forEach((s, si) => {
    const top = r;
    const shown: number[] = [];
    s.indicators.forEach(([name, target, realisasi], ii) => {
      const cap = trunc((realisasi / target) * 100);
      shown.push(cap);
      const typed = plantedWrong !== undefined && si === 0 && ii === 1 ? plantedWrong : cap;
      put(ws, r, "A", [[ii === 0 ? si + 1 : null, ii === 0 ? s.text : null, name, target, realisasi, { n: typed, fmt: "0" }]]);
      r++;
    });
    ws.mergeCells(top, 1, r - 1, 1);
    ws.mergeCells(top, 2, r - 1, 2);
    const mean = trunc(shown.reduce((a, b) => a + b, 0) / shown.length);
    put(ws, r, "A", [["Rata-rata Capaian Sasaran", null, null, null, null, { n: mean, fmt: "0" }]], { boldAll: true });
    ws.mergeCells(r, 1, r, 5);
    r++;
  });
  const result = checkWorkbook(await readXlsx(await save(wb)));
  return result.findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);
}

describe("closing rows over capaian shown truncated", () => {
  it("clean twin: no error or warning", async () => {
    expect(await pk()).toEqual([]);
  });

  it("planted: a wrong capaian (90 for 97) is reported, the closing row that averages the displayed capaian is not", async () => {
    expect(await pk(90)).toEqual(["capaian@F5"]);
  });
});

describe("rata-rata beside one wrong capaian", () => {
  it("a closing row averaging the right capaian is not flagged; the wrong capaian is", async () => {
    const rows = (average: number) => [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase layanan tepat waktu", 90, 85.5, 95],
      [2, "Indeks kepuasan masyarakat", 80, 82, 120],
      [3, "Persentase desa tertib administrasi", 100, 100, 100],
      [null, "Rata-rata", null, null, average],
    ];
    // (95 + 102,5 + 100) / 3 = 99,17 from the recomputed values; 105 from the typed ones.
    expect(serious(await checkSheets([{ name: "PK", rows: rows(99.17) }]))).toEqual(["capaian@PK!E3"]);
    expect(serious(await checkSheets([{ name: "PK", rows: rows(105) }]))).toEqual(["capaian@PK!E3"]);
    const wrong = await checkSheets([{ name: "PK", rows: rows(101) }]);
    expect(serious(wrong)).toEqual(["capaian@PK!E3", "rata-rata@PK!E5"]);
    // The fix is the mean of the cells as they are (its AVERAGE formula); the message says the mean after E3's fix.
    const average = wrong.findings.find((f) => f.cell === "E5")!;
    expect(average.expected).toBe("105,00");
    expect(average.message).toContain("setelah nilai yang salah di atasnya diperbaiki, rata-ratanya 99,17");
  });
});

describe("a capaian written “-” (not measured)", () => {
  const pk = (average: number) => [
    {
      name: "PK",
      rows: [...NOT_MEASURED_PK, [null, "Rata-rata", null, null, average]],
    },
  ];

  it("the average of the measured indicators alone (90) is right; so is the mean counting “-” as 0 (60)", async () => {
    expect(serious(await checkSheets(pk(90)))).toEqual([]);
    expect(serious(await checkSheets(pk(60)))).toEqual([]);
  });

  it("a value neither gives is still found", async () => {
    expect(serious(await checkSheets(pk(75)))).toEqual(["rata-rata@PK!E5"]);
  });
});

describe("an average row under more than one sasaran", () => {
  const pk = (closingAverage: number, withFirstAverage: boolean) => [
    {
      name: "PK",
      rows: [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [1, "Meningkatnya ketertiban umum", "Persentase penegakan Perda", 100, 95, 95],
        [2, null, "Persentase gangguan trantib tertangani", 100, 100, 100],
        ...(withFirstAverage ? [[null, "Rata-rata Capaian Sasaran", null, null, null, 97.5]] : []),
        [3, "Meningkatnya kesiapsiagaan Linmas", "Persentase Linmas terlatih", 100, 80, 80],
        [4, null, "Rasio Linmas per RT", 2, 1.7, 85],
        [5, "Menurunnya pelanggaran", "Jumlah pelanggaran Perda", 40, 36, 90],
        [6, null, "Persentase PKL tertib", 100, 70, 70],
        [null, "Rata-rata Capaian Sasaran", null, null, null, closingAverage],
      ],
      merges: withFirstAverage ? ["B2:B3", "B5:B6", "B7:B8"] : ["B2:B3", "B4:B5", "B6:B7"],
    },
  ];

  it("the last sasaran's own mean (80) is right, also when a sasaran above it has no average row", async () => {
    expect(serious(await checkSheets(pk(80, false)))).toEqual([]);
    expect(serious(await checkSheets(pk(80, true)))).toEqual([]);
  });

  it("a value no reading gives is still found", async () => {
    expect(serious(await checkSheets(pk(70, true)))).toEqual(["rata-sasaran@PK!F9"]);
  });
});
