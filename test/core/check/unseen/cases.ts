/**
 * Unseen-layout workbooks: realistic LKjIP layouts the checker was not tuned on, each with planted
 * errors (expected findings) and clean controls (no other error/warning finding allowed).
 *
 * Shared by unseen.test.ts (committed, passing cases), failing.cases.ts (known failures) and
 * generate.ts (writes the .xlsx files to a folder for manual runs of `npx lkjip periksa`).
 */
import type { UnseenCase, Val } from "./builders";
import { L, centeredTitle as title, P2, pct, put, r2, RP, RP2, newWb, save } from "./builders";

export type { Expect, UnseenCase, Val } from "./builders";
export { col, L } from "./builders";

// ---------- budget trees ----------

interface Node {
  code: string;
  name: string;
  a?: number;
  r?: number;
  kids?: Node[];
  /** Typed anggaran/realisasi instead of the children's sum (planted). */
  typedA?: number;
  typedR?: number;
}

interface Flat {
  code: string;
  name: string;
  a: number;
  r: number;
  depth: number;
}

function flatten(nodes: Node[], depth = 0, out: Flat[] = []): { a: number; r: number; out: Flat[] } {
  let a = 0;
  let r = 0;
  for (const n of nodes) {
    const pos = out.length;
    out.push({ code: n.code, name: n.name, a: 0, r: 0, depth });
    let na = n.a ?? 0;
    let nr = n.r ?? 0;
    if (n.kids) {
      const s = flatten(n.kids, depth + 1, out);
      na = s.a;
      nr = s.r;
    }
    if (n.typedA !== undefined) na = n.typedA;
    if (n.typedR !== undefined) nr = n.typedR;
    out[pos].a = na;
    out[pos].r = nr;
    a += na;
    r += nr;
  }
  return { a, r, out };
}

// ---------- 1. SIPD LRA ----------

const sipdTree: Node[] = [
  {
    code: "7.01.01",
    name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    kids: [
      {
        code: "7.01.01.2.01",
        name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        kids: [
          {
            code: "7.01.01.2.01.0001",
            name: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
            kids: [
              {
                code: "5.1.02.01.01.0024",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                a: 4_500_000,
                r: 4_480_000,
              },
              {
                code: "5.1.02.01.01.0026",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak",
                a: 2_750_000,
                r: 2_750_000,
              },
              { code: "5.1.02.01.01.0052", name: "Belanja Makanan dan Minuman Rapat", a: 6_000_000, r: 5_850_000 },
            ],
          },
          {
            code: "7.01.01.2.01.0006",
            name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            kids: [
              {
                code: "5.1.02.01.01.0024",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                a: 3_000_000,
                r: 2_985_000,
              },
              {
                code: "5.1.02.01.01.0026",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak",
                a: 4_250_000,
                r: 4_200_000,
              },
              // planted: the same rekening twice under one sub kegiatan
              {
                code: "5.1.02.01.01.0024",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                a: 1_500_000,
                r: 1_500_000,
              },
            ],
          },
        ],
      },
      {
        code: "7.01.01.2.02",
        name: "Administrasi Keuangan Perangkat Daerah",
        kids: [
          {
            code: "7.01.01.2.02.0001",
            name: "Penyediaan Gaji dan Tunjangan ASN",
            kids: [
              { code: "5.1.01.01.01.0001", name: "Belanja Gaji Pokok PNS", a: 1_254_360_000, r: 1_198_427_300 },
              { code: "5.1.01.01.02.0001", name: "Belanja Tunjangan Keluarga PNS", a: 118_240_000, r: 112_904_500 },
              { code: "5.1.01.01.03.0001", name: "Belanja Tunjangan Jabatan PNS", a: 64_800_000, r: 62_135_000 },
            ],
          },
        ],
      },
    ],
  },
  {
    code: "7.01.02",
    name: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    kids: [
      {
        code: "7.01.02.2.01",
        name: "Koordinasi Penetapan Rencana Pembangunan Kecamatan",
        kids: [
          {
            code: "7.01.02.2.01.0002",
            name: "Fasilitasi Pelaksanaan Musyawarah Perencanaan Pembangunan di Kecamatan",
            // planted: rekening rows sum to 24.600.000 / 24.155.000, sub kegiatan typed 25.600.000
            typedA: 25_600_000,
            kids: [
              { code: "5.1.02.01.01.0052", name: "Belanja Makanan dan Minuman Rapat", a: 14_400_000, r: 14_175_000 },
              { code: "5.1.02.02.01.0026", name: "Belanja Jasa Tenaga Administrasi", a: 7_200_000, r: 7_200_000 },
              {
                code: "5.1.02.01.01.0026",
                name: "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak",
                a: 3_000_000,
                r: 2_780_000,
              },
            ],
          },
        ],
      },
    ],
  },
];

function sipdCase(): UnseenCase {
  const f = flatten(sipdTree);
  const first = 7;
  const rowOf = (i: number) => first + i;
  const dupIndex = f.out.findIndex(
    (x, i) => x.code === "5.1.02.01.01.0024" && f.out.slice(0, i).filter((y) => y.code === x.code).length === 2,
  );
  const subIndex = f.out.findIndex((x) => x.code === "7.01.02.2.01.0002");
  const totalRow = rowOf(f.out.length);
  return {
    id: "sipd-lra",
    layout:
      "SIPD LRA export: title lines, header KODE REKENING | URAIAN | ANGGARAN | REALISASI | SISA ANGGARAN | %, program 7.01.01 / kegiatan 7.01.01.2.01 / sub kegiatan 7.01.01.2.01.0001 / rekening 5.1.02.01.01.0024 rows, JUMLAH BELANJA total",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("LRA");
      title(ws, "A1:F1", "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH");
      put(ws, 2, "A", [["SKPD : 7.01.0.00.0.00.01.0000 KECAMATAN SUKAMAJU"], ["PERIODE : 1 JANUARI 2023 s.d 31 DESEMBER 2023"]]);
      put(ws, 5, "A", [["KODE REKENING", "URAIAN", "ANGGARAN", "REALISASI", "SISA ANGGARAN", "%"]], { boldAll: true });
      put(ws, 6, "A", [["1", "2", "3", "4", "5 = 3 - 4", "6 = 4 / 3 x 100"]]);
      f.out.forEach((x, i) => {
        const bold = !x.code.startsWith("5.");
        put(ws, rowOf(i), "A", [[x.code, x.name, x.a, x.r, x.a - x.r, pct(x.r, x.a)]], {
          fmt: { 2: RP2, 3: RP2, 4: RP2, 5: P2 },
          boldAll: bold,
        });
      });
      put(ws, totalRow, "A", [["", "JUMLAH BELANJA", f.a, f.r, f.a - f.r, pct(f.r, f.a)]], {
        fmt: { 2: RP2, 3: RP2, 4: RP2, 5: P2 },
        boldAll: true,
      });
      return save(wb);
    },
    expect: [
      {
        rule: "kode-ganda",
        sheet: "LRA",
        cell: `A${rowOf(dupIndex)}`,
        why: "rekening 5.1.02.01.01.0024 appears twice under sub kegiatan 7.01.01.2.01.0006",
      },
      {
        rule: "jumlah-induk",
        sheet: "LRA",
        cell: `C${rowOf(subIndex)}`,
        why: "sub kegiatan 7.01.02.2.01.0002 anggaran 25.600.000, its rekening rows sum to 24.600.000",
      },
      {
        rule: "total",
        sheet: "LRA",
        cell: `C${totalRow}`,
        optional: true,
        why: "total follows the typed sub kegiatan; programs sum to it",
      },
    ],
  };
}

