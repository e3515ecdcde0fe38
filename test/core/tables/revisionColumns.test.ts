/**
 * A revised budget's pagu pair: "ANGGARAN MURNI | ANGGARAN PERUBAHAN" (APBD, PAGU; SEMULA / MENJADI)
 * is read as sebelum / setelah, as "SEBELUM / SETELAH PERUBAHAN" is, so its BERTAMBAH/(BERKURANG)
 * column is checked as setelah − sebelum and the % serapan divides by the revised pagu. A "Pagu
 * Perubahan" alone stays the table's pagu.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { mainColumn } from "../../../src/core/tables/columns";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

type Row = (string | number | null)[];

/** Kegiatan with pagu murni, perubahan, bertambah/(berkurang), realisasi, sisa and % (E3 given). */
function revised(before: string, after: string, e3 = -13_750_000, numbering = false): SheetSpec {
  const rows: Row[] = [
    ["KODE", "URAIAN", before, after, "BERTAMBAH/(BERKURANG) (Rp)", "REALISASI (Rp)", "SISA ANGGARAN (Rp)", "% SERAPAN"],
    [
      "1.26.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
      7_382_500_000,
      7_373_500_000,
      -9_000_000,
      7_180_347_184,
      193_152_816,
      97.38,
    ],
    [
      "1.26.01.1.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja",
      412_500_000,
      398_750_000,
      e3,
      391_204_500,
      7_545_500,
      98.11,
    ],
    [
      "1.26.01.1.02",
      "Administrasi Keuangan Perangkat Daerah",
      5_820_000_000,
      5_764_300_000,
      -55_700_000,
      5_602_118_734,
      162_181_266,
      97.19,
    ],
    [
      "1.26.01.1.06",
      "Administrasi Umum Perangkat Daerah",
      1_150_000_000,
      1_210_450_000,
      60_450_000,
      1_187_023_950,
      23_426_050,
      98.06,
    ],
  ];
  if (numbering) rows.splice(1, 0, [1, 2, 3, 4, "5 = 4 - 3", 6, "7 = 4 - 6", "8 = 6 / 4"]);
  return { name: "Realisasi Anggaran", rows };
}

async function table(sheet: SheetSpec) {
  const [t] = recognizeTables(await readXlsx(await buildXlsx([sheet])));
  return t;
}

describe("the murni / perubahan pagu pair", () => {
  it.each([
    ["ANGGARAN MURNI (Rp)", "ANGGARAN PERUBAHAN (Rp)"],
    ["APBD MURNI (Rp)", "APBD PERUBAHAN (Rp)"],
    ["PAGU MURNI (Rp)", "PAGU PERUBAHAN (Rp)"],
    ["ANGGARAN MURNI", "ANGGARAN PERUBAHAN"],
    ["PAGU SEMULA", "PAGU MENJADI"],
  ])("%s | %s: a wrong Bertambah/(Berkurang) is reported, the right ones are not", async (before, after) => {
    expect(serious(await checkSheets([revised(before, after, -23_750_000)]))).toEqual(["selisih@Realisasi Anggaran!E3"]);
    expect(serious(await checkSheets([revised(before, after)]))).toEqual([]);
  });

  it("reads the pair as sebelum / setelah; the revised pagu is the table's pagu and what the % divides", async () => {
    const t = await table(revised("ANGGARAN MURNI (Rp)", "ANGGARAN PERUBAHAN (Rp)"));
    expect(t.columns.slice(2, 4).map((c) => c.role)).toEqual(["sebelum", "setelah"]);
    expect(mainColumn(t, "anggaran")?.letter).toBe("D");
    expect(t.ratios.map((r) => [r.kind, r.denominator])).toEqual([["persen", 3]]);
  });

  it("a “%” column whose numbering row says 8 = 6 / 4 over the revised pagu is the % serapan", async () => {
    const sheet = revised("ANGGARAN MURNI (Rp)", "ANGGARAN PERUBAHAN (Rp)", -13_750_000, true);
    sheet.rows[0][7] = "%";
    sheet.rows[4][7] = 98.18;
    expect(serious(await checkSheets([sheet]))).toEqual(["persen-anggaran@Realisasi Anggaran!H5"]);
  });

  it("without a % column the revised pagu is still the pagu", async () => {
    const sheet = revised("PAGU MURNI (Rp)", "PAGU PERUBAHAN (Rp)");
    sheet.rows = sheet.rows.map((r) => r.slice(0, 7));
    expect(mainColumn(await table(sheet), "anggaran")?.letter).toBe("D");
  });

  it("a Pagu Perubahan alone keeps its pagu role", async () => {
    const sheet = revised("PAGU PERUBAHAN (Rp)", "REALISASI (Rp)");
    sheet.rows = sheet.rows.map((r) => [r[0], r[1], r[3], r[5], r[6], r[7]]);
    sheet.rows[0] = ["KODE", "URAIAN", "PAGU PERUBAHAN (Rp)", "REALISASI (Rp)", "SISA ANGGARAN (Rp)", "% SERAPAN"];
    const t = await table(sheet);
    expect(t.columns[2].role).toBe("anggaran");
    expect(serious(await checkSheets([sheet]))).toEqual([]);
  });
});
