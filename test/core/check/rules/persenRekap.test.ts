/** persen-rekap: a recap's share per predikat is its count ÷ the indicators counted × 100. */
import { checkSheets } from "../../../support/checkSheets";

import type { CellInput } from "../../../support/workbooks";

type Row = CellInput[];

/** Six indicators: 4 Sangat Tinggi (104, 100, 96, 91), 2 Tinggi (88, 80). */
const PK: Row[] = [
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
  [1, "Persentase layanan tepat waktu", 100, 104, 104],
  [2, "Indeks kepuasan masyarakat", 80, 80, 100],
  [3, "Persentase dokumen perencanaan tepat waktu", 100, 96, 96],
  [4, "Persentase aduan tertangani", 100, 91, 91],
  [5, "Persentase desa dengan APBDes tepat waktu", 100, 88, 88],
  [6, "Persentase kegiatan pemberdayaan terlaksana", 100, 80, 80],
];

const recap = (shares: CellInput[], total: CellInput = 100): Row[] => [
  ["No", "Predikat", "Jumlah Indikator", "Persentase (%)"],
  [1, "Sangat Tinggi", 4, shares[0]],
  [2, "Tinggi", 2, shares[1]],
  [3, "Sedang", 0, shares[2]],
  [null, "Jumlah", 6, total],
];

async function findings(rows: Row[]) {
  const result = await checkSheets([
    { name: "PK", rows: PK },
    { name: "Rekap", rows },
  ]);
  return result.findings.filter((f) => f.severity !== "info");
}

describe("persen-rekap", () => {
  it("right shares, also a Jumlah of 100 or of the rounded shares, and one share nudged so they add up to 100", async () => {
    expect(await findings(recap([66.67, 33.33, 0]))).toEqual([]);
    expect(await findings(recap([66.67, 33.33, "-"]))).toEqual([]);
    expect(await findings(recap([66.67, 33.34, 0], 100.01))).toEqual([]);
    expect(await findings(recap([66.66, 33.34, 0]))).toEqual([]);
  });

  it("a share that is not its count's: 66,76 for 4 of 6, with the formula count ÷ Jumlah × 100", async () => {
    const found = await findings(recap([66.76, 33.33, 0], 100.09));
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(["persen-rekap@D2"]);
    expect(found[0].message).toBe("Persentase tertulis 66,76, padahal 4 dari 6 indikator adalah 66,67 %.");
    expect(found[0].fix).toEqual({ value: 66.67, formula: "C2/C5*100" });
  });

  it("shares kept as fractions under a % format are read and fixed as fractions", async () => {
    const pct = (v: number) => ({ v, fmt: "0.00%" });
    expect(await findings(recap([pct(0.6667), pct(0.3333), pct(0)], pct(1)))).toEqual([]);
    const found = await findings(recap([pct(0.6676), pct(0.3333), pct(0)], pct(1)));
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(["persen-rekap@D2"]);
    expect(found[0].fix).toEqual({ value: 0.6667, formula: "C2/C5" });
  });

  it("a Jumlah share that is neither 100 nor the sum of the shares", async () => {
    const found = await findings(recap([66.67, 33.33, 0], 90));
    expect(found.map((f) => `${f.rule}@${f.cell}`)).toEqual(["persen-rekap@D5"]);
  });

  it("counts that do not add up to their Jumlah: no share is judged (rekap-predikat says what is wrong)", async () => {
    const rows = recap([66.67, 33.33, 0]);
    rows[1][2] = 5;
    const found = await findings(rows);
    expect(found.some((f) => f.rule === "persen-rekap")).toBe(false);
  });
});

describe("a recap whose counts are off by a wrong count", () => {
  it("reads its shares against the counts corrected: a wrong share is still found, the right ones are not", async () => {
    // Tinggi typed 3 for 2: the counts add up to 7, the Jumlah says 6. Shares against 4 and 2 of 6.
    const rows = recap([60, 33.33, 0]);
    rows[2][2] = 3;
    const found = (await findings(rows)).map((f) => `${f.rule}@${f.cell}`);
    expect(found).toEqual(["persen-rekap@D2", "rekap-predikat@C3"]);
  });
});