// ---------- 2. older 2-digit sub kegiatan codes ----------

const oldTree: Node[] = [
  {
    code: "7.01.01",
    name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    kids: [
      {
        code: "7.01.01.2.01",
        name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        kids: [
          { code: "7.01.01.2.01.01", name: "Penyusunan Dokumen Perencanaan Perangkat Daerah", a: 12_500_000, r: 12_275_000 },
          {
            code: "7.01.01.2.01.06",
            name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
            a: 8_750_000,
            r: 8_600_000,
          },
        ],
      },
      {
        code: "7.01.01.2.06",
        name: "Administrasi Umum Perangkat Daerah",
        // planted: sub kegiatan sum to 67.300.000, kegiatan typed 76.300.000
        typedA: 76_300_000,
        kids: [
          {
            code: "7.01.01.2.06.01",
            name: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
            a: 4_800_000,
            r: 4_795_000,
          },
          { code: "7.01.01.2.06.02", name: "Penyediaan Peralatan dan Perlengkapan Kantor", a: 22_500_000, r: 22_180_000 },
          { code: "7.01.01.2.06.04", name: "Penyediaan Bahan Logistik Kantor", a: 40_000_000, r: 39_850_000 },
        ],
      },
    ],
  },
  {
    code: "7.01.03",
    name: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
    kids: [
      {
        code: "7.01.03.2.01",
        name: "Kegiatan Pemberdayaan Masyarakat di Tingkat Kecamatan",
        kids: [
          // planted: realisasi above pagu
          {
            code: "7.01.03.2.01.01",
            name: "Fasilitasi Pelaksanaan Kegiatan Pemberdayaan Masyarakat",
            a: 15_000_000,
            r: 15_450_000,
          },
          { code: "7.01.03.2.01.02", name: "Pembinaan Lembaga Kemasyarakatan Desa/Kelurahan", a: 9_600_000, r: 8_900_000 },
        ],
      },
    ],
  },
];

