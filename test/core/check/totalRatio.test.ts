/**
 * The % of a total row of amounts (PBB: realisasi ÷ ketetapan) is checked as the ratio of its sums;
 * a % from the right sums under a wrong total amount is right (total names the amount).
 */
import { checkSheets, serious } from "../../support/checkSheets";
import { pbbSheet } from "../../support/pbbSheet";

describe("the % of a total row of amounts", () => {
  it("typed as the mean of the rows is reported as total realisasi ÷ total ketetapan", async () => {
    const result = await checkSheets([pbbSheet({ percent: 87.56 })]);
    // KETETAPAN (Rp) is the amount the realisasi is measured against: the % is the budget ratio.
    expect(serious(result)).toEqual(["persen-anggaran@PBB Kelurahan!F10"]);
    const f = result.findings.find((x) => x.rule === "persen-anggaran");
    expect(f?.expected).toBe("87,63");
    expect(f?.fix?.formula).toBe("E10/D10*100");
  });

  it("from the right sums under a wrong total realisasi: only the total amount is reported", async () => {
    // 1.331.945.000 typed for 1.321.945.000; the % 87,63 is the ratio of the right sums.
    const result = await checkSheets([pbbSheet({ realisasi: 1_331_945_000, percent: 87.63 })]);
    expect(serious(result)).toEqual(["total@PBB Kelurahan!E10"]);
  });
});
