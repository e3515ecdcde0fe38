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

  it("a kecamatan's two sasaran under “Tingkat Efisiensi (%)”, one of them wrong, are still checked as capaian − serapan", async () => {
    const headers = { selisih: "Tingkat Efisiensi (%)", label: "Keterangan" };
    const two = EFFICIENCY_ROWS.slice(0, 2);
    // Row 2: capaian 88,05 − serapan 90,77 = −2,72, written without its sign.
    const wrong = efficiencySheet([two[0], { ...two[1], selisih: 2.72 }], headers);
    expect(await roles(wrong)).toBe("A:no B:sasaran C:capaian D:anggaran E:realisasi F:persen G:efisiensi H:keterangan");
    expect(serious(await checkSheets([wrong]))).toEqual(["efisiensi@Efisiensi!G5"]);
    // A plain "Selisih" no row of which is pagu − realisasi: the same, never two sisa errors.
    const plain = efficiencySheet([two[0], { ...two[1], selisih: 2.72 }], { selisih: "Selisih", label: "Keterangan" });
    expect(serious(await checkSheets([plain]))).toEqual(["efisiensi@Efisiensi!G5"]);
  });
});
