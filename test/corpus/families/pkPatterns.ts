/**
 * Hand-made Formulir PK workbooks, one pattern each, from the classes of layout the checker was not
 * written against: a closing row after every sasaran, scale tables on their own sheet written as
 * inequalities, a predikat word in the capaian column, an AVERAGE over the wrong range, capped and
 * negative indicators, real percents, targets and realisasi grouped by measure over two years.
 */
import ExcelJS from "exceljs";
import { newWorkbook, Placed, renderTable, saveWorkbook, titleLine } from "../grid";
import { pkTable, PkOptions, PkSasaran, refreshAverages } from "../layouts/pk";
import { Notation, PERMENDAGRI, Scale, SCALES, writeScaleTable } from "../layouts/scale";
import { applyPlants, note, Plant, truthOf } from "../plant";
import { capaian, idText, shown } from "../values";
import type { BuiltCase, CorpusCase, Expected } from "../types";

const FULL: PkOptions["columns"] = [
  "no",
  "sasaran",
  "indikator",
  "satuan",
  "target",
  "realisasi",
  "capaian",
  "predikat",
  "keterangan",
];

function scaleSheet(wb: ExcelJS.Workbook, name: string, scale: Scale, notation: Notation, title: string): void {
  const ws = wb.addWorksheet(name);
  titleLine(ws, 1, 0, 3, title);
  writeScaleTable(ws, scale, 3, 0, { notation, headers: { no: "No", interval: "Nilai Capaian (%)", label: "Kategori" } });
}

/** Writes a PK model under three title lines and returns where it landed. */
function pkSheet(
  wb: ExcelJS.Workbook,
  name: string,
  sasaran: PkSasaran[],
  o: PkOptions,
  plants: Plant[],
  titles: string[],
  notes: string[] = [],
): Placed {
  const model = pkTable(sasaran, o);
  applyPlants(model.spec, plants);
  refreshAverages(model, o);
  const ws = wb.addWorksheet(name);
  titles.forEach((t, i) => titleLine(ws, i + 1, 0, o.columns.length, t));
  notes.forEach((t, i) => note(ws, titles.length + 1 + i, 0, t, true));
  return renderTable(ws, model.spec, titles.length + notes.length + 2, 0);
}

async function done(wb: ExcelJS.Workbook, expected: Expected[]): Promise<BuiltCase> {
  return { xlsx: await saveWorkbook(wb), expected };
}

const KEC: PkSasaran[] = [
  {
    text: "Meningkatnya kualitas pelayanan administrasi kependudukan di kecamatan",
    indicators: [
      { name: "Persentase layanan PATEN yang selesai tepat waktu", satuan: "%", target: 95, realisasi: 93.4 },
      { name: "Indeks Kepuasan Masyarakat (IKM) Kecamatan", satuan: "Indeks", target: 82, realisasi: 84.15 },
    ],
  },
  {
    text: "Meningkatnya tertib administrasi pemerintahan desa",
    indicators: [
      { name: "Jumlah desa yang menyusun APBDes tepat waktu", satuan: "Desa", target: 12, realisasi: 11 },
      { name: "Persentase desa yang menyampaikan LPPDes", satuan: "%", target: 100, realisasi: 91.67 },
      { name: "Jumlah aduan masyarakat yang belum tertangani", satuan: "Aduan", target: 10, realisasi: 6, negative: true },
    ],
  },
  {
    text: "Meningkatnya ketenteraman dan ketertiban umum",
    indicators: [
      { name: "Persentase penanganan gangguan trantibum", satuan: "%", target: 90, realisasi: 96.5 },
      { name: "Jumlah pelanggaran Perda yang terjadi", satuan: "Kasus", target: 20, realisasi: 26, negative: true },
      { name: "Persentase linmas yang terlatih", satuan: "%", target: 75, realisasi: 52.3 },
    ],
  },
];

