/** Table recognition: headers, blocks, numbering formulas, merged sasaran, sub-indicators, hierarchy, closing rows. */
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables, indicatorRows, budgetRows } from "../../../src/core/tables";
import { closingRole } from "../../../src/core/tables/closing";
import { parseCode } from "../../../src/core/tables/codes";
import { headerRole } from "../../../src/core/tables/headerRoles";
import { buildXlsx, pkSheet, sipdLra, SheetSpec } from "../../support/workbooks";
import { fixturesDir } from "../../support/fixtures";

const FIXTURES = fixturesDir();

async function tablesOf(sheets: SheetSpec[]) {
  const wb = await readXlsx(await buildXlsx(sheets));
  return { wb, tables: recognizeTables(wb) };
}

describe("header synonyms", () => {
  it.each([
    ["TARGET", "target"],
    ["Rencana", "target"],
    ["TARGET 2024 (%)", "target"],
    ["REALISASI", "realisasi"],
    ["Realisasi (Rp)", "realisasi"],
    ["CAPAIAN (%)", "capaian"],
    ["%", "capaian"],
    ["PERSENTASE", "capaian"],
    ["% keuangan", "persen"],
    ["Serapan Anggaran", "persen"],
    ["Jumlah Anggaran (Rp)", "anggaran"],
    ["PAGU", "anggaran"],
    ["Rencana Kas", "anggaran"],
    ["Rencana Penarikan Dana", "anggaran"],
    ["SISA ANGGARAN", "sisa"],
    ["SELISIH", "sisa"],
    ["KETERANGAN", "keterangan"],
    ["POLARITAS", "polaritas"],
    ["SEBELUM", "sebelum"],
    ["SETELAH", "setelah"],
    ["Predikat", "predikat"],
    ["Jumlah Indikator", "jumlah"],
    ["Klasifikasi Penilaian (%)", "rentang"],
    ["SASARAN STRATEGIS", "sasaran"],
    ["Indikator Kinerja", "indikator"],
    ["Indikator Sasaran", "indikator"],
    ["INDIKATOR KINERJA SASARAN", "indikator"],
    ["SASARAN / INDIKATOR KINERJA", "indikator"],
    ["Sasaran Strategis/Indikator", "indikator"],
    ["Program/Kegiatan", "uraian"],
    // PBB: the assessed amount is what realisasi is measured against; a decree's number or date is not.
    ["Ketetapan Pokok (Rp)", "target"],
    ["Jumlah Ketetapan", "target"],
    ["Nomor Ketetapan", "lainnya"],
    ["Ketetapan Nomor / Tanggal", "lainnya"],
  ])("%s -> %s", (text, role) => {
    expect(headerRole(text).role).toBe(role);
  });
});

describe("closing rows", () => {
  it.each([
    ["Jumlah", "total"],
    ["TOTAL", "total"],
    ["Rata-rata", "rata-rata"],
    ["Capaian Rata Rata", "rata-rata"],
    ["Capaian Kinerja Sasaran", "capaian-sasaran"],
    ["Rata-rata Capaian Kinerja", "capaian-sasaran"],
    ["Sub Total", "subtotal"],
  ])("%s", (label, role) => expect(closingRole(label)).toBe(role));
  it.each(["Jumlah desa yang dibina", "Rata-rata persentase desa tertib administrasi", "Nilai rata-rata IDM"])(
    "not %s",
    (label) => expect(closingRole(label)).toBeNull(),
  );
});

describe("codes", () => {
  it("parses dotted, SIPD, rekening, roman and letter codes", () => {
    expect(parseCode("7.01.01.2.01.0001")).toMatchObject({ kind: "dotted", ordinal: 1, rekening: false });
    expect(parseCode("5.1.02.01.01.0024")).toMatchObject({ kind: "dotted", rekening: true });
    expect(parseCode("IV")).toMatchObject({ kind: "roman", ordinal: 4 });
    expect(parseCode("c.")).toMatchObject({ kind: "letter", ordinal: 3 });
    expect(parseCode("Belanja")).toBeNull();
  });
});

