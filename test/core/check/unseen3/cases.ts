/**
 * Unseen layouts, round 3 (issue 9): the layout patterns the checker missed or misread on workbooks
 * from other agencies. Every case is built twice from one description: `planted` with the errors
 * listed in `expect`, and its clean twin (same layout, every value right) that must give no error
 * or warning at all.
 */
import type { Expect, Val } from "../unseen/builders";
import { newWb, P2, pct, put, RP, r2, save, sum, title } from "../unseen/builders";

export type { Expect } from "../unseen/builders";

export interface TwinCase {
  id: string;
  /** Which issue-9 pattern the case proves (1..12). */
  pattern: number;
  layout: string;
  build: (planted: boolean) => Promise<Buffer>;
  /** Findings the planted variant must give; the clean twin gives none. */
  expect: Expect[];
}

/** The value `good`, or `bad` in the planted variant. */
const pick = (planted: boolean, good: Val, bad: Val): Val => (planted ? bad : good);

// ---------- 1. Rata-rata Capaian Sasaran after every sasaran group ----------

interface Ind {
  name: string;
  satuan: string;
  target: number;
  realisasi: number;
}

const SASARAN: { text: string; indicators: Ind[] }[] = [
  {
    text: "Meningkatnya kualitas perencanaan pembangunan daerah",
    indicators: [
      { name: "Persentase dokumen perencanaan yang tepat waktu", satuan: "%", target: 100, realisasi: 100 },
      { name: "Persentase usulan musrenbang yang diakomodir", satuan: "%", target: 60, realisasi: 57 },
      { name: "Jumlah dokumen evaluasi RKPD", satuan: "Dokumen", target: 4, realisasi: 4 },
    ],
  },
  {
    text: "Meningkatnya akuntabilitas kinerja perangkat daerah",
    indicators: [
      { name: "Nilai SAKIP perangkat daerah", satuan: "Nilai", target: 70, realisasi: 68.5 },
      { name: "Persentase rekomendasi LHP yang ditindaklanjuti", satuan: "%", target: 90, realisasi: 92 },
      { name: "Persentase laporan kinerja tepat waktu", satuan: "%", target: 100, realisasi: 100 },
      { name: "Jumlah PD yang didampingi penyusunan Renja", satuan: "PD", target: 42, realisasi: 40 },
    ],
  },
  {
    text: "Meningkatnya kualitas data pembangunan",
    indicators: [
      { name: "Persentase data statistik sektoral yang mutakhir", satuan: "%", target: 80, realisasi: 76 },
      { name: "Jumlah publikasi data pembangunan", satuan: "Publikasi", target: 3, realisasi: 3 },
      { name: "Persentase PD yang mengisi SIPD tepat waktu", satuan: "%", target: 100, realisasi: 95 },
    ],
  },
  {
    text: "Meningkatnya penelitian dan inovasi daerah",
    indicators: [
      { name: "Jumlah kajian kebijakan yang dimanfaatkan", satuan: "Kajian", target: 5, realisasi: 4 },
      { name: "Jumlah inovasi daerah yang diterapkan", satuan: "Inovasi", target: 20, realisasi: 23 },
      { name: "Indeks inovasi daerah", satuan: "Indeks", target: 50, realisasi: 52.3 },
    ],
  },
  {
    text: "Meningkatnya kualitas pelayanan kesekretariatan",
    indicators: [
      { name: "Persentase layanan administrasi tepat waktu", satuan: "%", target: 100, realisasi: 98 },
      { name: "Indeks kepuasan pegawai", satuan: "Indeks", target: 80, realisasi: 81.2 },
      { name: "Persentase aset yang tercatat", satuan: "%", target: 100, realisasi: 100 },
      { name: "Persentase pegawai yang mengikuti pengembangan kompetensi", satuan: "%", target: 40, realisasi: 35 },
    ],
  },
];

function rataPerSasaranCase(): TwinCase {
  const S = "Formulir PK";
  return {
    id: "rata-per-sasaran",
    pattern: 1,
    layout:
      "Formulir PK NO | SASARAN STRATEGIS | INDIKATOR KINERJA | SATUAN | TARGET | REALISASI | CAPAIAN (%) with a merged “Rata-rata Capaian Sasaran” row after each of the 5 sasaran groups (17 indicators); errors planted in groups 3 and 5, below the first closing row",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:G1", "FORMULIR PENGUKURAN KINERJA BAPPEDA TAHUN 2024");
      put(ws, 3, "A", [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"]], {
        boldAll: true,
      });
      put(ws, 4, "A", [[1, 2, 3, 4, 5, 6, "7 = 6/5 x 100"]]);
      let r = 5;
      SASARAN.forEach((s, si) => {
        const top = r;
        const caps: number[] = [];
        s.indicators.forEach((ind, ii) => {
          let cap = pct(ind.realisasi, ind.target);
          caps.push(cap);
          // planted: group 3, second indicator 3/3 = 100 typed 90; group 5, first 98/100 typed 89
          if (planted && si === 2 && ii === 1) cap = 90;
          if (planted && si === 4 && ii === 0) cap = 89;
          put(
            ws,
            r,
            "A",
            [[ii === 0 ? si + 1 : null, ii === 0 ? s.text : null, ind.name, ind.satuan, ind.target, ind.realisasi, cap]],
            {
              fmt: { 6: P2 },
            },
          );
          r++;
        });
        ws.mergeCells(top, 1, r - 1, 1);
        ws.mergeCells(top, 2, r - 1, 2);
        let mean = r2(sum(caps) / caps.length);
        // planted: the mean of group 4 typed as the mean of its first two indicators
        if (planted && si === 3) mean = r2((caps[0] + caps[1]) / 2);
        put(ws, r, "A", [["Rata-rata Capaian Sasaran", null, null, null, null, null, mean]], { fmt: { 6: P2 }, boldAll: true });
        ws.mergeCells(r, 1, r, 6);
        r++;
      });
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "G15", why: "3 / 3 = 100, typed 90 (group 3, after two closing rows)" },
      { rule: "rata-sasaran", sheet: S, cell: "G21", why: "mean of group 4 is 91,46, typed the mean of two indicators" },
      { rule: "capaian", sheet: S, cell: "G22", why: "98 / 100 = 98, typed 89 (group 5)" },
    ],
  };
}

