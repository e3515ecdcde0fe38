/** predikat: the word grades the year's capaian, not the tingkat kemajuan against the Renstra end target beside it. */
import { checkSheets, serious } from "../../../support/checkSheets";

const HEADER = [
  "No",
  "Indikator Kinerja",
  "Target 2025",
  "Realisasi 2025",
  "Capaian 2025 (%)",
  "Target Akhir Renstra (2026)",
  "Tingkat Kemajuan (%)",
  "Predikat",
];

describe("predikat beside a tingkat kemajuan column", () => {
  it("a right word for the capaian 2025 is not flagged although the kemajuan falls in another band", async () => {
    const result = await checkSheets([
      {
        name: "Analisis Capaian",
        rows: [
          HEADER,
          // 96,61 → Sangat Tinggi; kemajuan 90,17 would be Tinggi.
          [1, "Produksi padi (ton)", 3100, 2995, 96.61, 3321.5, 90.17, "Sangat Tinggi"],
          [2, "Produktivitas jagung (kw/ha)", 60, 48, 80, 70, 68.57, "Tinggi"],
        ],
      },
    ]);
    expect(serious(result)).toEqual([]);
  });

  it("a wrong word is flagged against the capaian 2025", async () => {
    const result = await checkSheets([
      {
        name: "Analisis Capaian",
        rows: [HEADER, [1, "Produktivitas jagung (kw/ha)", 60, 48, 80, 70, 68.57, "Sedang"]],
      },
    ]);
    expect(serious(result)).toEqual(["predikat@Analisis Capaian!H2"]);
    expect(result.findings[0].message).toContain("capaian 80");
  });
});

describe("the scale chosen by the words used", () => {
  it("Sangat Baik … Cukup beside a “-” row (not measured) picks the Permendagri bounds with those words", async () => {
    const result = await checkSheets([
      {
        name: "Pengukuran",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Kategori"],
          [1, "Cakupan imunisasi dasar lengkap", 95, 93.7, 98.63, "Sangat Baik"],
          [2, "Persentase puskesmas terakreditasi paripurna", 60, 45.3, 75.5, "Kurang"],
          [3, "Indeks kepuasan masyarakat", 85, 72, 84.71, "Baik"],
          [4, "Persentase penduduk dengan jaminan kesehatan", 98, "-", "-", "-"],
        ],
      },
    ]);
    expect(result.scale.id).toBe("permendagri86-baik");
    // 75,50 is Cukup (66 – < 76) on those bounds.
    expect(serious(result)).toEqual(["predikat@Pengukuran!F3"]);
  });
});

describe("SAKIP grade letters in a column headed “Nilai”", () => {
  const pk = {
    name: "PK",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Nilai"],
      [1, "Persentase ormas yang terverifikasi", 90, 81, 90, "A"],
      [2, "Indeks kerukunan umat beragama", 75, 72.45, 96.6, "AA"],
      [3, "Persentase pengaduan yang ditindaklanjuti", 70, 49, 70, "BB"],
    ],
  };
  const scale = (withWords: boolean) => ({
    name: "Skala",
    rows: [
      withWords ? ["Nilai", "Interval Capaian (%)", "Kategori"] : ["Nilai", "Interval Capaian (%)"],
      ...[
        ["AA", "> 90 - 100", "Sangat Memuaskan"],
        ["A", "> 80 - 90", "Memuaskan"],
        ["BB", "> 70 - 80", "Sangat Baik"],
        ["B", "> 60 - 70", "Baik"],
        ["CC", "> 50 - 60", "Cukup"],
        ["C", "> 30 - 50", "Kurang"],
        ["D", "0 - 30", "Sangat Kurang"],
      ].map((r) => (withWords ? r : r.slice(0, 2))),
    ],
  });

  it.each([true, false])("are the predikat, graded on the letters of the scale sheet (words beside them: %p)", async (words) => {
    const result = await checkSheets([pk, scale(words)]);
    // 70 is B (> 60 - 70), not BB (> 70 - 80).
    expect(serious(result)).toEqual(["predikat@PK!F4"]);
    expect(result.findings[0].expected).toBe("B");
  });
});

