/**
 * beda-antar-tabel compares an indicator's target and realisasi across tables only for the same
 * period: a multi-year analysis table (realisasi 2022 | 2023 | 2024, a "Tahun 2025" block, the Renstra
 * end target) is compared through its 2025 columns, never through an earlier year's.
 */
import { checkSheets, keys, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";
import { analysisSheet } from "../../../support/analysisSheet";

const INDICATORS = [
  "Angka kematian ibu per 100.000 kelahiran hidup",
  "Persentase balita gizi baik",
  "Cakupan imunisasi dasar lengkap",
];

function pk(realisasi: number[], target = [90, 85, 95], name = "Pengukuran Kinerja"): SheetSpec {
  return {
    name,
    rows: [
      ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ...INDICATORS.map((ind, i) => [
        i + 1,
        "Meningkatnya derajat kesehatan masyarakat",
        ind,
        "%",
        target[i],
        realisasi[i],
        Math.round((realisasi[i] / target[i]) * 10000) / 100,
      ]),
    ],
  };
}

/** The analysis table with the 2025 target and realisasi of each indicator. */
function analisis(target: number[], realisasi: number[]): SheetSpec {
  const earlier: [number, number, number][] = [
    [78.12, 80.5, 81.9],
    [70, 74.25, 79],
    [88, 90.1, 91.4],
  ];
  const renstra = [92, 88, 97];
  return analysisSheet(
    INDICATORS.map((name, i) => ({
      name,
      satuan: "%",
      earlier: earlier[i],
      target: target[i],
      realisasi: realisasi[i],
      renstra: renstra[i],
    })),
    { title: "Analisis Capaian Kinerja Dinas Kesehatan" },
  );
}

describe("beda-antar-tabel across years", () => {
  it("a realisasi equal to the 2025 one is not compared with the 2022 realisasi of the analysis table", async () => {
    const result = await checkSheets([analisis([90, 85, 95], [82.87, 83.4, 93.2]), pk([82.87, 83.4, 93.2])]);
    expect(serious(result)).toEqual([]);
  });

  it("a realisasi that differs from the 2025 one is reported against the 2025 column", async () => {
    const result = await checkSheets([analisis([90, 85, 95], [82.87, 83.4, 93.2]), pk([82.87, 84.4, 93.2])]);
    expect(serious(result)).toEqual(["beda-antar-tabel@Pengukuran Kinerja!F3"]);
    expect(result.findings[0].message).toContain("'Analisis Capaian'!H6");
  });

  it("the target side is the 2025 target, never the Renstra end target", async () => {
    const same = await checkSheets([analisis([90, 85, 95], [82.87, 83.4, 93.2]), pk([82.87, 83.4, 93.2])]);
    expect(keys(same).filter((k) => k.startsWith("beda-antar-tabel"))).toEqual([]);
    const differs = await checkSheets([analisis([90, 85, 95], [82.87, 83.4, 93.2]), pk([82.87, 83.4, 93.2], [90, 86, 95])]);
    expect(keys(differs).filter((k) => k.startsWith("beda-antar-tabel"))).toEqual(["beda-antar-tabel@Pengukuran Kinerja!E3"]);
  });

  /** Realisasi under one "Realisasi" heading with a year per column, and no capaian tying one of them to a target. */
  function twoYears(r2024: number[], r2025: number[]): SheetSpec {
    return {
      name: "Perbandingan",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Realisasi", null, "Keterangan"],
        [null, null, null, 2024, 2025, null],
        ...INDICATORS.map((ind, i) => [i + 1, ind, "%", r2024[i], r2025[i], "Meningkat"]),
      ],
      merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"],
    };
  }

  it("of several years' realisasi under one heading, the latest year's is the one compared", async () => {
    const same = await checkSheets([twoYears([80, 79, 90], [82.87, 83.4, 93.2]), pk([82.87, 83.4, 93.2])]);
    expect(serious(same)).toEqual([]);
    const differs = await checkSheets([twoYears([80, 79, 90], [82.87, 83.4, 93.2]), pk([82.87, 83.4, 92.2])]);
    expect(serious(differs)).toEqual(["beda-antar-tabel@Pengukuran Kinerja!F4"]);
  });

  it("values of two tables that name different years are not compared", async () => {
    // "Realisasi 2024" beside the 2025 PK (year in its sheet name): another year, not a disagreement.
    const last: SheetSpec = {
      name: "Capaian Tahun Lalu",
      rows: [
        ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian 2024 (%)"],
        ...INDICATORS.map((ind, i) => [i + 1, ind, 85, 80 + i, Math.round(((80 + i) / 85) * 10000) / 100]),
      ],
    };
    const result = await checkSheets([last, pk([82.87, 83.4, 93.2], [90, 85, 95], "PK 2025")]);
    expect(keys(result).filter((k) => k.startsWith("beda-antar-tabel"))).toEqual([]);
  });
});

