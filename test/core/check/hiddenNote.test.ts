/** A finding on a hidden row or column says so (the user clicking it in Excel sees nothing there). */
import { checkSheets, serious } from "../../support/checkSheets";
import { oracleModel, compareModels } from "../../support/excelJsOracle";
import { buildXlsx, SheetSpec } from "../../support/workbooks";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";

const lra = (hidden: Partial<SheetSpec>): SheetSpec[] => [
  {
    name: "LRA",
    rows: [
      ["Kode", "Uraian", "Catatan", "Anggaran", "Realisasi", "%"],
      ["5.1.02.01", "Belanja Barang Pakai Habis", "", 120000000, 114000000, 95],
      ["5.1.02.02", "Belanja Jasa Kantor", "", 80000000, 76000000, 96],
      ["5.1.02.03", "Belanja Pemeliharaan", "", 50000000, 45000000, 90],
    ],
    ...hidden,
  },
];

describe("findings on hidden cells", () => {
  it("a wrong % in a grouped (hidden) row says the row is hidden", async () => {
    const result = await checkSheets(lra({ hiddenRows: [2] }));
    expect(serious(result)).toEqual(["persen-anggaran@LRA!F3"]);
    expect(result.findings[0].message).toContain("(Sel F3 ada di baris 3 yang disembunyikan; tampilkan dulu untuk melihatnya.)");
  });

  it("names a hidden column too, and says nothing where the cell is shown", async () => {
    const hiddenColumn = await checkSheets(lra({ hiddenColumns: [5] }));
    expect(hiddenColumn.findings[0].message).toContain("ada di kolom F yang disembunyikan");
    const shown = await checkSheets(lra({ hiddenRows: [1] }));
    expect(serious(shown)).toEqual(["persen-anggaran@LRA!F3"]);
    expect(shown.findings[0].message).not.toContain("disembunyikan");
  });

  it("both readers find the same hidden rows and columns", async () => {
    const bytes = new Uint8Array(await buildXlsx(lra({ hiddenRows: [1, 3], hiddenColumns: [2] })));
    const now = await readXlsx(bytes);
    expect(now.sheets[0].hiddenRows).toEqual([1, 3]);
    expect(now.sheets[0].hiddenColumns).toEqual([2]);
    expect(compareModels(await oracleModel(bytes), now).differences).toEqual([]);
  });
});
