/**
 * Uncoded group rows that carry their group's sums ("Bidang Sekretariat" above the numbered kegiatan it
 * adds up) head those rows: the grand total adds the groups, each group row is checked against its
 * kegiatan (blind round 25, P1c: 4 false errors when they were read as leaves of the row above).
 */
import { recognizeTables } from "../../../src/core/tables";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { buildXlsx } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

type Row = (string | number | null)[];
/** `sekretariat`: the anggaran written on the first group row (its kegiatan add up to 5.844.100.000). */
const lra = (sekretariat: number): Row[] => [
  ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"],
  [null, "JUMLAH TOTAL", 7774100000, 7532029850, 242070150, 96.9],
  [null, "Bidang Sekretariat", sekretariat, 5696888850, sekretariat - 5696888850, 97.5],
  [1, "Penyediaan Gaji dan Tunjangan ASN", 5432100000, 5298765400, 133334600, 97.5],
  [2, "Penyediaan Jasa Kantor", 412000000, 398123450, 13876550, 96.6],
  [null, "Bidang Aplikasi Informatika", 1930000000, 1835141000, 94859000, 95.1],
  [3, "Pengembangan Aplikasi SPBE", 1250000000, 1187654000, 62346000, 95],
  [4, "Pengelolaan Pusat Data", 645000000, 612987000, 32013000, 95],
  [5, "Pengelolaan Nama Domain", 35000000, 34500000, 500000, 98.6],
];

it("an uncoded row that adds up the numbered rows below it is their parent", async () => {
  const [table] = recognizeTables(await readXlsx(await buildXlsx([{ name: "LRA", rows: lra(5844100000) }])));
  const parents = table.rows.map((r) => [r.index + 1, r.parent === undefined ? null : r.parent + 1]);
  expect(parents).toEqual([
    [2, null],
    [3, null],
    [4, 3],
    [5, 3],
    [6, null],
    [7, 6],
    [8, 6],
    [9, 6],
  ]);
  expect(serious(await checkSheets([{ name: "LRA", rows: lra(5844100000) }]))).toEqual([]);
});

it("an uncoded row that does not add up the rows below it stays a leaf", async () => {
  const [table] = recognizeTables(await readXlsx(await buildXlsx([{ name: "LRA", rows: lra(5844200000) }])));
  expect(table.rows.find((r) => r.index === 2)?.parent).toBeUndefined();
  expect(table.rows.find((r) => r.index === 3)?.parent).toBeUndefined();
});
