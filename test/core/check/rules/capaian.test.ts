/** capaian: a ratio over the Renstra end target is the tingkat kemajuan, and its message says so. */
import { checkSheets, serious } from "../../../support/checkSheets";
import type { CellInput, SheetSpec } from "../../../support/workbooks";

describe("capaian beside the Renstra end target", () => {
  it("a wrong tingkat kemajuan is named so, divided by the target akhir Renstra", async () => {
    const result = await checkSheets([
      {
        name: "Capaian IKU",
        rows: [
          [
            "No",
            "Indikator Kinerja",
            "Target 2025",
            "Realisasi 2025",
            "Capaian (%)",
            "Target Akhir Renstra (2026)",
            "Tingkat Kemajuan (%)",
          ],
          [1, "Indeks kepuasan masyarakat", 80, 82, 102.5, 85, 96.47],
          [2, "Persentase desa mandiri", 65, 68.45, 105.31, 70, 87.79],
        ],
      },
    ]);
    const found = result.findings.filter((f) => f.severity === "error");
    expect(found.map((f) => f.cell)).toEqual(["G3"]);
    expect(found[0].message).toBe(
      "Tingkat kemajuan tertulis 87,79, seharusnya 97,79 (realisasi 68,45 dibagi target akhir Renstra 70 × 100).",
    );
  });
});

