/** rata-sub: an indicator measured only through its sub-indicators has their mean as its capaian. */
import { checkSheets, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

const pk = (
  parent: number,
  bullets: [string, string, string],
  parentTR: [string | null, string | null] = [null, null],
  smp = 97.35,
): SheetSpec => ({
  name: "PK",
  rows: [
    ["NO", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
    ["1", "Persentase satuan pendidikan memenuhi SPM", "%", ...parentTR, parent],
    ["", `${bullets[0]} Jenjang PAUD`, "%", 45.5, 43.2, 94.95],
    ["", `${bullets[1]} Jenjang SD`, "%", 92, 93.15, 101.25],
    ["", `${bullets[2]} Jenjang SMP`, "%", 88.75, 86.4, smp],
    ["2", "Indeks kepuasan masyarakat", "nilai", 82, 84.37, 102.89],
  ],
});

describe("rata-sub", () => {
  it.each([[["•", "•", "•"]], [["a.", "b.", "c."]], [["•", "•", "-"]]] as [[string, string, string]][])(
    "sub-indicators %j: the right mean passes, a wrong one is a warning",
    async (bullets) => {
      expect(serious(await checkSheets([pk(97.85, bullets)]))).toEqual([]);
      const result = await checkSheets([pk(99.85, bullets)]);
      expect(serious(result)).toEqual(["rata-sub@PK!F2"]);
      expect(result.findings[0].expected).toBe("97,85");
    },
  );

  it("a parent with target and realisasi “-” is measured through its subs too", async () => {
    expect(serious(await checkSheets([pk(99.85, ["•", "•", "•"], ["-", "-"])]))).toEqual(["rata-sub@PK!F2"]);
  });

  it("a right mean beside one wrong sub-indicator capaian: only that capaian is flagged", async () => {
    expect(serious(await checkSheets([pk(97.85, ["•", "•", "•"], [null, null], 96.35)]))).toEqual(["capaian@PK!F5"]);
  });
});
