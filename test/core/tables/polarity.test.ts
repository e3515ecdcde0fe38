/** Indicator direction: from a Polaritas/Keterangan cell, or from an explicit phrase in the indicator's own name. */
import { polarityFromName, polarityFromNote } from "../../../src/core/tables/polarity";
import { checkSheets, serious } from "../../support/checkSheets";

describe("polarityFromName", () => {
  it.each([
    ["Angka kematian bayi (semakin rendah semakin baik)", "negatif"],
    ["Persentase rumah tidak layak huni - makin kecil makin baik", "negatif"],
    ["Tingkat pengangguran terbuka (negatif)", "negatif"],
    ["Indeks kepuasan masyarakat (semakin tinggi semakin baik)", "positif"],
  ])("%s → %s", (name, polarity) => expect(polarityFromName(name)).toBe(polarity));

  it.each([
    "Persentase penurunan angka stunting",
    "Angka kemiskinan yang menurun",
    "Jumlah kasus turun",
    "Indeks Desa Membangun",
  ])("%s declares nothing", (name) => expect(polarityFromName(name)).toBeNull());
});

describe("a direction declared in the name is checked as such", () => {
  type Row = (string | number | null)[];
  const HEADER: Row = ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];

  it("a negative indicator named so: (2 × 16 − 15) / 16 = 106,25 is right, 93,75 is found", async () => {
    const right = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Angka kematian bayi (semakin rendah semakin baik)", "per 1.000 KH", 16, 15, 106.25]] },
    ]);
    expect(serious(right)).toEqual([]);
    const wrong = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Angka kematian bayi (semakin rendah semakin baik)", "per 1.000 KH", 16, 15, 93.75]] },
    ]);
    expect(serious(wrong)).toEqual(["capaian@PK!F2"]);
  });

  it("a name that only measures a decrease stays positive: realisasi ÷ target", async () => {
    const result = await checkSheets([
      { name: "PK", rows: [HEADER, [1, "Persentase penurunan angka stunting", "%", 20, 18, 90]] },
    ]);
    expect(serious(result)).toEqual([]);
  });
});

describe("the direction of a bullet row under an indicator", () => {
  type Row = (string | number | null)[];
  const HEADER: Row = ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Keterangan"];

  it("under an indicator measured by itself it is its own: positive unless it says otherwise", async () => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          HEADER,
          [1, "Prevalensi stunting", 14, 13.2, 105.71, "semakin rendah semakin baik"],
          [null, "• Persentase penderita TB yang diobati", 90, 88.5, 98.33, null],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].rows.map((r) => r.polarity)).toEqual(["negatif", "positif"]);
  });

  it("under an indicator heading sub-indicators (no values of its own) it takes the heading's direction", async () => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          HEADER,
          [1, "Angka kesakitan penyakit menular", null, null, null, "negatif"],
          [null, "• DBD per 100.000 penduduk", 20, 18, 110, null],
          [null, "• Malaria per 1.000 penduduk", 1, 0.9, 110, null],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].rows.filter((r) => r.role === "sub-indikator").map((r) => r.polarity)).toEqual([
      "negatif",
      "negatif",
    ]);
  });
});

describe("a KETERANGAN note and a POLARITAS column", () => {
  // 2025 against 2024: "Turun" says the value fell, not that lower is better.
  const perbandingan = (header: string, note: string) => [
    {
      name: "Perbandingan",
      rows: [
        ["No", "Indikator Kinerja", "Target 2025", "Realisasi 2025", "Capaian (%)", header],
        [1, "Produksi perikanan tangkap (ton)", 52000, 49400, 95, note],
        [2, "Persentase kapal perikanan berizin", 80, 84, 105, "Naik"],
      ],
    },
  ];

  it("a trend word in KETERANGAN (Turun, Menurun, Meningkat) leaves the indicator positive", async () => {
    for (const word of ["Turun", "Menurun", "Turun dibanding 2024", "Meningkat"])
      expect(serious(await checkSheets(perbandingan("Keterangan", word)))).toEqual([]);
  });

  it("a KETERANGAN that names the direction still makes it negative", async () => {
    // 95 is realisasi ÷ target; a negative indicator gets (2 × 52.000 − 49.400) ÷ 52.000 = 105.
    const result = await checkSheets(perbandingan("Keterangan", "Indikator negatif (semakin rendah semakin baik)"));
    expect(serious(result)).toEqual(["capaian@Perbandingan!E2"]);
  });

  it("the short word Menurun in a POLARITAS column is a direction", async () => {
    const result = await checkSheets(perbandingan("Polaritas", "Menurun"));
    expect(serious(result)).toEqual(["capaian@Perbandingan!E2"]);
  });
});

describe("polarityFromNote", () => {
  it("reads only words that name a direction", () => {
    expect(polarityFromNote("negatif")).toBe("negatif");
    expect(polarityFromNote("Minimize")).toBe("negatif");
    expect(polarityFromNote("target minimal 80%")).toBeNull();
    expect(polarityFromNote("↓ dari 2024")).toBeNull();
    expect(polarityFromNote("Maximize")).toBe("positif");
  });
});
