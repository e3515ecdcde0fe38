/**
 * Hand-made realisasi anggaran workbooks, one pattern each: roman programs with kegiatan lettered A–D
 * and numbered sub kegiatan, a "REALISASI (%)" column beside "REALISASI (Rp)", TW I..IV + JUMLAH
 * REALISASI, subtotal rows per program, text amounts pasted in both notations with `-` for zero, and
 * the same program in two tables.
 */
import ExcelJS from "exceljs";
import { newWorkbook, Placed, renderTable, Row, saveWorkbook, titleLine, Val } from "../grid";
import { BudgetNode, LraOptions, lraTable, LraModel } from "../layouts/lra";
import { applyPlants, note, Plant, signature, truthOf } from "../plant";
import { idText, percent, shown } from "../values";
import type { CorpusCase, Expected } from "../types";

function lraSheet(
  wb: ExcelJS.Workbook,
  name: string,
  tree: BudgetNode[],
  o: LraOptions,
  plants: Plant[] | ((m: LraModel) => Plant[]),
  titles: string[],
): { placed: Placed; model: LraModel; plants: Plant[] } {
  const model = lraTable(tree, o);
  const list = typeof plants === "function" ? plants(model) : plants;
  applyPlants(model.spec, list);
  const ws = wb.addWorksheet(name);
  titles.forEach((t, i) => titleLine(ws, i + 1, 0, o.columns.length, t));
  const placed = renderTable(ws, model.spec, titles.length + 2, 0);
  signature(ws, placed.lastRow + 3, o.columns.length - 2, "Tanjung Harapan", "Kuasa Pengguna Anggaran");
  return { placed, model, plants: list };
}

const leaf = (code: string, name: string, pagu: number, realisasi: number): BudgetNode => ({ code, name, pagu, realisasi });

/** Roman programs, kegiatan A–D, sub kegiatan 1, 2 … (an older kecamatan layout). */
function romanTree(skipD: boolean): BudgetNode[] {
  return [
    {
      code: "I",
      name: "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN",
      kids: [
        {
          code: "A",
          name: "Penyediaan Jasa Surat Menyurat",
          kids: [
            leaf("1", "Pengadaan materai dan perangko", 2_400_000, 2_385_000),
            leaf("2", "Pengiriman surat dinas", 1_800_000, 1_650_000),
          ],
        },
        {
          code: "B",
          name: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
          kids: [
            leaf("1", "Pembayaran rekening listrik", 36_000_000, 33_870_500),
            leaf("2", "Pembayaran rekening air", 4_800_000, 4_215_000),
          ],
        },
        {
          code: "C",
          name: "Penyediaan Alat Tulis Kantor",
          kids: [leaf("1", "Belanja alat tulis kantor", 12_500_000, 12_480_000)],
        },
        {
          code: skipD ? "E" : "D",
          name: "Rapat-rapat Koordinasi dan Konsultasi ke Luar Daerah",
          kids: [
            leaf("1", "Perjalanan dinas luar daerah", 45_000_000, 41_360_000),
            leaf("2", "Makan minum rapat", 9_600_000, 9_450_000),
          ],
        },
      ],
    },
    {
      code: "II",
      name: "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR",
      kids: [
        {
          code: "A",
          name: "Pemeliharaan Rutin/Berkala Gedung Kantor",
          kids: [leaf("1", "Jasa tukang dan bahan bangunan", 28_750_000, 28_750_000)],
        },
        {
          code: "B",
          name: "Pemeliharaan Rutin/Berkala Kendaraan Dinas",
          kids: [
            leaf("1", "Belanja bahan bakar", 18_000_000, 17_215_400),
            leaf("2", "Belanja suku cadang", 7_500_000, 6_980_000),
          ],
        },
        {
          code: "C",
          name: "Pengadaan Perlengkapan Gedung Kantor",
          kids: [leaf("1", "Belanja modal meubelair", 22_000_000, 21_450_000)],
        },
        {
          code: "D",
          name: "Pengadaan Peralatan Gedung Kantor",
          kids: [leaf("1", "Belanja modal komputer", 31_500_000, 30_990_000)],
        },
      ],
    },
  ];
}

