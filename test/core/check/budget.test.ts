/** Budget tables: persen, sisa, parent sums, totals, codes, errors, SIPD rekening rows, roman/letter and bold-only hierarchy. */
import { checkSheets, keys, serious } from "../../support/checkSheets";
import { budgetSheet, BudgetRowSpec, sipdLra, SheetSpec } from "../../support/workbooks";

const ROWS: BudgetRowSpec[] = [
  { code: "1", uraian: "Program Pelayanan Administrasi Perkantoran", anggaran: 30_000_000, realisasi: 28_500_000, bold: true },
  { code: "1.1", uraian: "Penyediaan Jasa Surat Menyurat", anggaran: 10_000_000, realisasi: 9_500_000 },
  { code: "1.2", uraian: "Penyediaan Alat Tulis Kantor", anggaran: 20_000_000, realisasi: 19_000_000 },
  {
    code: "2",
    uraian: "Program Peningkatan Sarana dan Prasarana Aparatur",
    anggaran: 88_680_000,
    realisasi: 87_916_000,
    bold: true,
  },
  { code: "2.1", uraian: "Pengadaan Mebeleur", anggaran: 27_000_000, realisasi: 27_000_000 },
  { code: "2.2", uraian: "Pengadaan Perangkat Komputer", anggaran: 61_680_000, realisasi: 60_916_000 },
];

function rows(patch: (r: BudgetRowSpec[]) => void = () => undefined): BudgetRowSpec[] {
  const copy = structuredClone(ROWS);
  patch(copy);
  return copy;
}

const sheet = (r: BudgetRowSpec[], extra: Partial<Parameters<typeof budgetSheet>[0]> = {}): SheetSpec =>
  budgetSheet({ rows: r, total: { anggaran: "auto", realisasi: "auto" }, sisa: true, numberingRow: true, ...extra });

describe("clean budget workbooks produce no error or warning", () => {
  it.each(["number", "id", "us"] as const)("dotted codes, bold parents, total row (%s)", async (style) => {
    const r = await checkSheets([sheet(rows(), { style })]);
    expect(serious(r)).toEqual([]);
    expect(r.tables[0].kind).toBe("anggaran");
    expect(r.tables[0].hierarchical).toBe(true);
  });

  it("SIPD LRA with program/kegiatan/sub kegiatan/rekening rows", async () => {
    const r = await checkSheets([sipdLra({ rows: 700, seed: 3 })]);
    expect(serious(r)).toEqual([]);
    const t = r.tables[0];
    const rekening = t.rows.find((x) => x.role === "rekening");
    const sub = t.rows.find((x) => x.index === rekening?.parent);
    expect(sub?.role).toBe("subkegiatan");
  });
});