/** 1. A "Rata-rata Capaian Sasaran" row after each sasaran; the planted errors are below the first one. */
function closingEachGroup(): CorpusCase {
  const scale = SCALES.baik90;
  const o: PkOptions = {
    columns: FULL,
    headers: { capaian: "CAPAIAN (%)", predikat: "KATEGORI" },
    numbering: "plain",
    sasaran: "merged",
    groupClosing: "Rata-rata Capaian Sasaran",
    values: "number",
    decimals: 2,
    rounding: "round",
    scale,
  };
  const c31 = shown(capaian(75, 52.3), 2);
  const plants: Plant[] = [
    { rowId: "s2.i2", key: "capaian", value: 79.73, rule: "capaian", why: `52,3 / 75 = ${c31}, typed 79,73` },
    { rowId: "s1.i1", key: "predikat", value: "Baik", rule: "predikat", why: "91,67 is Sangat Baik (≥ 90), typed Baik" },
  ];
  return {
    id: "pk-rata-tiap-sasaran",
    layout:
      "Kecamatan Formulir PK, NO and SASARAN merged, a 'Rata-rata Capaian Sasaran' row after each of 3 sasaran, scale '≥ 90 / 80 – < 90 …' on sheet 'Kategori'; errors only in the 2nd and 3rd groups",
    clean: false,
    async build() {
      const wb = newWorkbook();
      const placed = pkSheet(wb, "Formulir PK", KEC, o, plants, [
        "FORMULIR PENGUKURAN KINERJA",
        "KECAMATAN SUNGAI RAYA TAHUN 2024",
      ]);
      scaleSheet(wb, "Kategori", scale, "range", "KATEGORI CAPAIAN KINERJA");
      return done(wb, truthOf(placed, plants));
    },
  };
}

/** 2. Clean: scale "X ≥ 95 / 80 ≤ X < 95 …" on its own sheet; the national default would flag words. */
function scaleInequalityClean(): CorpusCase {
  const scale = SCALES.memuaskan95;
  const o: PkOptions = {
    columns: ["no", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
    headers: { indikator: "INDIKATOR KINERJA UTAMA", capaian: "% CAPAIAN", predikat: "PREDIKAT", keterangan: "KET" },
    negativeNote: "semakin kecil semakin baik",
    sasaran: "row",
    sasaranNumber: (i) => ["I", "II", "III"][i],
    values: "number",
    decimals: 2,
    rounding: "trunc",
    scale,
  };
  return {
    id: "skala-x-ketaksamaan-bersih",
    layout:
      "Badan IKU with sasaran as roman group rows, capaian truncated to 2 decimals, scale 'X ≥ 95 / 80 ≤ X < 95 / 65 ≤ X < 80 / X < 65' on sheet 'Skala Penilaian' with words Sangat Memuaskan … Tidak Memuaskan",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(wb, "IKU", KEC, o, [], ["CAPAIAN INDIKATOR KINERJA UTAMA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
      scaleSheet(wb, "Skala Penilaian", scale, "x", "SKALA PENILAIAN CAPAIAN KINERJA");
      return done(wb, []);
    },
  };
}

/** 3. Clean: "85 s/d 100 … kurang dari 55" (berhasil) with a singkatan column; predikat typed as SB/B/CB/TB. */
function scaleSdShortClean(): CorpusCase {
  const scale = SCALES.berhasil85;
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "predikat", "keterangan"],
    headers: { sasaran: "SASARAN", predikat: "KRITERIA", keterangan: "KET." },
    numbering: "paren",
    sasaran: "first",
    values: "id-text",
    decimals: 2,
    rounding: "round",
    scale,
    negativeNote: "Indikator negatif",
  };
  return {
    id: "skala-sd-bersih",
    layout:
      "Kecamatan PK typed as Indonesian text ('93,40'), sasaran on its first row only, numbering (1) (2) …, scale '85 s/d 100 / 70 s/d 84,99 / 55 s/d 69,99 / kurang dari 55' with a Singkatan column on sheet 'Kriteria'",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(wb, "PK", KEC, o, [], ["PENGUKURAN KINERJA KECAMATAN TANJUNG HARAPAN", "TAHUN 2023"]);
      const ws = wb.addWorksheet("Kriteria");
      titleLine(ws, 1, 0, 4, "KRITERIA KEBERHASILAN");
      writeScaleTable(ws, scale, 3, 0, {
        notation: "sd",
        withShort: true,
        headers: { no: "NO", interval: "INTERVAL NILAI CAPAIAN", label: "KRITERIA", short: "SINGKATAN" },
      });
      return done(wb, []);
    },
  };
}