describe("a PK pagu (murni) against an LRA with murni and perubahan columns", () => {
  const pk = (pagu: number): SheetSpec => ({
    name: "PK",
    rows: [
      ["NO", "PROGRAM", "ANGGARAN (Rp)"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah", pagu],
      [2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 412_500_000],
    ],
  });
  const lra: SheetSpec = {
    name: "LRA",
    rows: [
      ["NO", "PROGRAM", "ANGGARAN MURNI (Rp)", "ANGGARAN PERUBAHAN (Rp)", "REALISASI (Rp)", "%"],
      [1, "Program Penunjang Urusan Pemerintahan Daerah", 1_987_650_000, 2_045_300_000, 2_001_250_000, 97.85],
      [2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 412_500_000, 412_500_000, 398_640_000, 96.64],
    ],
  };

  it("a PK pagu equal to the murni column is the same pagu", async () => {
    expect(serious(await checkSheets([pk(1_987_650_000), lra]))).toEqual([]);
  });

  it("a PK pagu equal to neither is still a difference", async () => {
    expect(serious(await checkSheets([pk(1_897_650_000), lra]))).toEqual(["beda-antar-tabel@LRA!D2"]);
  });
});

describe("a PK Kegiatan (output indicators with their pagu) against the LRA", () => {
  const pkKegiatan = (pagu: number): SheetSpec => ({
    name: "PK Kegiatan",
    rows: [
      [
        "KODE",
        "KEGIATAN",
        "INDIKATOR KELUARAN",
        "TARGET",
        "REALISASI",
        "CAPAIAN (%)",
        "PAGU (Rp)",
        "REALISASI (Rp)",
        "SERAPAN (%)",
      ],
      [
        "2.11.03.2.01",
        "Pemantauan Kualitas Lingkungan Hidup",
        "Jumlah titik sampel pemantauan air",
        24,
        24,
        100,
        245_000_000,
        238_765_400,
        97.46,
      ],
      [
        "2.11.03.2.02",
        "Pencegahan Pencemaran Lingkungan Hidup",
        "Jumlah dokumen kajian pencemaran",
        2,
        2,
        100,
        pagu,
        129_870_000,
        Math.round((129_870_000 / pagu) * 10000) / 100,
      ],
    ],
  });
  const lra: SheetSpec = {
    name: "LRA",
    rows: [
      ["KODE", "URAIAN", "PAGU (Rp)", "REALISASI (Rp)", "%"],
      ["2.11.03", "Program Pengendalian Pencemaran", 377_500_000, 368_635_400, 97.65],
      ["2.11.03.2.01", "Pemantauan Kualitas Lingkungan Hidup", 245_000_000, 238_765_400, 97.46],
      ["2.11.03.2.02", "Pencegahan Pencemaran Lingkungan Hidup", 132_500_000, 129_870_000, 98.02],
    ],
  };

  it("its kegiatan pagu is compared with the LRA's, by code", async () => {
    expect(serious(await checkSheets([pkKegiatan(132_500_000), lra]))).toEqual([]);
    expect(serious(await checkSheets([pkKegiatan(145_000_000), lra]))).toEqual(["beda-antar-tabel@LRA!C4"]);
  });
});

describe("beda-antar-tabel with amounts kept in thousands or millions", () => {
  const PROGRAMS = [
    "Program Penunjang Urusan Pemerintahan Daerah",
    "Program Pengendalian Pencemaran",
    "Program Pengelolaan Persampahan",
  ];
  const PAGU = [18456250000, 6380000000, 4215000000];
  const REAL = [17932118400, 6127554000, 3988743500];
  const SERAPAN = [97.16, 96.04, 94.63];

  /** The LRA in full rupiah, then the efficiency table with `pagu`/`real` in its own unit under `unit` headers. */
  function sheet(unit: string, pagu: number[], real: number[], serapan = SERAPAN, title = "Tabel 3.4 Efisiensi"): SheetSpec {
    return {
      name: "Bab III",
      rows: [
        ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
        ...PROGRAMS.map((p, i) => [i + 1, p, PAGU[i], REAL[i], SERAPAN[i]]),
        [],
        [title],
        ["No", "Program", `Anggaran${unit}`, `Realisasi${unit}`, "% Serapan", "% Capaian Kinerja", "Efisiensi (%)"],
        ...PROGRAMS.map((p, i) => [i + 1, p, pagu[i], real[i], serapan[i], 97.2, Math.round((97.2 - serapan[i]) * 100) / 100]),
      ],
    };
  }
  const thousands = [18456250, 6380000, 4215000];
  const spentThousands = [17932118, 6127554, 3988744];

  it.each([" (Rp 000)", " (ribuan Rp)"])("amounts in thousands under %s are the same amounts", async (unit) => {
    expect(serious(await checkSheets([sheet(unit, thousands, spentThousands)]))).toEqual([]);
  });

  it("the unit stated only in the title counts", async () => {
    const result = await checkSheets([
      sheet("", thousands, spentThousands, SERAPAN, "Tabel 3.4 Efisiensi (dalam ribuan rupiah)"),
    ]);
    expect(serious(result)).toEqual([]);
  });

  it("an amount truncated to thousands agrees too (3.988.743 for 3.988.743.500)", async () => {
    expect(serious(await checkSheets([sheet(" (Rp 000)", thousands, [17932118, 6127554, 3988743])]))).toEqual([]);
  });

  it("a difference of one unit or more is still reported, in the table's own unit", async () => {
    for (const wrong of [18456200, 18456251]) {
      const result = await checkSheets([sheet(" (Rp 000)", [wrong, 6380000, 4215000], spentThousands)]);
      expect(keys(result).filter((k) => k.startsWith("beda-antar-tabel"))).toEqual(["beda-antar-tabel@Bab III!C8"]);
      const f = result.findings.find((x) => x.rule === "beda-antar-tabel")!;
      expect(f.message).toContain("(ribuan rupiah)");
      expect(f.expected).toBe("18.456.250");
    }
  });

  it("in millions, a % computed from the full amounts is right against the rounded ones (96,04 for 6.128 / 6.380)", async () => {
    const millions = sheet(" (Rp juta)", [18456, 6380, 4215], [17932, 6128, 3989]);
    expect(serious(await checkSheets([millions]))).toEqual([]);
  });

  it("in millions, a % that the rounding cannot explain is still an error", async () => {
    const millions = sheet(" (Rp juta)", [18456, 6380, 4215], [17932, 6128, 3989], [97.16, 96.14, 94.63]);
    expect(serious(await checkSheets([millions]))).toEqual(["persen-anggaran@Bab III!E9"]);
  });
});

describe("a SIMDA LRA whose program amounts stand on its “Sub Total Program” rows", () => {
  const lra: SheetSpec = {
    name: "LRA",
    rows: [
      ["KODE", "URAIAN", "ANGGARAN", "REALISASI", "SISA ANGGARAN", "%"],
      ["1.05.1.05.15", "Program Peningkatan Keamanan dan Kenyamanan Lingkungan"],
      ["1.05.1.05.15.01", "Pengendalian Keamanan Lingkungan", 733300000, 689990000, 43310000, 94.09],
      ["1.05.1.05.15.03", "Penertiban Pedagang Kaki Lima dan Bangunan Liar", 512300000, 498765000, 13535000, 97.36],
      [null, "Sub Total Program", 1245600000, 1188755000, 56845000, 95.44],
      [null, "TOTAL", 1245600000, 1188755000, 56845000, 95.44],
    ],
  };
  const efisiensi = (pagu: number, serapan: number): SheetSpec => ({
    name: "Efisiensi",
    rows: [
      ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "SERAPAN (%)"],
      [1, "Program Peningkatan Keamanan dan Kenyamanan Lingkungan", pagu, 1188755000, serapan],
    ],
  });

  it("compares the program with them: a pagu copied wrong is the difference, not the % computed from the right one", async () => {
    expect(serious(await checkSheets([lra, efisiensi(1245600000, 95.44)]))).toEqual([]);
    expect(serious(await checkSheets([lra, efisiensi(1254600000, 95.44)]))).toEqual(["beda-antar-tabel@Efisiensi!C2"]);
  });
});

