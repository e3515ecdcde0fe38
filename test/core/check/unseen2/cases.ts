/**
 * Unseen layouts, round 2: more layouts real offices use (predikat at scale boundaries, capaian as a
 * word, ❖ sub-indicators with a sasaran row, horizontal recap, IDM per desa, SISA and `-` budgets,
 * POLARITAS minimize, a 120 % cap, budget per sasaran, qualitative targets, Rp/“%” text, Indonesian
 * thousands as text, header on row 1 with bordered empty rows, a 30+ column monthly sheet, the same
 * kegiatan on two sheets, a hidden draft sheet). Each planted error must be reported at its cell;
 * no other error/warning may appear.
 */
import ExcelJS from "exceljs";
import type { UnseenCase, Val } from "../unseen/builders";
import { borders, newWb, P2, pct, put, RP, save, sum, title } from "../unseen/builders";

export type { Expect, UnseenCase, Val } from "../unseen/builders";
export { col } from "../unseen/builders";

/** The berhasil4 scale as seed 001 prints it: No | Nilai Capaian (%) | Kategori | Singkatan. */
const BERHASIL4: Val[][] = [
  [1, "85 s.d 100", "Sangat Berhasil", "SB"],
  [2, "70 ≤ X < 85", "Berhasil", "B"],
  [3, "55 ≤ X < 70", "Cukup Berhasil", "CB"],
  [4, "< 55", "Tidak Berhasil", "TB"],
];

/** The baik4-lebih100 scale as Kec. Panti prints it: No | Nilai Capaian | Kategori. */
const LEBIH100: Val[][] = [
  [1, "> 100", "Sangat Baik"],
  [2, "76 - 100", "Baik"],
  [3, "55 - 75", "Cukup"],
  [4, "< 55", "Kurang"],
];

/** A scale table from column A: its header row in bold at `row`, its bands below. */
function scaleTable(ws: ExcelJS.Worksheet, row: number, header: string[], bands: Val[][]): void {
  put(ws, row, "A", [header], { boldAll: true });
  put(ws, row + 1, "A", bands);
}

// ---------- 1. PK with PREDIKAT, berhasil4 scale on another sheet, capaian exactly on the bounds ----------

function berhasilBatasCase(): UnseenCase {
  const S = "PK";
  return {
    id: "predikat-berhasil-batas",
    layout:
      "Sheet “Skala” printed like seed 001 (85 s.d 100 SB; 70 ≤ X < 85 B; 55 ≤ X < 70 CB; < 55 TB) with a Singkatan column; sheet “PK” NO | INDIKATOR | SATUAN | TARGET | REALISASI | CAPAIAN (%) | PREDIKAT with capaian exactly 85 and 70 (clean) and 84,99 / 54 with a wrong predicate",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Skala");
      put(ws, 1, "A", [["Skala Pengukuran Ordinal Capaian Kinerja"]]);
      scaleTable(ws, 3, ["No", "Nilai Capaian (%)", "Kategori", "Singkatan"], BERHASIL4);
      const wp = wb.addWorksheet(S);
      put(wp, 1, "A", [["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], {
        boldAll: true,
      });
      put(
        wp,
        2,
        "A",
        [
          [1, "Persentase desa yang menyampaikan LPJ APBDes tepat waktu", "%", 100, 85, 85, "Sangat Berhasil"],
          [2, "Persentase pelayanan administrasi kependudukan yang tepat waktu", "%", 100, 70, 70, "Berhasil"],
          [3, "Jumlah desa yang dibina dalam penyusunan APBDes", "Desa", 20, 20, 100, "Sangat Berhasil"],
          // planted: 84,99 is Berhasil, typed Sangat Berhasil
          [4, "Persentase keluhan masyarakat yang ditindaklanjuti", "%", 100, 84.99, 84.99, "Sangat Berhasil"],
          [5, "Persentase sarana kantor dalam kondisi baik", "%", 100, 55, 55, "Cukup Berhasil"],
          // planted: 54 is Tidak Berhasil, typed Cukup Berhasil
          [6, "Persentase ASN yang mengikuti diklat", "%", 50, 27, 54, "Cukup Berhasil"],
        ],
        { fmt: { 5: P2 } },
      );
      return save(wb);
    },
    expect: [
      { rule: "predikat", sheet: S, cell: "G5", why: "84,99 < 85 is Berhasil on the sheet's scale, typed Sangat Berhasil" },
      { rule: "predikat", sheet: S, cell: "G7", why: "54 < 55 is Tidak Berhasil, typed Cukup Berhasil" },
    ],
  };
}

// ---------- 2. baik4-lebih100 scale: exactly 100 is Baik ----------

function lebih100Case(): UnseenCase {
  const S = "Capaian IKU";
  return {
    id: "predikat-lebih100",
    layout:
      "Scale table on the same sheet below the IKU table (Kec. Panti style: > 100 Sangat Baik; 76 – 100 Baik; 55 – 75 Cukup; < 55 Kurang); capaian exactly 100 marked Baik (clean), 100 marked Sangat Baik (planted), 100,5 Sangat Baik (clean)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:F1", "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2020");
      put(ws, 3, "A", [["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)", "Predikat"]], { boldAll: true });
      put(
        ws,
        4,
        "A",
        [
          [1, "Persentase layanan PATEN yang selesai tepat waktu", 100, 100, 100, "Baik"],
          [2, "Indeks Kepuasan Masyarakat", 80, 80.4, 100.5, "Sangat Baik"],
          // planted: exactly 100 is Baik (> 100 is Sangat Baik)
          [3, "Persentase desa yang tertib administrasi", 100, 100, 100, "Sangat Baik"],
          [4, "Persentase kasus trantib yang ditangani", 100, 76, 76, "Baik"],
          [5, "Persentase kegiatan pemberdayaan yang terlaksana", 100, 75, 75, "Cukup"],
          [6, "Persentase PKK desa yang aktif", 100, 54, 54, "Kurang"],
        ],
        { fmt: { 4: P2 } },
      );
      put(ws, 12, "A", [["Keterangan skala penilaian:"]]);
      scaleTable(ws, 13, ["No", "Nilai Capaian", "Kategori"], LEBIH100);
      return save(wb);
    },
    expect: [
      {
        rule: "predikat",
        sheet: S,
        cell: "F6",
        why: "capaian exactly 100 is Baik (Sangat Baik only above 100), typed Sangat Baik",
      },
    ],
  };
}