/** 4. A predikat word where capaian belongs: "Sangat Baik" for 100 / 100 on a scale where only > 100 is. */
function wordInCapaian(): CorpusCase {
  const scale = SCALES.lebih100;
  const sasaran: PkSasaran[] = [
    {
      text: "Meningkatnya akuntabilitas kinerja perangkat daerah",
      indicators: [
        { name: "Persentase dokumen perencanaan yang tepat waktu", satuan: "%", target: 100, realisasi: 100 },
        { name: "Nilai SAKIP perangkat daerah", satuan: "Nilai", target: 70, realisasi: 72.35 },
        { name: "Persentase temuan BPK yang ditindaklanjuti", satuan: "%", target: 100, realisasi: 87.5 },
      ],
    },
  ];
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat"],
    sasaran: "merged",
    values: "number",
    decimals: 2,
    rounding: "round",
    scale,
  };
  const plants: Plant[] = [
    {
      rowId: "s0.i0",
      key: "capaian",
      value: "Sangat Baik",
      rule: "predikat",
      alt: [{ rule: "capaian" }],
      why: "100 / 100 = 100, which is Baik on this scale (only > 100 is Sangat Baik); the capaian cell says Sangat Baik",
    },
  ];
  return {
    id: "capaian-kata-predikat",
    layout:
      "Dinas PK where one capaian cell holds the word 'Sangat Baik' (T 100, R 100) and the scale on sheet 'Skala' is '> 100 / 90 – 100 / 75 – < 90 / < 75'",
    clean: false,
    async build() {
      const wb = newWorkbook();
      const placed = pkSheet(wb, "Pengukuran Kinerja", sasaran, o, plants, ["PENGUKURAN KINERJA DINAS KESEHATAN 2024"]);
      scaleSheet(wb, "Skala", scale, "range", "SKALA NILAI PREDIKAT");
      return done(wb, truthOf(placed, plants));
    },
  };
}

/** 5. Live formulas: one AVERAGE over the wrong range (the first indicator of the next sasaran included). */
function averageWrongRange(): CorpusCase {
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "keterangan"],
    numbering: "formula",
    sasaran: "merged",
    groupClosing: "Capaian Sasaran",
    values: "formula",
    decimals: 2,
    rounding: "round",
  };
  return {
    id: "rumus-rata-rentang-salah",
    layout:
      "Dinas PK with live formulas (=F/E*100, negative =(2*E-F)/E*100, =AVERAGE per sasaran), numbering row '7=(6/5)x100'; the second sasaran's AVERAGE stops one row short",
    clean: false,
    async build() {
      const wb = newWorkbook();
      const model = pkTable(KEC, o);
      // the second group's closing averages only its first two indicators (the range stops one row short)
      const row = model.spec.rows.find((r) => r.id === "s1.close");
      const members = ["s1.i0", "s1.i1", "s1.i2"].map((id) => capaian(...tr(id)));
      const wrong = members[0].plus(members[1]).div(2);
      const right = shown(members.reduce((a, b) => a.plus(b)).div(3), 2);
      if (row) row.cells.capaian = { f: "AVERAGE({capaian@s1.i0:s1.i1})", v: wrong.toNumber() };
      const ws = wb.addWorksheet("PK Dinas");
      titleLine(ws, 1, 0, o.columns.length, "PENGUKURAN KINERJA TAHUN 2024");
      const placed = renderTable(ws, model.spec, 3, 0);
      return done(wb, [
        {
          rule: "rata-sasaran",
          alt: [{ rule: "rata-rata" }],
          sheet: placed.sheet,
          cell: placed.addr("s1.close", "capaian"),
          why: `mean of the sasaran's 3 indicators is ${right}; the formula averages only the first 2 (${shown(wrong, 2)})`,
        },
      ]);
    },
  };
}

function tr(id: string): [number, number, boolean] {
  const [s, i] = id.replace(/[si]/g, "").split(".").map(Number);
  const ind = KEC[s].indicators[i];
  return [ind.target, ind.realisasi, !!ind.negative];
}

