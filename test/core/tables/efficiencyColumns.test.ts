/**
 * The difference column of an efficiency table is `efisiensi` (capaian − serapan), its label column a
 * `keterangan`; a sisa (pagu − realisasi) keeps its meaning, also beside capaian and serapan columns.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { EFFICIENCY_ROWS, efficiencySheet } from "../../support/efficiencySheet";
import { checkSheets, serious } from "../../support/checkSheets";

async function roles(sheet: SheetSpec): Promise<string> {
  const [table] = recognizeTables(await readXlsx(await buildXlsx([sheet])));
  return table.columns.map((c) => `${c.letter}:${c.role}`).join(" ");
}

/** Capaian kinerja, pagu, realisasi, serapan and "Selisih (Rp)" = pagu − realisasi: a budget per sasaran. */
function withSisa(sisaOfRow2?: number): SheetSpec {
  return {
    name: "Anggaran per Sasaran",
    rows: [
      ["No", "Sasaran Strategis", "Capaian Kinerja (%)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)", "Selisih (Rp)"],
      ...EFFICIENCY_ROWS.map((x, i) => [
        i + 1,
        x.sasaran,
        x.capaian,
        x.pagu,
        x.realisasi,
        Math.round((x.realisasi / x.pagu) * 10000) / 100,
        i === 1 && sisaOfRow2 !== undefined ? sisaOfRow2 : x.pagu - x.realisasi,
      ]),
    ],
  };
}

describe("efficiency columns", () => {
  it("the selisih capaian − serapan is efisiensi and the label column keterangan", async () => {
    expect(await roles(efficiencySheet(EFFICIENCY_ROWS))).toBe(
      "A:no B:sasaran C:capaian D:anggaran E:realisasi F:persen G:efisiensi H:keterangan",
    );
    const plain = efficiencySheet(EFFICIENCY_ROWS, { selisih: "Selisih", label: "Kategori" });
    expect(await roles(plain)).toBe("A:no B:sasaran C:capaian D:anggaran E:realisasi F:persen G:efisiensi H:keterangan");
  });

  it("a selisih in rupiah (pagu − realisasi) beside capaian and serapan stays sisa, and is checked as such", async () => {
    expect(await roles(withSisa())).toBe("A:no B:sasaran C:capaian D:anggaran E:realisasi F:persen G:sisa");
    expect(serious(await checkSheets([withSisa(183_069_850)]))).toEqual(["selisih@Anggaran per Sasaran!G3"]);
  });
});
