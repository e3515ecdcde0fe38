/**
 * Section rows of a PK: "SASARAN STRATEGIS" and "INDIKATOR KINERJA UTAMA" merged across the table above
 * the sasaran row and its indicators name what follows; they are group rows, not indicators, and the
 * row between them ("I | Meningkatnya …") is the sasaran (blind round 23 w01: "11 indikator" for 7).
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables, tableSummary } from "../../../src/core/tables";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";
import { checkSheets, serious } from "../../support/checkSheets";

type Row = (string | number | null)[];

const section = (word: string): Row => [word, null, null, null, null, null];

function pk(sections: boolean): SheetSpec {
  const rows: Row[] = [["NO", "SASARAN STRATEGIS / INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"]];
  const merges: string[] = [];
  const add = (row: Row, merged = false) => {
    rows.push(row);
    if (merged) merges.push(`A${rows.length}:F${rows.length}`);
  };
  const sasaran = (no: string, text: string, indicators: Row[]) => {
    if (sections) add(section("SASARAN STRATEGIS"), true);
    add([no, text, null, null, null, null]);
    if (sections) add(section("INDIKATOR KINERJA UTAMA"), true);
    for (const r of indicators) add(r);
  };
  sasaran("I", "Meningkatnya penanganan PPKS", [
    [1, "Persentase PPKS yang mendapatkan pelayanan", "%", 85, 87.35, 102.76],
    [2, "Persentase penyandang disabilitas terlantar terpenuhi", "%", 90, 88.4, 98.22],
  ]);
  sasaran("II", "Meningkatnya perlindungan dan jaminan sosial", [
    [3, "Persentase korban bencana yang mendapat bantuan", "%", 100, 100, 100],
    [4, "Persentase anak terlantar memperoleh rehabilitasi", "%", 75, 57.2, 76.27],
  ]);
  return { name: "Pengukuran Kinerja", rows, merges };
}

async function table(sheet: SheetSpec) {
  const [t] = recognizeTables(await readXlsx(await buildXlsx([sheet])));
  return t;
}

describe("section rows of an indicator table", () => {
  it("are group rows: the same indicators and sasaran as without them", async () => {
    const t = await table(pk(true));
    expect(tableSummary(t)).toContain("4 indikator dari 2 sasaran");
    expect(t.rows.filter((r) => r.role === "kelompok").map((r) => r.label)).toEqual([
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA UTAMA",
      "SASARAN STRATEGIS",
      "INDIKATOR KINERJA UTAMA",
    ]);
    const plain = await table(pk(false));
    const indicators = (x: typeof t) => x.rows.filter((r) => r.role === "indikator").map((r) => [r.label, r.sasaran]);
    expect(indicators(t)).toEqual(indicators(plain));
    expect(indicators(t)[3]).toEqual([
      "Persentase anak terlantar memperoleh rehabilitasi",
      "Meningkatnya perlindungan dan jaminan sosial",
    ]);
  });

  it("leave a correct PK clean", async () => {
    expect(serious(await checkSheets([pk(true)]))).toEqual([]);
  });
});