// ---------- 3. capaian written as a word ----------

function capaianKataCase(): UnseenCase {
  const S = "Formulir PK";
  return {
    id: "capaian-kata",
    layout:
      "PK where a qualitative indicator's capaian is typed as the predicate word “Baik” (target “Baik”, realisasi “Baik”) next to numeric rows, one of which is wrong",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:G1", "FORMULIR PENGUKURAN KINERJA TAHUN 2022");
      put(ws, 3, "A", [["NO", "SASARAN", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "KETERANGAN"]], {
        boldAll: true,
      });
      put(ws, 4, "A", [[1, 2, 3, 4, 5, "6 = 5/4 x 100", 7]]);
      put(
        ws,
        5,
        "A",
        [
          [1, "Meningkatnya akuntabilitas kinerja", "Nilai evaluasi SAKIP", "Baik", "Baik", "Baik", null],
          [null, null, "Persentase dokumen perencanaan tepat waktu", 100, 100, 100, null],
          // planted: 11/12 = 91,67, typed 96,67
          [2, "Meningkatnya pelayanan publik", "Jumlah jenis layanan PATEN", 12, 11, 96.67, null],
          [null, null, "Persentase pengaduan yang ditindaklanjuti", 90, 88, 97.78, null],
        ],
        { fmt: { 5: P2 } },
      );
      ws.mergeCells("A5:A6");
      ws.mergeCells("B5:B6");
      ws.mergeCells("A7:A8");
      ws.mergeCells("B7:B8");
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "F7", why: "11 / 12 = 91,67, typed 96,67" },
      {
        rule: "angka-rusak",
        sheet: S,
        cell: "F5",
        optional: true,
        why: "a word where a number belongs (allowed, but only as a notice)",
      },
      { rule: "nilai-kosong", sheet: S, cell: "F5", optional: true, why: "a word where a number belongs" },
    ],
  };
}

// ---------- 4. ❖ sub-indicators + wrong Capaian Kinerja Sasaran ----------

function subIndikatorCase(): UnseenCase {
  const S = "Pengukuran Kinerja";
  return {
    id: "sub-indikator-sasaran",
    layout:
      "PK with an indicator without values followed by ❖ sub-indicators, a plain indicator, and a closing “Capaian Kinerja Sasaran” row (merged A:E) whose value matches neither the indicator mean nor the row mean; second sasaran clean",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], {
        boldAll: true,
      });
      put(
        ws,
        2,
        "A",
        [
          [1, "Meningkatnya kualitas pelayanan administrasi", "Persentase pelayanan yang sesuai SOP", null, null, null],
          [null, null, "❖ Pelayanan rekomendasi izin", 100, 93.75, 93.75],
          [null, null, "❖ Pelayanan legalisasi", 100, 100, 100],
          [null, null, "❖ Pelayanan surat pindah", 100, 100, 100],
          [null, null, "Indeks Kepuasan Masyarakat", 80, 76, 95],
          // planted: indicator mean (97,92 + 95)/2 = 96,46; row mean 97,19; typed 90,50
          ["Capaian Kinerja Sasaran", null, null, null, null, 90.5],
          [2, "Meningkatnya ketentraman dan ketertiban", "Persentase gangguan trantib yang ditangani", 100, 100, 100],
          [null, null, "Jumlah patroli Satpol PP", 24, 24, 100],
          ["Capaian Kinerja Sasaran", null, null, null, null, 100],
        ],
        { fmt: { 5: P2 } },
      );
      ws.mergeCells("A2:A6");
      ws.mergeCells("B2:B6");
      ws.mergeCells("A7:E7");
      ws.mergeCells("A8:A9");
      ws.mergeCells("B8:B9");
      ws.mergeCells("A10:E10");
      return save(wb);
    },
    expect: [{ rule: "rata-sasaran", sheet: S, cell: "F7", why: "indicator mean 96,46 (row mean 97,19), typed 90,50" }],
  };
}

// ---------- 5. horizontal recap per predikat ----------