describe("capaian on small targets shown in General format", () => {
  // Indices and ratios with one or two decimals: the target is set as written, only the realisasi may be rounded.
  const sheet = (typed: number) => ({
    name: "PK 2025",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Rasio penegakan perda", "rasio", 1.5, 1.37, typed],
      [2, "Indeks ketenteraman", "indeks", 2, 1.95, 97.5],
      [3, "Persentase pelanggaran ditindak", "%", 80, 76.25, 95.31],
    ],
  });

  it("a capaian 2 points off is flagged: the target 1,5 is no rounded 1,45–1,55", async () => {
    const result = await checkSheets([sheet(93.33)]);
    const found = result.findings.filter((f) => f.severity === "error");
    expect(found.map((f) => f.cell)).toEqual(["F2"]);
    expect(found[0].expected).toBe("91,33");
  });

  it("a last digit off by one, as a realisasi rounded to 1,37 explains, still passes", async () => {
    // 1,3701 / 1,5 × 100 = 91,34; the shown 1,37 gives 91,33.
    const result = await checkSheets([sheet(91.34)]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("capaian beside a realisasi that may be rounded", () => {
  const sheet = (realisasi: number, target: number, typed: number) => ({
    name: "PK",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Panjang jalan kondisi baik (km)", target, realisasi, typed],
      [2, "Persentase drainase berfungsi", 80, 76, 95],
    ],
  });

  it("a last digit off by one that a rounded realisasi explains passes (33,33 as 1/3 rounded)", async () => {
    // 33,33 / 97,22 = 34,283…; from 1/3 × 100 = 33,333… it is 34,286…, shown 34,29.
    const result = await checkSheets([sheet(33.33, 97.22, 34.29)]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("2 points off is flagged, although a realisasi 2,1 rounded from 2,15 would give 86", async () => {
    const result = await checkSheets([sheet(2.1, 2.5, 86)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.expected])).toEqual([["E2", "84,00"]]);
  });
});

describe("a capaian that the negative-indicator formula gives, on an indicator not marked negative", () => {
  const sheet = (typed: number) => ({
    name: "PK 2025",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase PMKS yang tertangani", "%", 75, 78.4, 104.53],
      [2, "Persentase anak jalanan yang kembali ke jalan setelah dibina", "%", 10, 8.5, typed],
    ],
  });

  it("is a warning that names both readings, with the positive fix", async () => {
    // (2 × 10 − 8,5) / 10 × 100 = 115; 8,5 / 10 × 100 = 85.
    const result = await checkSheets([sheet(115)]);
    const f = result.findings.filter((x) => x.severity !== "info");
    expect(f.map((x) => [x.cell, x.severity])).toEqual([["F3", "warning"]]);
    expect(f[0].message).toContain("sesuai rumus indikator negatif");
    expect(f[0].expected).toBe("85,00");
  });

  it("a value that neither formula gives stays an error", async () => {
    const result = await checkSheets([sheet(105)]);
    expect(result.findings.filter((x) => x.severity !== "info").map((x) => [x.cell, x.severity])).toEqual([["F3", "error"]]);
  });
});

describe("tingkat kemajuan in a Renstra table with a target per year", () => {
  it("divides by the target akhir Renstra, not by this year's target", async () => {
    const result = await checkSheets([
      {
        name: "Renstra",
        rows: [
          [
            "NO",
            "INDIKATOR",
            "TARGET 2021",
            "TARGET 2022",
            "TARGET 2023",
            "TARGET 2024",
            "TARGET 2025",
            "TARGET AKHIR RENSTRA (2026)",
            "REALISASI 2025",
            "TINGKAT KEMAJUAN (%)",
          ],
          [1, "Persentase pelayanan administrasi sesuai standar", 80, 84, 88, 90, 92, 95, 94.5, 99.47],
          [2, "Indeks Kepuasan Masyarakat", 76, 77, 78, 80, 81, 82, 82.76, 100.93],
          [3, "Persentase desa tertib administrasi", 65, 70, 75, 80, 85, 90, 78, 88.67],
        ],
      },
    ]);
    // 78 / 90 × 100 = 86,67.
    expect(result.findings.map((f) => [f.rule, f.cell, f.expected])).toEqual([["capaian", "J4", "86,67"]]);
  });
});

describe("negative indicators computed target ÷ realisasi × 100", () => {
  const sheet = (typed: number) => ({
    name: "Pengukuran",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
      [1, "Rata-rata waktu proses pengadaan (hari)", 30, 27, typed, "semakin rendah semakin baik"],
      [2, "Persentase paket tender tepat waktu", 90, 87.3, 97],
    ],
  });

  it("by default either accepted method passes: (2T − R)/T = 110 or T/R = 111,11", async () => {
    expect(serious(await checkSheets([sheet(110)]))).toEqual([]);
    expect(serious(await checkSheets([sheet(111.11)]))).toEqual([]);
  });

  it("a value neither method gives is flagged; with the method chosen, only that one passes", async () => {
    expect(serious(await checkSheets([sheet(115)]))).toEqual(["capaian@Pengukuran!E2"]);
    expect(serious(await checkSheets([sheet(110)], { negativeMethod: "rasio" }))).toEqual(["capaian@Pengukuran!E2"]);
  });
});

describe("targets and realisasi typed with their unit word", () => {
  const pk = (capaian: number): SheetSpec => ({
    name: "PK",
    rows: [
      ["No", "Uraian Indikator", "Target", "Realisasi", "Capaian (%)"],
      ["1.", "Persentase pelayanan PATEN sesuai SOP", "100 %", "97,85 %", 97.85],
      ["2.", "Jumlah dokumen perencanaan tersusun", "12 dokumen", "10 dokumen", capaian],
      ["3.", "Panjang drainase terbangun", "3,5 km", "3,5 km", 100],
    ],
  });

  it("are the numbers before the word: a right capaian passes, a wrong one is found", async () => {
    expect(serious(await checkSheets([pk(83.33)]))).toEqual([]);
    expect(serious(await checkSheets([pk(90)]))).toEqual(["capaian@PK!E3"]);
  });

  it("a word that scales or relates the number is no unit: “1,5 juta”, “3 dari 5” stay text", async () => {
    const sheet = pk(90);
    sheet.rows[2].splice(2, 2, "1,5 juta", "3 dari 5");
    expect(serious(await checkSheets([sheet]))).toEqual([]);
  });
});

describe("an indicator with no data this period (realisasi or target “-”)", () => {
  // Blind round 17 (w14): the BPS inflation figure is not out yet; “-” is no data, not 0, whatever the polarity.
  const sheet = (realisasi: number | string, capaian: number | string, keterangan = "negatif: semakin rendah semakin baik") => ({
    name: "PK",
    rows: [
      ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat", "Keterangan"],
      [1, "Laju inflasi daerah", "%", 3, realisasi, capaian, "-", keterangan],
      [2, "Jumlah pasar dipantau", "pasar", 12, 12, 100, "Sangat Tinggi", ""],
    ],
  });

  it.each([
    ["a negative indicator", "negatif: semakin rendah semakin baik"],
    ["a negative indicator whose note says the data is not out", "negatif; data belum tersedia"],
    ["a positive indicator", ""],
  ])("a capaian “-” beside a realisasi “-” is no finding (%s)", async (_, keterangan) => {
    expect(serious(await checkSheets([sheet("-", "-", keterangan)]))).toEqual([]);
    expect(serious(await checkSheets([sheet("-", "-", keterangan)], { negativeMethod: "rasio" }))).toEqual([]);
  });

  it("nor beside a target “-”", async () => {
    const rows = sheet(2.8, "-").rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 3 ? "-" : v)) : r));
    expect(serious(await checkSheets([{ name: "PK", rows }]))).toEqual([]);
  });

  it("a predikat beside it is not graded from a capaian the dash would give", async () => {
    const rows = sheet("-", "-").rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 6 ? "Sangat Rendah" : v)) : r));
    expect(serious(await checkSheets([{ name: "PK", rows }]))).toEqual([]);
  });

  it("a capaian typed as a number read the dash as 0, and is checked so, saying it", async () => {
    const result = await checkSheets([sheet("-", 150)]);
    expect(serious(result)).toEqual(["capaian@PK!F2"]);
    expect(result.findings.find((f) => f.cell === "F2")?.message).toBe(
      "Capaian tertulis 150, seharusnya 200,00 (indikator negatif (semakin rendah semakin baik): target 3, realisasi - (dibaca 0)).",
    );
  });

  it("a capaian “-” beside a measured realisasi is still a finding", async () => {
    expect(serious(await checkSheets([sheet(2.8, "-")]))).toEqual(["capaian@PK!F2"]);
  });
});

