/** selisih: a difference column declared by the numbering row (6 = 5 − 4), in indicator and budget tables. */
import { checkSheets, serious } from "../../../support/checkSheets";

describe("selisih beside a “-” operand", () => {
  const indicators = (realisasi: number | string, selisih: number | string) => ({
    name: "PK",
    rows: [
      ["No", "Indikator", "Satuan", "Target", "Realisasi", "Selisih", "Capaian (%)", "Keterangan"],
      ["1", "2", "3", "4", "5", "6 = 5 - 4", "7", "8"],
      [1, "Laju inflasi daerah", "%", 3, realisasi, selisih, "-", "negatif: semakin rendah semakin baik"],
      [2, "Jumlah pasar dipantau", "pasar", 12, 12, 0, 100, ""],
      [3, "Persentase pasar tertib", "%", 80, 76, -4, 95, ""],
    ],
  });

  it("an indicator's realisasi “-” is no data: a selisih “-” beside it is no finding", async () => {
    expect(serious(await checkSheets([indicators("-", "-")]))).toEqual([]);
  });

  it("a selisih typed as a number read the dash as 0, and is checked so, saying it", async () => {
    const result = await checkSheets([indicators("-", 3)]);
    expect(serious(result)).toEqual(["selisih@PK!F3"]);
    expect(result.findings.find((f) => f.cell === "F3")?.message).toBe(
      "Selisih tertulis 3, seharusnya -3 (E3 − D3: - (dibaca 0) − 3 menurut rumus kolom di baris penomoran).",
    );
  });

  it("in a budget table “-” is 0 rupiah: a sisa “-” beside a realisasi “-” is still checked", async () => {
    const result = await checkSheets([
      {
        name: "LRA",
        rows: [
          ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
          [1, "Program Penunjang Urusan", 1_000_000, "-", "-", 0],
          [2, "Program Pelayanan Publik", 2_000_000, 1_500_000, 500_000, 75],
        ],
      },
    ]);
    expect(serious(result)).toEqual(["selisih@LRA!E2"]);
  });
});
