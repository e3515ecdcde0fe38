/**
 * rata-rata checks only an average row as the mean of the rows above. A total row's % is a ratio of
 * its sums (total realisasi ÷ total ketetapan × 100), never their mean: it is not offered an AVERAGE
 * fix that would write a wrong value, whether or not the divisor column is understood.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

/** PBB per kelurahan: SPPT count, ketetapan pokok, realisasi, % and tunggakan (arrears), closed by Jumlah. */
const KELURAHAN: [string, number, number, number][] = [
  ["Kelurahan Sukamaju", 1450, 312_450_000, 287_100_000],
  ["Kelurahan Sukajadi", 980, 198_700_000, 181_250_000],
  ["Kelurahan Mekarsari", 2210, 455_300_000, 379_800_000],
  ["Kelurahan Cipayung", 760, 143_900_000, 127_420_000],
  ["Kelurahan Margahayu", 1320, 276_800_000, 246_500_000],
  ["Kelurahan Karanganyar", 640, 121_350_000, 99_875_000],
];

const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;

function pbb(divisorHeader: string, closing: string, percent?: number): SheetSpec {
  const sum = (k: 1 | 2 | 3) => KELURAHAN.reduce((a, x) => a + x[k], 0);
  const total = percent ?? pct(sum(3), sum(2));
  return {
    name: "PBB Kelurahan",
    rows: [
      ["Realisasi Penerimaan PBB-P2 per Kelurahan Tahun 2025"],
      [],
      ["No", "Kelurahan", "Jumlah SPPT", divisorHeader, "Realisasi (Rp)", "%", "Tunggakan (Rp)"],
      ...KELURAHAN.map(([name, sppt, ketetapan, realisasi], i) => [
        i + 1,
        name,
        sppt,
        ketetapan,
        realisasi,
        pct(realisasi, ketetapan),
        ketetapan - realisasi,
      ]),
      [null, closing, sum(1), sum(2), sum(3), total, sum(2) - sum(3)],
    ],
  };
}

describe("rata-rata on a total row", () => {
  it("a Jumlah % that is total realisasi ÷ total ketetapan is not checked as the mean of the rows", async () => {
    // 1.321.945.000 / 1.508.500.000 = 87,63; the mean of the six % is 87,56.
    expect(serious(await checkSheets([pbb("Ketetapan Pokok (Rp)", "Jumlah")]))).toEqual([]);
  });

  it("nor when the divisor column has no role: with the inputs unknown, the total's % is not checked", async () => {
    expect(serious(await checkSheets([pbb("Pokok PBB Terhutang (Rp)", "Jumlah")]))).toEqual([]);
  });

  it("an average row is still checked as the mean of the rows above", async () => {
    // 90,12 is neither the mean of the six % (87,56) nor the ratio of the row's own sums (87,63).
    const result = await checkSheets([pbb("Ketetapan Pokok (Rp)", "Rata-rata", 90.12)]);
    expect(serious(result)).toEqual(["rata-rata@PBB Kelurahan!F10"]);
    expect(result.findings.find((f) => f.rule === "rata-rata")?.fix?.formula).toBe("AVERAGE(F4:F9)");
  });
});