/** A closing average over all indicators where one capaian cell was left empty (its recomputed value counted). */
function rataDenganSelKosongCase(): TwinCase {
  const S = "Capaian IKU";
  const inds: [string, number, number][] = [
    ["Persentase pelayanan administrasi tepat waktu", 95, 100],
    ["Jumlah kelompok masyarakat yang dibina", 30, 37],
    ["Indeks Kepuasan Masyarakat", 82.5, 97],
    ["Persentase ASN yang mengikuti pengembangan kompetensi", 60, 62.19],
  ];
  return {
    id: "rata-sel-kosong",
    pattern: 1,
    layout:
      "IKU NO | INDIKATOR | TARGET | REALISASI | CAPAIAN (%) (whole numbers) with the last indicator's capaian left empty and a closing “Rata-rata Capaian Seluruh Sasaran” that counts its recomputed value (truncated); planted: the average of the three typed values only, less one",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
      const caps = inds.map(([, t, r]) => Math.round((r / t) * 100));
      put(
        ws,
        2,
        "A",
        inds.map(([n, t, r], i) => [i + 1, n, t, r, i === 3 ? null : { n: caps[i], fmt: "0" }]),
      );
      const withEmpty = (caps[0] + caps[1] + caps[2] + (62.19 / 60) * 100) / 4;
      const mean = planted ? r2((caps[0] + caps[1] + caps[2]) / 3) - 1 : Math.floor(withEmpty * 100) / 100;
      put(ws, 6, "A", [["Rata-rata Capaian Seluruh Sasaran", null, null, null, { n: mean, fmt: "0.00" }]], { boldAll: true });
      ws.mergeCells("A6:D6");
      return save(wb);
    },
    expect: [
      { rule: "rata-sasaran|rata-rata", sheet: S, cell: "E6", why: "no averaging of the indicators gives the typed value" },
    ],
  };
}

// ---------- 1b. Budget with a subtotal after each program and a total ----------

