/** The decimal mark of a column's text numbers, from the texts that show it unambiguously. */
import { columnNotation } from "../../../src/core/tables/columnNotation";
import { checkSheets, serious } from "../../support/checkSheets";

describe("columnNotation", () => {
  it("comma decimals beside an ambiguous 93,695 %: the comma is the decimal mark", () => {
    expect(columnNotation(["98,15 %", "87,5", "93,695 %"])?.decimalSeparator).toBe(",");
  });

  it("US texts (95.5, 1,234.56): the dot is the decimal mark", () => {
    expect(columnNotation(["95.5", "1,234.56", "1,250"])?.decimalSeparator).toBe(".");
  });

  it("only ambiguous texts, or evidence both ways: no notation", () => {
    expect(columnNotation(["1.250", "93,695"])).toBeUndefined();
    expect(columnNotation(["98,15", "95.5"])).toBeUndefined();
  });
});

describe("text percentages with three decimals", () => {
  it("“93,695 %” among comma-decimal texts is 93,695, not 93 695 (no false alarm on a right capaian)", async () => {
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          [1, "Cakupan imunisasi dasar lengkap", "95 %", "93,695 %", "98,63 %"],
          [2, "Persentase balita gizi buruk dirawat", "100 %", "90,2 %", "90,20 %"],
          [3, "Prevalensi balita ditimbang", "85 %", "80,75 %", "95,00 %"],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
  });
});
