/**
 * A parent row whose realisasi is the one wrong cell: jumlah-induk reports it, and its sisa and % that
 * agree with the children are not flagged as well (their fixes would make right cells wrong). When the
 * parent's realisasi is right, a wrong sisa or % is still reported.
 */
import { checkSheets, serious } from "../../support/checkSheets";
import type { SheetSpec } from "../../support/workbooks";

/** Kegiatan 1.1 = Σ of three sub kegiatan; D3 (its realisasi) may be mistyped, sisa E3 and % F3 as given. */
function lra(d3: number, e3: number, f3: number): SheetSpec {
  return {
    name: "LRA 2025",
    rows: [
      ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
      ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 7700000000, 7602350500, 97649500, 98.73],
      ["1.1", "Administrasi Keuangan Perangkat Daerah", 7700000000, d3, e3, f3],
      ["1.1.1", "Penyediaan Gaji dan Tunjangan ASN", 7000000000, 6950000000, 50000000, 99.29],
      ["1.1.2", "Pelaksanaan Penatausahaan Keuangan", 400000000, 380350500, 19649500, 95.09],
      ["1.1.3", "Penyusunan Laporan Keuangan", 300000000, 272000000, 28000000, 90.67],
    ],
  };
}

describe("a parent's sisa and % beside its wrong realisasi", () => {
  it("are not flagged when they agree with the children: only the realisasi is reported", async () => {
    const result = await checkSheets([lra(7620350500, 97649500, 98.73)]);
    expect(serious(result)).toEqual(["jumlah-induk@LRA 2025!D3"]);
  });

  it("are still reported when they are wrong themselves", async () => {
    const result = await checkSheets([lra(7602350500, 79649500, 98.37)]);
    expect(serious(result)).toEqual(["selisih@LRA 2025!E3", "persen-anggaran@LRA 2025!F3"]);
  });

  it("the correct table raises nothing", async () => {
    expect(serious(await checkSheets([lra(7602350500, 97649500, 98.73)]))).toEqual([]);
  });
});

describe("a sisa and % beside a row total typed wrong", () => {
  // REALISASI = TW I + … + TW IV; row 3's is typed 1.000.000 too high, its % and sisa follow the true sum.
  const lra: SheetSpec = {
    name: "LRA",
    rows: [
      ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", null, null, null, null, "%", "Sisa (Rp)"],
      [null, null, null, "TW I", "TW II", "TW III", "TW IV", "Jumlah", null, null],
      ["1.01", "Penyediaan Jasa Surat Menyurat", 100000000, 20000000, 25000000, 25000000, 25000000, 95000000, 95, 5000000],
      ["1.02", "Penyediaan Alat Tulis Kantor", 200000000, 40000000, 50000000, 50000000, 50000000, 191000000, 95, 10000000],
      ["1.03", "Rapat Koordinasi", 50000000, 10000000, 12000000, 12000000, 12000000, 46000000, 92, 4000000],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:H1", "I1:I2", "J1:J2"],
  };

  it("only the row total is reported: the % and sisa are right against its fix", async () => {
    expect(serious(await checkSheets([lra]))).toEqual(["total@LRA!H4"]);
  });
});

describe("a % beside a pagu another table gives differently", () => {
  /** The LRA (its pagu C3 `lraPagu`), then an efficiency table whose pagu D2 is `pagu` and serapan F2 `serapan`. */
  function workbook(pagu: number, serapan: number, lraPagu = 3480000000): SheetSpec[] {
    return [
      {
        name: "LRA",
        rows: [
          ["KODE", "PROGRAM", "ANGGARAN", "REALISASI", "%"],
          ["2.07.01", "Program Penunjang Urusan Pemerintahan Daerah", 2145600000, 2031883200, 94.7],
          ["2.07.02", "Program Peningkatan Sarana Distribusi Perdagangan", lraPagu, 3264240000, 93.8],
          ["2.07.03", "Program Pengelolaan Retribusi Pasar", 612500000, 551250000, 90],
        ],
      },
      {
        name: "Efisiensi",
        rows: [
          ["NO", "PROGRAM", "CAPAIAN KINERJA (%)", "ANGGARAN (Rp)", "REALISASI (Rp)", "SERAPAN ANGGARAN (%)", "EFISIENSI (%)"],
          [
            1,
            "Program Peningkatan Sarana Distribusi Perdagangan",
            83.5,
            pagu,
            3264240000,
            serapan,
            Math.round((83.5 - serapan) * 100) / 100,
          ],
          [2, "Program Pengelolaan Retribusi Pasar", 97.5, 612500000, 551250000, 90, 7.5],
        ],
      },
    ];
  }

  it("is right when it agrees with the other table's pagu: only the pagu is reported", async () => {
    const result = await checkSheets(workbook(3430000000, 93.8));
    expect(serious(result)).toEqual(["beda-antar-tabel@Efisiensi!D2"]);
  });

  it("in the earlier table too: the pagu whose own % follows the other table's is the one reported", async () => {
    const result = await checkSheets(workbook(3480000000, 93.8, 3430000000));
    expect(serious(result)).toEqual(["beda-antar-tabel@LRA!C3"]);
    expect(result.findings[0].message).toContain("'Efisiensi'!D2 tertulis 3.480.000.000");
  });

  it("is still an error when it agrees with neither pagu", async () => {
    const result = await checkSheets(workbook(3430000000, 92.8));
    expect(serious(result)).toEqual(["beda-antar-tabel@Efisiensi!D2", "persen-anggaran@Efisiensi!F2"]);
  });
});

describe("a sisa beside a pagu another table gives differently", () => {
  const rows = (pagu: number, sisa: number) => [
    ["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)"],
    ["7.01.01", "Program Penunjang Urusan Pemerintahan Daerah", 2145600000, 2031883200, 113716800],
    ["7.01.02", "Program Peningkatan Sarana Distribusi Perdagangan", pagu, 3264240000, sisa],
  ];

  it("is right when it agrees with the other table's pagu: only the pagu is reported", async () => {
    const result = await checkSheets([
      { name: "LRA", rows: rows(3480000000, 215760000) },
      { name: "Lampiran", rows: rows(3430000000, 215760000) },
    ]);
    expect(serious(result)).toEqual(["beda-antar-tabel@Lampiran!C3"]);
  });
});
