/** Two-row headers whose label row is merged down, year-bound ratio columns, performance vs budget ratios, shown decimals. */
import Decimal from "decimal.js";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { messageNumbers } from "../../../src/core/check/show";
import type { TypedValue } from "../../../src/core/tables/types";
import { buildXlsx, SheetSpec } from "../../support/workbooks";

async function tablesOf(sheets: SheetSpec[]) {
  return recognizeTables(await readXlsx(await buildXlsx(sheets)));
}
const ratioOf = (t: { ratios: { column: number; numerator: number; denominator: number }[] }, column: number) =>
  t.ratios.find((r) => r.column === column);

describe("two-row header: labels merged down, value words only in the second row", () => {
  it("recognises a header with quarter blocks and pairs each capaian inside its block", async () => {
    const [t] = await tablesOf([
      {
        name: "TW",
        rows: [
          ["Capaian kinerja per triwulan"],
          [],
          ["NO", "SASARAN", "INDIKATOR", "TRIWULAN I", null, null, "TRIWULAN II", null, null],
          [null, null, null, "TARGET", "REALISASI", "%", "TARGET", "REALISASI", "%"],
          [1, "Sasaran A", "Indikator satu", 50, 40, 80, 100, 90, 90],
          [2, "Sasaran B", "Indikator dua", 20, 20, 100, 40, 30, 75],
          [3, "Sasaran C", "Indikator tiga", 10, 12, 120, 20, 21, 105],
        ],
        merges: ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3"],
      },
    ]);
    expect(t).toBeDefined();
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.rows.map((r) => r.index)).toEqual([4, 5, 6]);
    expect(ratioOf(t, 5)).toMatchObject({ numerator: 4, denominator: 3 });
    expect(ratioOf(t, 8)).toMatchObject({ numerator: 7, denominator: 6 });
  });

  it("does not start a table at a title row merged down over a real header row", async () => {
    const [t] = await tablesOf([
      {
        name: "T",
        rows: [
          ["Realisasi Program dan Kegiatan"],
          [null],
          ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"],
          [1, "Program A", 100, 90, 90],
          [2, "Program B", 200, 150, 75],
        ],
        merges: ["A1:E2"],
      },
    ]);
    expect(t.headerRows).toEqual([2]);
  });
});

describe("year-bound ratio columns", () => {
  it("a capaian column headed with an earlier year is not paired with this year's columns", async () => {
    const [t] = await tablesOf([
      {
        name: "PK",
        rows: [
          ["NO", "INDIKATOR", "TARGET 2024", "REALISASI 2024", "CAPAIAN (%)", "CAPAIAN 2023 (%)"],
          [1, "Indikator satu", 80, 84, 105, 97.5],
          [2, "Indikator dua", 90, 81, 90, 88.2],
          [3, "Indikator tiga", 70, 70, 100, 101.3],
        ],
      },
    ]);
    expect(ratioOf(t, 4)).toMatchObject({ numerator: 3, denominator: 2 });
    expect(ratioOf(t, 5)).toBeUndefined();
    expect(t.columns[5].block).toBe("2023");
  });
});

describe("performance ratio next to a budget ratio", () => {
  it("CAPAIAN KINERJA (%) gets no anggaran denominator; SERAPAN keeps realisasi / anggaran; no second column reuses it", async () => {
    const [t] = await tablesOf([
      {
        name: "E",
        rows: [
          [
            "NO",
            "SASARAN",
            "CAPAIAN KINERJA (%)",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "SERAPAN ANGGARAN (%)",
            "SELISIH CAPAIAN DAN SERAPAN (%)",
          ],
          [1, "Sasaran A", 100, 1000, 1000, 100, 0],
          [2, "Sasaran B", 95, 2000, 1800, 90, 5],
          [3, "Sasaran C", 101, 500, 450, 90, 11],
        ],
      },
    ]);
    expect(ratioOf(t, 2)).toBeUndefined();
    expect(ratioOf(t, 5)).toMatchObject({ kind: "persen", numerator: 4, denominator: 3 });
    expect(t.ratios.filter((r) => r.numerator === 4 && r.denominator === 3)).toHaveLength(1);
  });
});

describe("shown", () => {
  const shown = (t: TypedValue) => messageNumbers().value(t);
  const v = (raw: number, decimals: number, percent?: boolean): TypedValue => ({
    address: "A1",
    kind: "number",
    value: new Decimal(percent ? raw * 100 : raw),
    decimals,
    percent,
    raw,
  });
  it("prints a formatted number at the decimals its format shows", () => {
    expect(shown(v(97.695487804878, 2))).toBe("97,70");
    expect(shown(v(1234567.5, 0))).toBe("1.234.568");
  });
  it("prints a General number with its own decimals", () => {
    expect(shown(v(97.125, 3))).toBe("97,125");
    expect(shown(v(100, 2))).toBe("100");
  });
});
