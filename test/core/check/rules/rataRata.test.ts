/**
 * rata-rata checks only an average row as the mean of the rows above. A total row's % is a ratio of
 * its sums (total realisasi ÷ total ketetapan × 100), never their mean: it is not offered an AVERAGE
 * fix that would write a wrong value, whether or not the divisor column is understood.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import { pbbSheet } from "../../../support/pbbSheet";

describe("rata-rata on a total row", () => {
  it("a Jumlah % that is total realisasi ÷ total ketetapan is not checked as the mean of the rows", async () => {
    expect(serious(await checkSheets([pbbSheet()]))).toEqual([]);
  });

  it("nor when the divisor column has no role: with the inputs unknown, the total's % is not checked", async () => {
    expect(serious(await checkSheets([pbbSheet({ divisor: "Pokok PBB Terhutang (Rp)" })]))).toEqual([]);
  });

  it("an average row is still checked as the mean of the rows above", async () => {
    // 90,12 is neither the mean of the six % (87,56) nor the ratio of the row's own sums (87,63).
    const result = await checkSheets([pbbSheet({ closing: "Rata-rata", percent: 90.12 })]);
    expect(serious(result)).toEqual(["rata-rata@PBB Kelurahan!F10"]);
    expect(result.findings.find((f) => f.rule === "rata-rata")?.fix?.formula).toBe("AVERAGE(F4:F9)");
  });
});