/** 6. Clean: cap 120 % stated above the table, negative indicators floored at 0, rounding and truncation. */
function capAndNegativeClean(): CorpusCase {
  const sasaran: PkSasaran[] = [
    {
      text: "Menurunnya risiko bencana di daerah",
      indicators: [
        { name: "Jumlah kejadian kebakaran permukiman", satuan: "Kejadian", target: 15, realisasi: 34, negative: true },
        { name: "Rata-rata waktu tanggap darurat", satuan: "Jam", target: 6, realisasi: 4.5, negative: true },
        { name: "Jumlah desa tangguh bencana yang terbentuk", satuan: "Desa", target: 4, realisasi: 7 },
        { name: "Persentase rencana kontinjensi yang tersusun", satuan: "%", target: 80, realisasi: 83.2 },
      ],
    },
    {
      text: "Meningkatnya kapasitas penanggulangan bencana",
      indicators: [
        { name: "Jumlah relawan bencana yang terlatih", satuan: "Orang", target: 150, realisasi: 212 },
        { name: "Persentase logistik kebencanaan yang tersedia", satuan: "%", target: 90, realisasi: 88.76 },
      ],
    },
  ];
  const o: PkOptions = {
    columns: FULL,
    headers: { keterangan: "SIFAT INDIKATOR" },
    numbering: "none",
    sasaran: "merged",
    groupClosing: "Capaian Kinerja Sasaran",
    values: "number",
    decimals: 2,
    rounding: "round",
    scale: PERMENDAGRI,
    cap: 120,
    negativeNote: "Negatif (semakin rendah semakin baik)",
    positiveNote: "Positif",
  };
  return {
    id: "cap-120-negatif-bersih",
    layout:
      "BPBD PK with 'Capaian dibatasi maksimal 120%' above the table (7/4 = 175 → 120, 212/150 → 120), negative indicators (34 fires for target 15 → 0, floored), SIFAT INDIKATOR column Positif/Negatif, Permendagri words",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(
        wb,
        "Pengukuran Kinerja",
        sasaran,
        o,
        [],
        ["PENGUKURAN KINERJA BADAN PENANGGULANGAN BENCANA DAERAH", "TAHUN 2024"],
        ["Catatan: capaian dibatasi maksimal 120%"],
      );
      return done(wb, []);
    },
  };
}

/** 7. Clean: real Excel percents (0,9412 shown 94,12 %), targets as percents, values from formulas elsewhere. */
function realPercentClean(): CorpusCase {
  const sasaran: PkSasaran[] = [
    {
      text: "Meningkatnya mutu layanan kesehatan dasar",
      indicators: [
        { name: "Cakupan pelayanan kesehatan ibu hamil (K4)", satuan: "%", target: 95, realisasi: 89.41 },
        { name: "Persentase puskesmas terakreditasi paripurna", satuan: "%", target: 40, realisasi: 42.86 },
        { name: "Cakupan imunisasi dasar lengkap", satuan: "%", target: 92, realisasi: 86.59 },
      ],
    },
    {
      text: "Menurunnya angka kesakitan penyakit menular",
      indicators: [
        { name: "Prevalensi stunting pada balita", satuan: "%", target: 18, realisasi: 16.2, negative: true },
        { name: "Angka keberhasilan pengobatan TB", satuan: "%", target: 90, realisasi: 91.3 },
      ],
    },
  ];
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "keterangan"],
    headers: { capaian: "CAPAIAN" },
    sasaran: "merged",
    values: "percent",
    decimals: 2,
    rounding: "round",
    tableClosing: "Rata-rata Capaian Kinerja",
    negativeNote: "Semakin rendah semakin baik",
  };
  return {
    id: "persen-excel-bersih",
    layout:
      "Dinas Kesehatan PK with targets, realisasi and capaian stored as real percents (0,95 shown 95,00 %; capaian 0,9412 shown 94,12 %), header 'CAPAIAN' without (%), a closing 'Rata-rata Capaian Kinerja'",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(wb, "Capaian Kinerja", sasaran, o, [], ["CAPAIAN KINERJA DINAS KESEHATAN TAHUN 2024"]);
      return done(wb, []);
    },
  };
}

