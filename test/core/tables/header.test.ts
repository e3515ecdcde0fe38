/**
 * Headers that name only a reporting period: in a budget table, "s.d. Bulan Lalu | Bulan Ini |
 * s.d. Bulan Ini" (one header row, no word REALISASI) are realisasi columns, and the cumulative one is
 * what sisa and % are computed from.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import { mainColumn, recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";
import { analysisSheet } from "../../support/analysisSheet";
import { newWb, put, RP, save, title } from "../check/unseen/builders";

const KEGIATAN: [string, string, number, number, number][] = [
  ["1.01", "Penyediaan Jasa Surat Menyurat", 4_800_000, 3_600_000, 400_000],
  ["1.02", "Penyediaan Alat Tulis Kantor", 12_350_000, 9_100_000, 1_250_000],
  ["1.03", "Penyediaan Makanan dan Minuman", 18_000_000, 13_500_000, 1_800_000],
  ["1.04", "Rapat-rapat Koordinasi dan Konsultasi", 30_000_000, 21_000_000, 4_400_000],
];

/** KODE | URAIAN | PAGU (Rp) | s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini | SISA | % (monthly report, October). */
async function monthly(planted: boolean) {
  const wb = newWb();
  const ws = wb.addWorksheet("Realisasi Oktober");
  title(ws, "A1:H1", "LAPORAN REALISASI ANGGARAN BULAN OKTOBER 2024");
  put(ws, 3, "A", [["KODE", "URAIAN", "PAGU (Rp)", "s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini", "SISA", "%"]], {
    boldAll: true,
  });
  KEGIATAN.forEach(([kode, uraian, pagu, lalu, ini], i) => {
    const cum = lalu + ini;
    const persen = Math.round((cum / pagu) * 10000) / 100;
    // planted: the % of Bulan Ini (1.250.000 / 12.350.000 = 10,12) typed for kegiatan 1.02, not 81,82
    const typed = planted && i === 1 ? Math.round((ini / pagu) * 10000) / 100 : persen;
    put(ws, 4 + i, "A", [[kode, uraian, pagu, lalu, ini, cum, pagu - cum, typed]], {
      fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: "0.00" },
    });
  });
  const s = (k: number) => KEGIATAN.reduce((a, x) => a + (x[k] as number), 0);
  const pagu = s(2);
  const cum = s(3) + s(4);
  put(ws, 8, "A", [[null, "JUMLAH", pagu, s(3), s(4), cum, pagu - cum, Math.round((cum / pagu) * 10000) / 100]], {
    fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: "0.00" },
    boldAll: true,
  });
  return checkWorkbook(await readXlsx(await save(wb)));
}

const serious = (r: Awaited<ReturnType<typeof monthly>>) =>
  r.findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);

describe("budget columns headed only by a reporting period", () => {
  it("are realisasi columns; s.d. Bulan Ini is the one pagu, sisa and % refer to", async () => {
    const { tables } = await monthly(false);
    const t = tables[0];
    expect(t.columns.slice(3, 6).map((c) => `${c.letter}:${c.role}:${c.period}`)).toEqual([
      "D:realisasi:kumulatif-lalu",
      "E:realisasi:periode",
      "F:realisasi:kumulatif",
    ]);
    expect(mainColumn(t, "realisasi", { measure: "keuangan" })?.letter).toBe("F");
    expect(t.ratios.map((r) => [r.kind, r.column, r.numerator, r.denominator])).toEqual([["persen", 7, 5, 2]]);
    expect(t.differences.map((d) => [d.column, d.left, d.right])).toEqual([[6, 2, 5]]);
  });

  it("clean twin: no error or warning", async () => {
    expect(serious(await monthly(false))).toEqual([]);
  });

  it("planted: the % of the month alone typed for the cumulative one is reported at its cell", async () => {
    expect(serious(await monthly(true))).toEqual(["persen-anggaran@H5"]);
  });
});

describe("the reporting period of a multi-year analysis table", () => {
  it("is the latest year block, not the block of earlier years nor the Renstra end target's year", async () => {
    const wb = await readXlsx(
      await buildXlsx([
        analysisSheet([
          {
            name: "Persentase balita gizi baik",
            satuan: "%",
            earlier: [70, 74.25, 79],
            target: 85,
            realisasi: 83.4,
            renstra: 88,
          },
          {
            name: "Cakupan imunisasi dasar lengkap",
            satuan: "%",
            earlier: [88, 90.1, 91.4],
            target: 95,
            realisasi: 93.2,
            renstra: 97,
          },
        ]),
      ]),
    );
    const [table] = recognizeTables(wb);
    expect(table.blocks.filter((b) => b.current).map((b) => b.label)).toEqual(["Tahun 2025"]);
    expect(mainColumn(table, "realisasi", { measure: "kinerja" })?.letter).toBe("H");
    expect(mainColumn(table, "target", { measure: "kinerja" })?.letter).toBe("G");
  });
});