describe("a predikat word typed in the capaian column", () => {
  it("quotes the stored realisasi where its cell shows it rounded (3,2567 shown as 3,26)", async () => {
    const result = await checkSheets([
      {
        name: "IKU",
        rows: [
          ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
          [1, "Indeks SPBE", "indeks", 3.1, { v: 3.2567, fmt: "0.00" }, "Tinggi"],
          [2, "Persentase OPD terhubung", "%", 90, 88, 97.78],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["predikat@IKU!F2"]);
    expect(result.findings.find((f) => f.cell === "F2")?.message).toContain(
      "padahal realisasi 3,2567 (ditampilkan 3,26) dibagi target 3,1 = 105,05 ",
    );
  });
});

describe("a predikat that follows a wrong capaian", () => {
  // Capaian formulas copied one row too far: row 3 shows row 2's 96,46 (Sangat Tinggi); its own is 82,08 (Tinggi).
  const pk = (word3: string | { v: string; formula: string }) => [
    {
      name: "Form PK",
      rows: [
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"],
        [
          1,
          "Persentase sampah terkelola",
          "%",
          72,
          69.45,
          { v: 96.46, formula: 'IFERROR(ROUND(E2/D2*100,2),"-")' },
          "Sangat Tinggi",
        ],
        [2, "Persentase pengurangan sampah", "%", 24, 19.7, { v: 96.46, formula: 'IFERROR(ROUND(E2/D2*100,2),"-")' }, word3],
        [
          3,
          "Persentase penanganan sampah",
          "%",
          70,
          71.35,
          { v: 101.93, formula: 'IFERROR(ROUND(E4/D4*100,2),"-")' },
          "Sangat Tinggi",
        ],
      ],
    },
  ];

  it("a typed word that fits the wrong capaian is said (info, with its fix) beside the capaian's error", async () => {
    const result = await checkSheets(pk("Sangat Tinggi"));
    expect(serious(result)).toEqual(["capaian@Form PK!F3"]);
    const word = result.findings.find((f) => f.cell === "G3");
    expect(word?.severity).toBe("info");
    expect(word?.fix?.value).toBe("Tinggi");
    expect(word?.message).toContain("capaian yang benar 82,08");
  });

  it("a word that already fits the right capaian is not mentioned", async () => {
    const result = await checkSheets(pk("Tinggi"));
    expect(result.findings.map((f) => f.cell)).toEqual(["F3"]);
  });

  it("a predikat formula follows the capaian by itself and is not mentioned", async () => {
    const result = await checkSheets(
      pk({ v: "Sangat Tinggi", formula: 'IF(F3>=91,"Sangat Tinggi",IF(F3>=76,"Tinggi","Sedang"))' }),
    );
    expect(result.findings.map((f) => f.cell)).toEqual(["F3"]);
  });
});

describe("the predikat of a sasaran whose capaian is not its indicators' mean", () => {
  // Indicators 94,5 and 87,4: the sasaran's mean is 90,95 (Tinggi); typed 60,63 (their sum ÷ 3).
  const sheets = (word: string) => [
    {
      name: "PK",
      rows: [
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
        [1, "Meningkatnya perlindungan masyarakat", "Persentase Satlinmas terlatih", 100, 94.5, 94.5],
        [2, "Meningkatnya perlindungan masyarakat", "Persentase kejadian tertangani", 100, 87.4, 87.4],
      ],
    },
    {
      name: "Capaian Sasaran",
      rows: [
        ["No", "Sasaran Strategis", "Jumlah Indikator", "Rata-rata Capaian (%)", "Predikat"],
        [1, "Meningkatnya perlindungan masyarakat", 2, 60.63, word],
      ],
    },
  ];

  it("a word right for the mean is not flagged beside the wrong capaian sasaran", async () => {
    expect(serious(await checkSheets(sheets("Tinggi")))).toEqual(["rata-sasaran@Capaian Sasaran!D2"]);
  });

  it("a word right for neither is still flagged", async () => {
    expect(serious(await checkSheets(sheets("Sangat Tinggi")))).toEqual([
      "rata-sasaran@Capaian Sasaran!D2",
      "predikat@Capaian Sasaran!E2",
    ]);
  });
});
