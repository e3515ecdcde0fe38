/**
 * Two tables on the same rows separated by a blank column are two tables; a blank spacer column inside
 * one table is not a split.
 */
import { tableRange, tableSummary } from "../../../src/core/tables";
import { checkSheets, serious } from "../../support/checkSheets";
import type { CellInput } from "../../support/workbooks";

const money = (v: number) => ({ v, fmt: "#,##0" });

/** PK (A:G) | blank H | budget per program (I:L) with its Jumlah row; `jumlahRealisasi` typed in K. */
function sideBySide(jumlahRealisasi = 1_338_000_000, spacer: (r: number) => CellInput = () => null): CellInput[][] {
  const rows: CellInput[][] = [
    ["PENGUKURAN KINERJA DAN ANGGARAN TAHUN 2025"],
    [
      "No",
      "Sasaran",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      null,
      "Program",
      "Anggaran (Rp)",
      "Realisasi (Rp)",
      "Serapan (%)",
    ],
    [
      1,
      "Meningkatnya kualitas pelayanan kesehatan",
      "Persentase puskesmas terakreditasi",
      "%",
      80,
      84,
      105,
      null,
      "Program Pemenuhan Upaya Kesehatan",
      money(1_000_000_000),
      money(950_000_000),
      95,
    ],
    [
      null,
      null,
      "Angka kematian ibu per 100.000 kelahiran",
      "kasus",
      90,
      81,
      90,
      null,
      "Program Peningkatan SDM Kesehatan",
      money(400_000_000),
      money(388_000_000),
      97,
    ],
    [],
    [
      2,
      "Meningkatnya tata kelola",
      "Nilai SAKIP",
      "nilai",
      70,
      62,
      88.57,
      null,
      "Jumlah",
      money(1_400_000_000),
      money(jumlahRealisasi),
      95.57,
    ],
    [null, null, "Persentase temuan BPK ditindaklanjuti", "%", 100, 100, 100],
  ];
  return rows.map((row, r) => (row.length > 7 && spacer(r) !== null ? [...row.slice(0, 7), spacer(r), ...row.slice(8)] : row));
}

describe("tables side by side", () => {
  it("a PK and a budget table split by one blank column are two tables, both clean", async () => {
    const result = await checkSheets([{ name: "PK", rows: sideBySide() }]);
    expect(result.tables.map(tableRange)).toEqual(["PK!A2:G7", "PK!I2:L6"]);
    expect(tableSummary(result.tables[0])).toContain("4 indikator dari 2 sasaran");
    expect(result.tables[1].kind).toBe("anggaran");
    expect(serious(result)).toEqual([]);
  });

  it("a wrong Jumlah realisasi of the budget table is found as a total in its own cell", async () => {
    const result = await checkSheets([{ name: "PK", rows: sideBySide(1_348_000_000) }]);
    expect(serious(result)).toContain("total@PK!K6");
  });

  it("a column with anything in one data row is no separator: one table", async () => {
    const result = await checkSheets([{ name: "PK", rows: sideBySide(undefined, (r) => (r === 3 ? "*" : null)) }]);
    expect(result.tables.map(tableRange)).toEqual(["PK!A2:L7"]);
  });

  it("a blank spacer between the labels and the amounts of one LRA keeps it one table", async () => {
    const rows: CellInput[][] = [
      ["Kode", "Program / Kegiatan", null, "Pagu (Rp)", "Realisasi (Rp)", "%", null, "Sisa (Rp)"],
      [
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN",
        null,
        money(1_400_000_000),
        money(1_338_000_000),
        95.57,
        null,
        money(62_000_000),
      ],
      [
        "1.02.02.2.01",
        "Penyediaan Fasilitas Pelayanan Kesehatan",
        null,
        money(1_000_000_000),
        money(950_000_000),
        95,
        null,
        money(50_000_000),
      ],
      ["1.02.02.2.02", "Penyediaan Layanan Kesehatan", null, money(400_000_000), money(388_000_000), 97, null, money(12_000_000)],
    ];
    const result = await checkSheets([{ name: "LRA", rows }]);
    expect(result.tables.map(tableRange)).toEqual(["LRA!A1:H4"]);
    expect(serious(result)).toEqual([]);
  });

  it("a blank column between two year blocks of one PK keeps it one table", async () => {
    const rows: CellInput[][] = [
      ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", null, "Target 2025", "Realisasi 2025", "Capaian 2025 (%)"],
      [1, "Persentase desa mandiri", 20, 21, null, 25, 26, 104],
      [2, "Indeks kepuasan masyarakat", 80, 82, null, 82, 84.05, 102.5],
    ];
    const result = await checkSheets([{ name: "PK", rows }]);
    expect(result.tables.map(tableRange)).toEqual(["PK!A1:H3"]);
  });
});

describe("the office's scale printed beside its PK table", () => {
  it("is a table of its own, not columns of the PK", async () => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["NO", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT", null, null, "Interval Capaian", "Predikat"],
          [1, "Indeks Kualitas Air", 52.5, 53.127, 101.19, "Sangat Tinggi", null, null, "≥ 91", "Sangat Tinggi"],
          [2, "Indeks Kualitas Udara", 86, 87.412, 101.64, "Sangat Tinggi", null, null, "76 - < 91", "Tinggi"],
          [3, "Indeks Kualitas Tutupan Lahan", 61.25, 59.884, 97.77, "Sangat Tinggi", null, null, "< 76", "Rendah"],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
    expect(result.tables.map((t) => [t.kind, t.left, t.right])).toEqual([
      ["indikator", 0, 5],
      ["skala", 8, 9],
    ]);
  });

  it.each(["Nilai Capaian", "Skor", "Capaian (%)"])("under a header that reads like a value (“%s”), the same", async (header) => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["NO", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT", null, header, "Kategori"],
          [1, "Persentase layanan administrasi tepat waktu", 90, 88.2, 98, "Sangat Baik", null, "86 - 100", "Sangat Baik"],
          [2, "Indeks kepuasan masyarakat", 80, 62, 77.5, "Baik", null, "70 - 85", "Baik"],
          [3, "Persentase kelurahan tertib administrasi", 100, 60, 60, "Cukup", null, "50 - 69", "Cukup"],
          [4, "Persentase aduan tertangani", 100, 45, 45, "Gagal", null, "< 50", "Gagal"],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
    expect(result.tables.map((t) => t.kind)).toEqual(["indikator", "skala"]);
  });
});
