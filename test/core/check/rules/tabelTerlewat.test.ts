/**
 * tabel-terlewat (info): a header with numbers below it that no recognised table covers is said, so a
 * finance officer never believes it was checked; tables that were read raise nothing.
 */
import { checkSheets, keys } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

const PK: SheetSpec = {
  name: "Formulir PK",
  rows: [
    ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase layanan administrasi tepat waktu", 90, 85.5, 95],
    [2, "Indeks kepuasan masyarakat", 80, 82, 102.5],
  ],
};

describe("tabel-terlewat", () => {
  it("says where a table was not read: a header row with a stray number (a page number typed beside it)", async () => {
    const budget: SheetSpec = {
      name: "Anggaran",
      rows: [
        ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%", 12],
        ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1500000000, 1450000000, 96.67],
        ["5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500000000, 480000000, 96],
        ["5.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1000000000, 970000000, 97],
      ],
    };
    const result = await checkSheets([PK, budget]);
    expect(result.tables.map((t) => t.sheet)).toEqual(["Formulir PK"]);
    const notes = result.findings.filter((f) => f.rule === "tabel-terlewat");
    expect(notes.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Anggaran!A1"]);
    expect(notes[0].severity).toBe("info");
    expect(notes[0].message).toContain("“Pagu (Rp)”");
    expect(notes[0].message).toContain("tidak diperiksa");
  });

  it("is silent on tables that were read, on a title above a table and on a header without numbers below", async () => {
    const withTitle: SheetSpec = {
      name: "PK",
      rows: [["PENGUKURAN KINERJA: Target dan Realisasi Indikator"], [], ...PK.rows],
    };
    const legend: SheetSpec = {
      name: "Catatan",
      rows: [
        ["Indikator", "Target", "Realisasi"],
        ["diisi oleh bidang", "", ""],
      ],
    };
    const result = await checkSheets([PK, withTitle, legend]);
    expect(keys(result).filter((k) => k.startsWith("tabel-terlewat"))).toEqual([]);
  });
});