function rekapHorizontalCase(): UnseenCase {
  const ind: [string, number, number][] = [
    ["Indeks Kepuasan Masyarakat", 80, 82],
    ["Nilai SAKIP", 65, 60],
    ["Persentase desa tertib administrasi", 100, 100],
    ["Persentase LPJ desa tepat waktu", 100, 62],
    ["Persentase kasus trantib ditangani", 100, 40],
  ];
  const pred = (c: number) =>
    c >= 85 ? "Sangat Berhasil" : c >= 70 ? "Berhasil" : c >= 55 ? "Cukup Berhasil" : "Tidak Berhasil";
  return {
    id: "rekap-horizontal",
    layout:
      "Recap laid out horizontally: one header row Uraian | SB | B | CB | TB | Jumlah and one count row (berhasil4 scale from an IKU predikat column); counts right per class but Jumlah typed 6 for 5 indicators",
    async build() {
      const wb = newWb();
      const wi = wb.addWorksheet("IKU");
      put(wi, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"]], { boldAll: true });
      ind.forEach(([n, t, r], i) => {
        const c = pct(r, t);
        put(wi, 2 + i, "A", [[i + 1, n, t, r, c, pred(c)]], { fmt: { 4: P2 } });
      });
      const wr = wb.addWorksheet("Rekap");
      title(wr, "A1:F1", "Tabel 3.2 Rekapitulasi Capaian Indikator Kinerja per Kategori");
      put(wr, 3, "A", [["Uraian", "Sangat Berhasil", "Berhasil", "Cukup Berhasil", "Tidak Berhasil", "Jumlah"]], {
        boldAll: true,
      });
      // SB: 102,5 and 100 -> 2; B: 92,31 is SB! recompute: 60/65 = 92,31 -> SB (3); CB: 62 -> 1; TB: 40 -> 1
      put(wr, 4, "A", [["Jumlah Indikator", 3, 0, 1, 1, 6]]);
      return save(wb);
    },
    expect: [{ rule: "rekap-predikat|total", sheet: "Rekap", cell: "F4", why: "3 + 0 + 1 + 1 = 5 indicators, Jumlah typed 6" }],
  };
}

// ---------- 6. IDM per desa ----------

function idmCase(): UnseenCase {
  const S = "IDM";
  const desa: [string, number, number, number, string][] = [
    ["Sungai Ringin", 0.8012, 0.6512, 0.7025, "Maju"],
    ["Kebong", 0.7444, 0.5789, 0.6667, "Berkembang"],
    // planted: IDM 0,7034 is Berkembang (≤ 0,7072), typed Maju
    ["Nanga Kelam", 0.7698, 0.6001, 0.7403, "Maju"],
    ["Merpak", 0.8667, 0.7895, 0.8136, "Mandiri"],
    ["Baning Panjang", 0.6889, 0.5474, 0.6081, "Berkembang"],
  ];
  const idm = desa.map(([, a, b, c]) => Math.round(((a + b + c) / 3) * 10000) / 10000);
  return {
    id: "idm-desa",
    layout:
      "Indeks Desa Membangun per desa: No | Nama Desa | IKS | IKE | IKL | Nilai IDM | Status IDM, closing Rata-rata row; one status word wrong for its IDM, average typed wrong",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:G1", "Status Indeks Desa Membangun (IDM) Kecamatan Kelam Permai Tahun 2023");
      put(ws, 3, "A", [["No", "Nama Desa", "IKS", "IKE", "IKL", "Nilai IDM", "Status IDM"]], { boldAll: true });
      desa.forEach(([n, a, b, c, st], i) =>
        put(ws, 4 + i, "A", [[i + 1, n, a, b, c, idm[i], st]], { fmt: { 2: "0.0000", 3: "0.0000", 4: "0.0000", 5: "0.0000" } }),
      );
      const avg = (k: number) => Math.round((sum(desa.map((d) => d[k] as number)) / desa.length) * 10000) / 10000;
      // planted: mean IDM is 0,7046 (from the list), typed 0,7298
      put(ws, 9, "A", [[null, "Rata-rata", avg(1), avg(2), avg(3), 0.7298, "Maju"]], {
        fmt: { 2: "0.0000", 3: "0.0000", 4: "0.0000", 5: "0.0000" },
        boldAll: true,
      });
      return save(wb);
    },
    expect: [
      { rule: "predikat", sheet: S, cell: "G6", why: `IDM ${idm[2]} ≤ 0,7072 is Berkembang, typed Maju` },
      {
        rule: "predikat",
        sheet: S,
        cell: "G9",
        optional: true,
        why: "Maju follows the typed average; the true one is Berkembang",
      },
      {
        rule: "rata-rata",
        sheet: S,
        cell: "F9",
        why: `mean of Nilai IDM is ${Math.round((sum(idm) / 5) * 10000) / 10000}, typed 0,7298`,
      },
    ],
  };
}

// ---------- 7. budget with SISA, realisasi above pagu ----------