function oldCodeCase(): UnseenCase {
  const f = flatten(oldTree);
  const first = 5;
  const rowOf = (i: number) => first + i;
  const keg = f.out.findIndex((x) => x.code === "7.01.01.2.06");
  const over = f.out.findIndex((x) => x.code === "7.01.03.2.01.01");
  const wrongPct = f.out.findIndex((x) => x.code === "7.01.01.2.06.02");
  const totalRow = rowOf(f.out.length);
  return {
    id: "lra-kode-lama",
    layout:
      "Budget with the older 2-digit sub kegiatan codes (7.01.01.2.01.01), separate KODE and PROGRAM/KEGIATAN/SUB KEGIATAN columns, % column headed CAPAIAN (%), Rp headers, Total row merged A:B",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Realisasi Keuangan");
      title(ws, "A1:E1", "REALISASI KEUANGAN KECAMATAN TEGALREJO TAHUN 2021");
      put(ws, 3, "A", [["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU ANGGARAN (Rp)", "REALISASI (Rp)", "CAPAIAN (%)"]], {
        boldAll: true,
      });
      put(ws, 4, "A", [[1, 2, 3, 4, 5]]);
      f.out.forEach((x, i) => {
        let p = pct(x.r, x.a);
        if (i === wrongPct) p = 96.58; // planted: 22.180.000 / 22.500.000 = 98,58
        put(ws, rowOf(i), "A", [[x.code, x.name, x.a, x.r, p]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: x.depth < 2 });
      });
      ws.mergeCells(`A${totalRow}:B${totalRow}`);
      put(ws, totalRow, "A", [["Total", null, f.a, f.r, pct(f.r, f.a)]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [
      {
        rule: "jumlah-induk",
        sheet: "Realisasi Keuangan",
        cell: `C${rowOf(keg)}`,
        why: "kegiatan 7.01.01.2.06 pagu 76.300.000, sub kegiatan sum 67.300.000",
      },
      {
        rule: "realisasi-lebih",
        sheet: "Realisasi Keuangan",
        cell: `D${rowOf(over)}`,
        why: "realisasi 15.450.000 above pagu 15.000.000",
      },
      {
        rule: "persen-anggaran",
        sheet: "Realisasi Keuangan",
        cell: `E${rowOf(wrongPct)}`,
        why: "22.180.000 / 22.500.000 = 98,58, typed 96,58",
      },
      { rule: "total", sheet: "Realisasi Keuangan", cell: `C${totalRow}`, optional: true, why: "follows the typed kegiatan" },
      { rule: "realisasi-lebih", sheet: "Realisasi Keuangan", cell: "*", optional: true, why: "parents of the over-spent row" },
      {
        rule: "persen-anggaran",
        sheet: "Realisasi Keuangan",
        cell: `E${rowOf(over)}`,
        optional: true,
        why: "103,00 is right but above 100",
      },
    ],
  };
}

// ---------- 3. PK with merged sasaran and negative indicators ----------

function pkNegatifCase(): UnseenCase {
  const S = "PK 2023";
  return {
    id: "pk-negatif",
    layout:
      "Formulir PK: title merged, header NO | SASARAN STRATEGIS | INDIKATOR KINERJA | SATUAN | TARGET | REALISASI | CAPAIAN (%) | PREDIKAT | KETERANGAN, numbering row, NO and SASARAN merged vertically; negative indicators marked “Semakin rendah semakin baik” / “Negatif” in KETERANGAN",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:I1", "PENGUKURAN KINERJA TAHUN 2023");
      title(ws, "A2:I2", "KECAMATAN SUKAMAJU");
      put(
        ws,
        4,
        "A",
        [
          [
            "NO",
            "SASARAN STRATEGIS",
            "INDIKATOR KINERJA",
            "SATUAN",
            "TARGET",
            "REALISASI",
            "CAPAIAN (%)",
            "PREDIKAT",
            "KETERANGAN",
          ],
        ],
        { boldAll: true },
      );
      put(ws, 5, "A", [[1, 2, 3, 4, 5, 6, 7, 8, 9]]);
      put(
        ws,
        6,
        "A",
        [
          [
            1,
            "Meningkatnya kualitas pelayanan publik di kecamatan",
            "Indeks Kepuasan Masyarakat (IKM)",
            "Indeks",
            80,
            82.47,
            103.09,
            "Sangat Tinggi",
            null,
          ],
          [
            null,
            null,
            "Persentase pengaduan masyarakat yang tidak ditindaklanjuti",
            "%",
            10,
            8,
            120,
            "Sangat Tinggi",
            "Semakin rendah semakin baik",
          ],
          // planted: negative indicator with capaian typed as R/T (6/5 = 120) instead of (2T-R)/T = 80
          [
            null,
            null,
            "Rata-rata lama waktu penyelesaian izin (hari)",
            "Hari",
            5,
            6,
            120,
            "Sangat Tinggi",
            "Semakin rendah semakin baik",
          ],
          [
            2,
            "Meningkatnya kualitas penyelenggaraan pemerintahan desa",
            "Persentase desa yang menyampaikan laporan APBDes tepat waktu",
            "%",
            100,
            85,
            85,
            "Tinggi",
            null,
          ],
          [null, null, "Nilai rata-rata Indeks Desa Membangun (IDM)", "Indeks", 0.65, 0.62, 95.38, "Sangat Tinggi", null],
          [null, null, "Persentase penduduk miskin", "%", 12.5, 11.8, 105.6, "Sangat Tinggi", "Negatif"],
          // planted: 75/85 = 88,24 is "Tinggi" on Permendagri 86, typed "Sangat Tinggi"
          [
            3,
            "Meningkatnya ketentraman dan ketertiban umum",
            "Persentase pelanggaran Perda yang ditindaklanjuti",
            "%",
            85,
            75,
            88.24,
            "Sangat Tinggi",
            null,
          ],
        ],
        { fmt: { 6: P2 } },
      );
      ws.mergeCells("A6:A8");
      ws.mergeCells("B6:B8");
      ws.mergeCells("A9:A11");
      ws.mergeCells("B9:B11");
      return save(wb);
    },
    expect: [
      {
        rule: "capaian",
        sheet: S,
        cell: "G8",
        why: "negative indicator (Semakin rendah semakin baik): (2×5 − 6)/5 × 100 = 80, typed 120 (R/T)",
      },
      { rule: "predikat", sheet: S, cell: "G8", optional: true, why: "predikat follows the wrong capaian" },
      { rule: "predikat", sheet: S, cell: "H8", optional: true, why: "predikat follows the wrong capaian" },
      { rule: "predikat", sheet: S, cell: "H12", why: "88,24 is Tinggi on Permendagri 86, typed Sangat Tinggi" },
    ],
  };
}

// ---------- 4. two-row header, one block per year ----------

function duaTahunCase(): UnseenCase {
  const S = "Perbandingan";
  return {
    id: "dua-tahun",
    layout:
      "Two-row header: No | Indikator Kinerja | Satuan merged over two rows, then blocks “Tahun 2021” and “Tahun 2022” each with Target | Realisasi | Capaian (%)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:I1", "Tabel 3.3 Perbandingan Capaian Kinerja Tahun 2022 dengan Tahun 2021");
      put(ws, 3, "A", [["No", "Indikator Kinerja", "Satuan", "Tahun 2021", null, null, "Tahun 2022", null, null]], {
        boldAll: true,
      });
      put(ws, 4, "A", [[null, null, null, "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)"]], {
        boldAll: true,
      });
      ws.mergeCells("A3:A4");
      ws.mergeCells("B3:B4");
      ws.mergeCells("C3:C4");
      ws.mergeCells("D3:F3");
      ws.mergeCells("G3:I3");
      put(
        ws,
        5,
        "A",
        [
          // planted (2022): 82,47 / 80 = 103,09, typed 108,09
          [1, "Indeks Kepuasan Masyarakat", "Indeks", 78, 80.12, 102.72, 80, 82.47, 108.09],
          [2, "Nilai SAKIP Kecamatan", "Nilai", 60, 58.2, 97, 62, 60.35, 97.34],
          // planted (2021): 90 / 100 = 90, typed 95
          [3, "Persentase desa tertib administrasi pemerintahan", "%", 100, 90, 95, 100, 95, 95],
          [4, "Persentase laporan gangguan trantibum yang ditindaklanjuti", "%", 100, 100, 100, 100, 100, 100],
        ],
        { fmt: { 5: P2, 8: P2 } },
      );
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "I5", why: "2022 block: 82,47 / 80 × 100 = 103,09, typed 108,09" },
      { rule: "capaian", sheet: S, cell: "F7", why: "2021 block: 90 / 100 × 100 = 90,00, typed 95,00" },
      { rule: "beda-antar-tabel", sheet: S, cell: "*", optional: true, why: "" },
    ],
  };
}

// ---------- 5. quarterly ----------

function triwulanCase(): UnseenCase {
  const S = "Kinerja Triwulan";
  const q: [string, string, number, number[]][] = [
    ["Persentase surat masuk yang ditindaklanjuti", "%", 100, [92, 95, 97, 98, 98]],
    ["Jumlah kegiatan pemberdayaan masyarakat yang difasilitasi", "Kegiatan", 24, [5, 11, 18, 24, 24]],
    ["Indeks Kepuasan Masyarakat", "Indeks", 80, [78.5, 79.1, 81.2, 82, 82]],
  ];
  return {
    id: "triwulan",
    layout:
      "Quarterly table: NO | INDIKATOR KINERJA | SATUAN | TARGET 2023, blocks TRIWULAN I..IV and AKHIR TAHUN 2023 each with REALISASI | CAPAIAN (%), Rata-rata Capaian closing row over capaian columns",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:N1", "PENGUKURAN KINERJA TRIWULAN TAHUN 2023");
      const blocks = ["TRIWULAN I", "TRIWULAN II", "TRIWULAN III", "TRIWULAN IV", "AKHIR TAHUN 2023"];
      const top: Val[] = ["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET 2023"];
      const bottom: Val[] = [null, null, null, null];
      for (const b of blocks) {
        top.push(b, null);
        bottom.push("REALISASI", "CAPAIAN (%)");
      }
      put(ws, 3, "A", [top, bottom], { boldAll: true });
      for (const c of ["A", "B", "C", "D"]) ws.mergeCells(`${c}3:${c}4`);
      blocks.forEach((_, i) => ws.mergeCells(`${L("E", 2 * i)}3:${L("E", 2 * i + 1)}3`));
      const caps: number[][] = [];
      q.forEach(([name, unit, t, rs], i) => {
        const row: Val[] = [i + 1, name, unit, t];
        const cr: number[] = [];
        rs.forEach((r, k) => {
          let c = pct(r, t);
          if (i === 2 && k === 2) c = 110.5; // planted: 81,2 / 80 = 101,50
          cr.push(c);
          row.push(r, c);
        });
        caps.push(cr);
        put(ws, 5 + i, "A", [row], { fmt: Object.fromEntries(blocks.map((_, k) => [5 + 2 * k, P2])) });
      });
      const avg: Val[] = ["Rata-rata Capaian", null, null, null];
      blocks.forEach((_, k) => avg.push(null, r2(caps.reduce((s, c) => s + c[k], 0) / caps.length)));
      put(ws, 8, "A", [avg], { fmt: Object.fromEntries(blocks.map((_, k) => [5 + 2 * k, P2])), boldAll: true });
      ws.mergeCells("A8:D8");
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "J7", why: "TRIWULAN III: 81,2 / 80 × 100 = 101,50, typed 110,50" },
      { rule: "rata-rata", sheet: S, cell: "J8", optional: true, why: "average follows the typed values" },
    ],
  };
}