describe("an indicator's capaian copied into a Capaian Sasaran sheet that lists the indicators again", () => {
  const SASARAN = ["Meningkatnya akuntabilitas kinerja", "Meningkatnya kapabilitas APIP"];
  // name, sasaran, target, realisasi, capaian
  const ROWS: [string, number, number, number, number][] = [
    ["Nilai SAKIP Pemerintah Daerah", 0, 70, 71.2, 101.71],
    ["Level Maturitas SPIP", 0, 3, 3, 100],
    ["Level Kapabilitas APIP", 1, 3, 3, 100],
    ["Persentase auditor yang bersertifikat JFA", 1, 80, 60, 75],
    ["Indeks Efektivitas Pengendalian Korupsi", 1, 3.2, 2.1, 65.63],
  ];
  const pengukuran: SheetSpec = {
    name: "Pengukuran",
    rows: [
      ["NO", "SASARAN", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)"],
      ...ROWS.map(([name, s, t, r, c], i) => [i + 1, SASARAN[s], name, t, r, c]),
    ],
  };
  /** The indicators again with their capaian (`copied` by row) and each sasaran's mean, merged over its rows. */
  const capaianSasaran = (
    copied: (number | { v: number; fmt: string })[],
    means: (number | null)[] = [100.86, 80.21],
  ): SheetSpec => ({
    name: "Capaian Sasaran",
    rows: [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "CAPAIAN INDIKATOR (%)", "CAPAIAN SASARAN (%)"],
      ...ROWS.map(([name, s], i) => [i + 1, SASARAN[s], name, copied[i], i === 0 ? means[0] : i === 2 ? means[1] : null]),
    ],
    merges: ["E2:E3", "E4:E6"],
  });
  const right = ROWS.map((r) => r[4]);

  it("a capaian copied wrong (57 for 75) is reported at the copy, not the sasaran mean right against the Pengukuran", async () => {
    const copied = [...right];
    copied[3] = 57;
    const result = await checkSheets([pengukuran, capaianSasaran(copied)]);
    expect(serious(result)).toEqual(["beda-antar-tabel@Capaian Sasaran!D5"]);
    const f = result.findings.find((x) => x.cell === "D5");
    expect(f?.message).toBe(
      "Capaian indikator di sini 57, padahal capaian indikator yang sama di 'Pengukuran'!F5 tertulis 75 (dihitung dari target dan realisasinya).",
    );
    expect(f?.fix?.value).toBe(75);
  });

  it("a sasaran mean recomputed from the wrong copy is reported too, against the Pengukuran's capaian", async () => {
    const copied = [...right];
    copied[3] = 57;
    const result = await checkSheets([pengukuran, capaianSasaran(copied, [100.86, 74.21])]);
    expect(serious(result).sort()).toEqual(["beda-antar-tabel@Capaian Sasaran!D5", "rata-sasaran@Capaian Sasaran!E4"]);
    expect(result.findings.find((x) => x.cell === "E4")?.expected).toBe("80,21");
  });

  it("the same capaian rounded differently on the two sheets is no difference (98,46 shown as 98,5 · 98,5 · 98,50)", async () => {
    const shown = (v: number, fmt: string) => ({ v, fmt });
    const withFirst = (c: number | { v: number; fmt: string }): SheetSpec => ({
      ...pengukuran,
      rows: pengukuran.rows.map((r, i) => (i === 1 ? [...r.slice(0, 3), 70, 68.92, c] : r)),
    });
    // 68,92 / 70 = 98,457…: typed 98,46 under "0.0" on the Pengukuran, copied as its shown 98,5 (or 98,50).
    for (const copy of [98.5, shown(98.5, "0.00"), shown(98.46, "0.0"), 98.46]) {
      // The first sasaran's mean left empty: which of 99,23 and 99,25 it takes is not what is tested here.
      const means = [null, 80.21];
      const result = await checkSheets([withFirst(shown(98.46, "0.0")), capaianSasaran([copy, ...right.slice(1)], means)]);
      expect(serious(result)).toEqual([]);
    }
  });
  it("a copy capped at 100 where the Pengukuran has 101,71 is capped on purpose, no copy error", async () => {
    const result = await checkSheets([pengukuran, capaianSasaran([100, ...right.slice(1)], [null, 80.21])]);
    expect(serious(result)).toEqual([]);
  });
});

