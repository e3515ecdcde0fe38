/**
 * The accumulation an indicator's KETERANGAN states; nothing when it is not stated. Unstated, a year-end
 * value is called wrong only on two pieces of evidence.
 */
import { accumulationOf } from "../../../../src/core/check/rules/akumulasi";
import { checkSheets, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

describe("accumulationOf", () => {
  it.each([
    ["Kumulatif", "kumulatif"],
    ["akumulasi per triwulan", "kumulatif"],
    ["Posisi akhir", "posisi-akhir"],
    ["nilai akhir periode", "posisi-akhir"],
    ["Rata-rata", "rata-rata"],
    ["Non kumulatif", null],
    ["tidak kumulatif", null],
    ["semakin rendah semakin baik", null],
    ["", null],
  ])("%s → %s", (text, expected) => {
    expect(accumulationOf(text)).toBe(expected);
  });
});

describe("akumulasi where the kind is not stated", () => {
  /** TW I–IV realisasi, then "Realisasi s.d. TW IV" and the capaian computed from the right year-end value. */
  const sheet = (yearEnd: [number, number], capaian: [number, number]): SheetSpec => ({
    name: "PK TW IV",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", null, null, null, "Realisasi s.d. TW IV", "Capaian (%)"],
      [null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null],
      // A count (summed over the quarters) and an index (the last quarter's value).
      [1, "Jumlah desa yang dibina", 8, 2, 2, 2, 2, yearEnd[0], capaian[0]],
      [2, "Indeks kepuasan masyarakat", 80, 78, 79, 80, 82, yearEnd[1], capaian[1]],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2", "I1:I2"],
  });

  it("the correct workbook (sum for one indicator, last quarter for the other) raises nothing", async () => {
    expect(serious(await checkSheets([sheet([8, 82], [100, 102.5])]))).toEqual([]);
  });

  it("a year-end value that is no accumulation, beside a capaian computed from one, is the wrong cell", async () => {
    const result = await checkSheets([sheet([9, 82], [100, 102.5])]);
    expect(serious(result)).toEqual(["akumulasi@PK TW IV!H3"]);
    const f = result.findings.find((x) => x.cell === "H3")!;
    expect(f.message).toContain("kumulatif (jumlah triwulan) 8");
    expect(f.fix?.value).toBe(8);
  });

  it("without that second piece of evidence nothing is guessed: the capaian that disagrees is reported", async () => {
    // 9 is no accumulation and the capaian 112,5 = 9 / 8: the year-end value is taken as typed.
    const result = await checkSheets([sheet([9, 82], [112.5, 102.5])]);
    expect(serious(result)).toEqual([]);
    const wrong = await checkSheets([sheet([9, 82], [95, 102.5])]);
    expect(serious(wrong)).toEqual(["capaian@PK TW IV!I3"]);
  });
});
