/** Indicator tables: capaian, polarity, predikat, averages, quarterly blocks, scale and recap tables. */
import { checkSheets, keys, serious } from "../../support/checkSheets";
import { pkSheet, SasaranSpec, SheetSpec } from "../../support/workbooks";

const SASARAN: SasaranSpec[] = [
  {
    text: "Meningkatnya kualitas pelayanan publik kecamatan",
    indicators: [
      { name: "Indeks Kepuasan Masyarakat", satuan: "indeks", target: 80, realisasi: 82.5 },
      { name: "Persentase pelayanan perizinan tepat waktu", target: 85, realisasi: 80 },
      {
        name: "Jumlah pengadaan sarana prasarana",
        target: "",
        realisasi: "",
        subs: [
          { name: "Pengadaan sarana", satuan: "Buah", target: 58, realisasi: 58 },
          { name: "Penunjang administrasi", target: 80, realisasi: 75 },
        ],
      },
    ],
  },
  {
    text: "Meningkatnya pembinaan pemerintahan desa",
    indicators: [
      { name: "Jumlah desa yang dibina", satuan: "Desa", target: 17, realisasi: 17 },
      { name: "Nilai rata-rata IDM", satuan: "indeks", target: 0.65, realisasi: 0.62 },
    ],
  },
];

describe("clean indicator workbooks produce no error or warning", () => {
  it.each(["number", "id", "us"] as const)(
    "Formulir PK with merged sasaran, numbering row, sub-indicators (%s)",
    async (style) => {
      const r = await checkSheets([
        pkSheet({ sasaran: SASARAN, style, numberingRow: true, closing: { label: "Capaian Kinerja Sasaran", value: "auto" } }),
      ]);
      expect(serious(r)).toEqual([]);
      expect(r.tables[0].kind).toBe("indikator");
    },
  );
});

describe("capaian", () => {
  it("flags a typed capaian that is not realisasi/target × 100, with the fix formula", async () => {
    const sasaran = structuredClone(SASARAN);
    sasaran[0].indicators[1].capaian = 100; // 80/85 = 94,12
    const r = await checkSheets([pkSheet({ sasaran })]);
    const f = r.findings.find((x) => x.rule === "capaian");
    expect(f).toMatchObject({ sheet: "Formulir PK", cell: "G5", expected: "94,12", severity: "error" });
    expect(f?.fix?.formula).toBe("F5/E5*100");
  });

  it("accepts values rounded half-up or truncated to the decimals they show", async () => {
    const sasaran: SasaranSpec[] = [
      {
        text: "S",
        indicators: [
          { name: "Indikator pembulatan", target: 85, realisasi: 81, capaian: 95.29 }, // 95,294
          { name: "Indikator pemotongan", target: 3, realisasi: 2, capaian: "66,66" }, // 66,666 truncated
          { name: "Indikator bulat", target: 3, realisasi: 2, capaian: "67 %" },
        ],
      },
    ];
    expect(serious(await checkSheets([pkSheet({ sasaran })]))).toEqual([]);
  });

  it("reads US and Indonesian text numbers alike", async () => {
    const sasaran: SasaranSpec[] = [
      { text: "S", indicators: [{ name: "Indikator teks", target: 70.15, realisasi: 72.89, capaian: "92 %" }] },
    ];
    for (const style of ["id", "us"] as const) {
      const r = await checkSheets([pkSheet({ sasaran, style })]);
      expect(keys(r)).toEqual(["capaian@Formulir PK!G4"]);
      expect(r.findings[0].expected).toBe("103,91");
    }
  });

  it("uses the negative formula for indicators marked 'semakin rendah semakin baik'", async () => {
    const base = (capaian: number): SheetSpec =>
      pkSheet({
        keteranganColumn: true,
        sasaran: [
          {
            text: "S",
            indicators: [
              {
                name: "Jumlah pengaduan masyarakat",
                target: 10,
                realisasi: 8,
                capaian,
                keterangan: "Semakin rendah semakin baik",
              },
            ],
          },
        ],
      });
    expect(serious(await checkSheets([base(120)]))).toEqual([]);
    const wrong = await checkSheets([base(80)]);
    expect(keys(wrong)).toEqual(["capaian@Formulir PK!G4"]);
    expect(wrong.findings[0].expected).toBe("120,00");
    expect(wrong.findings[0].fix?.formula).toBe("MAX(0,(2*E4-F4)/E4*100)");
    // T/R method when chosen.
    expect(serious(await checkSheets([base(125)], { negativeMethod: "rasio" }))).toEqual([]);
  });

  it("lets options.polarity declare a negative indicator", async () => {
    const sheet = pkSheet({
      sasaran: [{ text: "S", indicators: [{ name: "Angka kemiskinan", target: 10, realisasi: 8, capaian: 120 }] }],
    });
    expect(keys(await checkSheets([sheet]))).toEqual(["capaian@Formulir PK!G4"]);
    expect(serious(await checkSheets([sheet], { polarity: { "Angka kemiskinan": "negatif" } }))).toEqual([]);
  });
});

