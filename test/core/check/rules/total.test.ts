/**
 * total: a JUMLAH cell that matches its rows once their own row totals are fixed is right; flagging
 * it would have "Perbaiki semua" break it together with the row it really follows.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { CASES } from "../unseen2/cases";
import { checkSheets, serious as where } from "../../../support/checkSheets";

it("bulanan-lebar: the row total AB6 is flagged, the JUMLAH AB9 that is the true sum is not; U9 still is", async () => {
  const c = CASES.find((x) => x.id === "bulanan-lebar")!;
  const findings = checkWorkbook(await readXlsx(await c.build())).findings.filter((f) => f.rule === "total");
  expect(findings.map((f) => [f.cell, f.expected])).toEqual([
    ["AB6", "8.950.000"],
    ["U9", "119.805.566"],
  ]);
});

describe("a Jumlah row in an indicator table of one measure", () => {
  type Row = (string | number | null)[];
  const kelurahan = (jumlahRealisasi: number, satuan: string[] = ["jiwa", "jiwa", "jiwa"]): Row[] => [
    ["No", "Kelurahan", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Sukamaju", satuan[0], 5200, 5050, 97.12],
    [2, "Sukamakmur", satuan[1], 6100, 5890, 96.56],
    [3, "Sukarame", satuan[2], 4300, 4210, 97.91],
    [null, "JUMLAH", null, 15600, jumlahRealisasi, 97.12],
  ];
  const serious = async (rows: Row[]) => where(await checkSheets([{ name: "KTP-el", rows }]));

  it("counts of one satuan add up: a Jumlah realisasi 100 off is found", async () => {
    expect(await serious(kelurahan(15150))).toEqual([]);
    expect(await serious(kelurahan(15250))).toContain("total@KTP-el!E5");
  });

  it("indicators of different satuan (%, indeks, dokumen) are never added up", async () => {
    const found = await serious(kelurahan(15250, ["%", "indeks", "dokumen"]));
    expect(found.filter((k) => k.startsWith("total@"))).toEqual([]);
  });
});

describe("a Jumlah under programs and their kegiatan in one indicator table", () => {
  type Row = (string | number | null)[];
  /** Output indicators beside the budget: programs 1 and 2, their kegiatan; kegiatan 1.1 has two indicators (its code merged over both). */
  const rows = (jumlahPagu: number): Row[] => [
    [
      "No",
      "Program / Kegiatan",
      "Indikator Output",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Pagu (Rp)",
      "Realisasi Anggaran (Rp)",
      "% Serapan",
    ],
    ["1", "Program Lalu Lintas", null, null, null, null, 1157500000, 1111105600, 95.99],
    ["1.1", "Perlengkapan jalan", "Rambu terpasang", 120, 112, 93.33, 845000000, 812345600, 96.14],
    [null, null, "Marka jalan (meter)", 2500, 2500, 100, 845000000, 812345600, 96.14],
    ["1.2", "Pengujian kendaraan", "Kendaraan diuji", 3200, 3415, 106.72, 312500000, 298760000, 95.6],
    ["2", "Program Pelayaran", null, null, null, null, 1348000000, 1284546000, 95.29],
    ["2.1", "Dermaga sungai", "Dermaga dibangun", 2, 2, 100, 1250000000, 1187421000, 94.99],
    ["2.2", "Keselamatan pelayaran", "Pelampung", 500, 430, 86, 98000000, 97125000, 99.11],
    [null, "JUMLAH", null, null, null, null, jumlahPagu, 2395651600, 95.62],
  ];
  const sheet = (jumlahPagu: number) => [{ name: "PK Kegiatan", rows: rows(jumlahPagu), merges: ["A3:A4", "B3:B4"] }];

  it("adds up one code level, a kegiatan's pagu once however many indicators it has", async () => {
    expect(where(await checkSheets(sheet(2505500000)))).toEqual([]);
  });

  it("a Jumlah that is no level's sum is found", async () => {
    expect(where(await checkSheets(sheet(2605500000)))).toContain("total@PK Kegiatan!G9");
  });
});

describe("a count table: JUMLAH (jiwa) | TERTANGANI (jiwa)", () => {
  it("the JUMLAH row of the served column is summed too", async () => {
    const result = await checkSheets([
      {
        name: "PMKS",
        rows: [
          ["NO", "JENIS PMKS", "JUMLAH (jiwa)", "TERTANGANI (jiwa)"],
          [1, "Anak terlantar", 1_240, 1_102],
          [2, "Lanjut usia terlantar", 2_310, 1_985],
          [3, "Penyandang disabilitas", 1_875, 1_640],
          [null, "JUMLAH", 5_425, 4_827],
        ],
      },
    ]);
    // 1.102 + 1.985 + 1.640 = 4.727.
    expect(where(result)).toEqual(["total@PMKS!D5"]);
  });
});

describe("uncoded subtotals at the top of their groups (blind round 25)", () => {
  type Row = (string | number | null)[];
  /** "Jumlah Bidang …" above its kegiatan; the grand total at the top or at the bottom. */
  const rows = (label: string, sekretariat: number, grandAtTop: boolean): Row[] => {
    const grand: Row = [null, "JUMLAH TOTAL", 7774100000, 7532029850, 242070150, 96.9];
    return [
      ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "Serapan (%)"],
      ...(grandAtTop ? [grand] : []),
      [null, `${label} Sekretariat`, sekretariat, 5696888850, 147211150, 97.5],
      [1, "Penyediaan Gaji dan Tunjangan ASN", 5432100000, 5298765400, 133334600, 97.5],
      [2, "Penyediaan Jasa Kantor", 412000000, 398123450, 13876550, 96.6],
      [null, `${label} Aplikasi Informatika`, 1930000000, 1835141000, 94859000, 95.1],
      [3, "Pengembangan Aplikasi SPBE", 1250000000, 1187654000, 62346000, 95],
      [4, "Pengelolaan Pusat Data", 645000000, 612987000, 32013000, 95],
      [5, "Pengelolaan Nama Domain", 35000000, 34500000, 500000, 98.6],
      ...(grandAtTop ? [] : [grand]),
    ];
  };
  const serious = async (r: Row[]) => where(await checkSheets([{ name: "LRA", rows: r }]));

  it.each([
    ["Jumlah Bidang", true],
    ["Jumlah Bidang", false],
    ["Sub Total", true],
  ])("%s above its rows (grand total at the top: %s) closes the rows below it", async (label, top) => {
    expect(await serious(rows(label, 5844100000, top))).toEqual([]);
  });

  it("a top subtotal that is not the sum of the rows below it is found", async () => {
    const found = await serious(rows("Jumlah Bidang", 5844200000, true));
    expect(found.filter((k) => k.startsWith("total@"))).toEqual(["total@LRA!C3"]);
  });
});