// ---------- 6. real Excel percents and formulas ----------

function formulaCase(): UnseenCase {
  const S1 = "Capaian IKU";
  const S2 = "Anggaran";
  const iku: [string, number, number][] = [
    ["Persentase desa dengan status IDM minimal berkembang", 0.85, 0.8667],
    ["Persentase penyelesaian pelayanan administrasi terpadu kecamatan tepat waktu", 0.95, 0.9325],
    ["Persentase kegiatan lintas sektor yang terkoordinasi", 0.9, 0.9],
    ["Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", 1, 0.9815],
    ["Persentase sengketa batas desa yang terselesaikan", 0.75, 0.8],
  ];
  const prog: [string, number, number][] = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_917_084_558, 1_872_905_112],
    ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 82_675_000, 79_410_500],
    ["Program Pemberdayaan Masyarakat Desa dan Kelurahan", 159_194_750, 151_622_300],
    ["Program Koordinasi Ketentraman dan Ketertiban Umum", 28_570_000, 28_570_000],
  ];
  return {
    id: "rumus-persen",
    layout:
      "Capaian as real Excel percents (targets 95% as 0.95, capaian =D3/C3 formulas formatted 0.00% with cached values, one formula pointing at the wrong row); budget sheet with =C-D and =D/C*100 formulas and =SUM total",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S1);
      put(ws, 2, "A", [["NO", "INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN"]], { boldAll: true });
      iku.forEach(([name, t, r], i) => {
        const row = 3 + i;
        let f = `D${row}/C${row}`;
        let v = r / t;
        if (i === 3) {
          // planted: copy error, formula takes the next row's realisasi
          f = `D${row + 1}/C${row}`;
          v = iku[4][2] / t;
        }
        put(ws, row, "A", [[i + 1, name, { n: t, fmt: "0%" }, { n: r, fmt: "0.00%" }, { f, v, fmt: "0.00%" }]]);
      });
      const wa = wb.addWorksheet(S2);
      put(ws, 1, "A", [["Tabel 3.1 Capaian Indikator Kinerja Utama"]]);
      put(wa, 1, "A", [["NO", "PROGRAM", "ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "SERAPAN (%)"]], { boldAll: true });
      prog.forEach(([name, a, r], i) => {
        const row = 2 + i;
        put(wa, row, "A", [
          [
            i + 1,
            name,
            { n: a, fmt: RP },
            { n: r, fmt: RP },
            { f: `C${row}-D${row}`, v: a - r, fmt: RP },
            { f: `D${row}/C${row}*100`, v: (r / a) * 100, fmt: P2 },
          ],
        ]);
      });
      const tr = 2 + prog.length;
      const ta = prog.reduce((s, p) => s + p[1], 0);
      const trr = prog.reduce((s, p) => s + p[2], 0);
      put(
        wa,
        tr,
        "A",
        [
          [
            null,
            "JUMLAH",
            { f: `SUM(C2:C${tr - 1})`, v: ta, fmt: RP },
            { f: `SUM(D2:D${tr - 1})`, v: trr, fmt: RP },
            { f: `C${tr}-D${tr}`, v: ta - trr, fmt: RP },
            { f: `D${tr}/C${tr}*100`, v: (trr / ta) * 100, fmt: P2 },
          ],
        ],
        { boldAll: true },
      );
      return save(wb);
    },
    expect: [
      {
        rule: "capaian",
        sheet: S1,
        cell: "E6",
        why: "formula =D7/C6 gives 80,00/100 = 80,00 %; realisasi of the row is 98,15 % of 100 % → 98,15 %",
      },
    ],
  };
}

// ---------- 7. numbers typed as text, US and Indonesian ----------

function teksAngkaCase(): UnseenCase {
  const S = "Realisasi Anggaran";
  return {
    id: "teks-angka",
    layout:
      "Budget whose amounts were pasted as text: Indonesian “1.250.000.000,00”, US “800,000,000.00”, “Rp 450.000.000,-”; percentages typed as text “95,88 %”; dotted codes 1 / 1.1; JUMLAH total",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"]], { boldAll: true });
      put(ws, 2, "A", [
        ["1", "Program Pelayanan Administrasi Perkantoran", "1.250.000.000,00", "1.198.450.600,00", "95,88 %"],
        ["1.1", "Penyediaan jasa komunikasi, sumber daya air dan listrik", "Rp 450.000.000,-", "Rp 431.250.600,-", "95,83 %"],
        ["1.2", "Penyediaan jasa kebersihan kantor", "800,000,000.00", "767,200,000.00", "95.90"],
        ["2", "Program Peningkatan Sarana dan Prasarana Aparatur", "667.084.558", "650.110.000", "97,46"],
        // planted: 260.110.000 / 267.084.558 = 97,39, typed 98,00
        ["2.1", "Pemeliharaan rutin/berkala kendaraan dinas/operasional", "267,084,558.00", "260,110,000.00", "98,00"],
        ["2.2", "Pengadaan peralatan gedung kantor", 400_000_000, 390_000_000, "97,50 %"],
      ]);
      ws.getCell("B2").font = { bold: true };
      ws.getCell("B5").font = { bold: true };
      // planted: programs sum to 1.848.560.600, total typed 1.848.561.200 (off by 600)
      put(ws, 8, "A", [[null, "JUMLAH", "1.917.084.558,00", "1.848.561.200,00", "96,43"]], { boldAll: true });
      return save(wb);
    },
    expect: [
      { rule: "persen-anggaran", sheet: S, cell: "E6", why: "260.110.000 / 267.084.558 = 97,39, typed 98,00" },
      { rule: "total", sheet: S, cell: "D8", why: "1.198.450.600 + 650.110.000 = 1.848.560.600, typed 1.848.561.200" },
      { rule: "persen-anggaran", sheet: S, cell: "E8", optional: true, why: "96,43 holds for the correct total too" },
    ],
  };
}

// ---------- 8. scale table with a gap, indicator table using it ----------