describe("rata-sasaran and rata-rata", () => {
  it("accepts the indicator mean with sub-indicators folded in, flags a value no averaging gives", async () => {
    const ok = await checkSheets([pkSheet({ sasaran: SASARAN, closing: { label: "Capaian Kinerja Sasaran", value: "auto" } })]);
    expect(serious(ok)).toEqual([]);
    const bad = await checkSheets([pkSheet({ sasaran: SASARAN, closing: { label: "Capaian Kinerja Sasaran", value: 90 } })]);
    expect(keys(bad)).toEqual(["rata-sasaran@Formulir PK!G11"]);
  });

  it("flags an average row that is not the average, accepts one holding sums", async () => {
    const sheet = (avg: number, sum: number): SheetSpec => ({
      name: "IDM",
      rows: [
        ["No", "Nama Desa", "Nilai IDM", "Jumlah Penduduk"],
        [1, "Desa A", { v: 0.6325, fmt: "0.0000" }, 1200],
        [2, "Desa B", { v: 0.6271, fmt: "0.0000" }, 800],
        [3, "Desa C", { v: 0.6457, fmt: "0.0000" }, 1000],
        ["Rata-rata", null, { v: avg, fmt: "0.0000" }, sum],
      ],
    });
    expect(serious(await checkSheets([sheet(0.6351, 3000)]))).toEqual([]);
    expect(keys(await checkSheets([sheet(0.6214, 3000)]))).toEqual(["rata-rata@IDM!C5"]);
    expect(keys(await checkSheets([sheet(0.6351, 1000)]))).toEqual([]);
    expect(keys(await checkSheets([sheet(0.6351, 999)]))).toEqual(["rata-rata@IDM!D5"]);
  });
});

describe("quarterly blocks (two-row header)", () => {
  const quarterly = (tw2: number): SheetSpec => ({
    name: "Triwulan",
    rows: [
      ["NO", "INDIKATOR KINERJA", "TARGET 2024", "TRIWULAN I", null, "TRIWULAN II", null, "AKHIR TAHUN", null],
      [null, null, null, "REALISASI", "CAPAIAN (%)", "REALISASI", "CAPAIAN (%)", "REALISASI", "CAPAIAN (%)"],
      [1, "Persentase fasilitasi ditindaklanjuti", 95.45, 37.84, 39.64, 17, tw2, 54.84, 57.45],
      [2, "Persentase desa tertib administrasi", 97.22, 33.33, 34.28, 20, 20.57, 53.33, 54.85],
    ],
    merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:G1", "H1:I1"],
  });
  it("pairs each block's realisasi with the shared target", async () => {
    const r = await checkSheets([quarterly(17.81)]);
    expect(serious(r)).toEqual([]);
    expect(r.tables[0].blocks.filter((b) => b.kind !== "tahun").map((b) => b.kind)).toEqual([
      "triwulan",
      "triwulan",
      "akhir-tahun",
    ]);
    expect(keys(await checkSheets([quarterly(18.81)]))).toEqual(["capaian@Triwulan!G3"]);
  });
});

