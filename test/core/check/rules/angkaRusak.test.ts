import { parseNumber } from "../../../../src/core/numbers";
import { brokenNumberHint } from "../../../../src/core/check/rules/angkaRusak";

/** Each typing slip seen in real LKjIP sheets, named in plain words; the parser must find each one broken. */
describe("brokenNumberHint", () => {
  it.each([
    ["97,2 2", "ada spasi di tengah angka"],
    ["97.2 2", "ada spasi di tengah angka"],
    ["9 7", "ada spasi di tengah angka"],
    ["12,,5", "ada dua tanda pemisah berurutan"],
    ["1.3.69", "titik atau koma di tempat yang salah (kelompok ribuan berisi tiga angka)"],
    ["1.250.00,0", "titik dan koma bercampur di tempat yang tidak lazim"],
    ["--5", "tanda minus lebih dari satu"],
  ])("%s: %s", (typed, hint) => {
    const parsed = parseNumber(typed);
    expect(parsed.kind).toBe("broken");
    expect(brokenNumberHint(typed, parsed.kind === "broken" ? parsed.reason : undefined)).toBe(hint);
  });

  it("a space-grouped amount is a number, not a slip", () => {
    expect(parseNumber("1 234 567").kind).toBe("number");
  });
});

describe("a target written as a range", () => {
  it("“80-85” is a range, not a broken number: nothing to retype, the capaian beside it not judged", async () => {
    const { checkSheets } = await import("../../../support/checkSheets");
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
          [1, "Indeks kepuasan masyarakat", "indeks", "80-85", 83.2, 100],
          [2, "Persentase layanan tepat waktu", "%", 90, 85.5, 95],
        ],
      },
    ]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.findings.some((f) => f.rule === "angka-rusak")).toBe(false);
  });
});

describe("a recap's interval column, whatever its header", () => {
  it.each(["NILAI CAPAIAN", "RENTANG NILAI"])("“≤ 50” under “%s” is an interval, not a number to retype", async (header) => {
    const { checkSheets } = await import("../../../support/checkSheets");
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"],
          [1, "Indeks kepuasan masyarakat", 80, 83.2, 104, "Sangat Tinggi"],
          [2, "Persentase layanan tepat waktu", 90, 72, 80, "Tinggi"],
        ],
      },
      {
        name: "Rekap",
        rows: [
          ["NO", header, "PREDIKAT", "JUMLAH INDIKATOR"],
          [1, "91 - 100", "Sangat Tinggi", 1],
          [2, "76 - 90", "Tinggi", 1],
          [3, "66 - 75", "Sedang", 0],
          [4, "51 - 65", "Rendah", 0],
          [5, "≤ 50", "Sangat Rendah", 0],
          [null, "JUMLAH", null, 2],
        ],
      },
    ]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