describe("a capaian computed from a realisasi as its cell shows it (3,2567 under “0.00” shows 3,26)", () => {
  const sheet = (realisasi: number, format: string, target: number, typed: number) => ({
    name: "IKU",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Indeks SPBE", "indeks", target, { v: realisasi, fmt: format }, { v: typed, fmt: "0.00" }],
      [2, "Persentase OPD terhubung", "%", 90, 88, 97.78],
    ],
  });

  it("3,26 / 3,1 × 100 = 105,16 for the exact 105,05 is accepted: the shown operand's rounding, under half a point", async () => {
    expect(serious(await checkSheets([sheet(3.2567, "0.00", 3.1, 105.16)]))).toEqual([]);
  });

  it("a wrong capaian quotes the stored realisasi, whose quotient is the expected value", async () => {
    const result = await checkSheets([sheet(3.2567, "0.00", 3.1, 110)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.expected, f.message])).toEqual([
      ["F2", "105,05", "Capaian tertulis 110, seharusnya 105,05 (realisasi 3,2567 (ditampilkan 3,26) dibagi target 3,1 × 100)."],
    ]);
  });

  it("the fewest hidden decimals that give the expected value are quoted", async () => {
    // 3,25671 / 3,1 × 100 = 105,0552 shows 105,06; 3,26 gives 105,16, 3,257 gives 105,0645: 105,06.
    const result = await checkSheets([sheet(3.25671, "0.00", 3.1, 110)]);
    expect(result.findings.find((f) => f.cell === "F2")?.message).toContain("realisasi 3,257 (ditampilkan 3,26)");
  });

  it.each([
    ["2,4 shown as 2 of target 3: 66,67 for 80", 2.4, "0", 3, 66.67, "80,00"],
    ["0,9951 shown as 1,00 of target 0,5: 200 for 199,02", 0.9951, "0.00", 0.5, 200, "199,02"],
  ])("a shown operand half a point or more off the exact capaian is no excuse (%s)", async (_, r, fmt, t, typed, expected) => {
    const result = await checkSheets([sheet(r, fmt, t, typed)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.expected])).toEqual([["F2", expected]]);
  });
});