/** 8. Targets, realisasi and capaian grouped by measure over two years (TARGET 2023 | 2024, …). */
function byMeasureTwoYears(planted: boolean): CorpusCase {
  const inds = [
    { name: "Persentase ASN yang mengikuti diklat teknis", satuan: "%", t: [60, 65], r: [58.2, 66.75] },
    { name: "Indeks Profesionalitas ASN", satuan: "Indeks", t: [72, 75], r: [70.1, 73.8] },
    { name: "Jumlah ASN yang naik pangkat tepat waktu", satuan: "Orang", t: [320, 340], r: [301, 355] },
    { name: "Persentase layanan kepegawaian berbasis elektronik", satuan: "%", t: [70, 80], r: [72.5, 77.4] },
  ];
  const columns = [
    { key: "no", header: "NO" },
    { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
    { key: "satuan", header: "SATUAN" },
    { key: "t0", header: "2023", group: "TARGET" },
    { key: "t1", header: "2024", group: "TARGET" },
    { key: "r0", header: "2023", group: "REALISASI" },
    { key: "r1", header: "2024", group: "REALISASI" },
    { key: "c0", header: "2023", group: "CAPAIAN (%)", fmt: "0.00" },
    { key: "c1", header: "2024", group: "CAPAIAN (%)", fmt: "0.00" },
  ];
  const rows = inds.map((x, i) => ({
    id: `i${i}`,
    cells: {
      no: i + 1,
      indikator: x.name,
      satuan: x.satuan,
      t0: x.t[0],
      t1: x.t[1],
      r0: x.r[0],
      r1: x.r[1],
      c0: shown(capaian(x.t[0], x.r[0]), 2),
      c1: shown(capaian(x.t[1], x.r[1]), 2),
    },
  }));
  // planted: the 2024 capaian of the third row is the 2023 one copied across
  if (planted) rows[2].cells.c1 = rows[2].cells.c0;
  return {
    id: planted ? "per-ukuran-dua-tahun" : "per-ukuran-dua-tahun-bersih",
    layout:
      "BKPSDM table with a two-row header grouped by measure: TARGET (2023 | 2024), REALISASI (2023 | 2024), CAPAIAN (%) (2023 | 2024)",
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Perbandingan");
      titleLine(ws, 1, 0, columns.length, "PERBANDINGAN CAPAIAN KINERJA TAHUN 2023 DAN 2024");
      const placed = renderTable(ws, { columns, rows }, 3, 0);
      const why = "355 / 340 = 104,41; typed 94,06 (the 2023 value copied)";
      return done(wb, planted ? [{ rule: "capaian", sheet: placed.sheet, cell: placed.addr("i2", "c1"), why }] : []);
    },
  };
}

/** Clean: Permendagri bounds with the words Sangat Baik … Sangat Kurang, no scale table in the workbook. */
function permendagriBaikWordsClean(): CorpusCase {
  const scale: Scale = {
    id: "permendagri-baik",
    bands: PERMENDAGRI.bands.map((b, i) => ({ ...b, label: ["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"][i] })),
  };
  const o: PkOptions = {
    columns: FULL,
    headers: { predikat: "KATEGORI CAPAIAN" },
    numbering: "plain",
    sasaran: "merged",
    values: "number",
    decimals: 2,
    rounding: "round",
    scale,
  };
  return {
    id: "permendagri-kata-baik-bersih",
    layout:
      "Kecamatan PK with predikat words Sangat Baik / Baik / Cukup / Kurang / Sangat Kurang on the Permendagri bounds (≥ 91, 76, 66, 51) and no scale table anywhere",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(wb, "Pengukuran Kinerja", KEC, o, [], ["PENGUKURAN KINERJA KECAMATAN TANJUNG HARAPAN TAHUN 2024"]);
      return done(wb, []);
    },
  };
}