const ROMAN_OPTIONS: LraOptions = {
  columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"],
  headers: {
    kode: "NO",
    uraian: "PROGRAM / KEGIATAN",
    pagu: "ANGGARAN (Rp)",
    realisasi: "REALISASI (Rp)",
    sisa: "SISA (Rp)",
    persen: "%",
  },
  codeIn: "kode",
  boldParents: true,
  total: { label: "JUMLAH", mergeTo: "uraian" },
  amounts: "number",
  persenDecimals: 2,
  rounding: "round",
};

function romanLetters(planted: boolean): CorpusCase {
  return {
    id: planted ? "lra-romawi-huruf" : "lra-romawi-huruf-bersih",
    layout:
      "Kecamatan budget numbered I, II (programs), A, B, C, D (kegiatan), 1, 2 (sub kegiatan) in a NO column; bold programs and kegiatan; JUMLAH merged over NO and PROGRAM" +
      (planted ? "; planted: kegiatan letters jump C → E, one % wrong" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const plants = (m: LraModel): Plant[] => {
        if (!planted) return [];
        const a = m.amounts.get("n1.1.1");
        const right = a ? shown(percent(a.realisasi, a.pagu), 2) : 0;
        return [
          {
            rowId: "n1.1.1",
            key: "persen",
            value: 96.07,
            rule: "persen-anggaran",
            why: `6.980.000 / 7.500.000 = ${right}, typed 96,07`,
          },
        ];
      };
      const { placed, plants: list } = lraSheet(wb, "Realisasi Anggaran", romanTree(planted), ROMAN_OPTIONS, plants, [
        "REALISASI ANGGARAN KECAMATAN TANJUNG HARAPAN",
        "TAHUN ANGGARAN 2016",
      ]);
      const expected = truthOf(placed, list);
      if (planted)
        expected.push({
          rule: "kode-lompat",
          sheet: placed.sheet,
          cell: placed.addr("n0.3", "kode"),
          why: "kegiatan A, B, C then E: D skipped",
        });
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

/** Dotted codes 1 / 1.1 / 1.1.1 with REALISASI split into (Rp) and (%) under one header. */
function dottedTree(): BudgetNode[] {
  return [
    {
      code: "1",
      name: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      kids: [
        {
          code: "1.1",
          name: "Penyusunan Perencanaan dan Pendanaan",
          kids: [
            leaf("1.1.1", "Penyusunan Dokumen RPJPD", 85_000_000, 79_450_000),
            leaf("1.1.2", "Penyusunan Dokumen RKPD", 120_500_000, 118_920_300),
          ],
        },
        {
          code: "1.2",
          name: "Analisis Data dan Informasi Pemerintahan Daerah",
          kids: [leaf("1.2.1", "Penyusunan Profil Pembangunan Daerah", 47_250_000, 46_810_000)],
        },
      ],
    },
    {
      code: "2",
      name: "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah",
      kids: [
        {
          code: "2.1",
          name: "Koordinasi Perencanaan Bidang Pemerintahan",
          kids: [
            leaf("2.1.1", "Fasilitasi Musrenbang Kecamatan", 64_800_000, 62_150_500),
            leaf("2.1.2", "Koordinasi Pokok-pokok Pikiran DPRD", 38_000_000, 29_640_000),
          ],
        },
        {
          code: "2.2",
          name: "Koordinasi Perencanaan Bidang Perekonomian",
          kids: [leaf("2.2.1", "Sinkronisasi Program Ketahanan Pangan", 52_400_000, 50_006_000)],
        },
      ],
    },
  ];
}

function realisasiPercentClean(): CorpusCase {
  const o: LraOptions = {
    columns: ["kode", "uraian", "pagu", "realisasi", "persen", "sisa"],
    headers: {
      kode: "KODE",
      uraian: "URAIAN",
      pagu: "ANGGARAN (Rp)",
      realisasi: "(Rp)",
      persen: "(%)",
      sisa: "SISA ANGGARAN (Rp)",
    },
    groups: { realisasi: "REALISASI", persen: "REALISASI" },
    codeIn: "kode",
    boldParents: true,
    indent: true,
    total: { label: "TOTAL", mergeTo: "uraian" },
    amounts: "number",
    persenDecimals: 2,
    rounding: "trunc",
    amountFmt: "#,##0.00",
  };
  return {
    id: "lra-realisasi-persen-bersih",
    layout:
      "Bappeda budget, dotted codes 1 / 1.1 / 1.1.1, two-row header REALISASI over (Rp) and (%), % truncated to 2 decimals, SISA last, TOTAL row",
    clean: true,
    async build() {
      const wb = newWorkbook();
      lraSheet(wb, "Realisasi Keuangan", dottedTree(), o, [], ["REALISASI KEUANGAN BAPPEDA TAHUN 2024"]);
      return { xlsx: await saveWorkbook(wb), expected: [] };
    },
  };
}

/** SIPD-coded sub kegiatan with TW I..IV and JUMLAH REALISASI; sisa and % refer to the JUMLAH. */
function sipdTree(): BudgetNode[] {
  const p = "2.15.02";
  return [
    {
      code: "2.15.01",
      name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kids: [
        {
          code: "2.15.01.2.01",
          name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          kids: [
            leaf("2.15.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 24_650_000, 23_912_400),
            leaf("2.15.01.2.01.0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", 18_300_000, 17_845_000),
          ],
        },
        {
          code: "2.15.01.2.02",
          name: "Administrasi Keuangan Perangkat Daerah",
          kids: [leaf("2.15.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 2_845_620_000, 2_790_113_452)],
        },
      ],
    },
    {
      code: p,
      name: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      kids: [
        {
          code: `${p}.2.01`,
          name: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
          kids: [leaf(`${p}.2.01.0003`, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 612_480_000, 598_233_700)],
        },
        {
          code: `${p}.2.02`,
          name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
          kids: [
            leaf(`${p}.2.02.0001`, "Pengadaan Rambu Lalu Lintas", 245_000_000, 231_870_000),
            leaf(`${p}.2.02.0004`, "Pemeliharaan Lampu Penerangan Jalan", 176_500_000, 150_026_300),
          ],
        },
      ],
    },
  ];
}

function quartersOptions(): LraOptions {
  return {
    columns: ["kode", "uraian", "pagu", "tw1", "tw2", "tw3", "tw4", "realisasi", "sisa", "persen"],
    headers: {
      kode: "KODE",
      uraian: "PROGRAM/KEGIATAN/SUB KEGIATAN",
      pagu: "PAGU ANGGARAN",
      tw1: "TW I",
      tw2: "TW II",
      tw3: "TW III",
      tw4: "TW IV",
      realisasi: "JUMLAH REALISASI",
      sisa: "SISA ANGGARAN",
      persen: "% SERAPAN",
    },
    groups: {
      tw1: "REALISASI PER TRIWULAN (Rp)",
      tw2: "REALISASI PER TRIWULAN (Rp)",
      tw3: "REALISASI PER TRIWULAN (Rp)",
      tw4: "REALISASI PER TRIWULAN (Rp)",
    },
    codeIn: "kode",
    boldParents: true,
    total: { label: "JUMLAH TOTAL", mergeTo: "uraian" },
    amounts: "number",
    persenDecimals: 2,
    rounding: "round",
  };
}

function quarters(planted: boolean): CorpusCase {
  return {
    id: planted ? "lra-triwulan-jumlah" : "lra-triwulan-jumlah-bersih",
    layout:
      "Dinas Perhubungan SIPD-coded budget with REALISASI PER TRIWULAN (TW I | TW II | TW III | TW IV) then JUMLAH REALISASI, SISA ANGGARAN and % SERAPAN tied to the JUMLAH" +
      (planted ? "; planted: one JUMLAH that is not the sum of its quarters, one sisa wrong" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const plants = (m: LraModel): Plant[] => {
        if (!planted) return [];
        const a = m.amounts.get("n1.1.1");
        const b = m.amounts.get("n0.0.0");
        if (!a || !b) return [];
        const wrong = a.realisasi - a.tw[3];
        return [
          {
            rowId: "n1.1.1",
            key: "realisasi",
            value: wrong,
            rule: "total",
            why: `TW I..IV sum to ${idText(a.realisasi)}; JUMLAH typed ${idText(wrong)} (TW IV left out)`,
          },
          { rowId: "n1.1.1", key: "sisa", value: a.pagu - wrong, rule: "-", why: "" },
          { rowId: "n1.1.1", key: "persen", value: shown(percent(wrong, a.pagu), 2), rule: "-", why: "" },
          {
            rowId: "n0.0.0",
            key: "sisa",
            value: b.pagu - b.realisasi - 100_000,
            rule: "selisih",
            why: `${idText(b.pagu)} − ${idText(b.realisasi)} = ${idText(b.pagu - b.realisasi)}`,
          },
        ];
      };
      const { placed, plants: list } = lraSheet(wb, "Realisasi TW", sipdTree(), quartersOptions(), plants, [
        "LAPORAN REALISASI ANGGARAN PER TRIWULAN",
        "DINAS PERHUBUNGAN TAHUN ANGGARAN 2024",
      ]);
      return {
        xlsx: await saveWorkbook(wb),
        expected: truthOf(
          placed,
          list.filter((p) => p.rule !== "-"),
        ),
      };
    },
  };
}

/**
 * A monthly report whose realisasi columns are headed only by the period, on one header row:
 * s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini (no word REALISASI), SISA and % tied to s.d. Bulan Ini.
 */
function monthlyPeriodHeaders(planted: boolean): CorpusCase {
  const o: LraOptions = {
    ...quartersOptions(),
    columns: ["kode", "uraian", "pagu", "lalu", "ini", "realisasi", "sisa", "persen"],
    headers: {
      kode: "KODE REKENING",
      uraian: "URAIAN",
      pagu: "PAGU (Rp)",
      lalu: "s.d. Bulan Lalu",
      ini: "Bulan Ini",
      realisasi: "s.d. Bulan Ini",
      sisa: "SISA",
      persen: "%",
    },
    groups: undefined,
    total: { label: "JUMLAH", mergeTo: "uraian" },
  };
  return {
    id: planted ? "lra-bulan-tanpa-kata-realisasi" : "lra-bulan-tanpa-kata-realisasi-bersih",
    layout:
      "Dinas Perhubungan monthly realisation, one header row PAGU (Rp) | s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini | SISA | % (the word REALISASI nowhere)" +
      (planted ? "; planted: the % of one sub kegiatan computed from Bulan Ini alone" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const plants = (m: LraModel): Plant[] => {
        const a = m.amounts.get("n1.1.1");
        if (!planted || !a) return [];
        const wrong = shown(percent(a.ini, a.pagu), 2);
        const right = shown(percent(a.realisasi, a.pagu), 2);
        return [
          {
            rowId: "n1.1.1",
            key: "persen",
            value: wrong,
            rule: "persen-anggaran",
            why: `s.d. bulan ini gives ${right}, typed ${wrong} (bulan ini only)`,
          },
        ];
      };
      const { placed, plants: list } = lraSheet(wb, "Realisasi Oktober", sipdTree(), o, plants, [
        "LAPORAN REALISASI ANGGARAN BULAN OKTOBER",
        "DINAS PERHUBUNGAN TAHUN ANGGARAN 2024",
      ]);
      return { xlsx: await saveWorkbook(wb), expected: truthOf(placed, list) };
    },
  };
}

/** Program header rows without amounts, a "Jumlah Program …" subtotal after each, JUMLAH TOTAL at the end. */
function subtotals(planted: boolean): CorpusCase {
  const programs = [
    {
      name: "Program Pelayanan Administrasi Perkantoran",
      keg: [
        ["Penyediaan jasa kebersihan kantor", 14_400_000, 14_400_000],
        ["Penyediaan alat tulis kantor", 9_850_000, 9_721_500],
        ["Penyediaan makanan dan minuman", 21_000_000, 18_765_000],
      ],
    },
    {
      name: "Program Peningkatan Disiplin Aparatur",
      keg: [["Pengadaan pakaian dinas beserta perlengkapannya", 17_500_000, 17_325_000]],
    },
    {
      name: "Program Pemberdayaan Masyarakat Desa",
      keg: [
        ["Fasilitasi pelaksanaan musrenbang desa", 11_200_000, 10_640_000],
        ["Pembinaan lembaga kemasyarakatan", 8_400_000, 7_980_000],
      ],
    },
  ] as const;
  const columns = [
    { key: "no", header: "NO" },
    { key: "uraian", header: "URAIAN KEGIATAN", width: 50 },
    { key: "pagu", header: "PAGU (Rp)", fmt: "#,##0" },
    { key: "realisasi", header: "REALISASI (Rp)", fmt: "#,##0" },
    { key: "persen", header: "%", fmt: "0.00" },
  ];
  const rows: { id: string; cells: Record<string, Val>; bold?: boolean }[] = [];
  let grandP = 0;
  let grandR = 0;
  programs.forEach((p, i) => {
    rows.push({ id: `p${i}`, cells: { no: ["I", "II", "III"][i], uraian: p.name }, bold: true });
    let sp = 0;
    let sr = 0;
    p.keg.forEach(([name, pagu, real], k) => {
      rows.push({
        id: `p${i}.k${k}`,
        cells: { no: k + 1, uraian: name, pagu, realisasi: real, persen: shown(percent(real, pagu), 2) },
      });
      sp += pagu;
      sr += real;
    });
    rows.push({
      id: `p${i}.sub`,
      cells: { uraian: `Jumlah ${p.name}`, pagu: sp, realisasi: sr, persen: shown(percent(sr, sp), 2) },
      bold: true,
    });
    grandP += sp;
    grandR += sr;
  });
  rows.push({
    id: "total",
    cells: { uraian: "JUMLAH TOTAL", pagu: grandP, realisasi: grandR, persen: shown(percent(grandR, grandP), 2) },
    bold: true,
  });
  const expected: Omit<Expected, "sheet" | "cell">[] = [];
  if (planted) {
    // the subtotal of program I mistyped (two digits swapped); its % follows the typed value
    const sub = rows.find((r) => r.id === "p0.sub");
    if (sub) {
      sub.cells.realisasi = 42_686_500;
      sub.cells.persen = shown(percent(42_686_500, 45_250_000), 2);
    }
    expected.push({ rule: "total", why: "kegiatan realisasi sum to 42.886.500, subtotal typed 42.686.500" });
  }
  return {
    id: planted ? "lra-subtotal-program" : "lra-subtotal-program-bersih",
    layout:
      "Kecamatan budget with program header rows (I, II, III, no amounts), numbered kegiatan, a bold 'Jumlah Program …' subtotal after each program and JUMLAH TOTAL = sum of the subtotals",
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("Anggaran");
      titleLine(ws, 1, 0, 5, "REALISASI ANGGARAN KECAMATAN SUNGAI RAYA TAHUN 2014");
      note(ws, 2, 0, "(dalam rupiah)", true);
      const placed = renderTable(ws, { columns, rows }, 4, 0);
      return {
        xlsx: await saveWorkbook(wb),
        expected: expected.map((e) => ({ ...e, sheet: placed.sheet, cell: placed.addr("p0.sub", "realisasi") })),
      };
    },
  };
}

/** Clean: amounts pasted as text, pagu in Indonesian notation, realisasi in US notation, `-` for nothing spent. */
function mixedTextClean(): CorpusCase {
  const items = [
    ["1", "Program Penunjang Urusan Pemerintahan Daerah", null, null],
    ["1.1", "Administrasi Keuangan Perangkat Daerah", 1_254_780_000, 1_198_446_215],
    ["1.2", "Administrasi Umum Perangkat Daerah", 186_400_000, 179_982_650],
    ["1.3", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 95_000_000, 0],
    ["2", "Program Pemerintahan dan Pelayanan Publik", null, null],
    ["2.1", "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Desa", 78_350_000, 74_120_500],
    ["2.2", "Pelayanan Perizinan Non Usaha", 42_000_000, 39_875_000],
  ] as const;
  const sums = (from: number, to: number) => {
    let p = 0;
    let r = 0;
    for (let i = from; i <= to; i++) {
      p += items[i][2] ?? 0;
      r += items[i][3] ?? 0;
    }
    return [p, r];
  };
  const parents: Record<number, number[]> = { 0: sums(1, 3), 4: sums(5, 6) };
  const columns = [
    { key: "kode", header: "KODE" },
    { key: "uraian", header: "URAIAN", width: 50 },
    { key: "pagu", header: "ANGGARAN (Rp)" },
    { key: "realisasi", header: "REALISASI (Rp)" },
    { key: "persen", header: "% REALISASI" },
  ];
  const pct = (r: number, p: number) => (r === 0 ? "-" : `${idText(shown(percent(r, p), 2), 2)} %`);
  const rows: Row[] = items.map(([kode, uraian, p0, r0], i) => {
    const [p, r] = parents[i] ?? [p0 as number, r0 as number];
    return {
      id: `r${i}`,
      cells: {
        kode,
        uraian,
        pagu: `Rp ${idText(p)},-`,
        realisasi: r === 0 ? "-" : `${r.toLocaleString("en-US")}.00`,
        persen: pct(r, p),
      },
      bold: i in parents,
    };
  });
  const [tp, tr] = [parents[0][0] + parents[4][0], parents[0][1] + parents[4][1]];
  rows.push({
    id: "total",
    cells: { uraian: "JUMLAH", pagu: `Rp ${idText(tp)},-`, realisasi: `${tr.toLocaleString("en-US")}.00`, persen: pct(tr, tp) },
    bold: true,
  });
  return {
    id: "lra-teks-campur-bersih",
    layout:
      "Kecamatan budget pasted from two colleagues: ANGGARAN typed 'Rp 1.254.780.000,-', REALISASI typed '1,198,446,215.00' (US), one kegiatan not executed with '-' for realisasi and %, % typed '95,51 %'",
    clean: true,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("LRA 2023");
      titleLine(ws, 1, 0, 5, "LAPORAN REALISASI ANGGARAN TAHUN 2023");
      renderTable(ws, { columns, rows }, 3, 0);
      return { xlsx: await saveWorkbook(wb), expected: [] };
    },
  };
}

/** The same programs on the budget sheet and on a per-sasaran sheet; one realisasi differs. */
function twoTables(planted: boolean): CorpusCase {
  const tree = dottedTree();
  const o: LraOptions = {
    columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"],
    headers: { kode: "KODE", uraian: "PROGRAM/KEGIATAN", pagu: "PAGU", realisasi: "REALISASI", sisa: "SISA", persen: "%" },
    codeIn: "kode",
    boldParents: true,
    total: { label: "JUMLAH", mergeTo: "uraian" },
    amounts: "number",
    persenDecimals: 2,
    rounding: "round",
  };
  return {
    id: planted ? "dua-tabel-program-beda" : "dua-tabel-program-bersih",
    layout:
      "Bappeda budget sheet and a sheet 'Anggaran per Sasaran' (NO | SASARAN | PROGRAM | ANGGARAN (Rp) | REALISASI (Rp) | SERAPAN (%)) listing the same two programs" +
      (planted ? "; one program's realisasi differs by 1.000.000" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const { placed, model } = lraSheet(wb, "Realisasi Anggaran", tree, o, [], ["REALISASI ANGGARAN BAPPEDA TAHUN 2024"]);
      const ws = wb.addWorksheet("Anggaran per Sasaran");
      titleLine(ws, 1, 0, 6, "ANGGARAN DAN REALISASI PER SASARAN STRATEGIS");
      const sasaran = ["Meningkatnya kualitas dokumen perencanaan", "Meningkatnya keselarasan perencanaan pembangunan"];
      const rows = [0, 1].map((i) => {
        const a = model.amounts.get(`n${i}`);
        const node = model.nodes.get(`n${i}`);
        const real = (a?.realisasi ?? 0) - (planted && i === 1 ? 1_000_000 : 0);
        return {
          id: `s${i}`,
          cells: {
            no: i + 1,
            sasaran: sasaran[i],
            program: node?.name,
            pagu: a?.pagu,
            realisasi: real,
            serapan: shown(percent(real, a?.pagu ?? 1), 2),
          },
        };
      });
      const columns = [
        { key: "no", header: "NO" },
        { key: "sasaran", header: "SASARAN", width: 40 },
        { key: "program", header: "PROGRAM", width: 50 },
        { key: "pagu", header: "ANGGARAN (Rp)", fmt: "#,##0" },
        { key: "realisasi", header: "REALISASI (Rp)", fmt: "#,##0" },
        { key: "serapan", header: "SERAPAN (%)", fmt: "0.00" },
      ];
      const second = renderTable(ws, { columns, rows }, 3, 0);
      const expected: Expected[] = planted
        ? [
            {
              rule: "beda-antar-tabel",
              sheet: second.sheet,
              cell: second.addr("s1", "realisasi"),
              alt: [{ sheet: placed.sheet, cell: placed.addr("n1", "realisasi") }],
              why: "the same program's realisasi differs by 1.000.000 between the two tables",
            },
          ]
        : [];
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

/** REALISASI FISIK (%) beside KEUANGAN (Rp) and (%): the physical % is neither summed nor the serapan. */
function physicalAndFinancial(planted: boolean): CorpusCase {
  const fisik: Record<string, number> = {};
  const tree = dottedTree();
  return {
    id: planted ? "lra-fisik-keuangan" : "lra-fisik-keuangan-bersih",
    layout:
      "Bappeda budget: PAGU (Rp) | REALISASI FISIK (%) | REALISASI KEUANGAN (Rp) | KEUANGAN (%) | SISA (Rp); parents' fisik is the pagu-weighted mean of their children" +
      (planted ? "; planted: one keuangan % wrong" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const o: LraOptions = {
        columns: ["kode", "uraian", "pagu", "keterangan", "realisasi", "persen", "sisa"],
        headers: {
          kode: "KODE",
          uraian: "PROGRAM/KEGIATAN",
          pagu: "PAGU (Rp)",
          keterangan: "FISIK (%)",
          realisasi: "KEUANGAN (Rp)",
          persen: "KEUANGAN (%)",
          sisa: "SISA (Rp)",
        },
        groups: { keterangan: "REALISASI", realisasi: "REALISASI", persen: "REALISASI" },
        codeIn: "kode",
        boldParents: true,
        total: { label: "JUMLAH", mergeTo: "uraian" },
        amounts: "number",
        persenDecimals: 2,
        rounding: "round",
      };
      const plants = (m: LraModel): Plant[] => {
        // physical progress: leaves from their own reports, parents weighted by pagu
        const weighted = (id: string): number => {
          const node = m.nodes.get(id);
          if (!node?.kids?.length) {
            const a = m.amounts.get(id);
            fisik[id] = a ? Math.min(100, shown(percent(a.realisasi, a.pagu).plus(4), 2)) : 100;
            return fisik[id];
          }
          const kids = node.kids.map((_, i) => `${id}.${i}`);
          const num = kids.reduce((s, k) => s + weighted(k) * (m.amounts.get(k)?.pagu ?? 0), 0);
          fisik[id] = shown(num / (m.amounts.get(id)?.pagu ?? 1), 2);
          return fisik[id];
        };
        tree.forEach((_, i) => weighted(`n${i}`));
        const out: Plant[] = Object.entries(fisik).map(([rowId, v]) => ({
          rowId,
          key: "keterangan",
          value: v,
          rule: "-",
          why: "",
        }));
        if (planted) {
          const a = m.amounts.get("n1.0.1");
          const right = a ? shown(percent(a.realisasi, a.pagu), 2) : 0;
          out.push({
            rowId: "n1.0.1",
            key: "persen",
            value: shown(right + 2.6, 2),
            rule: "persen-anggaran",
            why: `${right} expected, typed ${shown(right + 2.6, 2)}`,
          });
        }
        return out;
      };
      const { placed, plants: list } = lraSheet(wb, "Realisasi Fisik Keuangan", tree, o, plants, [
        "REALISASI FISIK DAN KEUANGAN TAHUN 2024",
      ]);
      return {
        xlsx: await saveWorkbook(wb),
        expected: truthOf(
          placed,
          list.filter((p) => p.rule !== "-"),
        ),
      };
    },
  };
}

/** SIPD sub kegiatan broken down by belanja levels: 5.1 → 5.1.02 → 5.1.02.01.01.0024 rekening. */
function sipdBelanjaTree(): BudgetNode[] {
  return [
    {
      code: "7.01.01",
      name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      kids: [
        {
          code: "7.01.01.2.06",
          name: "Administrasi Umum Perangkat Daerah",
          kids: [
            {
              code: "7.01.01.2.06.0004",
              name: "Penyediaan Bahan Logistik Kantor",
              kids: [
                {
                  code: "5.1",
                  name: "BELANJA OPERASI",
                  kids: [
                    {
                      code: "5.1.02",
                      name: "Belanja Barang dan Jasa",
                      kids: [
                        leaf(
                          "5.1.02.01.01.0024",
                          "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
                          18_450_000,
                          18_112_500,
                        ),
                        leaf("5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak", 6_200_000, 5_987_000),
                        leaf(
                          "5.1.02.01.01.0029",
                          "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer",
                          4_750_000,
                          4_750_000,
                        ),
                      ],
                    },
                  ],
                },
              ],
            },
            {
              code: "7.01.01.2.06.0009",
              name: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
              kids: [
                {
                  code: "5.1",
                  name: "BELANJA OPERASI",
                  kids: [
                    {
                      code: "5.1.02",
                      name: "Belanja Barang dan Jasa",
                      kids: [
                        leaf("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 12_600_000, 11_940_000),
                        leaf("5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 38_500_000, 36_215_400),
                        leaf("5.1.02.04.01.0003", "Belanja Perjalanan Dinas Dalam Kota", 9_000_000, 8_400_000),
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ];
}

function sipdBelanja(planted: boolean): CorpusCase {
  const o: LraOptions = {
    columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"],
    headers: {
      kode: "Kode Rekening",
      uraian: "Uraian",
      pagu: "Anggaran",
      realisasi: "Realisasi",
      sisa: "Sisa Anggaran",
      persen: "Persentase",
    },
    codeIn: "kode",
    boldParents: true,
    total: { label: "JUMLAH BELANJA", mergeTo: "uraian" },
    amounts: "number",
    persenDecimals: 2,
    rounding: "round",
    amountFmt: "#,##0.00",
  };
  return {
    id: planted ? "sipd-jenis-belanja" : "sipd-jenis-belanja-bersih",
    layout:
      "SIPD realisasi export per sub kegiatan broken down by belanja levels (5.1 BELANJA OPERASI → 5.1.02 Belanja Barang dan Jasa → rekening 5.1.02.01.01.0024), the same 5.1 / 5.1.02 codes repeated under each sub kegiatan" +
      (planted ? "; planted: the second 5.1.02 realisasi is not the sum of its rekening" : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const plants = (m: LraModel): Plant[] => {
        const a = m.amounts.get("n0.0.1.0.0");
        if (!planted || !a) return [];
        const wrong = a.realisasi - 1_000_000;
        return [
          {
            rowId: "n0.0.1.0.0",
            key: "realisasi",
            value: wrong,
            rule: "jumlah-induk",
            why: `rekening sum to ${idText(a.realisasi)}, typed ${idText(wrong)}`,
          },
          { rowId: "n0.0.1.0.0", key: "sisa", value: a.pagu - wrong, rule: "-", why: "" },
          { rowId: "n0.0.1.0.0", key: "persen", value: shown(percent(wrong, a.pagu), 2), rule: "-", why: "" },
        ];
      };
      const { placed, plants: list } = lraSheet(wb, "LRA SIPD", sipdBelanjaTree(), o, plants, [
        "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH",
        "SKPD : 7.01.0.00.0.00.02.0000 KECAMATAN TANJUNG HARAPAN",
      ]);
      return {
        xlsx: await saveWorkbook(wb),
        expected: truthOf(
          placed,
          list.filter((p) => p.rule !== "-"),
        ),
      };
    },
  };
}

export const BUDGET_PATTERNS: CorpusCase[] = [
  sipdBelanja(true),
  sipdBelanja(false),
  physicalAndFinancial(true),
  physicalAndFinancial(false),
  romanLetters(true),
  romanLetters(false),
  realisasiPercentClean(),
  quarters(true),
  quarters(false),
  monthlyPeriodHeaders(true),
  monthlyPeriodHeaders(false),
  subtotals(true),
  subtotals(false),
  mixedTextClean(),
  twoTables(true),
  twoTables(false),
];