describe("an SPM table: Jumlah Sasaran | Jumlah Terlayani | Capaian SPM (%)", () => {
  // Capaian SPM = terlayani / sasaran × 100, typed as 0.00% fractions; "Target SPM" (100 %) divides nothing.
  const pct = (v: number) => ({ v, fmt: "0.00%" });
  const sheet = (balita: number, header = "Capaian SPM"): SheetSpec => ({
    name: "SPM Kesehatan",
    rows: [
      ["No", "Jenis Pelayanan Dasar", "Jumlah Sasaran", "Jumlah Terlayani", header, "Target SPM", "Keterangan"],
      [1, "Pelayanan kesehatan ibu hamil", 17412, 16985, pct(0.9755), pct(1), "Belum tercapai"],
      [2, "Pelayanan kesehatan balita", 68410, 59877, pct(balita), pct(1), "Belum tercapai"],
      [3, "Pelayanan kesehatan pada usia lanjut", 84215, 78960, pct(0.9376), pct(1), "Belum tercapai"],
      [4, "Pelayanan kesehatan orang terduga Tuberkulosis", 12480, 12480, pct(1), pct(1), "Tercapai"],
      [null, "Rata-rata capaian SPM", null, null, pct(0.9471)],
    ],
  });

  it("a wrong capaian cell is flagged at its cell, not the average row below it", async () => {
    const result = await checkSheets([sheet(0.8853)]);
    expect(serious(result)).toEqual(["capaian@SPM Kesehatan!E3"]);
    expect(result.findings.find((f) => f.cell === "E3")?.message).toBe(
      "Capaian tertulis 88,53 %, seharusnya 87,53 (jumlah terlayani 59.877 dibagi jumlah sasaran 68.410 × 100).",
    );
  });

  it("the same under “Capaian (%)”, and no finding when every capaian is right", async () => {
    expect(serious(await checkSheets([sheet(0.8853, "Capaian (%)")]))).toEqual(["capaian@SPM Kesehatan!E3"]);
    expect(serious(await checkSheets([sheet(0.8753)]))).toEqual([]);
  });
});

describe("a capaian capped at 100 or 120", () => {
  // E2: 84,37 / 82 = 102,89; E3: 91,8 / 95 = 96,63; E4: 104,5 / 82 = 127,44.
  const pk = (capaian: CellInput[], beside: string | null = null, note: string | null = null): SheetSpec => ({
    name: "PK",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian"],
      [1, "Indeks Kepuasan Masyarakat", 82, 84.37, capaian[0], beside],
      [2, "Persentase layanan PATEN tepat waktu", 95, 91.8, capaian[1], beside],
      [3, "Persentase pelanggaran Perda ditindaklanjuti", 82, 104.5, capaian[2], beside],
      [],
      [note],
    ],
  });
  const min = (cap: number, r: number, value: number): CellInput => ({
    v: value,
    formula: `MIN(${cap},ROUND(D${r}/C${r}*100,2))`,
  });

  it("by the cell's own MIN(cap, …) formula, with no note", async () => {
    expect(serious(await checkSheets([pk([min(100, 2, 100), min(100, 3, 96.63), min(100, 4, 100)])]))).toEqual([]);
    expect(serious(await checkSheets([pk([min(120, 2, 102.89), min(120, 3, 96.63), min(120, 4, 120)])]))).toEqual([]);
  });

  it("by the cell's own IF(capaian > cap, cap, capaian) formula", async () => {
    const capped = (r: number, value: number): CellInput => ({
      v: value,
      formula: `IF(ROUND(D${r}/C${r}*100,2)>100,100,ROUND(D${r}/C${r}*100,2))`,
    });
    expect(serious(await checkSheets([pk([capped(2, 100), capped(3, 96.63), capped(4, 100)])]))).toEqual([]);
  });

  it("a wrong capaian in a MIN() column is still found, against the cap", async () => {
    // E3's formula points at row 2 (84,37 / 82 capped: 100) where 96,63 belongs.
    const result = await checkSheets([
      pk([min(100, 2, 100), { v: 100, formula: "MIN(100,ROUND(D2/C2*100,2))" }, min(100, 4, 100)]),
    ]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.expected])).toEqual([["E3", "96,63"]]);
  });

  it("by a note in an unheaded column beside the table, or “di atas 100% dicatat 100%” below it", async () => {
    expect(serious(await checkSheets([pk([100, 96.63, 100], "Capaian maksimal 100%")]))).toEqual([]);
    expect(serious(await checkSheets([pk([100, 96.63, 100], null, "Catatan: capaian di atas 100% dicatat 100%")]))).toEqual([]);
  });

  it("without any sign of a cap, a capaian typed 100 above it is wrong", async () => {
    expect(serious(await checkSheets([pk([100, 96.63, 127.44])]))).toEqual(["capaian@PK!E2"]);
  });
});

