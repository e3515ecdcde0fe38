/**
 * Realisasi per bulan: in a budget table the month columns are the realisasi of each month, the
 * column totalling them the year's realisasi (what the % divides by the pagu), and the % the budget
 * ratio; the table is then understood, with no doubt said about twelve month columns.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { monthlySheet } from "../../support/monthlySheet";

async function read(sheet: SheetSpec) {
  const wb = await readXlsx(await buildXlsx([sheet]));
  return { tables: recognizeTables(wb), findings: checkWorkbook(wb).findings };
}

describe.each(["Jumlah", "Total Realisasi", "Jumlah s.d. Desember"])("months, then “%s”, then % Realisasi", (total) => {
  it("months are realisasi per bulan, the total the realisasi of the year, the % the budget ratio", async () => {
    const { tables, findings } = await read(
      monthlySheet({ total, months: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] }),
    );
    const cols = tables[0].columns;
    const months = cols.filter((c) => c.index >= 3 && c.index <= 14);
    expect(new Set(months.map((c) => `${c.role}/${c.period}/${c.measure}`))).toEqual(new Set(["realisasi/periode/keuangan"]));
    expect([cols[15].role, cols[15].period]).toEqual(["realisasi", "kumulatif"]);
    expect(cols[16].role).toBe("persen");
    expect(tables[0].ratios).toEqual([expect.objectContaining({ kind: "persen", column: 16, numerator: 15, denominator: 2 })]);
    expect(findings.filter((f) => f.rule === "tabel-tak-pasti")).toEqual([]);
  });
});

it("the % Realisasi of a month table without target is the budget ratio even where most of its rows are wrong", async () => {
  const sheet = monthlySheet();
  // Three sub kegiatan, two of their % typed against other amounts: only row 4 agrees with Jumlah ÷ Pagu.
  sheet.rows = sheet.rows.slice(0, 6);
  sheet.rows[4][16] = 90.12;
  sheet.rows[5][16] = 95.5;
  const { tables, findings } = await read(sheet);
  expect(tables[0].columns[16].role).toBe("persen");
  expect(findings.filter((f) => f.rule === "persen-anggaran").map((f) => [f.cell, f.expected])).toEqual([
    ["Q5", "93,42"],
    ["Q6", "98,77"],
  ]);
});