describe("a sasaran's capaian copied into the Efisiensi sheet", () => {
  const pk: SheetSpec = {
    name: "PK",
    rows: [
      ["NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "CAPAIAN SASARAN (%)"],
      [1, "Meningkatnya kualitas sarana pasar rakyat", "Persentase pasar rakyat dengan kondisi baik", "%", 60, 55.2, 92, 83.5],
      [1, "Meningkatnya kualitas sarana pasar rakyat", "Jumlah pasar rakyat yang direvitalisasi", "unit", 4, 3, 75, null],
      [2, "Meningkatnya ketertiban dan kebersihan pasar", "Indeks kepuasan pedagang", "nilai", 80, 78.4, 98, 98],
    ],
    merges: ["H2:H3"],
  };
  const efisiensi = (capaian: number, selisih: number): SheetSpec => ({
    name: "Efisiensi",
    rows: [
      [
        "NO",
        "SASARAN",
        "PROGRAM",
        "CAPAIAN KINERJA (%)",
        "ANGGARAN (Rp)",
        "REALISASI (Rp)",
        "SERAPAN ANGGARAN (%)",
        "EFISIENSI (%)",
        "KETERANGAN",
      ],
      [
        1,
        "Meningkatnya kualitas sarana pasar rakyat",
        "Program Peningkatan Sarana Distribusi Perdagangan",
        83.5,
        3480000000,
        3264240000,
        93.8,
        -10.3,
        "Tidak Efisien",
      ],
      [
        2,
        "Meningkatnya ketertiban dan kebersihan pasar",
        "Program Ketertiban dan Kebersihan Pasar",
        capaian,
        845000000,
        768950000,
        91,
        selisih,
        "Efisien",
      ],
    ],
  });

  it("a capaian that is not the PK's capaian sasaran is reported at the copy; the efisiensi right against the PK is not", async () => {
    const result = await checkSheets([pk, efisiensi(98.5, 7)]);
    expect(serious(result)).toEqual(["beda-antar-tabel@Efisiensi!D3"]);
    expect(result.findings.find((x) => x.cell === "D3")?.message).toBe(
      "Capaian sasaran di sini 98,5, padahal capaian sasaran yang sama di 'PK'!H4 tertulis 98 (rata-rata capaian indikatornya).",
    );
  });

  it("a sasaran on two program rows with different capaian holds each program's own: not compared", async () => {
    const sheet = efisiensi(98.5, 7.5);
    const second = [
      3,
      sheet.rows[2][1],
      "Program Pengelolaan Kebersihan Pasar",
      96,
      120000000,
      109200000,
      91,
      5,
      "Cukup Efisien",
    ];
    const result = await checkSheets([pk, { ...sheet, rows: [...sheet.rows, second] }]);
    expect(serious(result)).toEqual([]);
  });

  it("the PK's capaian sasaran copied right gives no finding", async () => {
    expect(serious(await checkSheets([pk, efisiensi(98, 7)]))).toEqual([]);
  });
});