describe("indicator tables", () => {
  it("reads merged sasaran, sub-indicators, numbering row and the closing row", async () => {
    const { wb, tables } = await tablesOf([
      pkSheet({
        numberingRow: true,
        closing: { label: "Capaian Kinerja Sasaran", value: "auto" },
        sasaran: [
          {
            text: "Meningkatnya pelayanan",
            indicators: [
              { name: "Indeks Kepuasan", target: 80, realisasi: 82 },
              { name: "Pengadaan", target: "", realisasi: "", subs: [{ name: "Sarana", target: 5, realisasi: 5 }] },
            ],
          },
        ],
      }),
    ]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.numberingRow).toBe(3);
    expect(t.columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian"]);
    const rows = indicatorRows(wb, t);
    expect(rows.map((r) => [r.role, r.indikator, r.sasaran])).toEqual([
      ["indikator", "1. Indeks Kepuasan", "Meningkatnya pelayanan"],
      ["indikator", "2. Pengadaan", "Meningkatnya pelayanan"],
      ["sub-indikator", "Sarana", "Meningkatnya pelayanan"],
    ]);
    expect(rows[2].parent).toBe(rows[1].row);
    expect(rows[0].capaian).toMatchObject({ address: "G5", kind: "number" });
    expect(t.rows[t.rows.length - 1].role).toBe("capaian-sasaran");
  });

  it("reads polarity from KETERANGAN", async () => {
    const { tables } = await tablesOf([
      pkSheet({
        keteranganColumn: true,
        sasaran: [
          {
            text: "S",
            indicators: [{ name: "Angka pengangguran", target: 5, realisasi: 4, keterangan: "semakin rendah semakin baik" }],
          },
        ],
      }),
    ]);
    expect(tables[0].rows[0].polarity).toBe("negatif");
  });

  it("finds two tables on one sheet", async () => {
    const a = pkSheet({ sasaran: [{ text: "S", indicators: [{ name: "Indikator A", target: 5, realisasi: 4 }] }] });
    const rows = [...a.rows, [], [], ["No", "Predikat", "Jumlah Indikator"], [1, "Sangat Tinggi", 1]];
    const { tables } = await tablesOf([{ ...a, rows }]);
    expect(tables.map((t) => t.kind)).toEqual(["indikator", "rekap"]);
  });
});

describe("budget tables", () => {
  it("hangs SIPD rekening rows under the sub kegiatan above them", async () => {
    const { wb, tables } = await tablesOf([sipdLra({ rows: 120, seed: 2 })]);
    const rows = budgetRows(wb, tables[0]);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    const program = rows.find((r) => r.role === "program")!;
    const kegiatan = rows.find((r) => r.role === "kegiatan")!;
    const sub = rows.find((r) => r.role === "subkegiatan")!;
    const rek = rows.find((r) => r.role === "rekening")!;
    expect([program.level, kegiatan.level, sub.level, rek.level]).toEqual([1, 2, 3, 4]);
    expect(byRow.get(rek.parent!)?.role).toBe("subkegiatan");
    expect(byRow.get(sub.parent!)?.code).toBe(kegiatan.code);
    expect(rek.anggaran?.kind).toBe("number");
    expect(tables[0].differences).toHaveLength(1);
    expect(tables[0].ratios[0]).toMatchObject({ kind: "persen", source: "rumus" });
  });
});

describe("rekening codes", () => {
  it("reads 4.1, 5.1 … 5.17, 6.1, 6.2 under bold programs as kegiatan (Kelam Permai, Realisasi Anggaran)", async () => {
    const wb = await readXlsx(readFileSync(join(FIXTURES, "kelam-permai-2019.xlsx")));
    const table = recognizeTables(wb).find((t) => t.sheet === "Realisasi Anggaran")!;
    const roles = new Map(table.rows.filter((r) => r.code).map((r) => [r.code!, r.role]));
    expect(roles.size).toBeGreaterThan(40);
    for (const [code, role] of roles) expect([code, role]).toEqual([code, code.includes(".") ? "kegiatan" : "program"]);
    for (const code of ["4.1", "5.1", "5.9", "5.17", "6.1", "6.2"]) expect(roles.get(code)).toBe("kegiatan");
    const program5 = table.rows.find((r) => r.code === "5")!;
    expect(table.rows.find((r) => r.code === "5.1")!.parent).toBe(program5.index);
  });

  it("keeps SIPD rekening rows (5.1.02.01.01.0024) under their sub kegiatan, and 5 / 5.1 heads there too", async () => {
    const { tables } = await tablesOf([sipdLra({ rows: 120, seed: 3 })]);
    for (const r of tables[0].rows) {
      if (!r.code) continue;
      const n = r.code.split(".").length;
      const expected = r.code.startsWith("5.1.02.") ? "rekening" : n === 3 ? "program" : n === 5 ? "kegiatan" : "subkegiatan";
      expect([r.code, r.role]).toEqual([r.code, expected]);
    }
    const sheet: SheetSpec = {
      name: "LRA",
      rows: [
        ["KODE", "URAIAN", "ANGGARAN", "REALISASI"],
        ["7.01.01", "PROGRAM PENUNJANG", 3000, 2900],
        ["7.01.01.2.01", "Perencanaan", 3000, 2900],
        ["7.01.01.2.01.0001", "Penyusunan Dokumen", 3000, 2900],
        ["5", "BELANJA DAERAH", 3000, 2900],
        ["5.1", "BELANJA OPERASI", 3000, 2900],
        ["5.1.02", "Belanja Barang dan Jasa", 3000, 2900],
        ["5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 1000, 900],
        ["5.1.02.01.01.0026", "Belanja Bahan Cetak", 2000, 2000],
      ],
    };
    const { tables: lra } = await tablesOf([sheet]);
    const byCode = new Map(lra[0].rows.map((r) => [r.code, r]));
    expect(
      ["7.01.01", "7.01.01.2.01", "7.01.01.2.01.0001", "5", "5.1", "5.1.02", "5.1.02.01.01.0024"].map((c) => byCode.get(c)!.role),
    ).toEqual(["program", "kegiatan", "subkegiatan", "rekening", "rekening", "rekening", "rekening"]);
    expect(byCode.get("5")!.parent).toBe(byCode.get("7.01.01.2.01.0001")!.index);
  });

  it("flags only account codes of three segments or more as rekening when parsed", () => {
    expect(parseCode("5.1.02.01.01.0024")?.rekening).toBe(true);
    expect(parseCode("4.1.01")?.rekening).toBe(true);
    expect(parseCode("5.1")).toMatchObject({ rekening: false, accountHead: true });
    expect(parseCode("4.1")?.rekening).toBe(false);
    expect(parseCode("5.10")?.accountHead).toBeUndefined();
  });
});

describe("a date in a header is part of the header, not data", () => {
  const budget = (realisasi: string): SheetSpec => ({
    name: "Realisasi Anggaran",
    rows: [
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran (Rp)", realisasi, "%", "Sisa Anggaran (Rp)"],
      ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1500000000, 1450000000, 96.67, 50000000],
      ["5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500000000, 480000000, 96, 20000000],
      ["5.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", 1000000000, 970000000, 97, 30000000],
    ],
  });

  it.each([
    "Realisasi s.d. 31 Desember 2025 (Rp)",
    "Realisasi per 31 Desember 2025 (Rp)",
    "Realisasi sampai dengan 31 Des 2025",
    "Realisasi 31-12-2025 (Rp)",
    "Realisasi s.d. 30/06/2025",
  ])("“%s” heads the realisasi column of a budget table", async (header) => {
    const { tables } = await tablesOf([budget(header)]);
    expect(tables).toHaveLength(1);
    expect(tables[0].kind).toBe("anggaran");
    expect(tables[0].columns.find((c) => c.letter === "D")?.role).toBe("realisasi");
    expect(tables[0].rows).toHaveLength(3);
  });

  it("in a performance table too (REALISASI s.d. 31 DESEMBER 2025)", async () => {
    const { tables } = await tablesOf([
      {
        name: "Form PK",
        rows: [
          ["No", "Indikator Kinerja", "Target 2025", "REALISASI s.d. 31 DESEMBER 2025", "Capaian (%)"],
          [1, "Persentase layanan tepat waktu", 90, 85.5, 95],
          [2, "Indeks kepuasan masyarakat", 80, 82, 102.5],
        ],
      },
    ]);
    expect(tables.map((t) => [t.kind, t.columns.map((c) => c.role).join(",")])).toEqual([
      ["indikator", "no,indikator,target,realisasi,capaian"],
    ]);
  });

  it("data typed as text with words stays data, not a new header (56 (CC Kategori), 86,38%, 2. Nilai AKIP)", async () => {
    const { tables } = await tablesOf([
      {
        name: "IKU",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
          ["1.", "Indeks Kepuasan Masyarakat", 70.15, 72.89, "103,91 %"],
          [null, "2. Nilai AKIP SKPD", "56 (CC Kategori)", "48,37 (C kategori)", "86,38%"],
          [null, "3. Persentase desa tertib administrasi", "100%", "100%", "100%"],
        ],
      },
    ]);
    expect(tables.map((t) => [t.top, t.bottom])).toEqual([[0, 3]]);
  });

  it("a number of things in a header-like row is still data (7 Desa/1 Kel)", async () => {
    const { tables } = await tablesOf([
      {
        name: "PK",
        rows: [
          ["No", "Indikator", "Target", "Realisasi", "Capaian"],
          [1, "Jumlah desa mandiri", "7 Desa/1 Kel", "7 Desa/1 Kel", 100],
        ],
      },
    ]);
    expect(tables[0].rows.map((r) => r.index)).toEqual([1]);
  });
});

describe("a budget per sasaran", () => {
  it("Sasaran | Anggaran | Realisasi | % (no target) is a budget table", async () => {
    const { tables } = await tablesOf([
      {
        name: "Anggaran per Sasaran",
        rows: [
          ["No", "Sasaran Strategis", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
          [1, "Meningkatnya kualitas perencanaan pembangunan daerah", 2450000000, 2318775400, 94.64],
          [2, "Meningkatnya kualitas pengendalian dan evaluasi", 956000000, 902000000, 94.35],
          [null, "Total", 3406000000, 3220775400, 94.56],
        ],
      },
    ]);
    expect(tables.map((t) => t.kind)).toEqual(["anggaran"]);
    expect(tables[0].ratios.map((r) => r.kind)).toEqual(["persen"]);
  });
});

describe("a header printed again after a page break", () => {
  it("continues the same table: one table, its sasaran carried on, the rows below still checked", async () => {
    const header = ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"];
    const { tables } = await tablesOf([
      {
        name: "PK",
        rows: [
          header,
          [1, "Meningkatnya kualitas pelayanan", "Persentase layanan tepat waktu", 90, 85.5, 95],
          [2, null, "Indeks kepuasan masyarakat", 80, 82, 102.5],
          header,
          [3, null, "Persentase aduan tertangani", 100, 96, 96],
          [4, "Meningkatnya tata kelola", "Nilai SAKIP", 70, 71.5, 102.14],
        ],
        merges: ["B2:B3"],
      },
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].bottom).toBe(5);
    expect(tables[0].rows.map((r) => r.index)).toEqual([1, 2, 4, 5]);
    expect(tables[0].rows.find((r) => r.index === 4)?.sasaran).toBe("Meningkatnya kualitas pelayanan");
  });
});

describe("numbering and unit rows", () => {
  const lra = (numbering: (string | number)[], repeatNumbering: boolean): SheetSpec => {
    const header = ["Kode", "Uraian", "Anggaran", "Realisasi", "Sisa", "%"];
    const leaf = (i: number, pagu: number) => [
      `5.1.02.01.01.00${10 + i}`,
      `Belanja rekening ${i}`,
      pagu,
      pagu * 0.95,
      pagu * 0.05,
      95,
    ];
    return {
      name: "LRA",
      rows: [
        header,
        numbering,
        ["4.01.01.2.02.0001", "Sub Kegiatan Penyediaan Bahan Logistik", 10_000_000, 9_500_000, 500_000, 95],
        leaf(0, 1_000_000),
        leaf(1, 2_000_000),
        header,
        ...(repeatNumbering ? [numbering] : []),
        leaf(2, 3_000_000),
        leaf(3, 4_000_000),
        [null, "JUMLAH", 10_000_000, 9_500_000, 500_000, 95],
      ],
    };
  };

  it.each([
    ["as text", ["1", "2", "3", "4", "5", "6"]],
    ["as numbers", [1, 2, 3, 4, 5, 6]],
    ["in brackets", ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]],
  ])("the numbering row printed again at a page break (%s) is no data row", async (_how, numbering) => {
    const { wb, tables } = await tablesOf([lra(numbering, true)]);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.index)).toEqual([2, 3, 4, 7, 8, 9]);
    const { checkWorkbook } = await import("../../../src/core/check");
    expect(checkWorkbook(wb).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a third header row of units in brackets is read past: the numbering row under it is no data", async () => {
    const { wb, tables } = await tablesOf([
      {
        name: "PK",
        rows: [
          ["No.", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", "Tahun 2025", null, null, "Predikat"],
          [null, null, null, null, "Target", "Realisasi", "Capaian", null],
          [null, null, null, null, "(Nilai)", "(Nilai)", "(%)", null],
          ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
          [
            1,
            "Meningkatnya kualitas pelayanan kedewanan",
            "Indeks Kepuasan Anggota DPRD",
            "Indeks",
            82.5,
            84.17,
            102.02,
            "Sangat Tinggi",
          ],
          [2, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "Nilai", 75, 72.35, 96.47, "Sangat Tinggi"],
        ],
        merges: ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "E1:G1", "H1:H3"],
      },
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.index)).toEqual([4, 5]);
    const { checkWorkbook } = await import("../../../src/core/check");
    expect(checkWorkbook(wb).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("a Capaian Sasaran table of tujuan, sasaran and indicators (Kesbangpol)", () => {
  /** Capaian as fractions (0.00%); `closing` is sasaran 1.1's capaian, the mean of 1,037, 1,25 and 0,89 being 1,059. */
  const pct = (v: number) => ({ v, fmt: "0.00%" });
  const sheet = (closing: number): SheetSpec => {
    const tujuan = "Tujuan 1: Terwujudnya stabilitas politik dan keamanan daerah yang kondusif";
    const sasaran = "Sasaran: Meningkatnya kerukunan dan ketahanan sosial masyarakat";
    return {
      name: "Capaian Sasaran",
      rows: [
        ["NO", "TUJUAN / SASARAN / INDIKATOR", "TARGET", "REALISASI", "% CAPAIAN", "KATEGORI"],
        ["a", "b", "c", "d", "e = d/c", "f"],
        [tujuan],
        ["1.1", sasaran],
        ["1.1.1", "Indeks Kerukunan Umat Beragama (skor)", 72.5, 75.18, pct(1.037), "Sangat Tinggi"],
        ["1.1.2", "Persentase konflik sosial tertangani (%)", 80, 100, pct(1.25), "Sangat Tinggi"],
        ["1.1.3", "Persentase ormas yang aktif melapor (%)", 80, 71.2, pct(0.89), "Tinggi"],
        ["Capaian Kinerja Sasaran 1.1", null, null, null, pct(closing), "Sangat Tinggi"],
      ],
      merges: ["A3:F3", "B4:F4", "A8:D8"],
    };
  };

  it("reads the letter numbering row, the tujuan row and the numbered closing row for what they are", async () => {
    const { tables } = await tablesOf([sheet(1.059)]);
    expect(tables[0].numberingRow).toBe(1);
    expect(tables[0].rows.map((r) => r.role)).toEqual([
      "kelompok",
      "sasaran",
      "indikator",
      "indikator",
      "indikator",
      "capaian-sasaran",
    ]);
  });

  it("checks the sasaran's capaian against its indicators", async () => {
    const { wb } = await tablesOf([sheet(1.069)]);
    const { checkWorkbook } = await import("../../../src/core/check");
    const serious = checkWorkbook(wb).findings.filter((f) => f.severity !== "info");
    expect(serious.map((f) => `${f.rule}@${f.cell}`)).toEqual(["rata-sasaran@E8"]);
    expect((await tablesOf([sheet(1.059)])).tables).toHaveLength(1);
  });
});

describe("quarter blocks under TARGET and REALISASI headers, then the year", () => {
  it("CAPAIAN TAHUN divides the TAHUN columns, not the last quarter's", async () => {
    const head1 = [
      "No",
      "Indikator Kinerja",
      "TARGET",
      null,
      null,
      null,
      null,
      "REALISASI",
      null,
      null,
      null,
      null,
      "CAPAIAN TAHUN (%)",
    ];
    const head2 = [null, null, "TW I", "TW II", "TW III", "TW IV", "TAHUN", "TW I", "TW II", "TW III", "TW IV", "TAHUN", null];
    // Visitors add up over the year; an index is the year's own value.
    const rows = [
      head1,
      head2,
      [1, "Jumlah kunjungan museum", 60000, 70000, 80000, 80000, 290000, 61000, 72000, 84000, 84220, 301220, 103.87],
      [2, "Indeks kepuasan pengunjung", 80, 80, 80, 80, 80, 79, 81, 82, 83, 83, 103.75],
    ];
    const { wb, tables } = await tablesOf([{ name: "PK Triwulan", rows, merges: ["A1:A2", "B1:B2", "C1:G1", "H1:L1", "M1:M2"] }]);
    const [ratio] = tables[0].ratios;
    expect([ratio.numerator, ratio.denominator]).toEqual([11, 6]);
    const { checkWorkbook } = await import("../../../src/core/check");
    expect(checkWorkbook(wb).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("rows around an indicator table", () => {
  it("a heading ending with “:” that has a satuan but no values continues the table; its bullets are sub-indicators", async () => {
    const wb = await readXlsx(
      await buildXlsx([
        {
          name: "PK",
          rows: [
            ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
            [1, "Persentase kasus radikalisme yang ditangani", "%", 100, 63.25, 63.25],
            [2, "Jumlah kegiatan pendidikan politik yang dilaksanakan:", "kegiatan"],
            [null, "• Pendidikan politik bagi pemilih pemula", "kegiatan", 12, 11, 91.67],
            [null, "• Pendidikan politik bagi perempuan", "kegiatan", 8, 7, 87.5],
            [],
            ["Nilai sesuai kategori pada lembar Skala."],
            ["Sumber: Bidang Politik Dalam Negeri, 2026"],
          ],
        },
      ]),
    );
    const tables = recognizeTables(wb);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows.map((r) => r.role)).toEqual(["indikator", "indikator", "sub-indikator", "sub-indikator"]);
  });
});

describe("tujuan rows above the sasaran", () => {
  it("“Tujuan 1: …” in a TUJUAN / SASARAN column heads a group, it is no sasaran and no indicator", async () => {
    const wb = await readXlsx(
      await buildXlsx([
        {
          name: "Capaian Sasaran",
          rows: [
            ["NO", "TUJUAN / SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"],
            ["1", "Tujuan 1: Meningkatnya kesejahteraan masyarakat"],
            [null, "1.1 Meningkatnya pertumbuhan ekonomi yang inklusif", "Laju pertumbuhan ekonomi", 5.3, 5.02, 94.72],
            [null, "1.1 Meningkatnya pertumbuhan ekonomi yang inklusif", "Persentase penduduk bekerja", 92, 93, 101.09],
            [null, "1.2 Meningkatnya kualitas sumber daya manusia", "Indeks Pembangunan Manusia", 71.6, 71.94, 100.47],
          ],
        },
      ]),
    );
    const [table] = recognizeTables(wb);
    expect(table.rows.map((r) => r.role)).toEqual(["kelompok", "indikator", "indikator", "indikator"]);
    expect(new Set(table.rows.filter((r) => r.role === "indikator").map((r) => r.sasaran)).size).toBe(2);
  });

  it("“Tujuan: …” alone in the indicator column is a group heading too", async () => {
    const wb = await readXlsx(
      await buildXlsx([
        {
          name: "Kinerja",
          rows: [
            ["No", "Tujuan / Sasaran / Indikator", "Target", "Realisasi", "Capaian (%)"],
            ["", "Tujuan: Terwujudnya lingkungan hidup yang berkualitas"],
            ["1", "Indeks Kualitas Air", 55, 56.2, 102.18],
            ["2", "Indeks Kualitas Udara", 85, 86.1, 101.29],
          ],
        },
      ]),
    );
    expect(recognizeTables(wb)[0].rows.map((r) => r.role)).toEqual(["kelompok", "indikator", "indikator"]);
  });
});
