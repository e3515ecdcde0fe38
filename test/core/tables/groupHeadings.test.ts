/**
 * What a table's rows are called: group headings without amounts (A | BIDANG …) are "kelompok", the
 * programs under them programs; the desa of an IDM list are rows, not programs. Only the words change:
 * nothing here may add a finding.
 */
import { tableSummary } from "../../../src/core/tables";
import { checkSheets, serious } from "../../support/checkSheets";
import type { CellInput, SheetSpec } from "../../support/workbooks";

const money = (v: number) => ({ v, fmt: "#,##0" });
const pct = (v: number) => ({ v, fmt: "0.00" });

/** Rekap per bidang: headings A/B/C with no amounts, numbered programs, a Jumlah per bidang and a TOTAL. */
function rekapPerBidang(headingCode: (i: number) => string | null): SheetSpec {
  const groups: [string, [string, number, number][]][] = [
    [
      "Sekretariat",
      [
        ["Program Penunjang Urusan Pemerintahan Daerah", 2_480_000_000, 2_391_500_000],
        ["Program Perencanaan Pembangunan Daerah", 315_000_000, 301_800_000],
      ],
    ],
    [
      "Bidang Perencanaan Ekonomi dan Sumber Daya Alam",
      [
        ["Program Koordinasi Perencanaan Bidang Perekonomian", 276_500_000, 262_150_000],
        ["Program Perencanaan Bidang Infrastruktur", 198_000_000, 190_410_000],
      ],
    ],
    ["Bidang Pemerintahan dan Pembangunan Manusia", [["Program Koordinasi Perencanaan Pemerintahan", 224_000_000, 219_520_000]]],
  ];
  const rows: CellInput[][] = [
    ["REKAPITULASI REALISASI ANGGARAN PER BIDANG TAHUN 2025"],
    [],
    ["No", "Bidang / Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"],
  ];
  let ta = 0;
  let tr = 0;
  groups.forEach(([name, programs], g) => {
    rows.push([headingCode(g), { v: name, bold: true }, null, null, null]);
    let ga = 0;
    let gr = 0;
    programs.forEach(([p, a, r], i) => {
      rows.push([i + 1, p, money(a), money(r), pct(Math.round((r * 10000) / a) / 100)]);
      ga += a;
      gr += r;
    });
    rows.push([null, `Jumlah ${name}`, money(ga), money(gr), pct(Math.round((gr * 10000) / ga) / 100)]);
    ta += ga;
    tr += gr;
  });
  rows.push([null, "TOTAL", money(ta), money(tr), pct(Math.round((tr * 10000) / ta) / 100)]);
  return { name: "Rekap per Bidang", rows };
}