describe("predikat and scales", () => {
  const withPredikat = (word: string): SheetSpec =>
    pkSheet({
      predikatColumn: true,
      sasaran: [{ text: "S", indicators: [{ name: "Indeks Kepuasan Masyarakat", target: 80, realisasi: 80, predikat: word }] }],
    });

  it("checks the word against the default scale (permendagri86)", async () => {
    expect(serious(await checkSheets([withPredikat("Sangat Tinggi")]))).toEqual([]);
    const r = await checkSheets([withPredikat("Tinggi")]);
    expect(keys(r)).toEqual(["predikat@Formulir PK!H4"]);
    expect(r.findings[0].expected).toBe("Sangat Tinggi");
  });

  it("uses a preset given by id", async () => {
    // baik4-lebih100: > 100 Sangat Baik; 76–100 Baik.
    expect(serious(await checkSheets([withPredikat("Baik")], { scale: "baik4-lebih100" }))).toEqual([]);
    expect(keys(await checkSheets([withPredikat("Sangat Baik")], { scale: "baik4-lebih100" }))).toEqual([
      "predikat@Formulir PK!H4",
    ]);
  });

  it("uses the scale table found in the workbook and warns about its gaps", async () => {
    const scale = (second: string): SheetSpec => ({
      name: "Skala",
      rows: [
        ["No", "Klasifikasi Penilaian (%)", "Predikat"],
        [1, "86-100", "Sangat Baik"],
        [2, second, "Baik"],
        [3, "50-69", "Cukup"],
        [4, "<50", "Gagal"],
      ],
    });
    const r = await checkSheets([withPredikat("Sangat Baik"), scale("70-85")]);
    expect(r.scale.bands.map((b) => b.label)).toEqual(["Sangat Baik", "Baik", "Cukup", "Gagal"]);
    expect(serious(r)).toEqual([]);
    const gap = await checkSheets([withPredikat("Sangat Baik"), scale("70-80")]);
    expect(keys(gap)).toEqual(["skala@Skala!B3"]);
    const overlap = await checkSheets([withPredikat("Sangat Baik"), scale("70-90")]);
    expect(keys(overlap)).toEqual(["skala@Skala!B3"]);
  });
});

describe("rekap-predikat", () => {
  it("compares counts per predikat with the indicators listed", async () => {
    const sasaran: SasaranSpec[] = [
      {
        text: "S",
        indicators: [
          { name: "Indikator satu", target: 100, realisasi: 95 },
          { name: "Indikator dua", target: 100, realisasi: 80 },
          { name: "Indikator tiga", target: 100, realisasi: 99 },
        ],
      },
    ];
    const rekap = (st: number, t: number): SheetSpec => ({
      name: "Rekap",
      rows: [
        ["No", "Predikat", "Jumlah Indikator"],
        [1, "Sangat Tinggi", st],
        [2, "Tinggi", t],
        [3, "Sedang", 0],
        ["Jumlah", null, st + t],
      ],
    });
    expect(serious(await checkSheets([pkSheet({ sasaran }), rekap(2, 1)]))).toEqual([]);
    expect(keys(await checkSheets([pkSheet({ sasaran }), rekap(3, 1)]))).toEqual(
      expect.arrayContaining(["rekap-predikat@Rekap!C2"]),
    );
  });
});

describe("beda-antar-tabel", () => {
  it("flags the same indicator with a different realisasi in two tables", async () => {
    const a = pkSheet({
      name: "IKU",
      sasaran: [{ text: "S", indicators: [{ name: "Indeks Kepuasan Masyarakat", target: 70.15, realisasi: 72.89 }] }],
    });
    const b = pkSheet({
      name: "Analisis",
      sasaran: [{ text: "S", indicators: [{ name: "Indeks Kepuasan Masyarakat", target: 70.15, realisasi: 80.89 }] }],
    });
    expect(keys(await checkSheets([a, b]))).toEqual(["beda-antar-tabel@Analisis!F4"]);
    expect(serious(await checkSheets([a, { ...a, name: "Salinan" }]))).toEqual([]);
  });
});
