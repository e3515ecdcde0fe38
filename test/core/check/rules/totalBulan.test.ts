/**
 * total across a row: the months' total of a realisasi-per-bulan table is the sum of its month
 * columns, whatever spelling the months are headed with (Indonesian or English, short or full, any
 * case, with a dot).
 */
import { checkSheets, serious } from "../../../support/checkSheets";
import { monthlySheet } from "../../../support/monthlySheet";

const SPELLINGS: [string, string[]][] = [
  ["short, Agu", ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]],
  ["short, Ags and Sept", ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sept", "Okt", "Nov", "Des"]],
  ["old spelling, Peb Mart Agst Nop", ["Jan", "Peb", "Mart", "Apr", "Mei", "Juni", "Juli", "Agst", "Sept", "Okt", "Nop", "Des"]],
  ["with dots", ["Jan.", "Feb.", "Mar.", "Apr.", "Mei", "Jun.", "Jul.", "Agu.", "Sep.", "Okt.", "Nov.", "Des."]],
  ["English", ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]],
  [
    "upper case",
    ["JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER"],
  ],
];

describe.each(SPELLINGS)("months headed %s", (_name, months) => {
  it("correct row totals are not flagged", async () => {
    const found = serious(await checkSheets([monthlySheet({ months })]));
    expect(found.filter((k) => k.startsWith("total@"))).toEqual([]);
  });

  it("a total without December is found against all twelve months", async () => {
    const result = await checkSheets([monthlySheet({ months, totalWithoutDecember: 1 })]);
    const totals = result.findings.filter((f) => f.rule === "total");
    expect(totals.map((f) => [f.cell, f.expected])).toEqual([["P5", "1.289.663.000"]]);
    expect(totals[0].message).toContain(`${months[0].replace(/\.$/, "")}–${months[11].replace(/\.$/, "")}`);
  });
});

/** Headers offices give the months' total column. */
const TOTAL_HEADERS = [
  "Jumlah",
  "Total",
  "Total Realisasi",
  "Jumlah Realisasi",
  "Realisasi s.d. Desember",
  "Jumlah s.d. Desember",
  "Jumlah s.d. Des (Rp)",
];

describe.each(TOTAL_HEADERS)("the months' total headed “%s”", (total) => {
  it("is checked as the sum of the months, and the correct rows are not flagged", async () => {
    expect(serious(await checkSheets([monthlySheet({ total })]))).toEqual([]);
    const result = await checkSheets([monthlySheet({ total, totalWithoutDecember: 1 })]);
    expect(result.findings.filter((f) => f.rule === "total").map((f) => [f.cell, f.expected])).toEqual([["P5", "1.289.663.000"]]);
  });
});

it("a total up to another month than the last of the run is no sum of all the months", async () => {
  const found = serious(await checkSheets([monthlySheet({ total: "Realisasi s.d. Juni", totalWithoutDecember: 1 })]));
  expect(found.filter((k) => k.startsWith("total@"))).toEqual([]);
});

it.each(["Realisasi s.d. Desember", "Jumlah"])(
  "months kept cumulative under bare month headers are not added up (total “%s” = December's)",
  async (total) => {
    expect(serious(await checkSheets([monthlySheet({ total, cumulative: true })]))).toEqual([]);
  },
);
