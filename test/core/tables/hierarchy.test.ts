/** Budget row hierarchy: the jenis belanja of a Permendagri 13 LRA hang under their kegiatan, not under a 5.2 section row. */
import { buildHierarchy, normalizeRekening } from "../../../src/core/tables/hierarchy";
import { parseCode } from "../../../src/core/tables/codes";

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
