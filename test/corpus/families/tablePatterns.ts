/**
 * Hand-made workbooks with the other Chapter III tables: progress against the Renstra end target next
 * to the year's target, a summary per sasaran (Jumlah Indikator | Rata-rata Capaian | Predikat) beside
 * a recap per predikat, quarterly realisasi with kumulatif and posisi-akhir indicators, and efficiency.
 */
import { Column, newWorkbook, Placed, renderTable, Row, saveWorkbook, titleLine, Val } from "../grid";
import { pkTable, PkOptions, PkSasaran } from "../layouts/pk";
import { predikatOf, SCALES, writeScaleTable } from "../layouts/scale";
import { capaian, mean, percent, shown } from "../values";
import type { CorpusCase, Expected } from "../types";

const RENSTRA = [
  { name: "Persentase jalan kabupaten dalam kondisi mantap", satuan: "%", akhir: 75, t: 68, r: 66.42 },
  { name: "Jumlah halte yang dibangun", satuan: "Unit", akhir: 40, t: 12, r: 12 },
  { name: "Persentase angkutan umum yang laik jalan", satuan: "%", akhir: 90, t: 82, r: 85.37 },
  { name: "Jumlah rambu lalu lintas yang terpasang", satuan: "Unit", akhir: 600, t: 150, r: 162 },
];