/** Quarter blocks each with their own target: TRIWULAN I..IV (Target | Realisasi | Capaian). */
function quarterBlocks(planted: boolean): CorpusCase {
  const inds = [
    {
      name: "Persentase surat masuk yang didisposisi dalam 1 hari",
      satuan: "%",
      t: [90, 90, 92, 95],
      r: [86.5, 91.2, 92, 93.75],
    },
    { name: "Jumlah kegiatan pembinaan RT/RW", satuan: "Kegiatan", t: [3, 3, 3, 3], r: [2, 3, 4, 3] },
    {
      name: "Persentase rekomendasi izin yang selesai tepat waktu",
      satuan: "%",
      t: [85, 85, 90, 90],
      r: [80.4, 88.15, 79.6, 91.3],
    },
  ];
  const q = ["I", "II", "III", "IV"];
  const columns = [
    { key: "no", header: "NO" },
    { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
    { key: "satuan", header: "SATUAN" },
    ...q.flatMap((n, i) => [
      { key: `t${i}`, header: "TARGET", group: `TRIWULAN ${n}` },
      { key: `r${i}`, header: "REALISASI", group: `TRIWULAN ${n}` },
      { key: `c${i}`, header: "CAPAIAN (%)", group: `TRIWULAN ${n}`, fmt: "0.00" },
    ]),
  ];
  const rows = inds.map((x, k) => {
    const cells: Record<string, number | string> = { no: k + 1, indikator: x.name, satuan: x.satuan };
    q.forEach((_, i) => {
      cells[`t${i}`] = x.t[i];
      cells[`r${i}`] = x.r[i];
      cells[`c${i}`] = shown(capaian(x.t[i], x.r[i]), 2);
    });
    return { id: `i${k}`, cells };
  });
  // planted: TW III capaian of the third indicator typed as the TW II one (88,44 → 103,71 …)
  if (planted) rows[2].cells.c2 = 97.94;
  return {
    id: planted ? "blok-triwulan-target" : "blok-triwulan-target-bersih",
    layout:
      "Kecamatan quarterly PK: TRIWULAN I | II | III | IV blocks, each with its own TARGET | REALISASI | CAPAIAN (%) under a two-row header" +
      (planted ? "; planted: a TW III capaian" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Kinerja Triwulan");
      titleLine(ws, 1, 0, columns.length, "PENGUKURAN KINERJA PER TRIWULAN TAHUN 2024");
      const placed = renderTable(ws, { columns, rows }, 3, 0);
      const right = shown(capaian(90, 79.6), 2);
      return done(
        wb,
        planted
          ? [{ rule: "capaian", sheet: placed.sheet, cell: placed.addr("i2", "c2"), why: `79,6 / 90 = ${right}, typed 97,94` }]
          : [],
      );
    },
  };
}

/** Clean: targets and realisasi typed with their unit ("95 %", "12 Desa"), a negative indicator at 0 (200 %). */
function unitsInCellsClean(): CorpusCase {
  const sasaran: PkSasaran[] = [
    {
      text: "Meningkatnya kualitas pelayanan kependudukan",
      indicators: [
        { name: "Persentase KK yang memiliki KK elektronik", satuan: "%", target: 95, realisasi: 93.4 },
        { name: "Jumlah desa yang melayani akta kelahiran online", satuan: "Desa", target: 12, realisasi: 11 },
        { name: "Jumlah keluhan layanan yang tidak selesai", satuan: "Keluhan", target: 5, realisasi: 0, negative: true },
      ],
    },
  ];
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "target", "realisasi", "capaian", "keterangan"],
    sasaran: "merged",
    values: "number",
    decimals: 2,
    rounding: "round",
    negativeNote: "Semakin rendah semakin baik",
  };
  return {
    id: "satuan-dalam-sel-bersih",
    layout:
      "Disdukcapil PK without a SATUAN column: targets and realisasi typed with their unit ('95 %', '93,40 %', '12 Desa'), a negative indicator with realisasi 0 (capaian 200)",
    clean: true,
    async build() {
      const wb = newWorkbook();
      const model = pkTable(sasaran, o);
      sasaran[0].indicators.forEach((ind, i) => {
        const row = model.spec.rows.find((r) => r.id === `s0.i${i}`);
        const unit = ind.satuan === "%" ? "%" : ind.satuan;
        const dec = ind.satuan === "%" ? 2 : 0;
        if (row) {
          row.cells.target = `${idText(ind.target, dec)} ${unit}`;
          row.cells.realisasi = `${idText(ind.realisasi, dec)} ${unit}`;
        }
      });
      const ws = wb.addWorksheet("PK Dukcapil");
      titleLine(ws, 1, 0, o.columns.length, "PENGUKURAN KINERJA TAHUN 2024");
      renderTable(ws, model.spec, 3, 0);
      return done(wb, []);
    },
  };
}