function skalaCelahCase(): UnseenCase {
  return {
    id: "skala-celah",
    layout:
      "Sheet “Skala” with a printed scale (No | Interval Nilai Capaian | Kriteria) whose 86–90 band is missing (≥ 91, 76 – 85, 66 – 75, 51 – 65, ≤ 50), plus an IKU sheet",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Skala");
      put(ws, 1, "A", [["Tabel 2.4 Skala Nilai Peringkat Kinerja"]]);
      put(ws, 3, "A", [["No", "Interval Nilai Capaian", "Kriteria Penilaian"]], { boldAll: true });
      put(ws, 4, "A", [
        [1, "≥ 91", "Sangat Tinggi"],
        [2, "76 – 85", "Tinggi"],
        [3, "66 – 75", "Sedang"],
        [4, "51 – 65", "Rendah"],
        [5, "≤ 50", "Sangat Rendah"],
      ]);
      const wi = wb.addWorksheet("IKU");
      put(wi, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Kriteria"]], { boldAll: true });
      put(
        wi,
        2,
        "A",
        [
          [1, "Indeks Kepuasan Masyarakat", 80, 82.47, 103.09, "Sangat Tinggi"],
          [2, "Persentase desa tertib administrasi", 100, 80, 80, "Tinggi"],
          [3, "Persentase kegiatan musrenbang desa yang difasilitasi", 100, 70, 70, "Sedang"],
        ],
        { fmt: { 4: P2 } },
      );
      return save(wb);
    },
    expect: [{ rule: "skala", sheet: "Skala", cell: "*", why: "no band covers 86–90 (76 – 85 then ≥ 91)" }],
  };
}

// ---------- 9. recap per predikat that does not add up, with its own (clean) scale ----------

function rekapCase(): UnseenCase {
  const ind: [string, number, number][] = [
    ["Indeks Kepuasan Masyarakat", 70.15, 72.89],
    ["Nilai AKIP SKPD", 56, 48.37],
    ["Nilai rata-rata Indeks Desa Membangun", 0.65, 0.62],
    ["Persentase Pemerintahan Desa yang Tertib Administrasi", 100, 100],
    ["Persentase desa mengadakan kegiatan pemberdayaan masyarakat", 100, 100],
    ["Persentase laporan kejadian trantib yang ditindaklanjuti", 100, 100],
    ["Persentase sarana prasarana kantor dalam kondisi baik", 100, 78],
  ];
  const pred = (c: number) => (c >= 86 ? "Sangat Baik" : c >= 70 ? "Baik" : c >= 50 ? "Cukup" : "Gagal");
  return {
    id: "rekap-predikat",
    layout:
      "Seed-002 style: sheet “Skala” (No | Klasifikasi Penilaian (%) | Predikat: 86-100, 70-85, 50-69, <50), sheet “IKU” with predikat column, sheet “Rekap” (No | Klasifikasi | Predikat | Jumlah Indikator | Jumlah row) whose counts say 5 + 1 = 6 for 7 indicators (6 reach Sangat Baik)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Skala");
      put(ws, 1, "A", [["No", "Klasifikasi Penilaian (%)", "Predikat"]], { boldAll: true });
      put(ws, 2, "A", [
        [1, "86-100", "Sangat Baik"],
        [2, "70-85", "Baik"],
        [3, "50-69", "Cukup"],
        [4, "<50", "Gagal"],
      ]);
      const wi = wb.addWorksheet("IKU");
      put(wi, 1, "A", [["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"]], { boldAll: true });
      ind.forEach(([n, t, r], i) => {
        const c = pct(r, t);
        put(wi, 2 + i, "A", [[`${i + 1}.`, n, t, r, c, pred(c)]], { fmt: { 4: P2 } });
      });
      const wr = wb.addWorksheet("Rekap");
      put(wr, 1, "A", [["No", "Klasifikasi", "Predikat", "Jumlah Indikator"]], { boldAll: true });
      put(wr, 2, "A", [
        [1, "86 - 100", "Sangat Baik", 5],
        [2, "70 - 85", "Baik", 1],
        [3, "50 - 69", "Cukup", 0],
        [4, "< 50", "Gagal", 0],
        ["Jumlah", null, null, 6],
      ]);
      wr.mergeCells("A6:C6");
      return save(wb);
    },
    expect: [
      {
        rule: "rekap-predikat",
        sheet: "Rekap",
        cell: "D2",
        why: "6 indicators reach ≥ 86 (Sangat Baik: 103,91; 86,38; 95,38; 100 ×3), recap says 5",
      },
      { rule: "rekap-predikat", sheet: "Rekap", cell: "D6", why: "7 indicators listed, Jumlah says 6" },
    ],
  };
}

// ---------- 10. hierarchy only by bold rows ----------