function sisaLebihCase(): UnseenCase {
  const S = "Realisasi Anggaran";
  const rows: [string, string, number, number][] = [
    ["1", "Program Pelayanan Administrasi Perkantoran", 0, 0],
    ["1.1", "Penyediaan Jasa Surat Menyurat", 3_600_000, 3_600_000],
    ["1.2", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", 48_000_000, 49_275_300],
    ["1.3", "Penyediaan Alat Tulis Kantor", 12_500_000, 12_340_000],
    ["2", "Program Peningkatan Sarana dan Prasarana Aparatur", 0, 0],
    ["2.1", "Pemeliharaan Rutin/Berkala Kendaraan Dinas/Operasional", 36_000_000, 35_180_000],
    ["2.2", "Pemeliharaan Rutin/Berkala Gedung Kantor", 25_000_000, 24_650_000],
  ];
  rows[0][2] = rows[1][2] + rows[2][2] + rows[3][2];
  rows[0][3] = rows[1][3] + rows[2][3] + rows[3][3];
  rows[4][2] = rows[5][2] + rows[6][2];
  rows[4][3] = rows[5][3] + rows[6][3];
  const A = rows[0][2] + rows[4][2];
  const R = rows[0][3] + rows[4][3];
  return {
    id: "sisa-lebih",
    layout:
      "Budget NO | PROGRAM/KEGIATAN | ANGGARAN | REALISASI | SISA | % with dotted codes 1 / 1.1; one kegiatan over its pagu (negative sisa, correctly computed), one SISA typo, JUMLAH row",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:F1", "REALISASI ANGGARAN KECAMATAN SEBERANG KOTA TAHUN 2022");
      put(ws, 3, "A", [["NO", "PROGRAM/KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "%"]], { boldAll: true });
      rows.forEach(([k, n, a, r], i) => {
        let s = a - r;
        if (k === "2.2") s = 530_000; // planted: 25.000.000 − 24.650.000 = 350.000
        put(ws, 4 + i, "A", [[k, n, a, r, s, pct(r, a)]], { fmt: { 2: RP, 3: RP, 4: RP, 5: P2 }, boldAll: !k.includes(".") });
      });
      put(ws, 11, "A", [[null, "JUMLAH", A, R, A - R, pct(R, A)]], { fmt: { 2: RP, 3: RP, 4: RP, 5: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [
      { rule: "realisasi-lebih", sheet: S, cell: "D6", why: "49.275.300 above pagu 48.000.000" },
      { rule: "selisih", sheet: S, cell: "E10", why: "25.000.000 − 24.650.000 = 350.000, typed 530.000" },
      { rule: "persen-anggaran", sheet: S, cell: "F6", optional: true, why: "102,66 is right but above 100" },
      {
        rule: "realisasi-lebih",
        sheet: S,
        cell: "D4",
        optional: true,
        why: "the program holding the over-spent kegiatan is itself over its pagu",
      },
      {
        rule: "jumlah-induk",
        sheet: S,
        cell: "E8",
        optional: true,
        why: "parent sisa follows the children's true sum, not the typo",
      },
      { rule: "total", sheet: S, cell: "E11", optional: true, why: "total sisa follows the true values" },
    ],
  };
}

// ---------- 8. `-` for zero ----------

function stripNolCase(): UnseenCase {
  const S = "Belanja";
  return {
    id: "strip-nol",
    layout:
      "Clean control: budget by jenis belanja (Pegawai | Barang dan Jasa | Modal | Jumlah per row) where `-` stands for zero in many cells, text “-” and numeric 0 under an accounting format; parent and total rows right when `-` = 0",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      const ACC = '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)';
      title(ws, "A1:F1", "ANGGARAN BELANJA LANGSUNG MENURUT JENIS BELANJA TAHUN 2021");
      put(ws, 3, "A", [["KODE", "URAIAN", "BELANJA PEGAWAI", "BELANJA BARANG DAN JASA", "BELANJA MODAL", "JUMLAH"]], {
        boldAll: true,
      });
      put(
        ws,
        4,
        "A",
        [
          ["1", "Program Pelayanan Administrasi Perkantoran", 4_500_000, 61_200_000, 0, 65_700_000],
          ["1.1", "Penyediaan Jasa Kebersihan Kantor", "-", 18_000_000, "-", 18_000_000],
          ["1.2", "Penyediaan Makanan dan Minuman", "-", 43_200_000, "-", 43_200_000],
          ["1.3", "Rapat Koordinasi dan Konsultasi", 4_500_000, "-", 0, 4_500_000],
          ["2", "Program Peningkatan Sarana dan Prasarana Aparatur", "-", 15_000_000, 87_500_000, 102_500_000],
          ["2.1", "Pengadaan Peralatan Gedung Kantor", "-", "-", 87_500_000, 87_500_000],
          ["2.2", "Pemeliharaan Rutin Gedung Kantor", "-", 15_000_000, "-", 15_000_000],
          [null, "JUMLAH", 4_500_000, 76_200_000, 87_500_000, 168_200_000],
        ],
        { fmt: { 2: ACC, 3: ACC, 4: ACC, 5: ACC }, bold: [0, 4, 7] },
      );
      return save(wb);
    },
    expect: [],
  };
}

// ---------- 9. POLARITAS column: minimize / maximize ----------

function polaritasCase(): UnseenCase {
  const S = "IKU";
  return {
    id: "polaritas-minimize",
    layout:
      "IKU with a POLARITAS column holding “Maximize” / “Minimize” (e-SAKIP export) instead of a KETERANGAN; the minimize rows use (2T − R)/T; one minimize row typed as R/T",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["No", "Indikator Kinerja", "Satuan", "Polaritas", "Target", "Realisasi", "Capaian (%)"]], {
        boldAll: true,
      });
      put(
        ws,
        2,
        "A",
        [
          [1, "Indeks Kepuasan Masyarakat", "Indeks", "Maximize", 82, 84.1, 102.56],
          [2, "Angka pengangguran terbuka", "%", "Minimize", 5.2, 4.9, 105.77],
          // planted: minimize, (2×12 − 13)/12 = 91,67, typed 108,33 (R/T)
          [3, "Jumlah kasus gangguan trantib", "Kasus", "Minimize", 12, 13, 108.33],
          [4, "Persentase desa berstatus mandiri", "%", "Maximize", 20, 18, 90],
        ],
        { fmt: { 6: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "G4", why: "Minimize: (24 − 13)/12 × 100 = 91,67, typed 108,33" }],
  };
}

// ---------- 10. capaian capped at 120 % ----------

function cap120Case(): UnseenCase {
  const S = "PK 2023";
  return {
    id: "cap-120",
    layout:
      "PK whose title note says “capaian maksimal 120%”: a 150 % indicator typed 120 (capped, must not be an error) and a wrong uncapped row",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:F1", "PENGUKURAN KINERJA TAHUN 2023");
      put(ws, 2, "A", [["Catatan: capaian kinerja dibatasi maksimal 120%"]]);
      put(ws, 4, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "KETERANGAN"]], { boldAll: true });
      put(
        ws,
        5,
        "A",
        [
          [1, "Jumlah UMKM yang difasilitasi", 40, 60, 120, "maksimal 120%"],
          [2, "Jumlah kegiatan gotong royong desa", 14, 15, 107.14, null],
          // planted: 13/14 = 92,86, typed 93,86
          [3, "Jumlah desa yang menyusun RKPDes tepat waktu", 14, 13, 93.86, null],
          [4, "Persentase realisasi PBB-P2", 100, 96.5, 96.5, null],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "E7", why: "13 / 14 = 92,86, typed 93,86" },
      {
        rule: "capaian",
        sheet: S,
        cell: "E5",
        optional: true,
        why: "150 capped to 120: an info is fine, an error is not (see report)",
      },
    ],
  };
}

// ---------- 11. budget per sasaran ----------

function anggaranSasaranCase(): UnseenCase {
  const S = "Anggaran per Sasaran";
  return {
    id: "anggaran-sasaran",
    layout:
      "Realisasi anggaran per sasaran: NO | SASARAN | PROGRAM | ANGGARAN | REALISASI | SERAPAN (%) with sasaran merged over its programs, a Jumlah row; one serapan wrong",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:F1", "Tabel 3.10 Realisasi Anggaran per Sasaran Strategis");
      put(ws, 3, "A", [["NO", "SASARAN STRATEGIS", "PROGRAM", "ANGGARAN (Rp)", "REALISASI (Rp)", "SERAPAN (%)"]], {
        boldAll: true,
      });
      const data: [number | null, string | null, string, number, number][] = [
        [
          1,
          "Meningkatnya kualitas pelayanan publik",
          "Program Penunjang Urusan Pemerintahan Daerah",
          1_245_600_000,
          1_198_350_250,
        ],
        [null, null, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 185_000_000, 179_450_000],
        [
          2,
          "Meningkatnya ketentraman dan ketertiban umum",
          "Program Koordinasi Ketentraman dan Ketertiban Umum",
          96_500_000,
          94_025_000,
        ],
        [
          3,
          "Meningkatnya pemberdayaan masyarakat desa",
          "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
          142_750_000,
          139_988_500,
        ],
        [null, null, "Program Koordinasi Penyelenggaraan Kegiatan Pemerintahan Desa", 58_000_000, 56_320_000],
      ];
      data.forEach(([n, s, p, a, r], i) => {
        let c = pct(r, a);
        if (i === 3) c = 97.07; // planted: 139.988.500 / 142.750.000 = 98,07
        put(ws, 4 + i, "A", [[n, s, p, a, r, c]], { fmt: { 3: RP, 4: RP, 5: P2 } });
      });
      ws.mergeCells("A4:A5");
      ws.mergeCells("B4:B5");
      ws.mergeCells("A7:A8");
      ws.mergeCells("B7:B8");
      const A = sum(data.map((d) => d[3]));
      const R = sum(data.map((d) => d[4]));
      ws.mergeCells("A9:C9");
      put(ws, 9, "A", [["JUMLAH", null, null, A, R, pct(R, A)]], { fmt: { 3: RP, 4: RP, 5: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [{ rule: "persen-anggaran", sheet: S, cell: "F7", why: "139.988.500 / 142.750.000 = 98,07, typed 97,07" }],
  };
}

// ---------- 12. qualitative targets with a number inside ----------

function targetKualitatifCase(): UnseenCase {
  const S = "IKU";
  return {
    id: "target-kualitatif",
    layout:
      "IKU with targets typed “B (80 %)”, “56 (CC Kategori)”, “BB (70)” and realisasi “60,35 (B)” etc.; capaian from the numbers inside; one wrong",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Nilai SAKIP Kecamatan", "56 (CC Kategori)", "60,35 (B Kategori)", 107.77],
          [2, "Hasil evaluasi penyelenggaraan kecamatan", "B (80 %)", "B (82 %)", 102.5],
          // planted: 72,5 / 70 = 103,57, typed 101,57
          [3, "Nilai reformasi birokrasi", "BB (70)", "BB (72,5)", 101.57],
          [4, "Indeks Kepuasan Masyarakat", "80", "82,47", 103.09],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "E4", why: "72,5 / 70 = 103,57, typed 101,57" }],
  };
}

// ---------- 13. Rp ",-" text and "98,15 %" text ----------

function rpTeksCase(): UnseenCase {
  const S = "Realisasi";
  const rows: [string, number, number][] = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_659_997_281, 2_610_458_900],
    ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 185_000_000, 181_575_500],
    ["Program Pemberdayaan Masyarakat Desa dan Kelurahan", 96_450_000, 94_112_000],
  ];
  const idr = (x: number) => "Rp " + x.toLocaleString("de-DE") + ",-";
  const pt = (x: number) => x.toFixed(2).replace(".", ",") + " %";
  const A = sum(rows.map((r) => r[1]));
  const R = sum(rows.map((r) => r[2]));
  return {
    id: "rp-teks",
    layout:
      "Everything typed as text: “Rp 2.659.997.281,-” amounts and “98,14 %” percentages, Jumlah row also text; one percentage wrong (text)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["No", "Program", "Pagu Anggaran", "Realisasi", "Persentase"]], { boldAll: true });
      rows.forEach(([n, a, r], i) => {
        let p = pt(pct(r, a));
        if (i === 1) p = "98,51 %"; // planted: 181.575.500 / 185.000.000 = 98,15
        put(ws, 2 + i, "A", [[`${i + 1}.`, n, idr(a), idr(r), p]]);
      });
      put(ws, 5, "A", [[null, "Jumlah", idr(A), idr(R), pt(pct(R, A))]], { boldAll: true });
      return save(wb);
    },
    expect: [{ rule: "persen-anggaran", sheet: S, cell: "E3", why: "181.575.500 / 185.000.000 = 98,15, typed “98,51 %”" }],
  };
}