describe("a caption merged over the header", () => {
  it("“Tabel 3.2 … Tahun 2025” right above the header is the table's title, not a block of its columns", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("Bab III");
    title(ws, "A1:F1", "Tabel 3.2 Realisasi Anggaran per Seksi Tahun 2025");
    put(ws, 2, "A", [["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "% Realisasi"]], { boldAll: true });
    put(ws, 3, "A", [[1, "Seksi Pemerintahan", 150_000_000, 141_250_000, 8_750_000, 94.17]], { fmt: { 2: RP, 3: RP, 4: RP } });
    put(ws, 4, "A", [[2, "Seksi Trantib", 90_000_000, 88_200_000, 1_800_000, 98]], { fmt: { 2: RP, 3: RP, 4: RP } });
    const result = checkWorkbook(await readXlsx(await save(wb)));
    const [table] = result.tables;
    expect(table.id).toBe("Bab III!A2");
    expect(table.title).toBe("Tabel 3.2 Realisasi Anggaran per Seksi Tahun 2025");
    expect(table.columns.map((c) => c.header)).toEqual([
      "No",
      "Uraian",
      "Anggaran (Rp)",
      "Realisasi (Rp)",
      "Sisa (Rp)",
      "% Realisasi",
    ]);
    expect(table.columns.map((c) => c.period ?? null)).toEqual([null, null, null, null, null, null]);
    expect(table.columns[0].unit).toBeUndefined();
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("TARGET / REALISASI / CAPAIAN (%) each over Kinerja | Anggaran (Rp)", () => {
  // PK Kegiatan: the top header names the role, the sub-header the measure.
  const sheet = (kinerjaHeaders: [string, string]) => ({
    name: "PK Kegiatan",
    rows: [
      ["NO", "KEGIATAN", "INDIKATOR", "SATUAN", "TARGET", null, "REALISASI", null, "CAPAIAN (%)", null],
      [null, null, null, null, ...kinerjaHeaders, ...kinerjaHeaders, ...kinerjaHeaders],
      [1, "Pembangunan jalan", "Panjang jalan dibangun", "km", 4.2, 1_250_000_000, 4.2, 1_213_750_000, 98, 97.1],
      [2, "Pemeliharaan jembatan", "Jembatan terpelihara", "unit", 12, 860_000_000, 11, 842_800_000, 91.67, 98],
    ],
    merges: ["E1:F1", "G1:H1", "I1:J1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"],
  });

  it.each([[["Kinerja", "Anggaran (Rp)"]], [["Fisik", "Keuangan"]]] as [[string, string]][])(
    "sub-headers %j: target, pagu, realisasi ×2, capaian and the budget ratio",
    async (headers) => {
      const wb = await readXlsx(await buildXlsx([sheet(headers)]));
      const [table] = recognizeTables(wb);
      expect(table.columns.slice(4).map((c) => c.role)).toEqual([
        "target",
        "anggaran",
        "realisasi",
        "realisasi",
        "capaian",
        "persen",
      ]);
      const result = checkWorkbook(wb);
      // 4,2 / 4,2 = 100 typed 98; 1.213.750.000 / 1.250.000.000 = 97,10 is right.
      expect(result.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual(["capaian@I3"]);
    },
  );

  it("“Target Anggaran (Rp)” beside “Target Kinerja” is the pagu", async () => {
    const wb = await readXlsx(
      await buildXlsx([
        {
          name: "PK",
          rows: [
            ["No", "Kegiatan", "Target Kinerja", "Target Anggaran (Rp)", "Realisasi Kinerja", "Realisasi Anggaran (Rp)"],
            [1, "Pembangunan jalan", 4.2, 1_250_000_000, 4.2, 1_213_750_000],
          ],
        },
      ]),
    );
    expect(recognizeTables(wb)[0].columns.map((c) => c.role)).toEqual([
      "no",
      "uraian",
      "target",
      "anggaran",
      "realisasi",
      "realisasi",
    ]);
  });
});

it("“Bobot (%)” before the capaian is the weight, not the capaian", async () => {
  const wb = await readXlsx(
    await buildXlsx([
      {
        name: "PK",
        rows: [
          ["No", "Indikator Kinerja", "Bobot (%)", "Target", "Realisasi", "Capaian (%)"],
          [1, "Cakupan imunisasi dasar lengkap", 40, 95, 97.3, 102.42],
          [2, "Cakupan pelayanan ibu hamil K4", 60, 100, 94.25, 94.25],
        ],
      },
    ]),
  );
  const roles = recognizeTables(wb)[0].columns.map((c) => c.role);
  expect(roles.slice(2)).toEqual(["nilai", "target", "realisasi", "capaian"]);
});
