/**
 * surplus-defisit: the SURPLUS / (DEFISIT) row of an LRA with PENDAPATAN and BELANJA sections (RSUD
 * BLUD, UPTD, Bapenda) is part of the table and must equal income minus spending, per amount column,
 * whether the sections close with JUMLAH rows, carry their totals on their heading rows, or neither.
 */
import { checkSheets, serious } from "../../../support/checkSheets";

type Row = (string | number | null)[];

/** JUMLAH PENDAPATAN and JUMLAH BELANJA rows, a blank row, then the surplus (realisasi D15). */
function withJumlah(surplus: Row, blank = true): Row[] {
  return [
    ["KODE REKENING", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "LEBIH / (KURANG) (Rp)", "%"],
    ["4", "PENDAPATAN", 48_000_000_000, 30_768_000_000, -17_232_000_000, 64.1],
    ["4.1.04.16.01.0001", "Pendapatan BLUD RSUD", 48_000_000_000, 30_768_000_000, -17_232_000_000, 64.1],
    ["", "JUMLAH PENDAPATAN", 48_000_000_000, 30_768_000_000, -17_232_000_000, 64.1],
    [],
    ["5", "BELANJA"],
    [
      "1.02.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      59_706_300_000,
      51_515_332_540,
      -8_190_967_460,
      86.28,
    ],
    ["1.02.01.2.10", "Peningkatan Pelayanan BLUD", 41_250_000_000, 33_412_875_640, -7_837_124_360, 81],
    ["1.02.01.2.10.0001", "Pelayanan dan Penunjang Pelayanan BLUD", 41_250_000_000, 33_412_875_640, -7_837_124_360, 81],
    ["1.02.01.2.02", "Administrasi Keuangan Perangkat Daerah", 18_456_300_000, 18_102_456_900, -353_843_100, 98.08],
    ["1.02.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 18_456_300_000, 18_102_456_900, -353_843_100, 98.08],
    ["1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", 10_296_550_000, 9_911_105_400, -385_444_600, 96.26],
    ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 10_296_550_000, 9_911_105_400, -385_444_600, 96.26],
    ["", "JUMLAH BELANJA", 70_002_850_000, 61_426_437_940, -8_576_412_060, 87.75],
    ...(blank ? [[]] : []),
    surplus,
  ];
}

/** Totals on the section heading rows (4 PENDAPATAN DAERAH, 5 BELANJA DAERAH), amounts as text. */
function withHeads(surplus: Row): Row[] {
  return [
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"],
    ["4", "PENDAPATAN DAERAH", "Rp 1.430.000.000,-", "Rp 1.480.750.000,-", "103,55"],
    ["4.1.02.01.01.0012", "Retribusi Pemakaian Laboratorium", "Rp 1.250.000.000,-", "Rp 1.318.450.000,-", "105,48"],
    ["4.1.02.01.01.0013", "Retribusi Pengujian Alat Berat", "Rp 180.000.000,-", "Rp 162.300.000,-", "90,17"],
    [],
    ["5", "BELANJA DAERAH", "Rp 2.942.500.000,-", "Rp 2.892.111.300,-", "98,29"],
    ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS", "Rp 1.902.500.000,-", "Rp 1.874.761.300,-", "98,54"],
    ["5.1.02.01.01.0052", "Belanja Bahan Kimia", "Rp 315.000.000,-", "Rp 298.450.000,-", "94,75"],
    ["5.2.02.05.01.0001", "Belanja Modal Alat Laboratorium", "Rp 725.000.000,-", "Rp 718.900.000,-", "99,16"],
    surplus,
  ];
}

const check = async (rows: Row[]) => checkSheets([{ name: "LRA", rows }]);

describe("surplus-defisit", () => {
  it("a wrong realisasi surplus under JUMLAH PENDAPATAN / JUMLAH BELANJA is reported, after a blank row or without one", async () => {
    for (const blank of [true, false]) {
      const result = await check(withJumlah([null, "SURPLUS / (DEFISIT)", -22_002_850_000, -30_659_437_940], blank));
      const cell = blank ? "D16" : "D15";
      expect(serious(result)).toEqual([`surplus-defisit@LRA!${cell}`]);
      const finding = result.findings.find((f) => f.rule === "surplus-defisit")!;
      expect(finding.expected).toBe("-30.658.437.940");
      expect(finding.fix).toEqual({ value: -30_658_437_940, formula: "D4-D14" });
    }
  });

  it("a correct surplus gives no finding, and its Lebih/(Kurang) is checked as the column's difference", async () => {
    expect(
      serious(await check(withJumlah([null, "SURPLUS / (DEFISIT)", -22_002_850_000, -30_658_437_940, -8_655_587_940]))),
    ).toEqual([]);
    const wrongSisa = await check(withJumlah([null, "SURPLUS / (DEFISIT)", -22_002_850_000, -30_658_437_940, -8_655_000_000]));
    expect(serious(wrongSisa)).toEqual(["selisih@LRA!E16"]);
  });

  it("without JUMLAH rows the totals come from the heading rows, amounts typed as text in brackets", async () => {
    const wrong = await check(withHeads([null, "SURPLUS/(DEFISIT)", "(1.512.500.000)", "(1.421.361.300)"]));
    expect(serious(wrong)).toEqual(["surplus-defisit@LRA!D10"]);
    expect(serious(await check(withHeads([null, "SURPLUS/(DEFISIT)", "(1.512.500.000)", "(1.411.361.300)"])))).toEqual([]);
    expect(serious(await check(withHeads([null, "Surplus/Defisit", -1_512_500_000, -1_411_361_300])))).toEqual([]);
  });

  it("without JUMLAH rows or amounts on the BELANJA heading, the section is the sum of its top rows", async () => {
    const rows = (surplus: Row) => withJumlah(surplus, false).filter((r) => !/^JUMLAH/.test(String(r[1] ?? "")));
    expect(serious(await check(rows([null, "SURPLUS / (DEFISIT)", -22_002_850_000, -30_658_437_940])))).toEqual([]);
    expect(serious(await check(rows([null, "SURPLUS / (DEFISIT)", -22_002_850_000, -30_568_437_940])))).toEqual([
      "surplus-defisit@LRA!D13",
    ]);
  });

  it("the sign carries meaning under SURPLUS / (DEFISIT); under DEFISIT alone the amount may be written without it", async () => {
    expect(serious(await check(withHeads([null, "SURPLUS / (DEFISIT)", 1_512_500_000, 1_411_361_300])))).toEqual([
      "surplus-defisit@LRA!C10",
      "surplus-defisit@LRA!D10",
    ]);
    expect(serious(await check(withHeads([null, "DEFISIT", 1_512_500_000, 1_411_361_300])))).toEqual([]);
  });

  it("SILPA and PEMBIAYAAN NETTO rows are left unchecked, and a belanja-only table has no surplus to check", async () => {
    const silpa = [...withHeads([null, "SURPLUS/(DEFISIT)", -1_512_500_000, -1_411_361_300]), [null, "SILPA", 5, 7]];
    expect(serious(await check(silpa))).toEqual([]);
    const netto = withHeads([null, "PEMBIAYAAN NETTO", 1_000, 2_000]);
    expect(serious(await check(netto))).toEqual([]);
    const belanja = withHeads([null, "SURPLUS/(DEFISIT)", 5, 7]).filter((r, i) => i === 0 || !/^4/.test(String(r[0] ?? "")));
    expect(serious(await check(belanja))).toEqual([]);
  });
});