function subtotalProgramCase(): TwinCase {
  const S = "Realisasi Anggaran";
  const programs = [
    {
      name: "Program Penunjang Urusan Pemerintahan Daerah",
      kegiatan: [520_000_000, 184_250_000, 96_300_000],
      real: [511_220_500, 180_000_000, 90_150_000],
    },
    { name: "Program Perencanaan Pembangunan Daerah", kegiatan: [310_000_000, 145_500_000], real: [298_400_000, 140_125_000] },
    {
      name: "Program Penelitian dan Pengembangan Daerah",
      kegiatan: [120_000_000, 88_000_000, 64_750_000],
      real: [110_000_000, 86_500_000, 60_000_000],
    },
  ];
  return {
    id: "subtotal-per-program",
    pattern: 1,
    layout:
      "Budget NO | PROGRAM / KEGIATAN | ANGGARAN (Rp) | REALISASI (Rp) | % with a “Sub Total” row after each program's kegiatan and a closing “JUMLAH”; errors planted after the first subtotal",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:E1", "REALISASI ANGGARAN PER KEGIATAN TAHUN 2024");
      put(ws, 3, "A", [["NO", "PROGRAM / KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"]], { boldAll: true });
      let r = 4;
      const totals = { a: 0, b: 0 };
      programs.forEach((p, pi) => {
        put(ws, r++, "A", [[pi + 1, p.name]], { boldAll: true });
        p.kegiatan.forEach((a, ki) => {
          const b = p.real[ki];
          let persen = pct(b, a);
          if (planted && pi === 1 && ki === 1) persen = 97.31; // planted: 140.125.000 / 145.500.000 = 96,31
          put(ws, r++, "A", [[`${pi + 1}.${ki + 1}`, `Kegiatan ${ki + 1} ${p.name.replace("Program ", "")}`, a, b, persen]], {
            fmt: { 2: RP, 3: RP, 4: P2 },
          });
        });
        const sa = sum(p.kegiatan);
        let sb = sum(p.real);
        totals.a += sa;
        totals.b += sb;
        if (planted && pi === 2) sb += 1_000_000; // planted: subtotal of program 3 one million too high
        put(ws, r++, "A", [[null, "Sub Total", sa, sb, pct(sb, sa)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      });
      put(ws, r, "A", [[null, "JUMLAH", totals.a, totals.b, pct(totals.b, totals.a)]], {
        fmt: { 2: RP, 3: RP, 4: P2 },
        boldAll: true,
      });
      return save(wb);
    },
    expect: [
      { rule: "persen-anggaran", sheet: S, cell: "E11", why: "140.125.000 / 145.500.000 = 96,31, typed 97,31" },
      { rule: "total", sheet: S, cell: "D17", why: "subtotal of program 3 is 256.500.000, typed one million more" },
    ],
  };
}

/** Subtotals named after their program ("Jumlah Program …"), program header rows without amounts. */
function jumlahNamaProgramCase(): TwinCase {
  const S = "Belanja Langsung";
  const programs: { name: string; keg: [string, number, number][] }[] = [
    {
      name: "Program Pelayanan Administrasi Perkantoran",
      keg: [
        ["Penyediaan jasa surat menyurat", 6_000_000, 5_850_000],
        ["Penyediaan jasa kebersihan kantor", 14_400_000, 14_400_000],
        ["Penyediaan alat tulis kantor", 9_750_000, 9_102_500],
      ],
    },
    {
      name: "Program Peningkatan Sarana dan Prasarana Aparatur",
      keg: [
        ["Pemeliharaan rutin gedung kantor", 22_000_000, 21_480_000],
        ["Pemeliharaan rutin kendaraan dinas", 18_500_000, 17_960_000],
      ],
    },
  ];
  return {
    id: "jumlah-nama-program",
    pattern: 1,
    layout:
      "Kecamatan budget NO | URAIAN | ANGGARAN | REALISASI | %: program header rows I, II without amounts, numbered kegiatan, a “Jumlah Program …” row after each program (named after it, not a closing word) and JUMLAH TOTAL; planted: a subtotal two digits swapped",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:E1", "REALISASI BELANJA LANGSUNG KECAMATAN TAHUN 2015");
      put(ws, 3, "A", [["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]], { boldAll: true });
      let r = 4;
      let ta = 0;
      let tb = 0;
      programs.forEach((p, pi) => {
        put(ws, r++, "A", [[["I", "II"][pi], p.name]], { boldAll: true });
        p.keg.forEach(([name, a, b], k) => put(ws, r++, "A", [[k + 1, name, a, b, pct(b, a)]], { fmt: { 2: RP, 3: RP, 4: P2 } }));
        const sa = sum(p.keg.map((k) => k[1]));
        const sb = sum(p.keg.map((k) => k[2]));
        ta += sa;
        tb += sb;
        const typed = planted && pi === 0 ? 29_532_500 : sb; // planted: 29.352.500 typed 29.532.500
        put(ws, r++, "A", [[null, `Jumlah ${p.name}`, sa, typed, pct(typed, sa)]], {
          fmt: { 2: RP, 3: RP, 4: P2 },
          boldAll: true,
        });
      });
      put(ws, r, "A", [[null, "JUMLAH TOTAL", ta, tb, pct(tb, ta)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [{ rule: "total", sheet: S, cell: "D8", why: "the kegiatan of program I sum to 29.352.500, typed 29.532.500" }],
  };
}

// ---------- 2. REALISASI (%) beside REALISASI (Rp): a percentage column is never summed ----------

function persenRealisasiCase(): TwinCase {
  const S = "LRA";
  const rows: [string, string, number, number][] = [
    ["1", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 0, 0],
    ["1.1", "Perencanaan, Penganggaran dan Evaluasi Kinerja", 45_600_000, 44_950_000],
    ["1.2", "Administrasi Keuangan Perangkat Daerah", 1_250_000_000, 1_198_765_400],
    ["1.3", "Administrasi Umum Perangkat Daerah", 310_450_000, 287_300_000],
    ["2", "PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN", 0, 0],
    ["2.1", "Koordinasi Kegiatan Pemerintahan di Kecamatan", 84_000_000, 80_115_000],
    ["2.2", "Pembinaan dan Pengawasan Pemerintahan Desa", 126_500_000, 126_500_000],
  ];
  return {
    id: "realisasi-persen",
    pattern: 2,
    layout:
      "Budget KODE | URAIAN | ANGGARAN (Rp) | REALISASI (Rp) | REALISASI (%) | SISA ANGGARAN (Rp) with program rows summing their kegiatan; the % column of a program is its own ratio, not the sum of its kegiatan's %",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:F1", "LAPORAN REALISASI ANGGARAN KECAMATAN TAHUN 2023");
      put(ws, 3, "A", [["KODE", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "REALISASI (%)", "SISA ANGGARAN (Rp)"]], {
        boldAll: true,
      });
      const data: Val[][] = [];
      for (let i = 0; i < rows.length; i++) {
        const [code, name] = rows[i];
        let [, , a, b] = rows[i];
        if (!code.includes(".")) {
          for (let j = i + 1; j < rows.length && rows[j][0].includes("."); j++) {
            a += rows[j][2];
            b += rows[j][3];
          }
        }
        let persen = pct(b, a);
        if (planted && code === "1.3") persen = 95.54; // planted: 287.300.000 / 310.450.000 = 92,54
        let sisa = a - b;
        if (planted && code === "2") sisa = 4_885_000; // planted: 210.500.000 − 206.615.000 = 3.885.000
        data.push([code, name, a, b, persen, sisa]);
      }
      put(ws, 4, "A", data, { fmt: { 2: RP, 3: RP, 4: P2, 5: RP }, bold: [0, 4] });
      return save(wb);
    },
    expect: [
      { rule: "persen-anggaran", sheet: S, cell: "E7", why: "287.300.000 / 310.450.000 = 92,54, typed 95,54" },
      { rule: "selisih|jumlah-induk", sheet: S, cell: "F8", why: "sisa 210.500.000 − 206.615.000 = 3.885.000" },
    ],
  };
}

/** REALISASI FISIK (%) | KEUANGAN (Rp) | KEUANGAN (%) under one REALISASI header: only the money % is realisasi/pagu. */
function fisikKeuanganCase(): TwinCase {
  const S = "Fisik Keuangan";
  const rows: [string, string, number, number, number][] = [
    ["1.1", "Penyusunan Dokumen RPJPD", 85_000_000, 97.47, 79_450_000],
    ["1.2", "Penyusunan Dokumen RKPD", 120_500_000, 100, 118_920_300],
    ["1.3", "Fasilitasi Musrenbang Kecamatan", 64_800_000, 99.91, 62_150_500],
    ["1.4", "Koordinasi Pokok-pokok Pikiran DPRD", 38_000_000, 82, 29_640_000],
  ];
  return {
    id: "fisik-keuangan",
    pattern: 2,
    layout:
      "KODE | KEGIATAN | PAGU (Rp) | REALISASI: FISIK (%) | KEUANGAN (Rp) | KEUANGAN (%) | SISA (Rp): the physical % is typed progress (never realisasi / pagu), the money % is; planted: one money % wrong",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["KODE", "KEGIATAN", "PAGU (Rp)", "REALISASI", null, null, "SISA (Rp)"]], { boldAll: true });
      put(ws, 2, "D", [["FISIK (%)", "KEUANGAN (Rp)", "KEUANGAN (%)"]], { boldAll: true });
      for (const c of ["A", "B", "C", "G"]) ws.mergeCells(`${c}1:${c}2`);
      ws.mergeCells("D1:F1");
      put(
        ws,
        3,
        "A",
        rows.map(([k, n, a, f, b], i) => [k, n, a, f, b, planted && i === 3 ? 80.6 : pct(b, a), a - b]),
        { fmt: { 2: RP, 3: P2, 4: RP, 5: P2, 6: RP } },
      );
      return save(wb);
    },
    expect: [{ rule: "persen-anggaran", sheet: S, cell: "F6", why: "29.640.000 / 38.000.000 = 78,00, typed 80,60" }],
  };
}

// ---------- 3. Letters A, B, C, D under roman I, II, III ----------

function hurufDiBawahRomawiCase(): TwinCase {
  const S = "Anggaran";
  const programs: { name: string; kegiatan: [string, number, number][] }[] = [
    {
      name: "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN",
      kegiatan: [
        ["Penyediaan jasa surat menyurat", 12_000_000, 11_400_000],
        ["Penyediaan jasa komunikasi, air dan listrik", 96_000_000, 90_221_300],
        ["Penyediaan alat tulis kantor", 35_500_000, 35_500_000],
        ["Penyediaan makanan dan minuman", 48_000_000, 47_150_000],
      ],
    },
    {
      name: "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR",
      kegiatan: [
        ["Pemeliharaan rutin gedung kantor", 75_000_000, 74_800_000],
        ["Pemeliharaan rutin kendaraan dinas", 64_250_000, 60_000_000],
        ["Pengadaan peralatan gedung kantor", 120_000_000, 118_450_000],
        ["Pengadaan mebeulair", 40_000_000, 39_990_000],
      ],
    },
    {
      name: "PROGRAM PENINGKATAN DISIPLIN APARATUR",
      kegiatan: [
        ["Pengadaan pakaian dinas beserta perlengkapannya", 30_000_000, 29_700_000],
        ["Pengadaan pakaian khusus hari-hari tertentu", 18_000_000, 17_880_000],
        ["Pembinaan disiplin pegawai", 9_500_000, 9_500_000],
        ["Apel dan upacara hari besar nasional", 6_000_000, 5_750_000],
      ],
    },
  ];
  const ROMAN = ["I", "II", "III"];
  return {
    id: "huruf-di-bawah-romawi",
    pattern: 3,
    layout:
      "Budget NO | URAIAN | PAGU | REALISASI | % with programs I, II, III and kegiatan A, B, C, D under each (C and D are letters, not 100 and 500); planted: a program sum that leaves out its C row, and a skipped letter (A, B, D)",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:E1", "REALISASI ANGGARAN TAHUN 2019");
      put(ws, 3, "A", [["NO", "URAIAN", "PAGU", "REALISASI", "%"]], { boldAll: true });
      let r = 4;
      programs.forEach((p, pi) => {
        const pa = sum(p.kegiatan.map((k) => k[1]));
        let pb = sum(p.kegiatan.map((k) => k[2]));
        if (planted && pi === 1) pb -= p.kegiatan[2][2]; // planted: program II realisasi without its C row
        put(ws, r++, "A", [[ROMAN[pi], p.name, pa, pb, pct(pb, pa)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
        p.kegiatan.forEach((k, ki) => {
          let letter = "ABCD"[ki];
          if (planted && pi === 2 && ki >= 2) letter = "CDE"[ki - 1]; // planted: A, B, D, E
          put(ws, r++, "A", [[letter, k[0], k[1], k[2], pct(k[2], k[1])]], { fmt: { 2: RP, 3: RP, 4: P2 } });
        });
      });
      const all = programs.flatMap((p) => p.kegiatan);
      const ta = sum(all.map((k) => k[1]));
      const tb = sum(all.map((k) => k[2]));
      put(ws, r, "A", [[null, "JUMLAH", ta, tb, pct(tb, ta)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [
      { rule: "jumlah-induk", sheet: S, cell: "D9", why: "program II realisasi is the sum of A..D, typed without C" },
      { rule: "kode-lompat", sheet: S, cell: "A17", why: "letters A, B, D: C is missing" },
    ],
  };
}

// ---------- 4. Scale table on its own sheet, written as inequalities ----------

function skalaPertidaksamaanCase(): TwinCase {
  const S = "Capaian Kinerja";
  return {
    id: "skala-pertidaksamaan",
    pattern: 4,
    layout:
      "Sheet “Skala” with a title and a table No | Rentang Capaian | Predikat written as “X ≥ 95”, “80 ≤ X < 95”, “65 ≤ X < 80”, “kurang dari 65”; the PK on another sheet uses those words (92 is Baik here, Sangat Baik on the default); planted: one wrong predikat",
    async build(planted) {
      const wb = newWb();
      const wp = wb.addWorksheet(S);
      title(wp, "A1:G1", "PENGUKURAN KINERJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2023");
      put(wp, 3, "A", [["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], {
        boldAll: true,
      });
      put(
        wp,
        4,
        "A",
        [
          [1, "Persentase OPD yang terhubung jaringan intranet", "%", 100, 92, 92, "Baik"],
          [2, "Indeks SPBE", "Indeks", 2.6, 2.5, 96.15, "Sangat Baik"],
          [3, "Persentase layanan publik berbasis elektronik", "%", 80, 64, 80, "Baik"],
          [4, "Persentase aduan masyarakat yang ditindaklanjuti", "%", 100, 79, 79, pick(planted, "Cukup", "Baik")],
          [5, "Jumlah konten informasi publik", "Konten", 600, 372, 62, "Kurang"],
          [6, "Persentase keterbukaan informasi publik", "%", 100, 95, 95, "Sangat Baik"],
        ],
        { fmt: { 5: P2 } },
      );
      const ws = wb.addWorksheet("Skala");
      title(ws, "A1:C1", "Kriteria Penilaian Capaian Kinerja");
      put(ws, 3, "A", [["No", "Rentang Capaian", "Predikat"]], { boldAll: true });
      put(ws, 4, "A", [
        [1, "X ≥ 95", "Sangat Baik"],
        [2, "80 ≤ X < 95", "Baik"],
        [3, "65 ≤ X < 80", "Cukup"],
        [4, "kurang dari 65", "Kurang"],
      ]);
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "G7", why: "79 is Cukup on the sheet's scale (65 ≤ X < 80), typed Baik" }],
  };
}

/** Scale printed as “≥ 90”, “85 – < 90”, “70 – < 85”, “< 70” below the table, a second (IKM) scale on another sheet. */
function skalaDuaKandidatCase(): TwinCase {
  const S = "IKU";
  return {
    id: "skala-dua-kandidat",
    pattern: 4,
    layout:
      "IKU table whose predikat words are Sangat Tinggi / Tinggi / Sedang / Rendah; a scale printed “≥ 90”, “85 – < 90”, “70 – < 85”, “< 70” below it, and an IKM mutu scale (A/B/C/D, Sangat Baik…) on another sheet: the words used decide the scale",
    async build(planted) {
      const wb = newWb();
      const wm = wb.addWorksheet("Mutu Pelayanan");
      put(wm, 1, "A", [["Nilai Interval", "Mutu Pelayanan", "Kategori"]], { boldAll: true });
      put(wm, 2, "A", [
        ["88,31 – 100", "A", "Sangat Baik"],
        ["76,61 – 88,30", "B", "Baik"],
        ["65,00 – 76,60", "C", "Kurang Baik"],
        ["25,00 – 64,99", "D", "Tidak Baik"],
      ]);
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)", "Kategori"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Indeks Kepuasan Masyarakat", 80, 78.2, 97.75, "Sangat Tinggi"],
          [2, "Persentase puskesmas terakreditasi", 100, 88, 88, "Tinggi"],
          [3, "Angka kematian bayi per 1.000 KH", 8, 6.4, 80, "Sedang"],
          [4, "Persentase balita gizi baik", 95, 60, 63.16, pick(planted, "Rendah", "Sedang")],
          [5, "Cakupan imunisasi dasar lengkap", 95, 85.5, 90, "Sangat Tinggi"],
        ],
        { fmt: { 4: P2 } },
      );
      put(ws, 9, "A", [["Kriteria:"]]);
      put(ws, 10, "A", [["No", "Capaian", "Kategori"]], { boldAll: true });
      put(ws, 11, "A", [
        [1, "≥ 90", "Sangat Tinggi"],
        [2, "85 – < 90", "Tinggi"],
        [3, "70 – < 85", "Sedang"],
        [4, "< 70", "Rendah"],
      ]);
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "F5", why: "63,16 < 70 is Rendah, typed Sedang" }],
  };
}

/** Sangat Baik … Sangat Kurang on the Permendagri bounds, no scale table: 76 is Baik, 70 Cukup. */
function permendagriKataBaikCase(): TwinCase {
  const S = "PK Kecamatan";
  return {
    id: "permendagri-kata-baik",
    pattern: 4,
    layout:
      "PK with PREDIKAT words Sangat Baik / Baik / Cukup / Kurang / Sangat Kurang on the Permendagri bounds (≥ 91, 76, 66, 51) and no scale table: the words pick that scale, not a four-band Baik scale; planted: one wrong word",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Persentase layanan PATEN tepat waktu", 100, 95, 95, "Sangat Baik"],
          [2, "Persentase desa tertib administrasi", 100, 76, 76, "Baik"],
          [3, "Persentase kegiatan pemberdayaan terlaksana", 100, 70, 70, "Cukup"],
          [4, "Persentase PKK desa yang aktif", 100, 55, 55, pick(planted, "Kurang", "Cukup")],
          [5, "Persentase sengketa tanah yang dimediasi", 100, 40, 40, "Sangat Kurang"],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "F5", why: "55 is Kurang (51 – < 66), typed Cukup" }],
  };
}

/** Capaian computed by formulas and shown without decimals: the predikat follows what the cell shows. */
function predikatDariTampilanCase(): TwinCase {
  const S = "Formulir PK";
  const rows: [string, number, number][] = [
    ["Persentase desa tertib administrasi", 100, 75.6],
    ["Persentase layanan PATEN tepat waktu", 90, 81.9],
    ["Persentase pengaduan yang ditindaklanjuti", 80, 72.5],
  ];
  return {
    id: "predikat-dari-tampilan",
    pattern: 8,
    layout:
      "PK whose CAPAIAN cells are formulas (=E/D*100) under the format “0” (75,6 shows 76) and whose PREDIKAT was chosen from what the cell shows (76 is Tinggi on Permendagri); planted: one word that neither the shown nor the exact value gives",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        rows.map(([n, t, r], i) => {
          const v = (r / t) * 100;
          const word = i === 0 ? "Tinggi" : i === 1 ? "Sangat Tinggi" : pick(planted, "Sangat Tinggi", "Sedang");
          return [i + 1, n, t, r, { f: `D${i + 2}/C${i + 2}*100`, v, fmt: "0" }, word];
        }),
      );
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "F4", why: "72,5 / 80 = 90,6 (shows 91): Sangat Tinggi, typed Sedang" }],
  };
}

