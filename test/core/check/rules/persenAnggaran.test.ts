/** persen-anggaran: a % serapan against the amounts as their cells show them. */
import { checkSheets, serious } from "../../../support/checkSheets";
import { monthlySheet } from "../../../support/monthlySheet";

describe("persen serapan of amounts stored with more decimals than they show", () => {
  // Amounts in millions: 6,127554 under "0.00" shows 6,13; 6,13 / 6,38 × 100 = 96,08 for the exact 96,04.
  const sheet = (typed: number) => ({
    name: "LRA",
    rows: [
      ["No", "Program", "Anggaran (Rp juta)", "Realisasi (Rp juta)", "%"],
      [1, "Program Penunjang Urusan", { v: 6.38, fmt: "0.00" }, { v: 6.127554, fmt: "0.00" }, typed],
      [2, "Program Pengendalian Pencemaran", { v: 4.215, fmt: "0.000" }, { v: 3.9887, fmt: "0.0000" }, 94.63],
    ],
  });

  it("a % computed from the shown amounts is accepted (within half a point)", async () => {
    expect(serious(await checkSheets([sheet(96.08)]))).toEqual([]);
  });

  it("a wrong % quotes the realisasi with the decimals its expected value needs", async () => {
    const result = await checkSheets([sheet(90)]);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.message])).toEqual([
      ["E2", "Persentase realisasi anggaran tertulis 90, seharusnya 96,04 (6,1276 (ditampilkan 6,13) / 6,38 × 100)."],
    ]);
  });
});

describe("the % of a realisasi-per-bulan table divides the months' total by the pagu", () => {
  const TOTALS = ["Jumlah", "Total", "Total Realisasi", "Jumlah Realisasi", "Realisasi s.d. Desember", "Jumlah s.d. Desember"];
  const PERCENTS = ["% Realisasi", "% Serapan"];
  const cases = TOTALS.flatMap((total) => PERCENTS.map((percent) => [total, percent]));

  it.each(cases)("headed “%s” and “%s”: a wrong % is found", async (total, percent) => {
    const result = await checkSheets([monthlySheet({ total, percent, wrongPercent: { row: 3, value: 89.46 } })]);
    expect(result.findings.filter((f) => f.rule === "persen-anggaran").map((f) => [f.cell, f.expected])).toEqual([
      ["Q7", "89,64"],
    ]);
  });

  it.each(cases)(
    "headed “%s” and “%s”: a % right against the corrected total is not flagged beside it",
    async (total, percent) => {
      const result = await checkSheets([monthlySheet({ total, percent, totalWithoutDecember: 1 })]);
      expect(serious(result)).toEqual(["total@Realisasi per Bulan!P5"]);
    },
  );
});

describe("serapan beside a cash plan (Anggaran Kas) is realisasi ÷ pagu", () => {
  // Anggaran (pagu) and Anggaran Kas agree on every row but the second; there the % typed 95,87 is
  // realisasi ÷ Anggaran Kas (16.488.923.150 / 17.200.000.000): the one row that tells the two apart
  // must not make the cash plan the divisor of the whole column.
  const sheet = (second: number, total: number, kas = "Anggaran Kas", percent = "Serapan (%)") => ({
    name: "LRA",
    rows: [
      ["Kode", "Program / Kegiatan", "Anggaran", kas, "Realisasi", percent],
      ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi", 156300000, 156300000, 151874250, 97.17],
      ["1.02.02.2.01", "Penyediaan Fasilitas Pelayanan Kesehatan", 18750400000, 17200000000, 16488923150, second],
      ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM", 9612335000, 9612335000, 9187240600, 95.58],
      ["TOTAL", null, 28519035000, 26968635000, 25828038000, total],
    ],
  });

  it("a correct serapan against the pagu is accepted, also on the total row", async () => {
    expect(serious(await checkSheets([sheet(87.94, 90.56)]))).toEqual([]);
  });

  it.each([
    ["Anggaran Kas", "Serapan (%)"],
    ["Rencana Kas", "%"],
    ["Rencana Penarikan Dana", "%"],
  ])(
    "a %% computed against the cash plan (%s) is wrong, and the message says so; the correct total stays clean",
    async (kas, percent) => {
      const result = await checkSheets([sheet(95.87, 90.56, kas, percent)]);
      expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.message])).toEqual([
        [
          "F3",
          "Persentase realisasi anggaran tertulis 95,87, seharusnya 87,94 (16.488.923.150 / 18.750.400.000 × 100). " +
            "Angka tertulis dihitung terhadap Anggaran Kas (D3: 17.200.000.000), bukan terhadap pagu.",
        ],
      ]);
    },
  );

  it("a % whose header names the cash plan is realisasi ÷ Anggaran Kas", async () => {
    const s = sheet(95.87, 95.77);
    s.rows[0][5] = "% thd Anggaran Kas";
    expect(serious(await checkSheets([s]))).toEqual([]);
  });
});
