/** otherRowRead: the one other row a formula reads, from its same-sheet references. */
import { otherRowRead } from "../../../src/core/check/formulaRows";

describe("otherRowRead", () => {
  it("finds the row above in a copied capaian formula (0-based rows)", () => {
    expect(otherRowRead('IFERROR(ROUND(F7/E7*100,2),"-")', 7)).toBe(6);
    expect(otherRowRead("$F$7/$E$7*100", 7)).toBe(6);
  });

  it("is null for the formula's own row, several rows, ranges, other sheets and text", () => {
    expect(otherRowRead("F8/E8*100", 7)).toBeNull();
    expect(otherRowRead("F8/E7*100", 7)).toBeNull();
    expect(otherRowRead("AVERAGE(G4:G9)", 9)).toBeNull();
    expect(otherRowRead("'PK 2025'!F7/E8*100", 7)).toBeNull();
    expect(otherRowRead('IF(F8="A7","-",F8/E8)', 7)).toBeNull();
    expect(otherRowRead("LOG10(F8)", 7)).toBeNull();
  });
});