/** Comparison with the Renstra end target (tingkat kemajuan = realisasi / target akhir × 100), plus the PK. */
function renstra(planted: boolean): CorpusCase {
  const columns: Column[] = [
    { key: "no", header: "NO" },
    { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
    { key: "satuan", header: "SATUAN" },
    { key: "akhir", header: "TARGET AKHIR RENSTRA (2026)" },
    { key: "t", header: "TARGET 2024" },
    { key: "r", header: "REALISASI 2024" },
    { key: "c", header: "CAPAIAN 2024 (%)", fmt: "0.00" },
    { key: "k", header: "TINGKAT KEMAJUAN TERHADAP RENSTRA (%)", fmt: "0.00" },
  ];
  const rows: Row[] = RENSTRA.map((x, i) => ({
    id: `i${i}`,
    cells: {
      no: i + 1,
      indikator: x.name,
      satuan: x.satuan,
      akhir: x.akhir,
      t: x.t,
      r: x.r,
      c: shown(capaian(x.t, x.r), 2),
      k: shown(percent(x.r, x.akhir), 2),
    },
  }));
  const sasaran: PkSasaran[] = [
    {
      text: "Meningkatnya kualitas infrastruktur dan keselamatan transportasi",
      indicators: RENSTRA.map((x, i) => ({
        name: x.name,
        satuan: x.satuan,
        target: planted && i === 2 ? 80 : x.t,
        realisasi: x.r,
      })),
    },
  ];
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "keterangan"],
    sasaran: "merged",
    values: "number",
    decimals: 2,
    rounding: "round",
  };
  return {
    id: planted ? "renstra-target-beda" : "renstra-bersih",
    layout:
      "Dinas Perhubungan: sheet 'Perbandingan Renstra' (TARGET AKHIR RENSTRA (2026) | TARGET 2024 | REALISASI 2024 | CAPAIAN 2024 (%) | TINGKAT KEMAJUAN (%)) and sheet 'PK 2024' with the same indicators; the Renstra end target must not be compared with the year's target" +
      (planted ? "; planted: the year's target of one indicator differs between the two sheets (82 vs 80)" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Perbandingan Renstra");
      titleLine(ws, 1, 0, columns.length, "PERBANDINGAN REALISASI 2024 DENGAN TARGET AKHIR RENSTRA");
      const first = renderTable(ws, { columns, rows }, 3, 0);
      const pk = wb.addWorksheet("PK 2024");
      titleLine(pk, 1, 0, o.columns.length, "PENGUKURAN KINERJA DINAS PERHUBUNGAN TAHUN 2024");
      const second = renderTable(pk, pkTable(sasaran, o).spec, 3, 0);
      const expected: Expected[] = planted
        ? [
            {
              rule: "beda-antar-tabel",
              sheet: second.sheet,
              cell: second.addr("s0.i2", "target"),
              alt: [{ sheet: first.sheet, cell: first.addr("i2", "t") }],
              why: "target 2024 of 'angkutan umum laik jalan' is 82 on one sheet and 80 on the other",
            },
          ]
        : [];
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

const DINAS: PkSasaran[] = [
  {
    text: "Meningkatnya akses dan mutu pendidikan dasar",
    indicators: [
      { name: "Angka Partisipasi Murni SD", satuan: "%", target: 98, realisasi: 97.15 },
      { name: "Angka Partisipasi Murni SMP", satuan: "%", target: 85, realisasi: 79.92 },
      { name: "Persentase sekolah terakreditasi minimal B", satuan: "%", target: 80, realisasi: 83.6 },
    ],
  },
  {
    text: "Meningkatnya kualitas tenaga pendidik",
    indicators: [
      { name: "Persentase guru bersertifikat pendidik", satuan: "%", target: 70, realisasi: 58.4 },
      { name: "Persentase guru berkualifikasi S1/D-IV", satuan: "%", target: 95, realisasi: 96.3 },
    ],
  },
  {
    text: "Meningkatnya pelestarian kebudayaan daerah",
    indicators: [
      { name: "Jumlah cagar budaya yang dilestarikan", satuan: "Situs", target: 6, realisasi: 4 },
      { name: "Jumlah sanggar seni yang dibina", satuan: "Sanggar", target: 25, realisasi: 25 },
    ],
  },
];

/** PK + summary per sasaran + recap per predikat (+ scale sheet); planted: a recap count and a summary word. */
function summaryAndRecap(planted: boolean): CorpusCase {
  const scale = SCALES.tinggi80;
  const o: PkOptions = {
    columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
    sasaran: "merged",
    values: "number",
    decimals: 2,
    rounding: "round",
    scale,
  };
  return {
    id: planted ? "ringkasan-rekap-salah" : "ringkasan-rekap-bersih",
    layout:
      "Dinas Pendidikan: PK with predikat (scale '≥ 100 Sangat Tinggi / 80 – < 100 Tinggi / 60 – < 80 Sedang / < 60 Rendah' on sheet 'Skala'), a summary per sasaran (NO | SASARAN | JUMLAH INDIKATOR | RATA-RATA CAPAIAN (%) | PREDIKAT) and a recap per predikat (NO | PREDIKAT | RENTANG CAPAIAN | JUMLAH INDIKATOR, Jumlah row)" +
      (planted ? "; planted: one recap count and the Jumlah, one summary predikat word" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const model = pkTable(DINAS, o);
      const ws = wb.addWorksheet("PK");
      titleLine(ws, 1, 0, o.columns.length, "PENGUKURAN KINERJA DINAS PENDIDIKAN DAN KEBUDAYAAN 2024");
      renderTable(ws, model.spec, 3, 0);
      // summary per sasaran
      const sum = wb.addWorksheet("Capaian per Sasaran");
      titleLine(sum, 1, 0, 5, "CAPAIAN KINERJA PER SASARAN STRATEGIS");
      const means: number[] = [];
      const sRows: Row[] = DINAS.map((s, si) => {
        const values = s.indicators.map((_, ii) => model.capaianShown.get(`s${si}.i${ii}`) as number);
        const m = shown(mean(values), 2);
        means.push(m);
        return {
          id: `s${si}`,
          cells: { no: si + 1, sasaran: s.text, n: s.indicators.length, m, p: predikatOf(scale, m) },
        };
      });
      const expected: Expected[] = [];
      const rightWord = sRows[1].cells.p as string;
      const wrongWord = rightWord === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi";
      if (planted) sRows[1].cells.p = wrongWord;
      const summary = renderTable(
        sum,
        {
          columns: [
            { key: "no", header: "NO" },
            { key: "sasaran", header: "SASARAN", width: 45 },
            { key: "n", header: "JUMLAH INDIKATOR" },
            { key: "m", header: "RATA-RATA CAPAIAN (%)", fmt: "0.00" },
            { key: "p", header: "PREDIKAT" },
          ],
          rows: sRows,
        },
        3,
        0,
      );
      if (planted)
        expected.push({
          rule: "predikat",
          sheet: summary.sheet,
          cell: summary.addr("s1", "p"),
          why: `rata-rata ${means[1]} is ${rightWord}, typed ${wrongWord}`,
        });
      // recap per predikat
      const counts = new Map<string, number>();
      for (const w of model.predikat.values()) counts.set(w, (counts.get(w) ?? 0) + 1);
      const rec = wb.addWorksheet("Rekap Predikat");
      titleLine(rec, 1, 0, 4, "REKAPITULASI CAPAIAN INDIKATOR BERDASARKAN PREDIKAT");
      const rRows: Row[] = scale.bands.map((b, i) => ({
        id: `b${i}`,
        cells: { no: i + 1, p: b.label, rentang: rangeText(i), n: counts.get(b.label) ?? 0 },
      }));
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      rRows.push({ id: "total", cells: { p: "Jumlah", n: total }, bold: true, merges: [["no", "rentang"]] });
      if (planted) {
        rRows[1].cells.n = (counts.get("Tinggi") ?? 0) - 1;
        rRows[4].cells.n = total - 1;
      }
      const recap = renderTable(
        rec,
        {
          columns: [
            { key: "no", header: "NO" },
            { key: "p", header: "PREDIKAT" },
            { key: "rentang", header: "RENTANG CAPAIAN" },
            { key: "n", header: "JUMLAH INDIKATOR" },
          ],
          rows: rRows,
        },
        3,
        0,
      );
      if (planted)
        expected.push(
          {
            rule: "rekap-predikat",
            sheet: recap.sheet,
            cell: recap.addr("b1", "n"),
            why: `${counts.get("Tinggi")} indicators are Tinggi, recap says ${(counts.get("Tinggi") ?? 0) - 1}`,
          },
          {
            rule: "rekap-predikat",
            sheet: recap.sheet,
            cell: recap.addr("total", "n"),
            why: `${total} indicators are listed, Jumlah says ${total - 1}`,
          },
        );
      const sc = wb.addWorksheet("Skala");
      writeScaleTable(sc, scale, 1, 0, { notation: "range" });
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

function rangeText(i: number): string {
  return ["≥ 100", "80 – < 100", "60 – < 80", "< 60"][i];
}

interface QuarterIndicator {
  name: string;
  satuan: string;
  target: number;
  tw: number[];
  kind: "Kumulatif" | "Posisi akhir";
}

const QUARTERLY: QuarterIndicator[] = [
  {
    name: "Jumlah dokumen kependudukan yang diterbitkan",
    satuan: "Dokumen",
    target: 5200,
    tw: [1180, 1325, 1290, 1410],
    kind: "Kumulatif",
  },
  { name: "Persentase penduduk ber-KTP elektronik", satuan: "%", target: 98, tw: [95.2, 96.1, 96.8, 97.4], kind: "Posisi akhir" },
  { name: "Jumlah akta kelahiran yang diterbitkan", satuan: "Akta", target: 2400, tw: [540, 610, 575, 702], kind: "Kumulatif" },
  {
    name: "Indeks Kepuasan Masyarakat layanan Dukcapil",
    satuan: "Indeks",
    target: 85,
    tw: [82.4, 83.9, 84.7, 86.1],
    kind: "Posisi akhir",
  },
  {
    name: "Jumlah desa yang menerapkan layanan adminduk online",
    satuan: "Desa",
    target: 30,
    tw: [6, 9, 8, 7],
    kind: "Kumulatif",
  },
];

/** TW I..IV realisasi and a year-end column: kumulatif = sum of quarters, posisi akhir = TW IV. */
function quarterly(planted: boolean): CorpusCase {
  const columns: Column[] = [
    { key: "no", header: "NO" },
    { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
    { key: "satuan", header: "SATUAN" },
    { key: "target", header: "TARGET 2024" },
    { key: "tw1", header: "TW I", group: "REALISASI" },
    { key: "tw2", header: "TW II", group: "REALISASI" },
    { key: "tw3", header: "TW III", group: "REALISASI" },
    { key: "tw4", header: "TW IV", group: "REALISASI" },
    { key: "akhir", header: "AKHIR TAHUN", group: "REALISASI" },
    { key: "c", header: "CAPAIAN (%)", fmt: "0.00" },
    { key: "ket", header: "KETERANGAN" },
  ];
  const rows: Row[] = QUARTERLY.map((x, i) => {
    let akhir = x.kind === "Kumulatif" ? x.tw.reduce((a, b) => a + b, 0) : x.tw[3];
    // planted: the year-end of a kumulatif indicator copied from TW IV, capaian computed from it
    if (planted && i === 2) akhir = x.tw[3];
    const cells: Record<string, Val> = {
      no: i + 1,
      indikator: x.name,
      satuan: x.satuan,
      target: x.target,
      akhir,
      c: shown(capaian(x.target, akhir), 2),
      ket: x.kind,
    };
    x.tw.forEach((v, q) => (cells[`tw${q + 1}`] = v));
    return { id: `i${i}`, cells };
  });
  return {
    id: planted ? "triwulan-kumulatif-salah" : "triwulan-kumulatif-bersih",
    layout:
      "Disdukcapil: REALISASI over TW I | TW II | TW III | TW IV | AKHIR TAHUN, KETERANGAN says 'Kumulatif' (year-end = sum of quarters) or 'Posisi akhir' (year-end = TW IV; percentages and indices)" +
      (planted ? "; planted: a kumulatif indicator's year-end is TW IV only" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Capaian Triwulan");
      titleLine(ws, 1, 0, columns.length, "CAPAIAN KINERJA PER TRIWULAN TAHUN 2024");
      const placed: Placed = renderTable(ws, { columns, rows }, 3, 0);
      const x = QUARTERLY[2];
      const expected: Expected[] = planted
        ? [
            {
              rule: "total",
              // the checker's own rule for quarterly accumulation (issue 9)
              alt: [{ rule: "akumulasi" }],
              sheet: placed.sheet,
              cell: placed.addr("i2", "akhir"),
              why: `kumulatif: ${x.tw.join(" + ")} = ${x.tw.reduce((a, b) => a + b, 0)}, year-end typed ${x.tw[3]} (TW IV). No rule id for quarterly accumulation exists yet; 'total' (a row total) is the nearest`,
            },
          ]
        : [];
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

/** Efficiency per sasaran: capaian kinerja vs serapan anggaran. */
function efficiency(planted: boolean): CorpusCase {
  const data = [
    { s: "Meningkatnya kualitas perencanaan pembangunan daerah", c: 97.45, a: 1_845_200_000, r: 1_702_336_450 },
    { s: "Meningkatnya kualitas pengendalian dan evaluasi", c: 88.1, a: 624_750_000, r: 598_112_300 },
    { s: "Meningkatnya kualitas data pembangunan", c: 101.2, a: 312_000_000, r: 265_874_000 },
  ];
  const rows: Row[] = data.map((x, i) => {
    const serapan = shown(percent(x.r, x.a), 2);
    const selisih = shown(x.c - serapan, 2);
    return {
      id: `s${i}`,
      cells: {
        no: i + 1,
        sasaran: x.s,
        c: x.c,
        a: x.a,
        r: x.r,
        serapan: planted && i === 1 ? 98.74 : serapan,
        e: selisih,
        ket: selisih > 5 ? "Efisien" : selisih >= -5 ? "Cukup Efisien" : "Tidak Efisien",
      },
    };
  });
  const columns: Column[] = [
    { key: "no", header: "NO" },
    { key: "sasaran", header: "SASARAN STRATEGIS", width: 45 },
    { key: "c", header: "CAPAIAN KINERJA (%)", fmt: "0.00" },
    { key: "a", header: "ANGGARAN (Rp)", fmt: "#,##0" },
    { key: "r", header: "REALISASI (Rp)", fmt: "#,##0" },
    { key: "serapan", header: "SERAPAN ANGGARAN (%)", fmt: "0.00" },
    { key: "e", header: "TINGKAT EFISIENSI (%)", fmt: "0.00" },
    { key: "ket", header: "KATEGORI" },
  ];
  return {
    id: planted ? "efisiensi-serapan-salah" : "efisiensi-bersih",
    layout:
      "Bappeda efficiency table: CAPAIAN KINERJA (%) | ANGGARAN (Rp) | REALISASI (Rp) | SERAPAN ANGGARAN (%) | TINGKAT EFISIENSI (%) = capaian − serapan | KATEGORI" +
      (planted ? "; planted: one serapan typed 98,74 for 95,74" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Efisiensi");
      titleLine(ws, 1, 0, columns.length, "ANALISIS EFISIENSI PENGGUNAAN SUMBER DAYA");
      const placed = renderTable(ws, { columns, rows }, 3, 0);
      const expected: Expected[] = planted
        ? [
            {
              rule: "persen-anggaran",
              sheet: placed.sheet,
              cell: placed.addr("s1", "serapan"),
              why: "598.112.300 / 624.750.000 = 95,74, typed 98,74",
            },
          ]
        : [];
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

/** Last year's realisasi beside this year's: capaian is this year's realisasi over this year's target. */
function lastYearBeside(planted: boolean): CorpusCase {
  const data = [
    { name: "Cakupan desa yang memiliki dokumen RPJMDes", satuan: "%", r0: 78.57, t: 85, r: 92.86 },
    { name: "Jumlah kader posyandu yang dilatih", satuan: "Orang", r0: 64, t: 80, r: 72 },
    { name: "Indeks Kepuasan Masyarakat", satuan: "Indeks", r0: 79.12, t: 82, r: 83.05 },
    { name: "Persentase sengketa batas desa yang terselesaikan", satuan: "%", r0: 50, t: 75, r: 66.67 },
  ];
  const rows: Row[] = data.map((x, i) => ({
    id: `i${i}`,
    cells: {
      no: i + 1,
      indikator: x.name,
      satuan: x.satuan,
      r0: x.r0,
      t: x.t,
      r: x.r,
      c: planted && i === 1 ? shown(capaian(x.t, x.r0), 2) : shown(capaian(x.t, x.r), 2),
    },
  }));
  const columns: Column[] = [
    { key: "no", header: "NO" },
    { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
    { key: "satuan", header: "SATUAN" },
    { key: "r0", header: "REALISASI 2023" },
    { key: "t", header: "TARGET 2024" },
    { key: "r", header: "REALISASI 2024" },
    { key: "c", header: "CAPAIAN 2024 (%)", fmt: "0.00" },
  ];
  return {
    id: planted ? "realisasi-tahun-lalu-salah" : "realisasi-tahun-lalu-bersih",
    layout:
      "Kecamatan IKU: REALISASI 2023 | TARGET 2024 | REALISASI 2024 | CAPAIAN 2024 (%) — last year's realisasi sits before the target" +
      (planted ? "; planted: one capaian computed from the 2023 realisasi" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Capaian IKU");
      titleLine(ws, 1, 0, columns.length, "CAPAIAN IKU TAHUN 2024 DIBANDING TAHUN 2023");
      const placed = renderTable(ws, { columns, rows }, 3, 0);
      const expected: Expected[] = planted
        ? [
            {
              rule: "capaian",
              sheet: placed.sheet,
              cell: placed.addr("i1", "c"),
              why: "72 / 80 = 90,00; typed 80,00 (64 / 80, the 2023 realisasi)",
            },
          ]
        : [];
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

export const TABLE_PATTERNS: CorpusCase[] = [
  lastYearBeside(true),
  lastYearBeside(false),
  renstra(true),
  renstra(false),
  summaryAndRecap(true),
  summaryAndRecap(false),
  quarterly(true),
  quarterly(false),
  efficiency(true),
  efficiency(false),
];