// ---------- 5. Several realisasi columns ----------

function realisasiTriwulanCase(): TwinCase {
  const S = "Realisasi TW";
  const rows: [string, string, number, number[]][] = [
    ["2.01", "Penyediaan Gaji dan Tunjangan ASN", 2_450_000_000, [600_000_000, 610_500_000, 605_000_000, 612_300_000]],
    [
      "2.02",
      "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      180_000_000,
      [42_000_000, 44_150_000, 43_800_000, 46_000_000],
    ],
    ["2.03", "Pemeliharaan Barang Milik Daerah", 95_000_000, [10_000_000, 22_500_000, 30_000_000, 28_100_000]],
    ["2.04", "Penyelenggaraan Rapat Koordinasi dan Konsultasi", 64_000_000, [8_000_000, 16_000_000, 20_000_000, 18_500_000]],
  ];
  return {
    id: "realisasi-triwulan",
    pattern: 5,
    layout:
      "Budget KODE | SUB KEGIATAN | PAGU | REALISASI TW I | TW II | TW III | TW IV | JUMLAH REALISASI | SISA | % (two-row header, REALISASI merged over the quarters): sisa and % refer to JUMLAH REALISASI",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(
        ws,
        1,
        "A",
        [["KODE", "SUB KEGIATAN", "PAGU (Rp)", "REALISASI (Rp)", null, null, null, "JUMLAH REALISASI", "SISA", "%"]],
        {
          boldAll: true,
        },
      );
      put(ws, 2, "D", [["TW I", "TW II", "TW III", "TW IV"]], { boldAll: true });
      for (const c of ["A", "B", "C", "H", "I", "J"]) ws.mergeCells(`${c}1:${c}2`);
      ws.mergeCells("D1:G1");
      const data: Val[][] = rows.map(([code, name, pagu, tw], i) => {
        const total = sum(tw);
        let sisa = pagu - total;
        if (planted && i === 1) sisa = 4_500_000; // planted: 180.000.000 − 175.950.000 = 4.050.000
        let persen = pct(total, pagu);
        if (planted && i === 2) persen = 96.37; // planted: 90.600.000 / 95.000.000 = 95,37
        return [code, name, pagu, ...tw, total, sisa, persen];
      });
      put(ws, 3, "A", data, { fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: RP, 8: RP, 9: P2 } });
      return save(wb);
    },
    expect: [
      { rule: "selisih", sheet: S, cell: "I4", why: "180.000.000 − 175.950.000 = 4.050.000, typed 4.500.000" },
      { rule: "persen-anggaran", sheet: S, cell: "J5", why: "90.600.000 / 95.000.000 = 95,37, typed 96,37" },
    ],
  };
}

