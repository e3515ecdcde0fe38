/**
 * A cash plan ("Anggaran Kas", "Rencana Kas") beside the pagu: both read as anggaran, but the pagu is
 * the table's anggaran and the divisor of its serapan, whichever order they come in and however the
 * typed % agree; only a % that names the cash plan divides by it.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { mainColumn } from "../../../src/core/tables/columns";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";

async function table(sheet: SheetSpec) {
  const [t] = recognizeTables(await readXlsx(await buildXlsx([sheet])));
  return t;
}

const letterOf = (t: Awaited<ReturnType<typeof table>>, index: number) => t.columns.find((c) => c.index === index)?.letter;

describe("cash plan beside the pagu", () => {
  it("without a % column, the pagu is the table's anggaran even after the cash plan", async () => {
    const t = await table({
      name: "LRA",
      rows: [
        ["Kode", "Kegiatan", "Anggaran Kas", "Pagu", "Realisasi"],
        ["1.01", "Perencanaan", 150_000_000, 156_300_000, 151_874_250],
        ["1.02", "Administrasi Keuangan", 28_000_000_000, 28_475_120_000, 27_994_318_760],
      ],
    });
    expect(t.columns.map((c) => c.role).slice(2)).toEqual(["anggaran", "anggaran", "realisasi"]);
    expect(mainColumn(t, "anggaran")?.letter).toBe("D");
  });

  // Every typed % is realisasi ÷ the cash plan (120 / 150, 270 / 300).
  const againstPlan = (kas: string, percent: string) =>
    table({
      name: "LRA",
      rows: [
        ["Kode", "Kegiatan", "Anggaran", kas, "Realisasi", percent],
        ["1.01", "Perencanaan", 200_000_000, 150_000_000, 120_000_000, 80],
        ["1.02", "Administrasi Keuangan", 400_000_000, 300_000_000, 270_000_000, 90],
      ],
    });

  it("the % divides by the pagu although every typed % is realisasi ÷ the cash plan", async () => {
    const t = await againstPlan("Anggaran Kas s.d. TW III", "%");
    expect(t.ratios.map((r) => letterOf(t, r.denominator))).toEqual(["C"]);
    expect(mainColumn(t, "anggaran")?.letter).toBe("C");
  });

  it("a % headed against the cash plan divides by it", async () => {
    const t = await againstPlan("Anggaran Kas", "% thd Anggaran Kas");
    expect(t.ratios.map((r) => letterOf(t, r.denominator))).toEqual(["D"]);
  });

  it("sisa is the pagu less the realisasi, although the one row telling them apart took the cash plan", async () => {
    const t = await table({
      name: "LRA",
      rows: [
        ["Kode", "Kegiatan", "Anggaran", "Anggaran Kas", "Realisasi", "Sisa"],
        ["1.01", "Perencanaan", 200_000_000, 200_000_000, 120_000_000, 80_000_000],
        ["1.02", "Administrasi Keuangan", 400_000_000, 300_000_000, 270_000_000, 30_000_000],
      ],
    });
    expect(t.differences.map((d) => [letterOf(t, d.left), letterOf(t, d.right)])).toEqual([["C", "E"]]);
  });
});