describe("group heading rows", () => {
  it.each([
    ["letters A, B, C", (g: number) => "ABC"[g]],
    ["roman numerals I, II, III", (g: number) => ["I", "II", "III"][g]],
  ])("headings coded with %s above numbered programs are kelompok, the programs programs", async (_, code) => {
    const result = await checkSheets([rekapPerBidang(code)]);
    expect(serious(result)).toEqual([]);
    expect(tableSummary(result.tables[0])).toContain("3 kelompok, 5 program");
    const heading = result.tables[0].rows.find((r) => r.label === "Sekretariat");
    expect(heading?.role).toBe("kelompok");
  });

  it("a program row without amounts of its own, above its kegiatan, stays a program", async () => {
    const rows: CellInput[][] = [
      ["Kode", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
      ["1", "Pelayanan Administrasi Perkantoran", null, null, null],
      ["1.1", "Penyediaan Jasa Surat Menyurat", money(24_000_000), money(23_100_000), pct(96.25)],
      ["1.2", "Penyediaan Alat Tulis Kantor", money(36_000_000), money(34_200_000), pct(95)],
      ["2", "Peningkatan Sarana dan Prasarana Aparatur", null, null, null],
      ["2.1", "Pemeliharaan Rutin Gedung Kantor", money(85_000_000), money(81_600_000), pct(96)],
    ];
    const result = await checkSheets([{ name: "LRA", rows }]);
    expect(tableSummary(result.tables[0])).toContain("2 program, 3 kegiatan");
  });

  it("a heading named Program keeps its name even without amounts", async () => {
    const rows: CellInput[][] = [
      ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
      ["A", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", null, null, null],
      [1, "Perencanaan, Penganggaran dan Evaluasi", money(124_000_000), money(120_280_000), pct(97)],
      [2, "Administrasi Keuangan", money(96_000_000), money(91_200_000), pct(95)],
    ];
    const result = await checkSheets([{ name: "LRA", rows }]);
    expect(result.tables[0].rows.find((r) => r.code === "A")?.role).toBe("program");
  });
});

describe("uncoded group headings whose programs are numbered again from 1", () => {
  const uncoded = () => rekapPerBidang(() => null);

  it("the programs 1, 2 of each bidang are no duplicate codes, and the headings are kelompok", async () => {
    const result = await checkSheets([uncoded()]);
    expect(serious(result)).toEqual([]);
    expect(tableSummary(result.tables[0])).toContain("3 kelompok, 5 program, 4 baris jumlah");
  });

  it("a wrong Jumlah of a bidang is still found against its own programs", async () => {
    const sheet = uncoded();
    // "Jumlah Sekretariat" (row 7): realisasi 2.693.300.000, typed 2.693.400.000.
    sheet.rows[6][3] = money(2_693_400_000);
    const result = await checkSheets([sheet]);
    expect(serious(result)).toEqual(["total@Rekap per Bidang!D7"]);
  });

  it("a code written twice inside one bidang is still a kode-ganda", async () => {
    const sheet = uncoded();
    sheet.rows[5][0] = 1; // the second program of Sekretariat numbered 1 again
    const result = await checkSheets([sheet]);
    expect(serious(result)).toEqual(["kode-ganda@Rekap per Bidang!A6"]);
  });
});

describe("a subtotal named after its heading without the heading's bracketed note", () => {
  it("'Jumlah UPT Puskesmas' closes the group headed 'UPT PUSKESMAS (BLUD)'", async () => {
    const rows: CellInput[][] = [
      ["No", "Unit / Program", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      ["A", { v: "UPT PUSKESMAS (BLUD)", bold: true }, null, null, null],
      [1, "Program Pemenuhan Upaya Kesehatan (BLUD Puskesmas)", money(6_450_800_000), money(5_987_321_150), pct(92.82)],
      [2, "Program Peningkatan Mutu Layanan Puskesmas", money(1_200_000_000), money(1_140_000_000), pct(95)],
      [null, "Jumlah UPT Puskesmas", money(7_650_800_000), money(7_127_321_150), pct(93.16)],
    ];
    const result = await checkSheets([{ name: "Sumber Dana", rows }]);
    expect(serious(result)).toEqual([]);
    expect(tableSummary(result.tables[0])).toContain("1 kelompok, 2 program, 1 baris jumlah");
  });
});

describe("lists without money", () => {
  it("desa and their dusun in a population list are rows, not programs and kegiatan", async () => {
    const rows: CellInput[][] = [
      ["JUMLAH PENDUDUK PER DESA DAN DUSUN KECAMATAN TANAH SEPENGGAL 2025"],
      [],
      ["No", "Desa / Dusun", "Jumlah KK", "Jumlah Penduduk"],
      ["1", "Desa Sungai Ulak", 412, 1530],
      ["1.1", "Dusun I", 210, 790],
      ["1.2", "Dusun II", 202, 740],
      ["2", "Desa Pulau Batu", 356, 1318],
      ["2.1", "Dusun Ilir", 180, 671],
      ["2.2", "Dusun Ulu", 176, 647],
    ];
    const result = await checkSheets([{ name: "Penduduk", rows }]);
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].kind).toBe("daftar");
    expect(tableSummary(result.tables[0])).toContain("6 baris");
    expect(result.tables[0].rows.find((r) => r.label === "Dusun I")?.parent).toBe(3);
  });
});