/** Money quarters with a JUMLAH column under coded parents: a JUMLAH that is not the sum of its quarters. */
function jumlahTriwulanBarisCase(): TwinCase {
  const S = "Serapan TW";
  const leaves: [string, string, number, number[]][] = [
    ["1.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan", 32_000_000, [4_000_000, 8_500_000, 9_250_000, 9_800_000]],
    ["1.01.01.2.01.0002", "Evaluasi Kinerja Perangkat Daerah", 12_500_000, [1_200_000, 3_300_000, 3_400_000, 4_150_000]],
    [
      "1.01.01.2.02.0001",
      "Penyediaan Gaji dan Tunjangan ASN",
      1_480_000_000,
      [362_000_000, 368_400_000, 370_100_000, 371_900_000],
    ],
  ];
  return {
    id: "jumlah-triwulan-baris",
    pattern: 5,
    layout:
      "SIPD-coded budget KODE | URAIAN | PAGU | TW I | TW II | TW III | TW IV | JUMLAH | SISA | % with kegiatan rows summing their sub kegiatan; planted: one sub kegiatan's JUMLAH leaves TW IV out (its sisa and % follow the typed JUMLAH, its kegiatan keeps the true sum)",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["KODE", "URAIAN", "PAGU", "REALISASI (Rp)", null, null, null, "JUMLAH", "SISA", "%"]], { boldAll: true });
      put(ws, 2, "D", [["TW I", "TW II", "TW III", "TW IV"]], { boldAll: true });
      for (const c of ["A", "B", "C", "H", "I", "J"]) ws.mergeCells(`${c}1:${c}2`);
      ws.mergeCells("D1:G1");
      const line = (code: string, name: string, pagu: number, tw: number[], jumlah = sum(tw)): Val[] => [
        code,
        name,
        pagu,
        ...tw,
        jumlah,
        pagu - jumlah,
        pct(jumlah, pagu),
      ];
      const group = (rows: typeof leaves) => {
        const tw = [0, 1, 2, 3].map((q) => sum(rows.map((r) => r[3][q])));
        return { pagu: sum(rows.map((r) => r[2])), tw };
      };
      const k1 = group(leaves.slice(0, 2));
      const k2 = group(leaves.slice(2));
      const data: Val[][] = [
        line("1.01.01.2.01", "Perencanaan, Penganggaran dan Evaluasi Kinerja", k1.pagu, k1.tw),
        line(...leaves[0]),
        line(leaves[1][0], leaves[1][1], leaves[1][2], leaves[1][3], planted ? sum(leaves[1][3]) - leaves[1][3][3] : undefined),
        line("1.01.01.2.02", "Administrasi Keuangan Perangkat Daerah", k2.pagu, k2.tw),
        line(...leaves[2]),
      ];
      put(ws, 3, "A", data, { fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: RP, 8: RP, 9: P2 }, bold: [0, 3] });
      return save(wb);
    },
    expect: [{ rule: "total", sheet: S, cell: "H5", why: "TW I..IV sum to 12.050.000, JUMLAH typed 7.900.000 (TW IV left out)" }],
  };
}

