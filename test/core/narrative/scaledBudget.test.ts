/**
 * A budget table kept in thousands or millions of rupiah is not written into the narrative as if its
 * amounts were rupiah (the Tabel Naratif and its terbilang would be a thousand times too small).
 */
import { buildNarrative } from "../../../src/core/narrative";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { check } from "./support";

const lra = (unit: string): SheetSpec => ({
  name: "LRA",
  rows: [
    ["Kode", "Program / Kegiatan", `Anggaran ${unit}`, `Realisasi ${unit}`, "%"],
    ["1.03.01", "Program Penunjang Urusan Pemerintahan", 1250000, 1187500, 95],
    ["1.03.02", "Program Pengelolaan Sumber Daya Air", 2400000, 2280000, 95],
    [null, "JUMLAH", 3650000, 3467500, 95],
  ],
});

async function narrativeOf(unit: string) {
  const workbook = await readXlsx(await buildXlsx([lra(unit)]));
  return buildNarrative(workbook, check(workbook, "permendagri86"));
}

describe("the narrative of a budget table kept in thousands of rupiah", () => {
  it("leaves it out, and says why; the same table in rupiah is written", async () => {
    const thousands = await narrativeOf("(Rp 000)");
    expect(thousands.tables.map((t) => t.kind)).not.toContain("anggaran-program");
    expect(thousands.notes.some((n) => /LRA!A1:E4 ditulis dalam ribuan atau jutaan rupiah/.test(n))).toBe(true);
    const rupiah = await narrativeOf("(Rp)");
    expect(rupiah.tables.map((t) => t.kind)).toContain("anggaran-program");
  });
});