// ---------- 14. Indonesian thousands typed as text in a US-formatted sheet ----------

function ribuanCase(): UnseenCase {
  const S = "Kinerja";
  return {
    id: "ribuan-teks-us",
    layout:
      "US-formatted sheet (numbers stored numerically under #,##0.00) where some counts were pasted as Indonesian text “1.200”, “3.450” (thousands, not decimals); capaian right for thousands; one planted wrong capaian",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Jumlah penduduk yang melakukan perekaman KTP-el", "Jiwa", "1.200", 1150, 95.83],
          [2, "Jumlah dokumen kependudukan yang diterbitkan", "Dokumen", "3.450", "3.512", 101.8],
          [3, "Jumlah wajib pajak PBB yang membayar tepat waktu", "WP", 2875, "2.614", 90.92],
          // planted: 1.380 / 1.500 = 92, typed 95
          [4, "Jumlah akta kelahiran yang difasilitasi", "Akta", { n: 1500, fmt: "#,##0.00" }, "1.380", 95],
        ],
        { fmt: { 5: "#,##0.00" } },
      );
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "F5", why: "1.380 / 1.500 = 92, typed 95" }],
  };
}

// ---------- 15. header on row 1, empty bordered trailing rows ----------

function barisKosongCase(): UnseenCase {
  const S = "Sheet1";
  return {
    id: "header-baris1-border",
    layout:
      "No title: header on row 1 (Kode | Kegiatan | Pagu | Realisasi | %), 4 data rows, then 15 empty rows carrying only borders (template left over), Total row at row 21 below them",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["Kode", "Kegiatan", "Pagu", "Realisasi", "%"]], { boldAll: true });
      const d: [string, string, number, number][] = [
        ["2.01", "Penyusunan Dokumen Perencanaan", 12_500_000, 12_275_000],
        ["2.02", "Evaluasi Kinerja Perangkat Daerah", 8_750_000, 8_600_000],
        ["2.03", "Penyediaan Gaji dan Tunjangan ASN", 1_437_400_000, 1_373_466_800],
        ["2.04", "Penyediaan Bahan Logistik Kantor", 40_000_000, 39_850_000],
      ];
      d.forEach(([k, n, a, r], i) => {
        let p = pct(r, a);
        if (i === 2) p = 96.55; // planted: 1.373.466.800 / 1.437.400.000 = 95,55
        put(ws, 2 + i, "A", [[k, n, a, r, p]], { fmt: { 2: RP, 3: RP, 4: P2 } });
      });
      borders(ws, 1, 21, 1, 5);
      const A = sum(d.map((x) => x[2]));
      const R = sum(d.map((x) => x[3]));
      put(ws, 21, "A", [[null, "Total", A, R, pct(R, A)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [{ rule: "persen-anggaran", sheet: S, cell: "E4", why: "1.373.466.800 / 1.437.400.000 = 95,55, typed 96,55" }],
  };
}

// ---------- 16. very wide monthly sheet ----------

function bulananCase(): UnseenCase {
  const S = "Realisasi Bulanan";
  const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des"];
  const keg: [string, string, number, number[]][] = [
    [
      "7.01.01.2.01.0001",
      "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      14_400_000,
      [0, 0, 1_200_000, 1_200_000, 2_400_000, 1_200_000, 1_200_000, 1_200_000, 1_200_000, 1_200_000, 2_400_000, 1_150_000],
    ],
    [
      "7.01.01.2.01.0006",
      "Koordinasi dan Penyusunan Laporan Capaian Kinerja",
      9_000_000,
      [0, 750_000, 750_000, 750_000, 750_000, 750_000, 750_000, 750_000, 750_000, 750_000, 750_000, 1_450_000],
    ],
    ["7.01.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 1_437_400_000, Array(12).fill(114_455_566)],
    [
      "7.01.01.2.06.0004",
      "Penyediaan Bahan Logistik Kantor",
      40_000_000,
      [
        3_000_000, 3_000_000, 3_500_000, 3_250_000, 3_300_000, 3_400_000, 3_350_000, 3_200_000, 3_300_000, 3_400_000, 3_500_000,
        3_650_000,
      ],
    ],
  ];
  return {
    id: "bulanan-lebar",
    layout:
      "31-column sheet: Kode | Sub Kegiatan | Pagu | target fisik Jan–Des (12 %) | realisasi Jan–Des (12 Rp) | Total Realisasi | % | Sisa | Ket, JUMLAH row; one total realisasi that is not the sum of its months, one month column total wrong",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:AH1", "REALISASI FISIK DAN KEUANGAN PER BULAN TAHUN ANGGARAN 2023");
      const hdr: Val[] = ["Kode", "Sub Kegiatan", "Pagu (Rp)"];
      const hdr2: Val[] = [null, null, null];
      months.forEach((m, i) => {
        hdr.push(i === 0 ? "Target Fisik Kumulatif (%)" : null);
        hdr2.push(m);
      });
      months.forEach((m, i) => {
        hdr.push(i === 0 ? "Realisasi Keuangan (Rp)" : null);
        hdr2.push(m);
      });
      hdr.push("Total Realisasi (Rp)", "%", "Sisa (Rp)", "Ket");
      hdr2.push(null, null, null, null);
      put(ws, 3, "A", [hdr, hdr2], { boldAll: true });
      ws.mergeCells("A3:A4");
      ws.mergeCells("B3:B4");
      ws.mergeCells("C3:C4");
      ws.mergeCells("D3:O3");
      ws.mergeCells("P3:AA3");
      for (const c of ["AB", "AC", "AD", "AE"]) ws.mergeCells(`${c}3:${c}4`);
      const fmt: Record<number, string> = { 2: RP, 28: P2 };
      for (let i = 3; i < 15; i++) fmt[i] = "0";
      for (let i = 15; i < 28; i++) fmt[i] = RP;
      fmt[29] = RP;
      const totals = Array(12).fill(0);
      let A = 0;
      let R = 0;
      keg.forEach(([k, n, a, m], i) => {
        const fis = months.map((_, j) => Math.round(((j + 1) / 12) * 100));
        let tot = sum(m);
        if (i === 1) tot = 8_700_000; // planted: months sum to 8.950.000
        m.forEach((v, j) => (totals[j] += v));
        A += a;
        R += sum(m);
        put(ws, 5 + i, "A", [[k, n, a, ...fis, ...m, tot, pct(tot, a), a - tot, null]], { fmt });
      });
      const tt = [...totals];
      tt[5] = totals[5] + 1_000_000; // planted: Jun column total off by 1.000.000
      put(ws, 9, "A", [[null, "JUMLAH", A, ...Array(12).fill(null), ...tt, R, pct(R, A), A - R, null]], { fmt, boldAll: true });
      return save(wb);
    },
    expect: [
      {
        rule: "total|jumlah-induk|selisih",
        sheet: S,
        cell: "AB6",
        why: "Jan–Des realisasi of 7.01.01.2.01.0006 sum to 8.950.000, total typed 8.700.000",
      },
      { rule: "total", sheet: S, cell: "U9", why: "JUMLAH of the Jun column typed 1.000.000 more than the sub kegiatan above" },
      {
        rule: "total",
        sheet: S,
        cell: "AB9",
        optional: true,
        why: "JUMLAH total realisasi is the true sum, the typed row above is not",
      },
      { rule: "selisih", sheet: S, cell: "*", optional: true, why: "follows the wrong total" },
      { rule: "persen-anggaran", sheet: S, cell: "*", optional: true, why: "follows the wrong total" },
    ],
  };
}

// ---------- 17. same kegiatan, different amounts on two sheets ----------

function bedaSheetCase(): UnseenCase {
  return {
    id: "beda-dua-sheet",
    layout:
      "Two sheets “LRA” (Kode | Uraian | Anggaran | Realisasi | %) and “Efisiensi” (No | Program | Anggaran | Realisasi | Serapan) listing the same programs; one program's realisasi differs",
    async build() {
      const wb = newWb();
      const progs: [string, string, number, number][] = [
        ["7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_245_600_000, 1_198_350_250],
        ["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 185_000_000, 179_450_000],
        ["7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 142_750_000, 139_988_500],
      ];
      const a = wb.addWorksheet("LRA");
      put(a, 1, "A", [["Kode", "Uraian", "Anggaran", "Realisasi", "%"]], { boldAll: true });
      progs.forEach(([k, n, x, y], i) => put(a, 2 + i, "A", [[k, n, x, y, pct(y, x)]], { fmt: { 2: RP, 3: RP, 4: P2 } }));
      const A = sum(progs.map((p) => p[2]));
      const R = sum(progs.map((p) => p[3]));
      put(a, 5, "A", [[null, "Jumlah", A, R, pct(R, A)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      const e = wb.addWorksheet("Efisiensi");
      put(e, 1, "A", [["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"]], { boldAll: true });
      progs.forEach(([, n, x, y], i) => {
        const yy = i === 1 ? 178_450_000 : y; // planted
        put(e, 2 + i, "A", [[i + 1, n, x, yy, pct(yy, x)]], { fmt: { 2: RP, 3: RP, 4: P2 } });
      });
      return save(wb);
    },
    expect: [
      {
        rule: "beda-antar-tabel",
        sheet: "Efisiensi",
        cell: "D3",
        why: "LRA says 179.450.000 for Program Penyelenggaraan Pemerintahan, Efisiensi 178.450.000",
      },
      { rule: "beda-antar-tabel", sheet: "LRA", cell: "D3", optional: true, why: "either side may be reported" },
    ],
  };
}

// ---------- 18. hidden sheet holding an older draft ----------

function sheetTersembunyiCase(): UnseenCase {
  const S = "PK Final";
  return {
    id: "sheet-tersembunyi",
    layout:
      "Visible “PK Final” (one planted error) and a hidden “PK Draft” (older targets, wrong capaian, different values for the same indicators). A user expects findings only on what they submit: nothing from the hidden sheet, no beda-antar-tabel against it",
    async build() {
      const wb = newWb();
      const ind: [string, number, number][] = [
        ["Indeks Kepuasan Masyarakat", 80, 82.47],
        ["Persentase desa tertib administrasi", 100, 90],
        ["Jumlah kegiatan pembinaan PKK", 12, 12],
      ];
      const f = wb.addWorksheet(S);
      put(f, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]], { boldAll: true });
      ind.forEach(([n, t, r], i) => put(f, 2 + i, "A", [[i + 1, n, t, r, i === 1 ? 95 : pct(r, t)]], { fmt: { 4: P2 } }));
      const d = wb.addWorksheet("PK Draft");
      d.state = "hidden";
      put(d, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"]], { boldAll: true });
      put(d, 2, "A", [
        [1, "Indeks Kepuasan Masyarakat", 78, 80.1, 110],
        [2, "Persentase desa tertib administrasi", 95, 88, 120],
        [3, "Jumlah kegiatan pembinaan PKK", 10, "1 2", "#DIV/0!"],
      ]);
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "E3", why: "90 / 100 = 90, typed 95" }],
  };
}

// ---------- variants that narrow failures down ----------

function lebih100SheetCase(): UnseenCase {
  const S = "IKU";
  return {
    id: "predikat-lebih100-sheet",
    layout:
      "Same Panti scale (> 100 / 76 - 100 / 55 - 75 / < 55) but on its own sheet “Skala” with a header row; IKU sheet with predikat; one exact-100 row typed Sangat Baik",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Skala");
      scaleTable(ws, 1, ["No", "Nilai Capaian", "Kategori"], LEBIH100);
      const wi = wb.addWorksheet(S);
      put(wi, 1, "A", [["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)", "Predikat"]], { boldAll: true });
      put(
        wi,
        2,
        "A",
        [
          [1, "Persentase layanan PATEN yang selesai tepat waktu", 100, 100, 100, "Baik"],
          [2, "Indeks Kepuasan Masyarakat", 80, 80.4, 100.5, "Sangat Baik"],
          [3, "Persentase desa yang tertib administrasi", 100, 100, 100, "Sangat Baik"],
          [4, "Persentase PKK desa yang aktif", 100, 54, 54, "Kurang"],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "F4", why: "exactly 100 is Baik on > 100 Sangat Baik" }],
  };
}

function berhasilTigaKolomCase(): UnseenCase {
  const S = "PK";
  return {
    id: "predikat-berhasil-3kolom",
    layout: "Like predikat-berhasil-batas but the scale sheet has only No | Nilai Capaian (%) | Kategori (no Singkatan column)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Skala");
      scaleTable(
        ws,
        1,
        ["No", "Nilai Capaian (%)", "Kategori"],
        BERHASIL4.map((r) => r.slice(0, 3)),
      );
      const wp = wb.addWorksheet(S);
      put(wp, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], { boldAll: true });
      put(
        wp,
        2,
        "A",
        [
          [1, "Persentase desa yang menyampaikan LPJ APBDes tepat waktu", 100, 85, 85, "Sangat Berhasil"],
          [2, "Persentase keluhan masyarakat yang ditindaklanjuti", 100, 84.99, 84.99, "Sangat Berhasil"],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "predikat", sheet: S, cell: "F3", why: "84,99 is Berhasil" }],
  };
}

function bedaNamaCase(): UnseenCase {
  return {
    id: "beda-dua-sheet-nama",
    layout:
      "Like beda-dua-sheet but both sheets number the rows 1, 2, 3 (no codes) and use identical headers No | Program | Anggaran | Realisasi | %",
    async build() {
      const wb = newWb();
      const progs: [string, number, number][] = [
        ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_245_600_000, 1_198_350_250],
        ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 185_000_000, 179_450_000],
        ["Program Pemberdayaan Masyarakat Desa dan Kelurahan", 142_750_000, 139_988_500],
      ];
      for (const [name, bad] of [
        ["LRA", false],
        ["Efisiensi", true],
      ] as const) {
        const w = wb.addWorksheet(name);
        put(w, 1, "A", [["No", "Program", "Anggaran", "Realisasi", "%"]], { boldAll: true });
        progs.forEach(([n, x, y], i) => {
          const yy = bad && i === 1 ? 178_450_000 : y;
          put(w, 2 + i, "A", [[i + 1, n, x, yy, pct(yy, x)]], { fmt: { 2: RP, 3: RP, 4: P2 } });
        });
      }
      return save(wb);
    },
    expect: [
      { rule: "beda-antar-tabel", sheet: "Efisiensi", cell: "D3", why: "179.450.000 vs 178.450.000" },
      { rule: "beda-antar-tabel", sheet: "LRA", cell: "D3", optional: true, why: "either side" },
    ],
  };
}

function rekapVertikalSbCase(): UnseenCase {
  const pred = (c: number) =>
    c >= 85 ? "Sangat Berhasil" : c >= 70 ? "Berhasil" : c >= 55 ? "Cukup Berhasil" : "Tidak Berhasil";
  const ind: [string, number, number][] = [
    ["Indeks Kepuasan Masyarakat", 80, 82],
    ["Nilai SAKIP", 65, 60],
    ["Persentase desa tertib administrasi", 100, 100],
    ["Persentase LPJ desa tepat waktu", 100, 62],
    ["Persentase kasus trantib ditangani", 100, 40],
  ];
  return {
    id: "rekap-vertikal-berhasil",
    layout:
      "Control for rekap-horizontal: same IKU and counts, recap laid out vertically (Kategori | Jumlah Indikator, Jumlah row 6)",
    async build() {
      const wb = newWb();
      const wi = wb.addWorksheet("IKU");
      put(wi, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"]], { boldAll: true });
      ind.forEach(([n, t, r], i) => put(wi, 2 + i, "A", [[i + 1, n, t, r, pct(r, t), pred(pct(r, t))]], { fmt: { 4: P2 } }));
      const wr = wb.addWorksheet("Rekap");
      put(wr, 1, "A", [["No", "Kategori", "Jumlah Indikator"]], { boldAll: true });
      put(wr, 2, "A", [
        [1, "Sangat Berhasil", 3],
        [2, "Berhasil", 0],
        [3, "Cukup Berhasil", 1],
        [4, "Tidak Berhasil", 1],
        ["Jumlah", null, 6],
      ]);
      return save(wb);
    },
    expect: [
      {
        rule: "rekap-predikat|total",
        sheet: "Rekap",
        cell: "C6",
        why: "3 + 0 + 1 + 1 = 5, typed 6 (as a recap or as a plain Jumlah row)",
      },
    ],
  };
}

/** Another case's workbook with a few cells changed. */
async function edited(base: UnseenCase, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await base.build()) as unknown as ArrayBuffer);
  edit(wb);
  return save(wb);
}

