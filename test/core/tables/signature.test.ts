/** A signature block under a table (place and date, office, name, NIP) ends the table: it is no indicator. */
import { tableSummary } from "../../../src/core/tables";
import { checkSheets, serious } from "../../support/checkSheets";
import { pkSheet, type CellInput, type PkOptions, type SheetSpec } from "../../support/workbooks";

const PK_OPTIONS: PkOptions = {
  name: "Pengukuran",
  title: "PENGUKURAN KINERJA DINAS KOMUNIKASI DAN INFORMATIKA TAHUN 2025",
  sasaran: [
    {
      text: "Meningkatnya kualitas layanan informasi publik",
      indicators: [
        { name: "Indeks Kepuasan Masyarakat", satuan: "nilai", target: 80, realisasi: 84 },
        { name: "Persentase permohonan informasi dilayani tepat waktu", satuan: "%", target: 95, realisasi: 90.25 },
      ],
    },
    {
      text: "Meningkatnya tata kelola SPBE",
      indicators: [{ name: "Indeks SPBE", satuan: "indeks", target: 3, realisasi: 3.1 }],
    },
  ],
};
const PK = pkSheet(PK_OPTIONS);

/** The PK with a signature block written `gap` blank rows under it, its lines in column `col` (0-based). */
function signed(lines: CellInput[][], col: number, gap = 1): SheetSpec {
  const pad = (cells: CellInput[]) => [...Array(col).fill(null), ...cells];
  return { ...PK, rows: [...PK.rows, ...Array(gap).fill([]), ...lines.map(pad)] };
}

const BLOCK: CellInput[][] = [
  ["Muara Bungo, 15 Januari 2026"],
  ["Kepala Dinas Komunikasi dan Informatika"],
  [],
  [],
  ["Drs. ANWAR SADAT, M.Si"],
  ["Pembina Utama Muda"],
  ["NIP. 19700512 199803 1 004"],
];

describe("signature block under a table", () => {
  it.each([
    ["in the capaian column, place and date first", BLOCK, 6],
    ["in the indicator column", BLOCK, 2],
    [
      "office first, NIP as a number beside its label",
      [["Plt. Kepala Dinas"], [], ["HENDRA GUNAWAN, S.Kom"], ["NIP.", 197005121998031000]],
      5,
    ],
    ["a.n. and Sekretaris", [["a.n. Kepala Dinas"], ["Sekretaris"], [], ["Ir. SITI RAHMAH"]], 4],
  ])("%s: not read as an indicator", async (_, lines, col) => {
    const result = await checkSheets([signed(lines, col)]);
    expect(serious(result)).toEqual([]);
    expect(result.tables).toHaveLength(1);
    expect(tableSummary(result.tables[0])).toContain("3 indikator dari 2 sasaran");
  });

  it("right under the closing row, the NIP typed as a number in the capaian column beside the name", async () => {
    const closed = pkSheet({ ...PK_OPTIONS, closing: { label: "Rata-rata Capaian", value: "auto" } });
    const rows = [
      ...closed.rows,
      [null, null, "Kepala Dinas Komunikasi dan Informatika"],
      [null, null, "Drs. ANWAR SADAT, M.Si", null, null, null, 197005121998031000],
    ];
    const result = await checkSheets([{ ...closed, rows }]);
    expect(serious(result)).toEqual([]);
    expect(tableSummary(result.tables[0])).toContain("3 indikator dari 2 sasaran, 1 baris rata-rata");
  });

  it("an indicator after a blank row inside the table is still read", async () => {
    const rows = [...PK.rows];
    // A blank row before the second sasaran, then its indicator.
    rows.splice(rows.length - 1, 0, []);
    const result = await checkSheets([{ ...PK, rows, merges: [] }]);
    expect(tableSummary(result.tables[0])).toContain("3 indikator");
  });
});
