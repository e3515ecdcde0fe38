/**
 * A code split over adjacent columns (SIPD / Permendagri 90: Urusan | Bidang | Program | Kegiatan |
 * Sub Kegiatan) is read as one code per row, so hierarchy, kode-ganda, kode-lompat, jumlah-induk and
 * the total work as with a joined code; and columns next to a code that hold something else are not.
 */
import { toA1 } from "../../../src/core/workbook/address";
import { tableSummary } from "../../../src/core/tables";
import { checkSheets, serious } from "../../support/checkSheets";
import { splitCodeLra, SplitCodeOptions } from "../../support/splitCodeLra";
import type { SheetSpec } from "../../support/workbooks";

const layouts: [string, SplitCodeOptions][] = [
  ["five columns, KODE merged over the level names", {}],
  ["five columns, header rows without merges", { header: "tanpa-gabung" }],
  ["five columns named by level in one header row", { header: "satu-baris" }],
  ["three columns Program | Kegiatan | Sub Kegiatan", { levels: "tiga" }],
  ["three columns, KODE unmerged above the level names", { levels: "tiga", header: "tanpa-gabung" }],
  ["segments as numbers formatted 00 / 0000", { segments: "angka-format" }],
  ["segments as plain numbers (3, 14)", { segments: "angka" }],
  ["only the row's own segment written (outline)", { fill: "sendiri" }],
  ["outline, numbers, three columns", { fill: "sendiri", segments: "angka", levels: "tiga" }],
];

describe("split code columns", () => {
  it.each(layouts)("%s: a correct LRA gives no finding and reads programs, kegiatan and sub kegiatan", async (_, o) => {
    const { sheet } = splitCodeLra(o);
    const result = await checkSheets([sheet]);
    expect(serious(result)).toEqual([]);
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables;
    expect(tableSummary(table)).toContain("2 program, 3 kegiatan, 7 sub kegiatan, 1 baris jumlah");
    expect(table.codeColumns).toHaveLength(o.levels === "tiga" ? 3 : 5);
  });

  it.each(layouts)(
    "%s: a wrong kegiatan pagu, a duplicated sub kegiatan code and a wrong JUMLAH are found where they are",
    async (_, o) => {
      const { sheet, rowOf, jumlahRow } = splitCodeLra({ ...o, errors: ["pagu-kegiatan", "kode-ganda", "jumlah"] });
      const n = o.levels === "tiga" ? 3 : 5;
      const result = await checkSheets([sheet]);
      const at = (rule: string, row: number, col: number) => `${rule}@LRA 2025!${toA1(row, col)}`;
      expect(serious(result).sort()).toEqual(
        [
          // Pagu of kegiatan 2.01 (column after URAIAN), the sub kegiatan code cell, JUMLAH realisasi.
          at("jumlah-induk", rowOf("1.02.02.2.01"), n + 1),
          at("kode-ganda", rowOf("1.02.02.2.02.0002"), n - 1),
          at("total", jumlahRow, n + 2),
        ].sort(),
      );
      const total = result.findings.find((f) => f.rule === "total")!;
      // The JUMLAH closes the two programs only: their realisasi, no parent counted with its children.
      expect(total.message).toContain("jumlah 2 baris");
      expect(total.message).toContain("3.910.080.000");
    },
  );

  it("gaps in the nomenclature codes (0014 then 0020, 0001 then 0003) are no kode-lompat, even typed as General numbers", async () => {
    // Every segment a General number: 2.01 typed as 2.1 shows "2.1", 14 shows "14"; no zero-padding is left.
    const { sheet } = splitCodeLra({ segments: "angka" });
    const asNumber: Record<string, number> = { "2.01": 2.1, "2.02": 2.2 };
    sheet.rows = sheet.rows.map((row) => row.map((c) => (typeof c === "string" && c in asNumber ? asNumber[c] : c)));
    const result = await checkSheets([sheet]);
    expect(tableSummary(result.tables[0])).toContain("2 program, 3 kegiatan, 7 sub kegiatan");
    expect(result.findings.filter((f) => f.rule === "kode-lompat")).toEqual([]);
  });

  it("the code columns carry the role kode and say why", async () => {
    const result = await checkSheets([splitCodeLra().sheet]);
    const [table] = result.tables;
    const roles = table.columns.slice(0, 6).map((c) => c.role);
    expect(roles).toEqual(["kode", "kode", "kode", "kode", "kode", "uraian"]);
    expect(table.columns[2].evidence).toContain("peran: bagian kode (kolom A–E dibaca sebagai satu kode)");
    expect(table.rows.find((r) => r.label === "Pengadaan Alat Kesehatan")?.code).toBe("1.02.02.2.01.0014");
  });
});