describe("planted errors", () => {
  it("persen-anggaran: 99,149 typed for 99,138; 95,01 for 95", async () => {
    const r = await checkSheets([
      sheet(
        rows((x) => {
          x[3].persen = 99.149;
          x[2].persen = 95.01;
        }),
      ),
    ]);
    expect(keys(r)).toEqual(["persen-anggaran@Realisasi Anggaran!F6", "persen-anggaran@Realisasi Anggaran!F7"]);
  });

  it("jumlah-induk: a wrong parent is reported once, not at the total it puts off balance", async () => {
    const r = await checkSheets([
      sheet(
        rows((x) => (x[0].anggaran = 31_000_000)),
        { total: { anggaran: 30_000_000 + 88_680_000, realisasi: "auto" } },
      ),
    ]);
    expect(keys(r).filter((k) => k.startsWith("jumlah-induk") || k.startsWith("total"))).toEqual([
      "jumlah-induk@Realisasi Anggaran!C4",
    ]);
    expect(r.findings.find((f) => f.rule === "jumlah-induk")?.fix?.formula).toBe("SUM(C5:C6)");
  });

  it("total: the closing row ≠ the sum of the programs", async () => {
    const r = await checkSheets([sheet(rows(), { total: { anggaran: "auto", realisasi: 116_416_600 } })]);
    expect(keys(r)).toContain("total@Realisasi Anggaran!D10");
  });

  it("selisih: a sisa that is not anggaran − realisasi", async () => {
    const r = await checkSheets([sheet(rows(), { sisaOverride: { 1: 600_000 } })]);
    expect(keys(r)).toEqual(["selisih@Realisasi Anggaran!E5"]);
  });

  it("realisasi-lebih, bagi-nol, nilai-error, angka-rusak, nilai-kosong", async () => {
    const r = await checkSheets([
      sheet(
        rows((x) => {
          x.push({ code: "3", uraian: "Program A", anggaran: 5_000_000, realisasi: 5_500_000, bold: true });
          x.push({ code: "4", uraian: "Program B", anggaran: "-", realisasi: "-", persen: { error: "#DIV/0!" }, bold: true });
          x.push({
            code: "5",
            uraian: "Program C",
            anggaran: 1_000_000,
            realisasi: 1_000_000,
            persen: { error: "#REF!" },
            bold: true,
          });
          x.push({ code: "6", uraian: "Program D", anggaran: "1.3.69", realisasi: 1_000, persen: "", bold: true });
          x.push({ code: "7", uraian: "Program E", anggaran: 2_000_000, realisasi: 1_000_000, persen: "", bold: true });
        }),
        { total: undefined },
      ),
    ]);
    expect(keys(r)).toEqual([
      "realisasi-lebih@Realisasi Anggaran!D10",
      "bagi-nol@Realisasi Anggaran!F11",
      "nilai-error@Realisasi Anggaran!F12",
      "angka-rusak@Realisasi Anggaran!C13",
      "nilai-kosong@Realisasi Anggaran!F14",
    ]);
  });

  it("kode-ganda and kode-lompat", async () => {
    const r = await checkSheets([
      sheet(
        rows((x) => {
          x[2].code = "1.1";
          x[5].code = "2.4";
        }),
      ),
    ]);
    expect(keys(r)).toEqual(["kode-ganda@Realisasi Anggaran!A6", "kode-lompat@Realisasi Anggaran!A9"]);
  });

  it("kode-ganda: a code repeated after the numbering went back (2.2, 2.1, 2.2) is found, once", async () => {
    const r = await checkSheets([
      sheet(
        rows((x) => {
          x[4].code = "2.2";
          x[5].code = "2.1";
          x.push({ code: "2.2", uraian: "Pengadaan Kendaraan Dinas", anggaran: 0, realisasi: 0 });
        }),
      ),
    ]);
    expect(keys(r).filter((k) => k.startsWith("kode-"))).toEqual(["kode-ganda@Realisasi Anggaran!A10"]);
  });

  it("SIPD: a rekening changed under its sub kegiatan is reported at the sub kegiatan only", async () => {
    const s = sipdLra({ rows: 300, seed: 5 });
    const rek = s.rows[6] as { v: unknown }[];
    const before = Number(rek[2].v);
    rek[2] = { v: before + 1000 };
    rek[4] = { v: before + 1000 - Number(rek[3].v) };
    rek[5] = { v: 0 };
    const r = await checkSheets([s]);
    expect(keys(r).filter((k) => k.startsWith("jumlah-induk") || k.startsWith("total"))).toEqual(["jumlah-induk@LRA SIPD!C6"]);
  });

  it("SIPD: a rekening listed twice under one sub kegiatan", async () => {
    const s = sipdLra({ rows: 300, seed: 5 });
    (s.rows[7] as { v: unknown }[])[0] = { v: (s.rows[6] as { v: unknown }[])[0].v };
    expect(keys(await checkSheets([s]))).toContain("kode-ganda@LRA SIPD!A8");
  });
});