function realisasiBulanIniCase(): TwinCase {
  const S = "Lap Bulanan";
  const rows: [string, number, number, number][] = [
    ["Belanja Pegawai", 1_840_000_000, 1_530_000_000, 152_400_000],
    ["Belanja Barang dan Jasa", 920_500_000, 610_250_000, 88_125_000],
    ["Belanja Pemeliharaan", 210_000_000, 96_000_000, 31_500_000],
    ["Belanja Modal Peralatan dan Mesin", 450_000_000, 120_000_000, 210_000_000],
  ];
  return {
    id: "realisasi-bulan-ini",
    pattern: 5,
    layout:
      "Monthly report NO | URAIAN | ANGGARAN | REALISASI s.d. BULAN LALU | REALISASI BULAN INI | REALISASI s.d. BULAN INI | SISA ANGGARAN | % with a numbering row 1..8 stating 6=4+5, 7=3-6, 8=6/3: sisa and % refer to the cumulative column",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:H1", "LAPORAN REALISASI ANGGARAN BULAN OKTOBER 2024");
      put(
        ws,
        3,
        "A",
        [
          [
            "NO",
            "URAIAN",
            "ANGGARAN",
            "REALISASI S.D. BULAN LALU",
            "REALISASI BULAN INI",
            "REALISASI S.D. BULAN INI",
            "SISA ANGGARAN",
            "%",
          ],
        ],
        { boldAll: true },
      );
      put(ws, 4, "A", [[1, 2, 3, 4, 5, "6 = 4 + 5", "7 = 3 - 6", "8 = 6 / 3"]]);
      const data: Val[][] = rows.map(([name, a, lalu, ini], i) => {
        const cum = lalu + ini;
        // planted: 96.000.000 + 31.500.000 = 127.500.000 typed 127.000.000 (sisa and % follow the typed value)
        const typedCum = planted && i === 2 ? 127_000_000 : cum;
        // planted: sisa from the previous month's realisasi
        const sisa = planted && i === 1 ? a - lalu : a - typedCum;
        // planted: % of this month only
        const persen = planted && i === 3 ? pct(ini, a) : pct(typedCum, a);
        return [i + 1, name, a, lalu, ini, typedCum, sisa, persen];
      });
      put(ws, 5, "A", data, { fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: P2 } });
      return save(wb);
    },
    expect: [
      { rule: "selisih", sheet: S, cell: "G6", why: "sisa 920.500.000 − 698.375.000, typed anggaran − s.d. bulan lalu" },
      { rule: "selisih|total", sheet: S, cell: "F7", why: "96.000.000 + 31.500.000 = 127.500.000, typed 127.000.000" },
      { rule: "persen-anggaran", sheet: S, cell: "H8", why: "% of s.d. bulan ini is 73,33, typed the % of this month" },
    ],
  };
}

/** The same monthly report without a numbering row: the arithmetic ties sisa and % to s.d. bulan ini. */
function realisasiBulanIniTanpaRumusCase(): TwinCase {
  const S = "Realisasi Bulanan";
  const rows: [string, string, number, number, number][] = [
    ["1.01", "Penyediaan Jasa Surat Menyurat", 24_000_000, 16_500_000, 2_000_000],
    ["1.02", "Penyediaan Jasa Komunikasi, Air dan Listrik", 310_000_000, 228_750_000, 25_410_000],
    ["1.03", "Penyediaan Alat Tulis Kantor", 62_500_000, 40_000_000, 7_250_000],
    ["1.04", "Pemeliharaan Rutin Kendaraan Dinas", 148_000_000, 90_300_000, 12_600_000],
    ["1.05", "Rapat Koordinasi dan Konsultasi", 85_000_000, 52_000_000, 9_000_000],
  ];
  return {
    id: "realisasi-bulan-ini-tanpa-rumus",
    pattern: 5,
    layout:
      "KODE | KEGIATAN | PAGU | REALISASI S.D BULAN LALU | REALISASI BULAN INI | REALISASI S.D BULAN INI | SISA PAGU | % without a numbering row: sisa and % are paired with s.d. bulan ini by the arithmetic, never with the first realisasi column",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(
        ws,
        1,
        "A",
        [
          [
            "KODE",
            "KEGIATAN",
            "PAGU",
            "REALISASI S.D BULAN LALU",
            "REALISASI BULAN INI",
            "REALISASI S.D BULAN INI",
            "SISA PAGU",
            "%",
          ],
        ],
        { boldAll: true },
      );
      const data: Val[][] = rows.map(([code, name, pagu, lalu, ini], i) => {
        const cum = lalu + ini;
        const sisa = planted && i === 2 ? pagu - cum + 250_000 : pagu - cum; // planted: 250.000 too much
        const persen = planted && i === 4 ? 72.18 : pct(cum, pagu); // planted: 61.000.000 / 85.000.000 = 71,76
        return [code, name, pagu, lalu, ini, cum, sisa, persen];
      });
      put(ws, 2, "A", data, { fmt: { 2: RP, 3: RP, 4: RP, 5: RP, 6: RP, 7: P2 } });
      return save(wb);
    },
    expect: [
      { rule: "selisih", sheet: S, cell: "G4", why: "62.500.000 − 47.250.000 = 15.250.000, typed 15.500.000" },
      { rule: "persen-anggaran", sheet: S, cell: "H6", why: "61.000.000 / 85.000.000 = 71,76, typed 72,18" },
    ],
  };
}

// ---------- 6. Target of the year vs the Renstra end target across two tables ----------