describe("split code with a rekening column after it", () => {
  const money = (v: number) => ({ v, fmt: "#,##0" });
  const rows = (subPagu: number) => [
    [
      "Urusan",
      "Bidang",
      "Program",
      "Kegiatan",
      "Sub Kegiatan",
      "Kode Rekening",
      "Uraian",
      "Anggaran (Rp)",
      "Realisasi (Rp)",
      "%",
    ],
    ["1", "02", "02", null, null, null, "PROGRAM PEMENUHAN UPAYA KESEHATAN", money(400_000_000), money(380_000_000), 95],
    ["1", "02", "02", "2.01", null, null, "Penyediaan Fasilitas Pelayanan Kesehatan", money(400_000_000), money(380_000_000), 95],
    ["1", "02", "02", "2.01", "0014", null, "Pengadaan Alat Kesehatan", money(subPagu), money(285_000_000), 95],
    [null, null, null, null, null, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", money(180_000_000), money(171_000_000), 95],
    [null, null, null, null, null, "5.1.02.01.01.0026", "Belanja Bahan Cetak", money(120_000_000), money(114_000_000), 95],
    ["1", "02", "02", "2.01", "0020", null, "Pemeliharaan Alat Kesehatan", money(100_000_000), money(95_000_000), 95],
    [
      null,
      null,
      null,
      null,
      null,
      "5.1.02.03.02.0121",
      "Belanja Pemeliharaan Alat Kedokteran",
      money(100_000_000),
      money(95_000_000),
      95,
    ],
  ];

  it("the segment columns are the code, the rekening rows sit under their sub kegiatan", async () => {
    const result = await checkSheets([{ name: "LRA", rows: rows(300_000_000) }]);
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].codeColumns).toEqual([0, 1, 2, 3, 4]);
    const rekening = result.tables[0].rows.find((r) => r.label === "Belanja Bahan Cetak");
    expect(rekening?.parent).toBe(3);
  });

  it("a sub kegiatan pagu that is not the sum of its rekening is found", async () => {
    const result = await checkSheets([{ name: "LRA", rows: rows(310_000_000) }]);
    expect(serious(result)).toContain("jumlah-induk@LRA!H4");
  });
});

describe("columns next to a code that are not its segments", () => {
  const sheet = (rows: (string | number | null)[][]): SheetSpec => ({ name: "LRA", rows });

  it("a KODE column followed by a rekening code column keeps the first code (no joining)", async () => {
    const result = await checkSheets([
      sheet([
        ["KODE", "KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "%"],
        ["7.01.01", null, "Program Penunjang Urusan Pemerintahan", 300_000_000, 285_000_000, 95],
        ["7.01.01.2.01", null, "Perencanaan, Penganggaran dan Evaluasi", 300_000_000, 285_000_000, 95],
        [null, "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", 180_000_000, 171_000_000, 95],
        [null, "5.1.02.01.01.0026", "Belanja Bahan Cetak", 120_000_000, 114_000_000, 95],
      ]),
    ]);
    expect(result.tables[0].codeColumns).toBeUndefined();
  });

  it("a blank-headed column after KODE holding amounts is not a code segment", async () => {
    const result = await checkSheets([
      sheet([
        ["KODE", null, "URAIAN", "ANGGARAN", "REALISASI", "%"],
        ["1", 150_000_000, "Program A", 150_000_000, 142_500_000, 95],
        ["2", 200_000_000, "Program B", 200_000_000, 180_000_000, 90],
        ["3", 100_000_000, "Program C", 100_000_000, 100_000_000, 100],
      ]),
    ]);
    expect(result.tables[0].codeColumns).toBeUndefined();
  });

  it("Program | Kegiatan columns holding names are labels, not code segments", async () => {
    const result = await checkSheets([
      sheet([
        ["No", "Program", "Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        [1, "Program Pelayanan Administrasi", "Penyediaan Jasa Surat Menyurat", 25_000_000, 24_000_000, 96],
        [2, "Program Pelayanan Administrasi", "Penyediaan Alat Tulis Kantor", 40_000_000, 38_000_000, 95],
        [3, "Program Peningkatan Sarana", "Pemeliharaan Gedung Kantor", 80_000_000, 76_000_000, 95],
      ]),
    ]);
    expect(result.tables[0].codeColumns).toBeUndefined();
    expect(serious(result)).toEqual([]);
  });
});
