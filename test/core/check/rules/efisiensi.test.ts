/**
 * efisiensi: the difference capaian − serapan of an efficiency table and its e-SAKIP label (above 5
 * efisien, within ±5 cukup efisien, below −5 tidak efisien), whatever the office heads the columns.
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import { EFFICIENCY_ROWS, efficiencySheet } from "../../../support/efficiencySheet";

const HEADERS = [
  { selisih: "Selisih Capaian - Serapan", label: "Tingkat Efisiensi" },
  { selisih: "Efisiensi (%)", label: "Kategori" },
  { selisih: "Tingkat Efisiensi (%)", label: "Keterangan" },
  { selisih: "Selisih", label: "Tingkat Efisiensi" },
  { selisih: "Efisiensi (Capaian Kinerja - Serapan Anggaran)", label: "Tingkat Efisiensi" },
];

/** Row 6 (third sasaran): selisih 21,58 typed for 104,2 − 84,63 = 19,57; row 4: "Efisien" for 97,49 − 93,1 = 4,39. */
const planted = EFFICIENCY_ROWS.map((x, i) => (i === 2 ? { ...x, selisih: 21.58 } : i === 0 ? { ...x, label: "Efisien" } : x));

describe("efisiensi", () => {
  it.each(HEADERS)("a correct table gives no finding (%o)", async (headers) => {
    expect(serious(await checkSheets([efficiencySheet(EFFICIENCY_ROWS, headers)]))).toEqual([]);
  });

  it.each(HEADERS)("a wrong selisih and a wrong label are reported at their cells (%o)", async (headers) => {
    const result = await checkSheets([efficiencySheet(planted, headers)]);
    expect(serious(result)).toEqual(["efisiensi@Efisiensi!H4", "efisiensi@Efisiensi!G6"]);
    const g6 = result.findings.find((f) => f.cell === "G6");
    expect(g6?.expected).toBe("19,57");
    expect(g6?.fix).toEqual({ value: 19.57, formula: "C6-F6" });
    const h4 = result.findings.find((f) => f.cell === "H4");
    expect(h4?.fix).toEqual({ value: "Cukup Efisien" });
    expect(h4?.message).toContain("4,39");
  });

  it("a selisih computed from the right serapan is not flagged where the typed serapan is wrong", async () => {
    // 1.702.330.150 / 1.875.400.000 = 90,77, typed 92,77; the selisih 88,05 − 90,77 = −2,72 is right.
    const rows = EFFICIENCY_ROWS.map((x, i) => (i === 1 ? { ...x, serapan: 92.77, selisih: -2.72 } : x));
    expect(serious(await checkSheets([efficiencySheet(rows)]))).toEqual(["persen-anggaran@Efisiensi!F5"]);
  });

  it("a label that follows the typed serapan of its row is not flagged", async () => {
    const rows = EFFICIENCY_ROWS.map((x, i) => (i === 1 ? { ...x, serapan: 92.77 } : x));
    expect(serious(await checkSheets([efficiencySheet(rows)]))).toEqual(["persen-anggaran@Efisiensi!F5"]);
  });

  it("a column of only Efisien / Tidak Efisien may label by sign (capaian ≥ serapan)", async () => {
    // 4,39 is "Efisien" and −4,72 "Tidak Efisien" by sign; with no "Cukup Efisien" in the column, that reading is accepted.
    const bySign = EFFICIENCY_ROWS.map((x, i) => ({ ...x, label: i % 2 === 1 ? "Tidak Efisien" : "Efisien" }));
    expect(serious(await checkSheets([efficiencySheet(bySign)]))).toEqual([]);
    // −26,32 labelled "Efisien" fits neither reading.
    const wrong = bySign.map((x, i) => (i === 3 ? { ...x, label: "Efisien" } : x));
    expect(serious(await checkSheets([efficiencySheet(wrong)]))).toEqual(["efisiensi@Efisiensi!H7"]);
  });
});

describe("efisiensi of a program with no capaian kinerja (“-”)", () => {
  // Blind round 17 (w16): the penunjang program has no indicator; its capaian and efisiensi are “-”.
  const sheet = (selisih: number | string, label: string) => {
    const spec = efficiencySheet(EFFICIENCY_ROWS);
    const rows = spec.rows.map((r, i) =>
      i === 3 ? r.map((v, j) => (j === 2 ? "-" : j === 6 ? selisih : j === 7 ? label : v)) : r,
    );
    return { ...spec, rows };
  };

  it("a selisih and a label “-” are no finding", async () => {
    expect(serious(await checkSheets([sheet("-", "-")]))).toEqual([]);
  });

  it("nor a label beside a selisih “-”", async () => {
    expect(serious(await checkSheets([sheet("-", "Efisien")]))).toEqual([]);
  });

  it("a selisih typed as a number read the dash as 0, and is checked so, saying it", async () => {
    // 3.211.950.000 / 3.450.000.000 = 93,10; 0 − 93,10 = −93,10.
    const result = await checkSheets([sheet(-90, "Tidak Efisien")]);
    expect(serious(result)).toEqual(["efisiensi@Efisiensi!G4"]);
    expect(result.findings.find((f) => f.cell === "G4")?.message).toBe(
      "Selisih capaian − serapan tertulis -90, seharusnya -93,10 (C4 − F4: - (dibaca 0) − 93,1).",
    );
  });
});