/**
 * Sasaran as group rows of a combined "SASARAN / INDIKATOR KINERJA" column (roman numerals in NO,
 * bold), a "Capaian Kinerja Sasaran" row after each group, capaian truncated to whole numbers.
 */
function combinedSasaranColumn(planted: boolean): CorpusCase {
  const o: PkOptions = {
    columns: ["no", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
    headers: { indikator: "SASARAN / INDIKATOR KINERJA", capaian: "CAPAIAN (%)", keterangan: "KET" },
    sasaran: "row",
    sasaranNumber: (i) => ["I", "II", "III"][i],
    groupClosing: "Capaian Kinerja Sasaran",
    values: "number",
    decimals: 0,
    rounding: "trunc",
    scale: PERMENDAGRI,
  };
  const c = shown(capaian(12, 11), 0, "trunc");
  const plants: Plant[] = planted
    ? [{ rowId: "s1.i0", key: "capaian", value: c + 8, rule: "capaian", why: `11 / 12 = 91,67 shown ${c}, typed ${c + 8}` }]
    : [];
  return {
    id: planted ? "pk-sasaran-indikator-satu-kolom" : "pk-sasaran-indikator-satu-kolom-bersih",
    layout:
      "Kecamatan PK with one 'SASARAN / INDIKATOR KINERJA' column: sasaran as bold rows numbered I, II, III, indicators 1, 2 … below, a 'Capaian Kinerja Sasaran' row after each, capaian truncated to whole numbers" +
      (planted ? "; planted: one wrong capaian (its group's closing row averages the capaian as displayed)" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const placed = pkSheet(wb, "PK Kecamatan", KEC, o, plants, ["PENGUKURAN KINERJA", "KECAMATAN SUNGAI RAYA TAHUN 2024"]);
      return done(wb, truthOf(placed, plants));
    },
  };
}

/** Clean: sasaran as full-width merged rows "Sasaran 1: …" above an INDIKATOR KINERJA column. */
function mergedSasaranRowsClean(): CorpusCase {
  const o: PkOptions = {
    columns: ["no", "indikator", "target", "realisasi", "capaian", "keterangan", "predikat"],
    headers: { indikator: "Indikator Kinerja Sasaran", capaian: "% CAPAIAN", keterangan: "KETERANGAN" },
    sasaran: "row",
    sasaranRow: { label: (i, t) => `Sasaran ${i + 1}: ${t}`, merged: true },
    values: "number",
    decimals: 2,
    rounding: "round",
    scale: PERMENDAGRI,
  };
  return {
    id: "pk-baris-sasaran-gabung-bersih",
    layout:
      "Kecamatan PK headed 'Indikator Kinerja Sasaran' with each sasaran on a full-width merged row 'Sasaran 1: …', negative indicators marked in KETERANGAN",
    clean: true,
    async build() {
      const wb = newWorkbook();
      pkSheet(wb, "Capaian Sasaran", KEC, o, [], ["CAPAIAN KINERJA SASARAN", "KECAMATAN SUNGAI RAYA TAHUN 2024"]);
      return done(wb, []);
    },
  };
}

export const PK_PATTERNS: CorpusCase[] = [
  unitsInCellsClean(),
  permendagriBaikWordsClean(),
  quarterBlocks(true),
  quarterBlocks(false),
  closingEachGroup(),
  scaleInequalityClean(),
  scaleSdShortClean(),
  wordInCapaian(),
  averageWrongRange(),
  capAndNegativeClean(),
  realPercentClean(),
  byMeasureTwoYears(true),
  byMeasureTwoYears(false),
  combinedSasaranColumn(true),
  combinedSasaranColumn(false),
  mergedSasaranRowsClean(),
];