function targetRenstraCase(): TwinCase {
  const inds: [string, number, number, number][] = [
    ["Persentase penduduk miskin", 9.5, 9.2, 7.5],
    ["Indeks pembangunan manusia", 71.2, 71.6, 73],
    ["Tingkat pengangguran terbuka", 5.4, 5.1, 4.5],
    ["Persentase jalan kabupaten dalam kondisi mantap", 72, 74.5, 80],
  ];
  return {
    id: "target-renstra",
    pattern: 6,
    layout:
      "PK sheet NO | INDIKATOR | TARGET | REALISASI | CAPAIAN (%) and a sheet “Kemajuan” NO | INDIKATOR | TARGET AKHIR RENSTRA (2026) | TARGET 2024 | REALISASI 2024 | TINGKAT KEMAJUAN (%): the Renstra target is not the year's target; planted: a year target that differs between the two tables",
    async build(planted) {
      const wb = newWb();
      const wp = wb.addWorksheet("PK");
      put(wp, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
      put(
        wp,
        2,
        "A",
        inds.map(([n, t, r], i) => [i + 1, n, t, r, pct(r, t)]),
        { fmt: { 4: P2 } },
      );
      const wk = wb.addWorksheet("Kemajuan");
      title(wk, "A1:F1", "Tabel 3.5 Tingkat Kemajuan terhadap Target Akhir Renstra");
      put(
        wk,
        3,
        "A",
        [["NO", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA (2026)", "TARGET 2024", "REALISASI 2024", "TINGKAT KEMAJUAN (%)"]],
        { boldAll: true },
      );
      put(
        wk,
        4,
        "A",
        inds.map(([n, t, r, akhir], i) => [i + 1, n, akhir, planted && i === 2 ? 5.0 : t, r, pct(r, akhir)]),
        { fmt: { 5: P2 } },
      );
      return save(wb);
    },
    expect: [
      { rule: "beda-antar-tabel", sheet: "Kemajuan", cell: "D6", why: "target 2024 of TPT is 5,4 on the PK, typed 5,0 here" },
    ],
  };
}

// ---------- 7. Summary per sasaran is not a recap per predikat ----------

function ringkasanSasaranCase(): TwinCase {
  const S = "Capaian Sasaran";
  return {
    id: "ringkasan-sasaran",
    pattern: 7,
    layout:
      "Summary NO | SASARAN STRATEGIS | JUMLAH INDIKATOR | RATA-RATA CAPAIAN (%) | PREDIKAT (one row per sasaran, not a count per predikat), and a real recap Predikat | Jumlah Indikator below it; planted: a wrong predikat and a recap count that does not add up",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "SASARAN STRATEGIS", "JUMLAH INDIKATOR", "RATA-RATA CAPAIAN (%)", "PREDIKAT"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Meningkatnya kualitas pelayanan publik", 3, 96.4, "Sangat Tinggi"],
          [2, "Meningkatnya tata kelola pemerintahan", 4, 88.25, "Tinggi"],
          [3, "Meningkatnya ketentraman dan ketertiban", 2, 72.5, pick(planted, "Sedang", "Tinggi")],
        ],
        { fmt: { 3: P2 } },
      );
      put(ws, 7, "A", [["PREDIKAT", "JUMLAH INDIKATOR"]], { boldAll: true });
      put(ws, 8, "A", [
        ["Sangat Tinggi", 4],
        ["Tinggi", 3],
        ["Sedang", 2],
        ["Rendah", 0],
        ["JUMLAH", pick(planted, 9, 10)],
      ]);
      return save(wb);
    },
    expect: [
      { rule: "predikat", sheet: S, cell: "E4", why: "72,5 is Sedang on permendagri86, typed Tinggi" },
      { rule: "total|rekap-predikat", sheet: S, cell: "B12", why: "4 + 3 + 2 + 0 = 9, typed 10" },
    ],
  };
}

// ---------- 8. A predikat word in the capaian column ----------

function capaianKataSkalaCase(): TwinCase {
  const S = "PK 2020";
  return {
    id: "capaian-kata-skala",
    pattern: 8,
    layout:
      "PK NO | INDIKATOR | TARGET | REALISASI | CAPAIAN where qualitative rows carry the predikat word in the capaian column; scale on the sheet “> 100 Sangat Baik; 76 – 100 Baik; 55 – 75 Cukup; < 55 Kurang”; planted: “Sangat Baik” for target 100 %, realisasi 100 %",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN"]], { boldAll: true });
      put(ws, 2, "A", [
        [
          1,
          "Persentase desa yang menyusun RPJMDes",
          { n: 1, fmt: "0%" },
          { n: 1, fmt: "0%" },
          pick(planted, "Baik", "Sangat Baik"),
        ],
        [2, "Persentase laporan keuangan desa yang tepat waktu", { n: 0.9, fmt: "0%" }, { n: 0.95, fmt: "0%" }, "Sangat Baik"],
        [3, "Jumlah kegiatan pembinaan PKK", 12, 12, { n: 100, fmt: P2 }],
        [4, "Persentase sengketa batas desa yang diselesaikan", { n: 1, fmt: "0%" }, { n: 0.7, fmt: "0%" }, "Cukup"],
      ]);
      put(ws, 8, "A", [["No", "Nilai Capaian", "Kategori"]], { boldAll: true });
      put(ws, 9, "A", [
        [1, "> 100", "Sangat Baik"],
        [2, "76 - 100", "Baik"],
        [3, "55 - 75", "Cukup"],
        [4, "< 55", "Kurang"],
      ]);
      return save(wb);
    },
    expect: [{ rule: "predikat|capaian", sheet: S, cell: "E2", why: "100 % of 100 % is 100: Baik (only > 100 is Sangat Baik)" }],
  };
}

// ---------- 9. Quarterly accumulation per indicator ----------

function akumulasiTriwulanCase(): TwinCase {
  const S = "PK Triwulan";
  return {
    id: "akumulasi-triwulan",
    pattern: 9,
    layout:
      "PK NO | INDIKATOR | SATUAN | TARGET | REALISASI TW I | TW II | TW III | TW IV | REALISASI AKHIR TAHUN | CAPAIAN (%) | KETERANGAN (kumulatif / posisi akhir / rata-rata): the year-end realisasi follows the stated accumulation",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(
        ws,
        1,
        "A",
        [
          [
            "NO",
            "INDIKATOR KINERJA",
            "SATUAN",
            "TARGET",
            "REALISASI",
            null,
            null,
            null,
            "REALISASI AKHIR TAHUN",
            "CAPAIAN (%)",
            "KETERANGAN",
          ],
        ],
        { boldAll: true },
      );
      put(ws, 2, "E", [["TW I", "TW II", "TW III", "TW IV"]], { boldAll: true });
      for (const c of ["A", "B", "C", "D", "I", "J", "K"]) ws.mergeCells(`${c}1:${c}2`);
      ws.mergeCells("E1:H1");
      const rows: [string, string, number, number[], string, number][] = [
        ["Jumlah UMKM yang dibina", "UMKM", 400, [80, 110, 95, 120], "kumulatif", 0],
        ["Persentase pasar dalam kondisi baik", "%", 75, [60, 65, 70, 78], "posisi akhir", 0],
        ["Jumlah wirausaha baru", "Orang", 150, [20, 45, 40, 38], "kumulatif", 0],
        ["Indeks kepuasan pedagang pasar", "Indeks", 80, [78, 80, 82, 84], "rata-rata", 0],
        ["Nilai investasi PMDN (Rp miliar)", "Rp miliar", 250, [40, 62.5, 70, 85], "Kumulatif", 0],
      ];
      const data: Val[][] = rows.map(([name, sat, target, tw, ket], i) => {
        let year = ket.toLowerCase() === "kumulatif" ? sum(tw) : ket === "posisi akhir" ? tw[3] : sum(tw) / tw.length;
        if (planted && i === 2) year = 153; // planted: 20 + 45 + 40 + 38 = 143
        if (planted && i === 1) year = 68.25; // planted: the mean of the quarters, the indicator is posisi akhir (78)
        return [i + 1, name, sat, target, ...tw, year, pct(year, target), ket];
      });
      put(ws, 3, "A", data, { fmt: { 8: "0.00", 9: P2 } });
      return save(wb);
    },
    expect: [
      { rule: "akumulasi", sheet: S, cell: "I4", why: "posisi akhir: the year-end value is TW IV (78), typed the mean 68,25" },
      { rule: "akumulasi", sheet: S, cell: "I5", why: "kumulatif: 20 + 45 + 40 + 38 = 143, typed 153" },
    ],
  };
}