describe("a capaian formula that reads another row", () => {
  it("names the row it reads, beside the right value", async () => {
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          [1, "Persentase sampah terkelola", 72, 69.45, { v: 96.46, formula: "ROUND(D2/C2*100,2)" }],
          [2, "Persentase pengurangan sampah", 24, 19.7, { v: 96.46, formula: "ROUND(D2/C2*100,2)" }],
          [3, "Persentase penanganan sampah", 70, 71.35, { v: 101.93, formula: "ROUND(D4/C4*100,2)" }],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["capaian@Pengukuran!E3"]);
    expect(result.findings[0].message).toContain("seharusnya 82,08");
    expect(result.findings[0].message).toContain("Rumusnya membaca baris 2, bukan baris 3.");
  });
});

describe("a qualitative indicator whose realisasi is its target", () => {
  const pk = (capaian: number, average: number) => [
    {
      name: "PK 2025",
      rows: [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [1, "Opini BPK atas laporan keuangan", "WTP", "WTP", capaian],
        [2, "Persentase temuan yang ditindaklanjuti", 90, 94.5, 105],
        ["", "Rata-rata", "", "", average],
      ],
    },
  ];

  it("is met: a capaian other than 100 is a warning with 100 as its fix, and the average is judged with 100", async () => {
    const result = await checkSheets(pk(90, 102.5));
    expect(serious(result)).toEqual(["capaian@PK 2025!E2"]);
    expect(result.findings[0].severity).toBe("warning");
    expect(result.findings[0].fix?.value).toBe(100);
  });

  it("typed 100 is right, and so is the average of 100 and 105", async () => {
    expect(serious(await checkSheets(pk(100, 102.5)))).toEqual([]);
  });
});

describe("a capaian rounded up by its own formula", () => {
  const pk = (capaian: { v: number; formula?: string } | number) => [
    {
      name: "PK 2025",
      rows: [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [1, "Persentase pasien puas", 100, 97.341, capaian],
        [2, "Bed occupancy rate", 75, 71.2, { v: 94.94, formula: "ROUNDUP(D3/C3*100,2)" }],
      ],
    },
  ];

  it("=ROUNDUP(…;2) is a rounding method: 97,341 shown 97,35 is right", async () => {
    expect(serious(await checkSheets(pk({ v: 97.35, formula: "ROUNDUP(D2/C2*100,2)" })))).toEqual([]);
  });

  it("the same 97,35 typed without that formula, or a ROUNDUP of the wrong value, is still found", async () => {
    expect(serious(await checkSheets(pk(97.35)))).toEqual(["capaian@PK 2025!E2"]);
    expect(serious(await checkSheets(pk({ v: 97.36, formula: "ROUNDUP(D2/C2*100,2)+0.01" })))).toEqual(["capaian@PK 2025!E2"]);
  });
});

describe("a short downward word in KETERANGAN", () => {
  // Angka kesakitan: target 12, realisasi 9; the negative way (2 × 12 − 9) ÷ 12 × 100 = 125, the positive way 75.
  const pk = (capaian: number, note: string) => [
    {
      name: "PK 2025",
      rows: [
        ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"],
        [1, "Angka kesakitan DBD per 100.000 penduduk", 12, 9, capaian, note],
      ],
    },
  ];

  it("beside a capaian computed the negative way is the direction: no warning", async () => {
    for (const note of ["Menurun", "↓"]) expect(serious(await checkSheets(pk(125, note)))).toEqual([]);
  });

  it("beside a capaian computed the positive way is a trend: the indicator stays positive", async () => {
    expect(serious(await checkSheets(pk(75, "Menurun")))).toEqual([]);
    // Without the word, the negative-way value is said as a warning (the indicator is not marked negative).
    expect(serious(await checkSheets(pk(125, "")))).toEqual(["capaian@PK 2025!E2"]);
  });
});

describe("a capaian whose right formula holds a stale value", () => {
  it("says the formula is right and the workbook needs recalculating", async () => {
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          [1, "Indeks kualitas air", 65.5, 66.12, { v: 99, formula: "ROUND(D2/C2*100,2)" }],
          [2, "Indeks kualitas udara", 86, 88.21, { v: 102.57, formula: "ROUND(D3/C3*100,2)" }],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["capaian@Pengukuran!E2"]);
    expect(result.findings[0].message).toContain("Rumus di sel ini sudah benar; nilai yang tersimpan belum dihitung ulang.");
  });
});