describe("hierarchy without dotted codes", () => {
  it("roman numerals and letters in two code columns; a parent with no amount of its own is fine", async () => {
    const spec: BudgetRowSpec[] = [
      { code: "I", uraian: "PROGRAM PENUNJANG", anggaran: 150_000, realisasi: 0, bold: true },
      { code2: "a", uraian: "Kegiatan a", anggaran: 150_000, realisasi: 0, bold: true },
      { uraian: "Sub kegiatan a.1", anggaran: 75_000, realisasi: 0 },
      { code2: "b", uraian: "Kegiatan b", anggaran: null, realisasi: null, persen: "", bold: true },
      { uraian: "Sub kegiatan b.1", anggaran: 75_000, realisasi: 0 },
      { code: "II", uraian: "PROGRAM KEDUA", anggaran: 1_000_000, realisasi: 500_000, bold: true },
      { code2: "a", uraian: "Kegiatan a", anggaran: 1_000_000, realisasi: 500_000, bold: true },
      { uraian: "Sub kegiatan", anggaran: 1_000_000, realisasi: 500_000 },
    ];
    const r = await checkSheets([
      budgetSheet({ rows: spec, twoCodeColumns: true, total: { anggaran: 1_150_000, realisasi: 500_000 }, topLevel: [0, 5] }),
    ]);
    expect(keys(r, ["error", "warning"])).toEqual(["jumlah-induk@Realisasi Anggaran!D4"]);
    const t = r.tables[0];
    expect(t.rows.filter((x) => x.level === 1).map((x) => x.code)).toEqual(["I", "II"]);
  });

  it("bold-only hierarchy", async () => {
    const spec: BudgetRowSpec[] = [
      { uraian: "Belanja Langsung", anggaran: 3_000_000, realisasi: 2_000_000, bold: true },
      { uraian: "Belanja Pegawai", anggaran: 1_000_000, realisasi: 1_000_000 },
      { uraian: "Belanja Barang dan Jasa", anggaran: 2_500_000, realisasi: 1_000_000 },
    ];
    const r = await checkSheets([budgetSheet({ rows: spec, codeless: true })]);
    expect(keys(r, ["error", "warning"])).toEqual(["jumlah-induk@Realisasi Anggaran!B3"]);
  });

  it("indentation hierarchy", async () => {
    const spec: BudgetRowSpec[] = [
      { uraian: "Program", anggaran: 3_000_000, realisasi: 2_000_000 },
      { uraian: "Kegiatan 1", anggaran: 1_000_000, realisasi: 1_000_000, indent: 1 },
      { uraian: "Kegiatan 2", anggaran: 2_000_000, realisasi: 1_000_000, indent: 1 },
    ];
    const r = await checkSheets([budgetSheet({ rows: spec, codeless: true })]);
    expect(serious(r)).toEqual([]);
    expect(r.tables[0].rows.map((x) => x.level)).toEqual([1, 2, 2]);
  });
});

