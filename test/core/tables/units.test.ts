/** Column units: from the header, the cells' formats and magnitudes, text amounts included. */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";

async function unitsOf(rows: (string | number | null)[][]): Promise<string[]> {
  const wb = await readXlsx(await buildXlsx([{ name: "LRA", rows }]));
  const [table] = recognizeTables(wb);
  return table.columns.map((c) => `${c.role}:${c.unit ?? "-"}`);
}

describe("column units", () => {
  it("a budget column whose amounts are all typed as text is in rupiah, as one of numbers is", async () => {
    const header = ["No", "Program / Kegiatan", "Anggaran", "Realisasi", "%"];
    const asText = await unitsOf([
      header,
      ["1", "Program Penunjang Urusan", "Rp 1.250.000.000,-", "Rp 1.100.000.000,-", "88,00"],
      ["2", "Program Pelayanan Kesehatan", "Rp 980.500.000,-", "Rp 900.000.000,-", "91,79"],
      ["3", "Program Pengendalian Penyakit", "Rp 455.000.000,-", "Rp 400.000.000,-", "87,91"],
    ]);
    const asNumbers = await unitsOf([
      header,
      ["1", "Program Penunjang Urusan", 1250000000, 1100000000, 88],
      ["2", "Program Pelayanan Kesehatan", 980500000, 900000000, 91.79],
      ["3", "Program Pengendalian Penyakit", 455000000, 400000000, 87.91],
    ]);
    expect(asText).toEqual(asNumbers);
    expect(asText).toContain("anggaran:rupiah");
    expect(asText).toContain("persen:persen");
  });

  it("small text numbers in an unlabelled value column give it no rupiah unit", async () => {
    const units = await unitsOf([
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["1", "Persentase balita gizi baik", "%", "90,00", "92,50", "102,78"],
      ["2", "Jumlah puskesmas terakreditasi", "unit", "12", "12", "100,00"],
    ]);
    expect(units.filter((u) => u.endsWith(":rupiah"))).toEqual([]);
  });
});