function rekapPersenCase(): UnseenCase {
  const base = rekapVertikalSbCase();
  return {
    id: "rekap-persen",
    layout:
      "rekap-vertikal-berhasil with a Persentase column beside the counts (Jumlah row right, 5): 40,00 typed for 1 of 5 (20,00)",
    build: () =>
      edited(base, (wb) => {
        const wr = wb.getWorksheet("Rekap")!;
        wr.getCell("C6").value = 5;
        wr.getCell("D1").value = "Persentase (%)";
        [60, 0, 40, 20, 100].forEach((v, i) => (wr.getCell(`D${2 + i}`).value = v));
      }),
    expect: [{ rule: "persen-rekap", sheet: "Rekap", cell: "D4", why: "1 of 5 indicators is 20,00 %, typed 40" }],
  };
}

function lebih100IntervalCase(): UnseenCase {
  const c = lebih100SheetCase();
  return {
    ...c,
    id: "predikat-lebih100-interval",
    layout:
      "predikat-lebih100-sheet with the scale header “Interval Nilai Capaian | Kategori” (a recognised range header), isolating the “> 100” bound",
    build: () => edited(c, (wb) => (wb.getWorksheet("Skala")!.getCell("B1").value = "Interval Nilai Capaian")),
  };
}

export const CASES: UnseenCase[] = [
  lebih100IntervalCase(),
  lebih100SheetCase(),
  berhasilTigaKolomCase(),
  bedaNamaCase(),
  rekapVertikalSbCase(),
  rekapPersenCase(),
  berhasilBatasCase(),
  lebih100Case(),
  capaianKataCase(),
  subIndikatorCase(),
  rekapHorizontalCase(),
  idmCase(),
  sisaLebihCase(),
  stripNolCase(),
  polaritasCase(),
  cap120Case(),
  anggaranSasaranCase(),
  targetKualitatifCase(),
  rpTeksCase(),
  ribuanCase(),
  barisKosongCase(),
  bulananCase(),
  bedaSheetCase(),
  sheetTersembunyiCase(),
];