/** An efficiency table whose KATEGORI holds efficiency words, not predikat words of the scale. */
function efisiensiKataCase(): TwinCase {
  const S = "Efisiensi";
  const rows: [string, number, number, number][] = [
    ["Meningkatnya kualitas perencanaan", 97.45, 1_845_200_000, 1_702_336_450],
    ["Meningkatnya kualitas pengendalian dan evaluasi", 88.1, 624_750_000, 598_112_300],
    ["Meningkatnya kualitas data pembangunan", 101.2, 312_000_000, 265_874_000],
  ];
  return {
    id: "efisiensi-kata",
    pattern: 10,
    layout:
      "NO | SASARAN | CAPAIAN KINERJA (%) | ANGGARAN (Rp) | REALISASI (Rp) | SERAPAN (%) | TINGKAT EFISIENSI (%) | KATEGORI (Efisien / Cukup Efisien / Tidak Efisien): the words are not predikat of the scale and are not checked as such (said once); planted: one serapan wrong",
    async build(planted) {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(
        ws,
        1,
        "A",
        [
          [
            "NO",
            "SASARAN STRATEGIS",
            "CAPAIAN KINERJA (%)",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "SERAPAN (%)",
            "TINGKAT EFISIENSI (%)",
            "KATEGORI",
          ],
        ],
        { boldAll: true },
      );
      put(
        ws,
        2,
        "A",
        rows.map(([s, c, a, r], i) => {
          const serapan = pct(r, a);
          const e = r2(c - serapan);
          return [
            i + 1,
            s,
            c,
            a,
            r,
            planted && i === 1 ? 98.74 : serapan,
            e,
            e > 5 ? "Efisien" : e >= -5 ? "Cukup Efisien" : "Tidak Efisien",
          ];
        }),
        { fmt: { 2: P2, 3: RP, 4: RP, 5: P2, 6: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "persen-anggaran", sheet: S, cell: "F3", why: "598.112.300 / 624.750.000 = 95,74, typed 98,74" }],
  };
}

/** The same program on the budget sheet and on a budget-per-sasaran sheet whose NO is merged per sasaran. */
function anggaranPerSasaranCase(): TwinCase {
  const programs: [string, number, number][] = [
    ["Program Penunjang Urusan Pemerintahan Daerah", 1_245_600_000, 1_198_350_250],
    ["Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 412_000_000, 398_760_500],
    ["Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", 186_300_000, 171_925_000],
  ];
  return {
    id: "anggaran-per-sasaran",
    pattern: 6,
    layout:
      "Budget sheet KODE | PROGRAM | PAGU | REALISASI | % and a sheet NO | SASARAN | PROGRAM | ANGGARAN (Rp) | REALISASI (Rp) | SERAPAN (%) with NO and SASARAN merged over two programs (a group number, not a parent row); planted: one program's realisasi 1.000.000 off between the two",
    async build(planted) {
      const wb = newWb();
      const wa = wb.addWorksheet("LRA");
      put(wa, 1, "A", [["KODE", "PROGRAM", "PAGU", "REALISASI", "%"]], { boldAll: true });
      put(
        wa,
        2,
        "A",
        programs.map(([n, a, b], i) => [`4.01.0${i + 1}`, n, a, b, pct(b, a)]),
        { fmt: { 2: RP, 3: RP, 4: P2 } },
      );
      const ws = wb.addWorksheet("Anggaran per Sasaran");
      put(ws, 1, "A", [["NO", "SASARAN", "PROGRAM", "ANGGARAN (Rp)", "REALISASI (Rp)", "SERAPAN (%)"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        programs.map(([n, a, b], i) => {
          const real = planted && i === 2 ? b - 1_000_000 : b;
          return [
            i === 0 ? 1 : i === 2 ? 2 : null,
            i === 0 ? "Meningkatnya kualitas perencanaan" : i === 2 ? "Meningkatnya sinkronisasi perencanaan" : null,
            n,
            a,
            real,
            pct(real, a),
          ];
        }),
        { fmt: { 3: RP, 4: RP, 5: P2 } },
      );
      ws.mergeCells("A2:A3");
      ws.mergeCells("B2:B3");
      return save(wb);
    },
    expect: [
      {
        rule: "beda-antar-tabel",
        sheet: "Anggaran per Sasaran",
        cell: "E4",
        why: "realisasi 171.925.000 on the budget sheet, 170.925.000 here",
      },
    ],
  };
}

// ---------- 10. A misread column: one info, not an error per row ----------

function kolomTakTerbacaCase(): TwinCase {
  const S = "Evaluasi Renja";
  return {
    id: "kolom-tak-terbaca",
    pattern: 10,
    layout:
      "Renja evaluation NO | INDIKATOR | TARGET | REALISASI | CAPAIAN (%) where CAPAIAN is measured against the Renstra end target held in a column headed only “K” (not recognised): the capaian relation fails on every row, so the column is reported once as uncertain (info), never as one error per row",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "K", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
      const rows: [string, number, number, number][] = [
        ["Persentase rumah layak huni", 85, 80, 78],
        ["Persentase kawasan kumuh yang ditangani", 60, 45, 44],
        ["Cakupan layanan air minum", 90, 82, 83],
        ["Cakupan layanan sanitasi layak", 88, 80, 79.5],
        ["Persentase PSU perumahan yang diserahkan", 70, 55, 56],
      ];
      put(
        ws,
        2,
        "A",
        rows.map(([n, k, t, r], i) => [i + 1, n, k, t, r, pct(r, k)]),
        { fmt: { 5: P2 } },
      );
      return save(wb);
    },
    expect: [],
  };
}

export const CASES: TwinCase[] = [
  rataPerSasaranCase(),
  rataDenganSelKosongCase(),
  subtotalProgramCase(),
  jumlahNamaProgramCase(),
  persenRealisasiCase(),
  fisikKeuanganCase(),
  hurufDiBawahRomawiCase(),
  skalaPertidaksamaanCase(),
  skalaDuaKandidatCase(),
  permendagriKataBaikCase(),
  predikatDariTampilanCase(),
  realisasiTriwulanCase(),
  jumlahTriwulanBarisCase(),
  realisasiBulanIniCase(),
  realisasiBulanIniTanpaRumusCase(),
  targetRenstraCase(),
  ringkasanSasaranCase(),
  capaianKataSkalaCase(),
  akumulasiTriwulanCase(),
  efisiensiKataCase(),
  anggaranPerSasaranCase(),
  kolomTakTerbacaCase(),
];
