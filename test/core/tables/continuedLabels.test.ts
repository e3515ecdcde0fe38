/** An indicator name wrapped onto the next row by hand is one indicator, its name joined. */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";

async function rowsOf(rows: (string | number | null)[][]) {
  const [table] = recognizeTables(await readXlsx(await buildXlsx([{ name: "PK", rows }])));
  return table.rows.map((r) => `${r.role}:${r.label}`);
}

describe("an indicator name continued on the next row", () => {
  const header = ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"];

  it("joins the name above when the row holds only the rest of it, in lower case", async () => {
    expect(
      await rowsOf([
        header,
        [1, "Persentase desa/kelurahan yang memiliki", "%", 80, 76, 95],
        [null, "dokumen rencana kontinjensi"],
        [2, "Jumlah kader terlatih", "orang", 40, 38, 95],
      ]),
    ).toEqual([
      "indikator:Persentase desa/kelurahan yang memiliki dokumen rencana kontinjensi",
      "indikator:Jumlah kader terlatih",
    ]);
  });

  it("keeps a lettered sub-indicator, a capitalised line and a heading's items as rows of their own", async () => {
    const rows = await rowsOf([
      header,
      [1, "Persentase layanan dasar terpenuhi:", null, null, null, null],
      [null, "a. pendidikan", "%", 100, 98, 98],
      [2, "Indeks kepuasan masyarakat", "indeks", 80, 82, 102.5],
      [null, "Rata-rata lama pelayanan", "hari", 3, 3, 100],
    ]);
    expect(rows).toHaveLength(4);
  });
});
