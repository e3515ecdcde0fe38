/**
 * Budget row hierarchy: the jenis belanja of a Permendagri 13 LRA hang under their kegiatan, not under a 5.2 section row;
 * rows after a section's closing row (Jumlah Pendapatan) hang under rows before it only by a code prefix.
 */
import { buildHierarchy, normalizeRekening } from "../../../src/core/tables/hierarchy";
import { parseCode } from "../../../src/core/tables/codes";
import { checkSheets, serious } from "../../support/checkSheets";

function parents(codes: string[]): (string | null)[] {
  const parsed = normalizeRekening(codes.map((c) => parseCode(c) ?? undefined));
  const out = buildHierarchy({
    index: codes.map((_, i) => i),
    code: parsed,
    bold: codes.map(() => false),
    indent: codes.map(() => 0),
  });
  return Array.from(out.parent, (p) => (p < 0 ? null : codes[p]));
}

describe("account codes under a Permendagri 13 kegiatan", () => {
  it("5.2.1 / 5.2.2 under each kegiatan are its rekening, below a 5.2 BELANJA LANGSUNG row", () => {
    expect(parents(["5.2", "1.16.1.16.01", "1.16.1.16.01.01", "5.2.1", "5.2.2", "1.16.1.16.01.08", "5.2.1", "5.2.2"])).toEqual([
      null,
      "5.2",
      "1.16.1.16.01",
      "1.16.1.16.01.01",
      "1.16.1.16.01.01",
      "1.16.1.16.01",
      "1.16.1.16.01.08",
      "1.16.1.16.01.08",
    ]);
  });

  it("outline numbering 3.2.1, 4, 4.1, 4.1.1 stays an outline", () => {
    expect(parents(["3", "3.2", "3.2.1", "4", "4.1", "4.1.1", "5", "5.1", "5.1.1"])).toEqual([
      null,
      "3",
      "3.2",
      null,
      "4",
      "4.1",
      null,
      "5",
      "5.1",
    ]);
  });
});

describe("the closing row of a section ends its hierarchy (blind round 25, BLUD Pendapatan + Belanja)", () => {
  type Row = (string | number | null)[];
  /** Pendapatan rekening of 5 segments, Jumlah Pendapatan, then belanja of 3 segments; `heads`: the section rows. */
  const blud = (heads: [string | null, string | null] | null): Row[] => [
    ["Kode", "Uraian", "Target/Anggaran (Rp)", "Realisasi (Rp)", "Sisa/Selisih (Rp)", "%"],
    ...(heads ? [[heads[0], "PENDAPATAN"]] : []),
    ["4.1.04.16.01", "Pendapatan BLUD - Jasa Layanan", 41250000000, 40118562300, 1131437700, 97.26],
    ["4.1.04.16.02", "Pendapatan BLUD - Hasil Kerja Sama", 850000000, 912450000, -62450000, 107.35],
    [null, "Jumlah Pendapatan", 42100000000, 41031012300, 1068987700, 97.46],
    ...(heads ? [[heads[1], "BELANJA"]] : []),
    ["5.1.01", "Belanja Pegawai", 18640000000, 18102775410, 537224590, 97.12],
    ["5.1.02", "Belanja Barang dan Jasa", 19385000000, 18261097550, 1123902450, 94.2],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 4075000000, 3987420000, 87580000, 97.85],
    [null, "Jumlah Belanja", 42100000000, 40351292960, 1748707040, 95.85],
  ];

  it.each([
    ["4", null],
    [null, "5"],
    [null, null],
  ])("with section rows %s / %s, no pendapatan rekening is a parent of the belanja rows", async (pendapatan, belanja) => {
    expect(serious(await checkSheets([{ name: "BLUD", rows: blud([pendapatan, belanja]) }]))).toEqual([]);
  });

  it("without section rows too", async () => {
    expect(serious(await checkSheets([{ name: "BLUD", rows: blud(null) }]))).toEqual([]);
  });

  it("a group's own Jumlah does not end the rows above it: B stays under I after Jumlah A", async () => {
    const rows: Row[] = [
      ["No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)"],
      ["I", "BELANJA LANGSUNG", 600, 500],
      ["A", "Bidang Satu", 300, 250],
      ["1", "Kegiatan a", 100, 50],
      ["2", "Kegiatan b", 200, 200],
      [null, "Jumlah A", 300, 250],
      ["B", "Bidang Dua", 300, 250],
      ["1", "Kegiatan c", 100, 50],
      ["2", "Kegiatan d", 200, 200],
      [null, "Jumlah B", 300, 250],
      [null, "JUMLAH", 600, 500],
    ];
    expect(serious(await checkSheets([{ name: "LRA", rows }]))).toEqual([]);
  });

  it("a code that names its parent still reaches it across a closing row", () => {
    const codes = ["1", "1.1", "1.1.1", "1.2"];
    const out = buildHierarchy({
      index: codes.map((_, i) => i),
      code: normalizeRekening(codes.map((c) => parseCode(c) ?? undefined)),
      bold: codes.map(() => false),
      indent: codes.map(() => 0),
      afterClosing: [false, false, false, true],
    });
    expect(Array.from(out.parent, (p) => (p < 0 ? null : codes[p]))).toEqual([null, "1", "1.1", "1"]);
  });
});
