/** Column periods from header words. */
import { columnPeriod } from "../../../src/core/tables/periods";

const period = (own: string, block?: string) => columnPeriod(own, block)?.period ?? null;

describe("columnPeriod", () => {
  it.each([
    ["JUMLAH REALISASI", undefined, "kumulatif"],
    ["REALISASI S.D. BULAN INI", undefined, "kumulatif"],
    ["Realisasi s/d Bulan Lalu", undefined, "kumulatif-lalu"],
    ["REALISASI BULAN INI", undefined, "periode"],
    ["TW III", "REALISASI (Rp)", "periode"],
    ["Januari", "REALISASI", "periode"],
    ["TARGET AKHIR RENSTRA (2026)", undefined, "renstra"],
    ["Target", "Kondisi Akhir Periode Renstra", "renstra"],
    ["TARGET 2024", undefined, "tahun"],
    ["REALISASI AKHIR TAHUN", undefined, "kumulatif"],
    ["REALISASI", undefined, null],
  ])("%s (%s) → %s", (own, block, expected) => {
    expect(period(own, block)).toBe(expected);
  });
  it("a quarter column carries its quarter", () => {
    expect(columnPeriod("TW IV", "REALISASI")?.quarter).toBe(4);
    expect(columnPeriod("Triwulan 2", undefined)?.quarter).toBe(2);
  });
});
