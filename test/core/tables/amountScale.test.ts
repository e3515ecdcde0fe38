/**
 * The scale of money columns: "(Rp 000)", "(ribuan Rp)", "(Rp juta)" in the header, or "(dalam ribuan
 * rupiah)" in the title or a note row above the table; never taken from another table's rows above.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";

type Rows = (string | number | null)[][];

const PROGRAMS: Rows = [
  [1, "Program Penunjang Urusan Pemerintahan Daerah", 18456250, 17932118, 97.16],
  [2, "Program Pengendalian Pencemaran", 6380000, 6127554, 96.04],
];

/** `pagu|realisasi|persen` rupiah per unit of each table's money and % columns. */
async function scales(rows: Rows): Promise<string[]> {
  const wb = await readXlsx(await buildXlsx([{ name: "S", rows }]));
  return recognizeTables(wb).map((t) =>
    t.columns
      .filter((c) => c.role === "anggaran" || c.role === "realisasi" || c.role === "persen")
      .map((c) => c.rupiahPer ?? 1)
      .join("|"),
  );
}

describe("amount scale of money columns", () => {
  it.each([
    ["Anggaran (Rp 000)", "Realisasi (Rp 000)", 1000],
    ["Anggaran (ribuan Rp)", "Realisasi (ribuan Rp)", 1000],
    ["Pagu (Rp. 000,-)", "Realisasi (Rp. 000,-)", 1000],
    ["Anggaran (Rp juta)", "Realisasi (Rp juta)", 1e6],
    ["Anggaran (dalam jutaan rupiah)", "Realisasi (dalam jutaan rupiah)", 1e6],
  ])("is read from the header %s", async (pagu, realisasi, per) => {
    expect(await scales([["No", "Program", pagu, realisasi, "% Serapan"], ...PROGRAMS])).toEqual([`${per}|${per}|1`]);
  });

  it("full rupiah headers have none", async () => {
    expect(await scales([["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"], ...PROGRAMS])).toEqual(["1|1|1"]);
  });

  it("is read from the title or a note row above the header", async () => {
    const header = ["No", "Program", "Anggaran", "Realisasi", "% Serapan"];
    expect(await scales([["Tabel 3.4 Efisiensi Penggunaan Sumber Daya (dalam ribuan rupiah)"], header, ...PROGRAMS])).toEqual([
      "1000|1000|1",
    ]);
    expect(
      await scales([["Tabel 3.4 Efisiensi"], [null, null, null, null, "(dalam ribuan rupiah)"], header, ...PROGRAMS]),
    ).toEqual(["1000|1000|1"]);
  });

  it("a title above an earlier table does not scale the next one", async () => {
    const rows: Rows = [
      ["Tabel 3.3 Realisasi Anggaran (dalam ribuan rupiah)"],
      ["No", "Program", "Anggaran", "Realisasi", "% Serapan"],
      ...PROGRAMS,
      [],
      ["No", "Program", "Pagu", "Realisasi", "% Serapan"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah", 18456250000, 17932118400, 97.16],
      [2, "Program Pengendalian Pencemaran", 6380000000, 6127554000, 96.04],
    ];
    expect(await scales(rows)).toEqual(["1000|1000|1", "1|1|1"]);
  });
});
