/**
 * Where a table ends: after a closing row ("Rata-rata Capaian Sasaran") the rows that follow are still
 * the table's while they read as its data. The next misi and its sasaran are two heading rows, label
 * only, before the indicators of misi 2; the table went on past one such row and was cut at two,
 * leaving misi 2 unchecked, silently (blind round 25 w09: predikat “Rendah” for 66,67 at G15 missed).
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

type Row = (string | number | null)[];

const HEADER: Row = ["No", "Misi / Sasaran / Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"];
const heading = (label: string): Row => [null, label, null, null, null, null, null];
const average = (capaian: number, predikat: string): Row => [
  null,
  "Rata-rata Capaian Sasaran",
  null,
  null,
  null,
  capaian,
  predikat,
];

function pk(between: Row[], after: Row[] = []): SheetSpec {
  return {
    name: "PK",
    rows: [
      HEADER,
      heading("MISI 1: Mewujudkan tata kelola pemerintahan yang baik"),
      heading("Sasaran 1.1 Meningkatnya kualitas perencanaan"),
      ["1.1", "Persentase keselarasan program", "%", 95, 97.3, 102.42, "Sangat Tinggi"],
      ["1.2", "Nilai evaluasi RKPD", "Nilai", 80, 78.25, 97.81, "Sangat Tinggi"],
      average(100.12, "Sangat Tinggi"),
      ...between,
      ...after,
    ],
  };
}

const misi2: Row[] = [
  ["2.1", "Persentase data mutakhir", "%", 90, 94.5, 105, "Sangat Tinggi"],
  // 66,67 is Sedang (66 – < 76) on Permendagri 86.
  ["2.2", "Jumlah kajian yang dimanfaatkan", "Dokumen", 6, 4, 66.67, "Rendah"],
  average(85.84, "Tinggi"),
];

describe("heading rows after a closing row", () => {
  it("the next misi and its sasaran continue the table: misi 2's wrong predikat is found", async () => {
    const sheet = pk([
      heading("MISI 2: Mewujudkan pertumbuhan ekonomi inklusif"),
      heading("Sasaran 2.1 Meningkatnya kualitas data"),
      ...misi2,
    ]);
    const result = await checkSheets([sheet]);
    expect(serious(result)).toEqual(["predikat@PK!G10"]);
  });

  it("so do a sasaran and its tujuan written under it", async () => {
    const sheet = pk([
      heading("Sasaran 2.1 Meningkatnya kualitas data"),
      heading("Tujuan 2: Meningkatkan kualitas data"),
      ...misi2,
    ]);
    expect(serious(await checkSheets([sheet]))).toEqual(["predikat@PK!G10"]);
  });

  it("label-only rows over another table's header end the table", async () => {
    const sheet = pk(
      [],
      [
        heading("Tabel 3.2 Realisasi per sasaran"),
        heading("Tahun 2025"),
        ["No", "Sasaran", "Capaian (%)", null, null, null, null],
        [1, "Meningkatnya kualitas perencanaan", 100.12, null, null, null, null],
      ],
    );
    const [t] = recognizeTables(await readXlsx(await buildXlsx([sheet])));
    expect(t.bottom).toBe(5);
  });
});

describe("a grand total named by what it totals, under the groups' subtotals", () => {
  // PAD: Pajak Daerah (I) and Retribusi Daerah (II), each numbered 1…n with its own Jumlah row.
  const pad = (label: string, total: number) => [
    {
      name: "Realisasi PAD",
      rows: [
        ["NO", "URAIAN", "TARGET (Rp)", "REALISASI (Rp)", "%"],
        ["I", "PAJAK DAERAH"],
        [1, "Pajak Reklame", 1850000000, 1729450000, 93.48],
        [2, "Pajak Air Tanah", 420000000, 436118900, 103.84],
        ["", "Jumlah Pajak Daerah", 2270000000, 2165568900, 95.4],
        ["II", "RETRIBUSI DAERAH"],
        [1, "Retribusi Jasa Umum", 4350000000, 4012336750, 92.24],
        [2, "Retribusi Jasa Usaha", 2780000000, 2811097400, 101.12],
        ["", "Jumlah Retribusi Daerah", 7130000000, 6823434150, 95.7],
        ["", label, total, 8989003050, 95.63],
      ],
    },
  ];

  it.each(["TOTAL PAD", "Jumlah PAD", "TOTAL PENDAPATAN ASLI DAERAH (I + II)", "JUMLAH PAJAK DAN RETRIBUSI"])(
    "“%s” is the grand total: nothing flagged",
    async (label) => {
      expect(serious(await checkSheets(pad(label, 9400000000)))).toEqual([]);
    },
  );
});