function boldCase(): UnseenCase {
  const S = "Realisasi Anggaran";
  const rows: [string, number, number, boolean][] = [
    ["PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", 120_000_000, 115_450_000, true],
    ["Penyediaan Alat Tulis Kantor", 40_000_000, 39_950_000, false],
    ["Penyediaan Makanan dan Minuman", 30_000_000, 28_500_000, false],
    ["Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah", 50_000_000, 47_000_000, false],
    ["PROGRAM PENINGKATAN DISIPLIN APARATUR", 25_000_000, 24_800_000, true],
    ["Pengadaan Pakaian Dinas beserta Perlengkapannya", 25_000_000, 24_800_000, false],
    // planted: children sum to 85.000.000, parent typed 95.000.000
    ["PROGRAM PENINGKATAN PARTISIPASI MASYARAKAT DALAM MEMBANGUN DESA", 95_000_000, 84_000_000, true],
    ["Fasilitasi Musyawarah Perencanaan Pembangunan Kecamatan", 35_000_000, 34_500_000, false],
    ["Pembinaan Tim Penggerak PKK Kecamatan", 50_000_000, 49_500_000, false],
  ];
  return {
    id: "anggaran-bold",
    layout:
      "Budget without codes or numbers: URAIAN | PAGU ANGGARAN (Rp) | REALISASI (Rp) | SISA (Rp) | % — programs only recognisable by bold, JUMLAH total",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:E1", "REALISASI ANGGARAN KECAMATAN TAHUN 2018");
      put(ws, 3, "A", [["URAIAN", "PAGU ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "%"]], { boldAll: true });
      rows.forEach(([n, a, r, b], i) => {
        let sisa = a - r;
        if (i === 3) sisa = 3_500_000; // planted: 50.000.000 − 47.000.000 = 3.000.000
        put(ws, 4 + i, "A", [[n, a, r, sisa, pct(r, a)]], { fmt: { 1: RP, 2: RP, 3: RP, 4: P2 }, boldAll: b });
      });
      const ta = 120_000_000 + 25_000_000 + 85_000_000;
      const tr = 115_450_000 + 24_800_000 + 84_000_000;
      put(ws, 13, "A", [["JUMLAH", ta, tr, ta - tr, pct(tr, ta)]], { fmt: { 1: RP, 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [
      { rule: "jumlah-induk", sheet: S, cell: "B10", why: "bold program pagu 95.000.000, its two kegiatan sum to 85.000.000" },
      { rule: "selisih", sheet: S, cell: "D7", why: "50.000.000 − 47.000.000 = 3.000.000, typed 3.500.000" },
      {
        rule: "total",
        sheet: S,
        cell: "B13",
        optional: true,
        why: "total is the true sum (230.000.000) but not of the typed programs",
      },
    ],
  };
}

// ---------- 11. table at B5 with title above, blank rows/columns around ----------

function offsetCase(): UnseenCase {
  const S = "Anggaran per Sasaran";
  return {
    id: "offset-judul",
    layout:
      "Budget per sasaran starting at B5 (column A and rows 3-4 blank, title merged B2:G2), NO | SASARAN STRATEGIS | ANGGARAN (Rp) | REALISASI (Rp) | % | KETERANGAN, JUMLAH merged B:C",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "B2:G2", "Tabel 3.8 Realisasi Anggaran per Sasaran Strategis Tahun 2023");
      put(ws, 5, "B", [["NO", "SASARAN STRATEGIS", "ANGGARAN (Rp)", "REALISASI (Rp)", "%", "KETERANGAN"]], { boldAll: true });
      put(
        ws,
        6,
        "B",
        [
          [1, "Meningkatnya kualitas pelayanan publik di kecamatan", 2_076_860_308, 2_021_404_552, 97.33, "Program penunjang"],
          // planted: 84.350.000 / 91.200.000 = 92,49, typed 94,29
          [2, "Meningkatnya kualitas penyelenggaraan pemerintahan desa", 91_200_000, 84_350_000, 94.29, null],
          [3, "Meningkatnya ketentraman dan ketertiban umum", 28_570_000, 28_570_000, 100, null],
        ],
        { fmt: { 2: RP, 3: RP, 4: P2 } },
      );
      ws.mergeCells("B9:C9");
      put(ws, 9, "B", [["JUMLAH", null, 2_196_630_308, 2_134_324_552, 97.16]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      put(ws, 11, "B", [["Sumber: LRA SIPD per 31 Desember 2023"]]);
      return save(wb);
    },
    expect: [
      {
        rule: "persen-anggaran",
        sheet: S,
        cell: "F7",
        why: "84.350.000 / 91.200.000 = 92,49, typed 94,29 (budget absorption per sasaran)",
      },
    ],
  };
}

// ---------- 12. two tables stacked, one blank row between ----------

function stackedCase(): UnseenCase {
  const S = "Kinerja dan Anggaran";
  return {
    id: "dua-tabel",
    layout:
      "Indicator table (NO | INDIKATOR KINERJA | TARGET | REALISASI | CAPAIAN (%)) and budget table (NO | PROGRAM | ANGGARAN | REALISASI | %) stacked in one sheet, one blank row between",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
      put(
        ws,
        2,
        "A",
        [
          [1, "Indeks Kepuasan Masyarakat", 80, 82.47, 103.09],
          // planted: 91 / 95 = 95,79, typed 97,79
          [2, "Persentase layanan PATEN yang selesai tepat waktu", 95, 91, 97.79],
          [3, "Persentase desa yang difasilitasi penyusunan RPJMDes", 100, 100, 100],
        ],
        { fmt: { 4: P2 } },
      );
      put(ws, 6, "A", [["NO", "PROGRAM", "ANGGARAN", "REALISASI", "%"]], { boldAll: true });
      put(
        ws,
        7,
        "A",
        [
          [1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 1_917_084_558, 1_872_905_112, 97.7],
          // planted: 79.410.500 / 82.675.000 = 96,05, typed 69,05
          [2, "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 82_675_000, 79_410_500, 69.05],
          [3, "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 159_194_750, 151_622_300, 95.24],
        ],
        { fmt: { 2: RP, 3: RP, 4: P2 } },
      );
      put(ws, 10, "A", [[null, "Jumlah", 2_158_954_308, 2_103_937_912, 97.45]], { fmt: { 2: RP, 3: RP, 4: P2 }, boldAll: true });
      return save(wb);
    },
    expect: [
      { rule: "capaian", sheet: S, cell: "E3", why: "91 / 95 = 95,79, typed 97,79" },
      { rule: "persen-anggaran", sheet: S, cell: "E8", why: "79.410.500 / 82.675.000 = 96,05, typed 69,05" },
    ],
  };
}

// ---------- 13. narrative sheet, chart-only sheet, clean IKU ----------

function narasiCase(): UnseenCase {
  return {
    id: "narasi-grafik",
    layout:
      "Narrative paragraphs with numbers in column A (Bab III text pasted into Excel), a sheet holding only a chart title, and a clean IKU table",
    async build() {
      const wb = newWb();
      const wn = wb.addWorksheet("Narasi");
      put(wn, 1, "A", [
        ["BAB III AKUNTABILITAS KINERJA"],
        ["A. Capaian Kinerja Organisasi"],
        [
          "Pada tahun 2023 Kecamatan Sukamaju menetapkan 3 (tiga) sasaran strategis dengan 6 (enam) indikator kinerja. Dari 6 indikator tersebut, 4 (empat) indikator berpredikat Sangat Tinggi dan 2 (dua) indikator berpredikat Tinggi.",
        ],
        [null],
        [
          "Realisasi anggaran sebesar Rp 2.134.324.552,- (dua miliar seratus tiga puluh empat juta tiga ratus dua puluh empat ribu lima ratus lima puluh dua rupiah) atau 97,16 % dari pagu Rp 2.196.630.308,-.",
        ],
        ["Target 100 %, realisasi 98,15 %, capaian 98,15 %."],
        ["Indikator Kinerja", "Target", "Realisasi"],
        ["Tabel di atas menunjukkan bahwa capaian kinerja sasaran 1 sebesar 103,09 % dengan kategori Sangat Tinggi."],
      ]);
      const wg = wb.addWorksheet("Grafik");
      put(wg, 1, "A", [["Grafik 3.1 Capaian Kinerja Sasaran Strategis Tahun 2021 - 2023"]]);
      const wi = wb.addWorksheet("IKU");
      put(wi, 1, "A", [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]], { boldAll: true });
      put(
        wi,
        2,
        "A",
        [
          [1, "Indeks Kepuasan Masyarakat", "Indeks", 80, 82.47, 103.09],
          [2, "Persentase desa tertib administrasi", "%", 100, 95, 95],
        ],
        { fmt: { 5: P2 } },
      );
      return save(wb);
    },
    expect: [],
  };
}

// ---------- 14. hidden columns ----------

function hiddenCase(): UnseenCase {
  const S = "PK";
  return {
    id: "kolom-tersembunyi",
    layout:
      "PK with hidden columns: D “TARGET AKHIR RENSTRA 2026” and H “CAPAIAN 2022” hidden; visible NO | SASARAN | INDIKATOR | TARGET 2023 | REALISASI 2023 | CAPAIAN (%)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(
        ws,
        2,
        "A",
        [
          [
            "NO",
            "SASARAN",
            "INDIKATOR KINERJA",
            "TARGET AKHIR RENSTRA 2026",
            "TARGET 2023",
            "REALISASI 2023",
            "CAPAIAN (%)",
            "CAPAIAN 2022 (%)",
          ],
        ],
        { boldAll: true },
      );
      put(
        ws,
        3,
        "A",
        [
          [1, "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", 85, 80, 82.47, 103.09, 101.4],
          [null, null, "Persentase layanan PATEN tepat waktu", 100, 95, 91, 95.79, 93.2],
          // planted: 0,62 / 0,65 = 95,38, typed 92,38
          [2, "Meningkatnya penyelenggaraan pemerintahan desa", "Nilai rata-rata IDM", 0.71, 0.65, 0.62, 92.38, 96.1],
          [null, null, "Persentase desa tertib administrasi", 100, 100, 90, 90, 85],
        ],
        { fmt: { 6: P2, 7: P2 } },
      );
      ws.mergeCells("A3:A4");
      ws.mergeCells("B3:B4");
      ws.mergeCells("A5:A6");
      ws.mergeCells("B5:B6");
      ws.getColumn(4).hidden = true;
      ws.getColumn(8).hidden = true;
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "G5", why: "0,62 / 0,65 = 95,38, typed 92,38" }],
  };
}

// ---------- 15. BTL / BL with roman numerals and letters ----------

function btlCase(): UnseenCase {
  const S = "Belanja";
  return {
    id: "btl-bl",
    layout:
      "Older budget split: NO (I, a, b, c) | JENIS BELANJA | ANGGARAN (Rp) | REALISASI (Rp) | SISA (Rp) | %, BELANJA TIDAK LANGSUNG / BELANJA LANGSUNG, JUMLAH BELANJA",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      put(ws, 1, "A", [["NO", "JENIS BELANJA", "ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "%"]], { boldAll: true });
      const data: [string, string, number, number, boolean, number?][] = [
        ["I", "BELANJA TIDAK LANGSUNG", 1_850_000_000, 1_802_350_000, true],
        ["a", "Belanja Pegawai", 1_850_000_000, 1_802_350_000, false],
        // planted: children realise 941.200.000, typed 914.200.000
        ["II", "BELANJA LANGSUNG", 975_000_000, 914_200_000, true],
        ["a", "Belanja Pegawai", 125_000_000, 121_500_000, false],
        // planted: 624.700.000 / 650.000.000 = 96,11, typed 96,81
        ["b", "Belanja Barang dan Jasa", 650_000_000, 624_700_000, false, 96.81],
        ["c", "Belanja Modal", 200_000_000, 195_000_000, false],
      ];
      data.forEach(([no, n, a, r, b, p], i) =>
        put(ws, 2 + i, "A", [[no, n, a, r, a - r, p ?? pct(r, a)]], { fmt: { 2: RP, 3: RP, 4: RP, 5: P2 }, boldAll: b }),
      );
      put(ws, 8, "A", [[null, "JUMLAH BELANJA", 2_825_000_000, 2_743_550_000, 81_450_000, 97.12]], {
        fmt: { 2: RP, 3: RP, 4: RP, 5: P2 },
        boldAll: true,
      });
      return save(wb);
    },
    expect: [
      { rule: "jumlah-induk", sheet: S, cell: "D4", why: "BELANJA LANGSUNG realisasi 914.200.000, a+b+c = 941.200.000" },
      { rule: "persen-anggaran", sheet: S, cell: "F6", why: "624.700.000 / 650.000.000 = 96,11, typed 96,81" },
      { rule: "total", sheet: S, cell: "D8", optional: true, why: "total is the true sum but not of typed parents" },
      { rule: "selisih", sheet: S, cell: "E4", optional: true, why: "" },
      { rule: "persen-anggaran", sheet: S, cell: "F4", optional: true, why: "" },
    ],
  };
}

// ---------- 16. IKM / SKM table (clean) ----------

function ikmCase(): UnseenCase {
  const nrr = [3.25, 3.18, 3.3, 3.12, 3.41, 3.28, 3.35, 3.05, 3.22];
  const unsur = [
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana",
  ];
  const tert = nrr.map((x) => Math.round(x * 0.111 * 1000) / 1000);
  const sum = Math.round(tert.reduce((s, x) => s + x, 0) * 1000) / 1000;
  return {
    id: "ikm-bersih",
    layout:
      "Clean control: SKM/IKM table NO | UNSUR PELAYANAN | NILAI RATA-RATA (NRR) | BOBOT | NRR TERTIMBANG, Jumlah row, IKM (×25) and mutu lines under it",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("IKM");
      title(ws, "A1:E1", "HASIL SURVEI KEPUASAN MASYARAKAT SEMESTER II TAHUN 2023");
      put(ws, 3, "A", [["NO", "UNSUR PELAYANAN", "NILAI RATA-RATA (NRR)", "BOBOT", "NRR TERTIMBANG"]], { boldAll: true });
      unsur.forEach((u, i) =>
        put(ws, 4 + i, "A", [[`U${i + 1}`, u, nrr[i], 0.111, tert[i]]], { fmt: { 2: P2, 3: "0.000", 4: "0.000" } }),
      );
      put(ws, 13, "A", [[null, "Jumlah", null, null, sum]], { fmt: { 4: "0.000" }, boldAll: true });
      put(ws, 14, "A", [[null, "Nilai IKM (Jumlah NRR Tertimbang x 25)", null, null, r2(sum * 25)]], { fmt: { 4: P2 } });
      put(ws, 15, "A", [[null, "Mutu Pelayanan", null, null, "B"]]);
      put(ws, 16, "A", [[null, "Kinerja Unit Pelayanan", null, null, "Baik"]]);
      return save(wb);
    },
    expect: [],
  };
}

// ---------- 17. Renstra progress and efficiency (clean) ----------

function renstraEfisiensiCase(): UnseenCase {
  const ren: [string, string, number, number, number][] = [
    ["Indeks Kepuasan Masyarakat", "Indeks", 85, 80.12, 82.47],
    ["Nilai AKIP Kecamatan", "Nilai", 70, 58.2, 60.35],
    ["Persentase desa berstatus mandiri", "%", 40, 18.75, 25],
  ];
  const ef: [string, number, number, number][] = [
    ["Meningkatnya kualitas pelayanan publik di kecamatan", 104.17, 2_076_860_308, 2_021_404_552],
    ["Meningkatnya kualitas penyelenggaraan pemerintahan desa", 97, 91_200_000, 84_350_000],
    ["Meningkatnya ketentraman dan ketertiban umum", 100, 28_570_000, 28_570_000],
  ];
  return {
    id: "renstra-efisiensi",
    layout:
      "Clean controls: Renstra progress (TARGET AKHIR RENSTRA (2026) | REALISASI 2022 | REALISASI 2023 | TINGKAT KEMAJUAN (%)) and efficiency per sasaran (CAPAIAN KINERJA (%) | ANGGARAN | REALISASI | SERAPAN ANGGARAN (%) | TINGKAT EFISIENSI | KETERANGAN)",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Renstra");
      put(
        ws,
        1,
        "A",
        [
          [
            "NO",
            "INDIKATOR KINERJA",
            "SATUAN",
            "TARGET AKHIR RENSTRA (2026)",
            "REALISASI 2022",
            "REALISASI 2023",
            "TINGKAT KEMAJUAN (%)",
          ],
        ],
        { boldAll: true },
      );
      ren.forEach(([n, s, t, r1, r2_], i) => put(ws, 2 + i, "A", [[i + 1, n, s, t, r1, r2_, pct(r2_, t)]], { fmt: { 6: P2 } }));
      const we = wb.addWorksheet("Efisiensi");
      put(
        we,
        1,
        "A",
        [
          [
            "NO",
            "SASARAN STRATEGIS",
            "CAPAIAN KINERJA (%)",
            "ANGGARAN (Rp)",
            "REALISASI (Rp)",
            "SERAPAN ANGGARAN (%)",
            "TINGKAT EFISIENSI (%)",
            "KETERANGAN",
          ],
        ],
        { boldAll: true },
      );
      ef.forEach(([n, c, a, r], i) => {
        const s = pct(r, a);
        const e = r2(c - s);
        put(we, 2 + i, "A", [[i + 1, n, c, a, r, s, e, e > 5 ? "Efisien" : e >= -5 ? "Cukup Efisien" : "Tidak Efisien"]], {
          fmt: { 2: P2, 3: RP, 4: RP, 5: P2, 6: P2 },
        });
      });
      return save(wb);
    },
    expect: [],
  };
}

// ---------- 18. clean printed Permendagri scale + clean PK with sub-indicators and closing row ----------

function permendagriBersihCase(): UnseenCase {
  return {
    id: "skala-permendagri-bersih",
    layout:
      "Clean control: Permendagri 86 scale printed 91 - 100 / 76 - 90 / 66 - 75 / 51 - 65 / ≤ 50 with NILAI CAPAIAN KINERJA header; PK with ❖ sub-indicators and a “Capaian Kinerja Sasaran” row",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet("Kriteria");
      put(ws, 1, "A", [["NO", "INTERVAL NILAI REALISASI KINERJA", "KRITERIA PENILAIAN REALISASI KINERJA"]], { boldAll: true });
      put(ws, 2, "A", [
        [1, "91 - 100", "Sangat Tinggi"],
        [2, "76 - 90", "Tinggi"],
        [3, "66 - 75", "Sedang"],
        [4, "51 - 65", "Rendah"],
        [5, "≤ 50", "Sangat Rendah"],
      ]);
      const wp = wb.addWorksheet("Formulir PK");
      put(wp, 1, "A", [["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)", "KRITERIA"]], {
        boldAll: true,
      });
      put(
        wp,
        2,
        "A",
        [
          [
            1,
            "Meningkatnya kualitas pelayanan administrasi kecamatan",
            "Persentase pelayanan administrasi yang diselesaikan",
            null,
            null,
            null,
            null,
          ],
          [null, null, "❖ Pelayanan KTP elektronik", 100, 95, 95, "Sangat Tinggi"],
          [null, null, "❖ Pelayanan surat keterangan", 100, 100, 100, "Sangat Tinggi"],
          [null, null, "Indeks Kepuasan Masyarakat", 80, 70, 87.5, "Tinggi"],
          ["Capaian Kinerja Sasaran", null, null, null, null, 92.5, "Sangat Tinggi"],
        ],
        { fmt: { 5: P2 } },
      );
      wp.mergeCells("A2:A5");
      wp.mergeCells("B2:B5");
      wp.mergeCells("A6:E6");
      return save(wb);
    },
    expect: [
      {
        rule: "rata-sasaran",
        sheet: "Formulir PK",
        cell: "F6",
        optional: true,
        why: "(97,5 + 87,5)/2 = 92,5 by indicator; row mean 94,17",
      },
    ],
  };
}

// ---------- 19. PK with capaian formulas over whole-number targets ----------

function pkRumusCase(): UnseenCase {
  const S = "Pengukuran Kinerja";
  const ind: [string, string, number, number][] = [
    ["Jumlah dokumen perencanaan dan pelaporan yang disusun tepat waktu", "Dokumen", 12, 11],
    ["Jumlah desa yang difasilitasi penyusunan APBDes", "Desa", 14, 13],
    ["Jumlah kegiatan koordinasi ketentraman dan ketertiban", "Kali", 24, 22],
    ["Jumlah rekomendasi izin yang diterbitkan", "Rekomendasi", 150, 163],
  ];
  return {
    id: "pk-rumus",
    layout:
      "PK with whole-number targets (documents, villages) and CAPAIAN (%) as live formulas =E5/D5*100 formatted 0.00 (cached 91,6666…), one =F/E formatted 0.00%; one formula pointing at the wrong row",
    async build() {
      const wb = newWb();
      const ws = wb.addWorksheet(S);
      title(ws, "A1:G1", "PENGUKURAN KINERJA KECAMATAN TAHUN 2022");
      put(ws, 3, "A", [["NO", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "CAPAIAN"]], {
        boldAll: true,
      });
      ind.forEach(([n, u, t, r], i) => {
        const row = 4 + i;
        let f = `E${row}/D${row}*100`;
        let v = (r / t) * 100;
        if (i === 2) {
          // planted: formula copied with the target of the row above: 22 / 14 × 100
          f = `E${row}/D${row - 1}*100`;
          v = (r / ind[1][2]) * 100;
        }
        put(ws, row, "A", [[i + 1, n, u, t, r, { f, v, fmt: P2 }, { f: `E${row}/D${row}`, v: r / t, fmt: "0.00%" }]]);
      });
      return save(wb);
    },
    expect: [{ rule: "capaian", sheet: S, cell: "F6", why: "22 / 24 × 100 = 91,67; the formula divides by D5 (157,14)" }],
  };
}

export const CASES: UnseenCase[] = [
  sipdCase(),
  oldCodeCase(),
  pkNegatifCase(),
  duaTahunCase(),
  triwulanCase(),
  formulaCase(),
  teksAngkaCase(),
  skalaCelahCase(),
  rekapCase(),
  boldCase(),
  offsetCase(),
  stackedCase(),
  narasiCase(),
  hiddenCase(),
  btlCase(),
  ikmCase(),
  renstraEfisiensiCase(),
  permendagriBersihCase(),
  pkRumusCase(),
];
