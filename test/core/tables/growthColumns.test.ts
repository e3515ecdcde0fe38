/**
 * "Kenaikan / (Penurunan) Realisasi" beside realisasi 2024 and 2025 is their difference, not a third
 * realisasi: checked as a selisih (2025 − 2024); a growth rate in % is not paired.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { mainColumn, recognizeTables } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

const ROWS: [string, string, number, number, number][] = [
  ["Persentase jalan kabupaten kondisi mantap", "%", 72, 68.45, 71.2],
  ["Rasio jaringan irigasi kondisi baik", "%", 65, 61.3, 63.95],
  ["Persentase rumah tangga akses air minum layak", "%", 88, 86.1, 85.74],
  ["Jumlah kawasan kumuh yang ditangani", "ha", 12, 8, 8.5],
];

const r2 = (x: number) => Math.round(x * 100) / 100;

function comparison(growth: (r2024: number, r2025: number) => number, header = "Kenaikan / (Penurunan) Realisasi"): SheetSpec {
  return {
    name: "Perbandingan",
    rows: [
      ["Tabel 3.4 Perbandingan Realisasi Kinerja Tahun 2025 dengan Tahun 2024"],
      [],
      ["No", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi 2024", "Realisasi 2025", "Capaian 2025 (%)", header],
      ...ROWS.map(([name, satuan, target, r2024, r2025], i) => [
        i + 1,
        name,
        satuan,
        target,
        r2024,
        r2025,
        r2((r2025 / target) * 100),
        growth(r2024, r2025),
      ]),
    ],
  };
}

const difference = (a: number, b: number) => r2(b - a);

describe("growth columns", () => {
  it("are no realisasi: the 2025 block is the reporting period and its realisasi the period's", async () => {
    const [table] = recognizeTables(await readXlsx(await buildXlsx([comparison(difference)])));
    expect(table.columns.find((c) => c.letter === "H")?.role).toBe("nilai");
    expect(table.differences).toEqual([{ column: 7, left: 5, right: 4, source: "kolom" }]);
    expect(mainColumn(table, "realisasi", { measure: "kinerja" })?.letter).toBe("F");
  });

  it("a wrong kenaikan is reported as 2025 − 2024 with its formula; a correct one is not", async () => {
    expect(serious(await checkSheets([comparison(difference)]))).toEqual([]);
    const planted = comparison((a, b) => (a === 61.3 ? 3.65 : difference(a, b)));
    const result = await checkSheets([planted]);
    expect(serious(result)).toEqual(["selisih@Perbandingan!H5"]);
    expect(result.findings[0].fix).toEqual({ value: 2.65, formula: "F5-E5" });
  });

  it("a growth rate in % is paired as a rate, (2025 − 2024) ÷ 2024 × 100, not as a difference", async () => {
    const growthRate = (a: number, b: number) => r2(((b - a) / a) * 100);
    const rate = comparison(growthRate, "Pertumbuhan (%)");
    const [table] = recognizeTables(await readXlsx(await buildXlsx([rate])));
    expect(table.differences).toEqual([{ column: 7, left: 5, right: 4, source: "kolom", op: "rate" }]);
    expect(serious(await checkSheets([rate]))).toEqual([]);
    const planted = comparison((a, b) => (a === 61.3 ? growthRate(a, b) + 1 : growthRate(a, b)), "Kenaikan (%)");
    const result = await checkSheets([planted]);
    expect(serious(result)).toEqual(["selisih@Perbandingan!H5"]);
    expect(result.findings[0].fix?.formula).toBe("(F5-E5)/E5*100");
  });
});