describe("numbering row formulas", () => {
  it("5=4-3 declares the selisih column", async () => {
    const s: SheetSpec = {
      name: "Sumber Daya",
      rows: [
        ["NO", "URAIAN", "JUMLAH (Rp)", null, "BERTAMBAH/(BERKURANG)", null],
        [null, null, "SEBELUM", "SETELAH", "SELISIH", "%"],
        [1, 2, 3, 4, "5=4-3", 6],
        ["5", "Belanja Daerah", "2.995.516.617,00", "3.242.441.617,00", "246.625.000,00", "92,38"],
        ["5.1", "Belanja Tidak Langsung", "2.236.464.257,00", "2.403.364.257,00", "166.900.000,00", "93,05"],
        ["5.2", "Belanja Langsung", "759.052.360,00", "839.077.360,00", "80.025.000,00", "90,46"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"],
    };
    expect(keys(await checkSheets([s]))).toEqual(["selisih@Sumber Daya!E4"]);
  });

  it("9=8/7 declares a capaian column in a block with abbreviated headers (T, R, %)", async () => {
    const s: SheetSpec = {
      name: "Cost",
      rows: [
        ["No", "Indikator Kinerja", "Nilai", null, null, "Kinerja", null, null],
        [null, null, "Anggaran", "Realisasi", "(%)", "T", "R", "%"],
        [1, 2, 3, 4, 5, 6, 7, "8=7/6"],
        [1, "Persentase fasilitasi ditindaklanjuti", "2.124.816.808", "1.077.194.452", "50,70", "95,45", "54,84", "57,45"],
        [2, "Persentase desa tertib administrasi", "32.704.500", "0", "0", "97,22", "33,33", "36,29"],
      ],
      merges: ["A1:A2", "B1:B2", "C1:E1", "F1:H1"],
    };
    const r = await checkSheets([s]);
    expect(keys(r)).toEqual(["capaian@Cost!H5"]);
    expect(r.tables[0].ratios.map((x) => [x.kind, x.source])).toEqual([
      ["persen", "kolom"],
      ["capaian", "rumus"],
    ]);
  });
});

describe("a Permendagri 13 LRA with jenis belanja under every kegiatan and LEBIH/(KURANG)", () => {
  const lra = (lebihKurang: number): SheetSpec => ({
    name: "LRA SKPD",
    rows: [
      ["KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "LEBIH/(KURANG)", "%"],
      ["5.2", "BELANJA LANGSUNG", 317_700_000, 315_398_750, -2_301_250, 99.28],
      ["1.16.1.16.01", "Program Pelayanan Administrasi Perkantoran", 70_200_000, 69_298_750, -901_250, 98.72],
      ["1.16.1.16.01.01", "Penyediaan jasa surat menyurat", 8_250_000, 8_112_500, -137_500, 98.33],
      ["5.2.1", "Belanja Pegawai", 1_800_000, 1_800_000, 0, 100],
      ["5.2.2", "Belanja Barang dan Jasa", 6_450_000, 6_312_500, -137_500, 97.87],
      ["1.16.1.16.01.08", "Penyediaan jasa kebersihan kantor", 61_950_000, 61_186_250, lebihKurang, 98.77],
      ["5.2.1", "Belanja Pegawai", 43_200_000, 43_200_000, 0, 100],
      ["5.2.2", "Belanja Barang dan Jasa", 18_750_000, 17_986_250, -763_750, 95.93],
      ["1.16.1.16.02", "Program Peningkatan Sarana dan Prasarana Aparatur", 247_500_000, 246_100_000, -1_400_000, 99.43],
      ["1.16.1.16.02.05", "Pengadaan kendaraan dinas/operasional", 247_500_000, 246_100_000, -1_400_000, 99.43],
      ["5.2.2", "Belanja Barang dan Jasa", 2_500_000, 2_350_000, -150_000, 94],
      ["5.2.3", "Belanja Modal", 245_000_000, 243_750_000, -1_250_000, 99.49],
    ],
  });

  it("correct: no error or warning (jenis belanja are the kegiatan's rekening, not duplicates under 5.2)", async () => {
    expect(serious(await checkSheets([lra(-763_750)]))).toEqual([]);
  });

  it("a wrong LEBIH/(KURANG) is checked as realisasi − anggaran", async () => {
    const result = await checkSheets([lra(-663_750)]);
    expect(serious(result)).toEqual(["selisih@LRA SKPD!E7"]);
    expect(result.findings.find((f) => f.cell === "E7")?.expected).toBe("-763.750");
  });

  it("under “SISA / LEBIH (KURANG)” written as anggaran − realisasi, a wrong sisa is checked that way", async () => {
    // Every sisa the other way round (anggaran − realisasi), E7 1.000.000 off.
    const sisa = (e7: number): SheetSpec => {
      const sheet = lra(0);
      sheet.rows = sheet.rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), i === 6 ? e7 : -(r[4] as number), r[5]]));
      sheet.rows[0] = ["KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "SISA / LEBIH (KURANG) (Rp)", "%"];
      return sheet;
    };
    expect(serious(await checkSheets([sisa(763_750)]))).toEqual([]);
    const result = await checkSheets([sisa(1_763_750)]);
    expect(serious(result)).toEqual(["selisih@LRA SKPD!E7"]);
    expect(result.findings.find((f) => f.cell === "E7")?.expected).toBe("763.750");
  });
});

describe("realisasi above a pagu that a wrong pagu below it made wrong", () => {
  it("only the wrong pagu is reported, not the overspending it causes in its parents", async () => {
    // Kegiatan 1.1.2's pagu 11.150.000 should be 13.650.000 (its rekening); 1.1 and 1 add it up as typed.
    const result = await checkSheets([
      {
        name: "LRA",
        rows: [
          ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "SISA", "%"],
          ["1", "Program Penunjang Urusan Pemerintahan", 34_850_000, 35_820_500, -970_500, 102.78],
          ["1.1", "Perencanaan dan Evaluasi Kinerja", 34_850_000, 35_820_500, -970_500, 102.78],
          ["1.1.1", "Penyusunan Dokumen Perencanaan", 23_700_000, 22_595_000, 1_105_000, 95.34],
          ["1.1.1.1", "Belanja Alat Tulis Kantor", 4_500_000, 4_385_000, 115_000, 97.44],
          ["1.1.1.2", "Belanja Makanan dan Minuman Rapat", 19_200_000, 18_210_000, 990_000, 94.84],
          ["1.1.2", "Penyusunan Laporan Capaian Kinerja", 11_150_000, 13_225_500, -2_075_500, 118.61],
          ["1.1.2.1", "Belanja Alat Tulis Kantor", 3_250_000, 3_180_500, 69_500, 97.86],
          ["1.1.2.2", "Belanja Bahan Cetak", 10_400_000, 10_045_000, 355_000, 96.59],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["jumlah-induk@LRA!C7"]);
  });
});

describe("a JUMLAH printed above the rows it totals", () => {
  const kelurahan: [string, number, number][] = [
    ["Kelurahan Sukamaju", 980_000_000, 951_200_000],
    ["Kelurahan Sukajadi", 1_020_000_000, 987_450_000],
    ["Kelurahan Mekarsari", 876_400_000, 842_137_500],
  ];
  /** `rightRealisasi`: what the top row's sisa and % are computed from. */
  const sheet = (topRealisasi: number, sisaOfSecond: number, rightRealisasi = topRealisasi): SheetSpec => {
    const pagu = kelurahan.reduce((a, k) => a + k[1], 0);
    const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
    return {
      name: "Dana Kelurahan",
      rows: [
        ["NO", "KELURAHAN", "PAGU (Rp)", "REALISASI (Rp)", "SISA (Rp)", "%"],
        [null, "JUMLAH", pagu, topRealisasi, pagu - rightRealisasi, pct(rightRealisasi, pagu)],
        ...kelurahan.map(([name, p, r], i) => [i + 1, name, p, r, i === 1 ? sisaOfSecond : p - r, pct(r, p)]),
      ],
    };
  };
  const realisasi = kelurahan.reduce((a, k) => a + k[2], 0);

  it("the rows below it are read and checked (a wrong sisa is found)", async () => {
    const result = await checkSheets([sheet(realisasi, 33_550_000)]);
    expect(serious(result)).toEqual(["selisih@Dana Kelurahan!E4"]);
    expect(result.tables[0].rows.find((r) => r.role === "total")?.closes).toEqual([2, 3, 4]);
  });

  it("a wrong total is checked against the rows below it; its sisa and % that agree with the right sum are not flagged", async () => {
    const result = await checkSheets([sheet(realisasi + 10_000_000, 1_020_000_000 - 987_450_000, realisasi)]);
    expect(serious(result)).toEqual(["total@Dana Kelurahan!D2"]);
    expect(result.findings[0].fix?.formula).toBe("SUM(D3:D5)");
  });
});

describe("a budget per seksi closed by “Jumlah Seksi …” rows, with no heading row per seksi", () => {
  const sheet = (label: (seksi: string) => string, restart: boolean, jumlahTrantib = 55_300_000): SheetSpec => ({
    name: "Anggaran",
    rows: [
      ["NO", "SUB KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)", "SISA (Rp)", "SERAPAN (%)"],
      [1, "Fasilitasi Penyelenggaraan Pemerintahan Desa", 48_500_000, 47_120_000, 1_380_000, 97.15],
      [2, "Pembinaan Administrasi Kependudukan Tingkat Kecamatan", 22_750_000, 22_750_000, 0, 100],
      ["", label("Pemerintahan"), 71_250_000, 69_870_000, 1_380_000, 98.06],
      [restart ? 1 : 3, "Koordinasi Penyelenggaraan Ketenteraman dan Ketertiban Umum", 36_900_000, 35_012_500, 1_887_500, 94.88],
      [restart ? 2 : 4, "Patroli Wilayah dan Penertiban Bersama", 18_400_000, 17_986_000, 414_000, 97.75],
      ["", label("Trantib"), jumlahTrantib, 52_998_500, jumlahTrantib - 52_998_500, 95.84],
      ["", "JUMLAH KESELURUHAN", 126_550_000, 122_868_500, 3_681_500, 97.09],
    ],
  });

  it.each([
    ["Jumlah Seksi …", (s: string) => `Jumlah Seksi ${s}`, false],
    ["Sub Total …", (s: string) => `Sub Total ${s}`, false],
    ["Jumlah Seksi … with numbering restarting per seksi", (s: string) => `Jumlah Seksi ${s}`, true],
  ] as [string, (s: string) => string, boolean][])(
    "%s: subtotals, no false parent or duplicate code",
    async (_, label, restart) => {
      const result = await checkSheets([sheet(label, restart)]);
      expect(serious(result)).toEqual([]);
      expect(result.tables[0].rows.filter((r) => r.role === "subtotal").map((r) => r.index)).toEqual([3, 6]);
    },
  );

  it("a wrong “Jumlah Seksi” is checked against its seksi's rows", async () => {
    const result = await checkSheets([sheet((s) => `Jumlah Seksi ${s}`, false, 56_300_000)]);
    expect(serious(result)).toContain("total@Anggaran!C7");
  });
});

describe("realisasi above a JUMLAH pagu that is itself the wrong cell", () => {
  it("only the total is reported, not the overspending its wrong pagu shows", async () => {
    const result = await checkSheets([
      {
        name: "Anggaran",
        rows: [
          ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "%"],
          [1, "Program Penyelenggaraan Jalan", 8_450_000_000, 8_201_335_000, 97.06],
          [2, "Program Pengelolaan Sumber Daya Air", 2_142_650_000, 2_049_926_150, 95.67],
          [null, "JUMLAH", 9_980_650_000, 10_251_261_150, 102.71],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["total@Anggaran!C4"]);
  });
});

describe("a budget per sumber dana: PAGU and REALISASI blocks of DAU | DAK | DBH | JUMLAH", () => {
  const rows = (pct: number, withNumbering: boolean) => [
    [
      "NO",
      "PROGRAM / KEGIATAN",
      "PAGU ANGGARAN",
      null,
      null,
      null,
      "REALISASI",
      null,
      null,
      null,
      "% REALISASI",
      "SISA ANGGARAN",
    ],
    [null, null, "DAU", "DAK", "DBH", "JUMLAH", "DAU", "DAK", "DBH", "JUMLAH", null, null],
    ...(withNumbering ? [["1", "2", "3", "4", "5", "6=3+4+5", "7", "8", "9", "10=7+8+9", "11=10/6x100", "12=6-10"]] : []),
    [
      "1.1",
      "Pengelolaan Pendidikan Sekolah Dasar",
      2_450_000_000,
      3_875_400_000,
      0,
      6_325_400_000,
      2_398_765_400,
      3_801_234_500,
      0,
      6_199_999_900,
      pct,
      125_400_100,
    ],
    [
      "1.2",
      "Pengelolaan Pendidikan SMP",
      1_875_000_000,
      2_650_000_000,
      125_000_000,
      4_650_000_000,
      1_860_012_500,
      2_649_987_000,
      124_500_000,
      4_634_499_500,
      99.67,
      15_500_500,
    ],
    ["1.3", "Pengelolaan Pendidikan PAUD", 645_000_000, 0, 0, 645_000_000, 598_321_000, 0, 0, 598_321_000, 92.76, 46_679_000],
  ];
  const sheet = (pct: number, withNumbering: boolean): SheetSpec => ({
    name: "Sumber Dana",
    rows: rows(pct, withNumbering),
    merges: ["C1:F1", "G1:J1", "A1:A2", "B1:B2", "K1:K2", "L1:L2"],
  });

  it.each([true, false])("correct (numbering row “6=3+4+5” present: %p): nothing is said", async (numbering) => {
    expect(serious(await checkSheets([sheet(98.02, numbering)]))).toEqual([]);
  });

  it("a wrong % is checked against the JUMLAH columns, not the DAU ones that are most of them", async () => {
    const result = await checkSheets([sheet(97.02, false)]);
    expect(serious(result)).toEqual(["persen-anggaran@Sumber Dana!K3"]);
    expect(result.findings[0].expected).toBe("98,02");
  });
});

describe("Sisa Tender beside Nilai Kontrak", () => {
  it("is pagu − nilai kontrak, not pagu − realisasi", async () => {
    const sheet = (sisa: number): SheetSpec => ({
      name: "DAK Fisik",
      rows: [
        ["No", "Menu Kegiatan", "Pagu DAK (Rp)", "Nilai Kontrak (Rp)", "Sisa Tender (Rp)", "Realisasi (Rp)", "%"],
        [1, "Rehabilitasi Jalan Desa A", 5_250_000_000, 4_987_500_000, 262_500_000, 4_738_125_000, 90.25],
        [2, "Rehabilitasi Jalan Desa B", 3_125_000_000, 2_968_750_000, sisa, 2_078_125_000, 66.5],
      ],
    });
    expect(serious(await checkSheets([sheet(156_250_000)]))).toEqual([]);
    expect(serious(await checkSheets([sheet(165_250_000)]))).toEqual(["selisih@DAK Fisik!E3"]);
  });
});

describe("an efisiensi table: capaian − serapan beside a wrong serapan", () => {
  it("the difference right against the corrected serapan is not flagged beside it", async () => {
    const result = await checkSheets([
      {
        name: "Efisiensi",
        rows: [
          ["No", "Program", "Capaian Kinerja (%)", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)", "Selisih (%)"],
          ["1", "2", "3", "4", "5", "6 = 5/4 x 100", "7 = 3 - 6"],
          [1, "Program Penunjang Urusan", 96.88, 3_456_780_000, 3_287_654_100, 95.42, 1.77],
          [2, "Program Pelayanan Publik", 101.25, 1_250_000_000, 1_201_250_000, 96.1, 5.15],
        ],
      },
    ]);
    // 3.287.654.100 / 3.456.780.000 = 95,11, and 96,88 − 95,11 = 1,77.
    expect(serious(result)).toEqual(["persen-anggaran@Efisiensi!F3"]);
  });
});

describe("an LRA of a BLUD: PENDAPATAN, JUMLAH PENDAPATAN, BELANJA, JUMLAH BELANJA", () => {
  it("each JUMLAH totals its own section", async () => {
    const result = await checkSheets([
      {
        name: "LRA BLUD",
        rows: [
          ["KODE", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"],
          ["4", "PENDAPATAN", 52_895_000_000, 53_120_450_000, 100.43],
          ["4.1", "Pendapatan Jasa Layanan", 52_800_000_000, 53_010_450_000, 100.4],
          ["4.2", "Pendapatan Jasa Giro", 95_000_000, 110_000_000, 115.79],
          ["", "JUMLAH PENDAPATAN", 52_895_000_000, 53_120_450_000, 100.43],
          ["5", "BELANJA", 44_870_000_000, 42_871_741_648, 95.55],
          ["5.1", "Belanja Pegawai", 30_120_000_000, 29_450_120_000, 97.78],
          ["5.2", "Belanja Barang dan Jasa", 14_750_000_000, 13_421_621_648, 90.99],
          ["", "JUMLAH BELANJA", 44_870_000_000, 42_871_741_648, 95.55],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
  });
});

describe("Sub Total Program rows under a BELANJA LANGSUNG heading (SIMDA)", () => {
  it("a wrong subtotal is found against its program's rows, and its sisa and % right for the true sum are not flagged", async () => {
    const result = await checkSheets([
      {
        name: "Realisasi BL",
        rows: [
          ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "SISA ANGGARAN", "%"],
          ["4.05.4.05.01", "BELANJA LANGSUNG"],
          ["4.05.4.05.01.01", "Program Pelayanan Administrasi Perkantoran"],
          ["4.05.4.05.01.01.01", "Penyediaan Jasa Surat Menyurat", 4_800_000, 4_725_000, 75_000, 98.44],
          ["4.05.4.05.01.01.08", "Penyediaan Jasa Kebersihan Kantor", 36_000_000, 36_000_000, 0, 100],
          [null, "Sub Total Program", 40_800_000, 40_725_000, 75_000, 99.82],
          ["4.05.4.05.01.02", "Program Peningkatan Sarana dan Prasarana Aparatur"],
          ["4.05.4.05.01.02.22", "Pemeliharaan Rutin Gedung Kantor", 85_000_000, 84_350_000, 650_000, 99.24],
          ["4.05.4.05.01.02.24", "Pemeliharaan Rutin Kendaraan Dinas", 127_300_000, 119_874_600, 7_425_400, 94.17],
          // The pagu adds up to 212.300.000, typed 202.300.000; the sisa and % are right for 212.300.000.
          [null, "Sub Total Program", 202_300_000, 204_224_600, 8_075_400, 96.2],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["total@Realisasi BL!C10"]);
  });
});

describe("a total named after what it adds up (TOTAL PAJAK DAERAH) under a flat list of rekening", () => {
  const sheet = (total: number): SheetSpec => ({
    name: "Pendapatan",
    rows: [
      ["KODE REKENING", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"],
      ["4.1.01.06", "Pajak Reklame", 1_850_000_000, 1_967_452_300, 106.35],
      ["4.1.01.09", "Pajak Air Tanah", 420_000_000, 388_175_000, 92.42],
      ["4.1.01.19", "Pajak Barang dan Jasa Tertentu", 18_650_000_000, 19_210_475_250, 103.01],
      [null, "TOTAL PAJAK DAERAH", 20_920_000_000, total, 103.09],
    ],
  });

  it("is their total: no false parent error, no overspending warning on income", async () => {
    expect(serious(await checkSheets([sheet(21_566_102_550)]))).toEqual([]);
  });
});

describe("a JUMLAH column that adds two sumber dana across the row", () => {
  const dak = (jumlah: number, two: [string, string, string] | null): SheetSpec => ({
    name: "DAK 2025",
    rows: [
      two
        ? ["NO", "SUB KEGIATAN", "PAGU (Rp)", null, null, "REALISASI (Rp)", "%"]
        : ["NO", "SUB KEGIATAN", "PAGU DAK (Rp)", "PAGU DAU (Rp)", "JUMLAH PAGU (Rp)", "REALISASI (Rp)", "%"],
      ...(two ? [[null, null, ...two, null, null]] : []),
      [
        1,
        "Rehabilitasi Jalan Lahusa - Gomo",
        4850000000,
        245000000,
        jumlah,
        4987450000,
        Math.round((4987450000 / jumlah) * 10000) / 100,
      ],
      [2, "Pembangunan Jembatan Sungai Susua", 3200000000, 160000000, 3360000000, 3105216000, 92.42],
      [3, "Peningkatan Jalan Teluk Dalam - Amandraya", 5125000000, 0, 5125000000, 5125000000, 100],
    ],
    merges: two ? ["C1:E1", "A1:A2", "B1:B2", "F1:F2", "G1:G2"] : [],
  });

  it.each([
    ["under a PAGU block", ["DAK", "DAU", "JUMLAH"] as [string, string, string]],
    ["named by its parts", ["DAK", "DAU", "JUMLAH (DAK+DAU)"] as [string, string, string]],
    ["in one header row", null],
  ])("%s: a typo in it is found at its own cell", async (_how, two) => {
    expect(serious(await checkSheets([dak(5095000000, two)]))).toEqual([]);
    const cell = two ? "E3" : "E2";
    expect(serious(await checkSheets([dak(5059000000, two)]))).toEqual([`selisih@DAK 2025!${cell}`]);
  });
});
