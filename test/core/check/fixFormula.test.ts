/**
 * Fix formulas only over cells that hold numbers (SUM may pass over empty and "-" cells); on the
 * fixtures, the cases issue 10 reported now offer the value only, as a number.
 */
import { fixFormula } from "../../../src/core/check/fixFormula";
import { call, bin, cmp, num, rangeRef, ref, text } from "../../../src/core/formula";
import type { Sheet } from "../../../src/core/workbook/model";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import type { Finding } from "../../../src/core/check";
import { fixtureBytes } from "../../support/fixtures";

const sheet: Sheet = {
  name: "LRA",
  merges: [],
  rows: [
    [{ value: 1000 }, { value: "3.242.441.617,00" }, { value: "-" }],
    [{ value: 500 }, { value: 20 }, null as never],
    [{ value: { error: "#DIV/0!" } }, { value: 0 }, { value: 7 }],
  ],
};

describe("fixFormula", () => {
  it("keeps a formula whose cells all hold numbers", () => {
    expect(fixFormula(sheet, bin("-", ref(0, 0), ref(1, 0)))).toBe("A1-A2");
    expect(fixFormula(sheet, call("IF", cmp("=", ref(2, 1), num(0)), text("-"), bin("/", ref(2, 2), ref(2, 1))))).toBe(
      'IF(B3=0,"-",C3/B3)',
    );
  });

  it("drops it where a cell holds text, an error or nothing (arithmetic over text depends on the reader's locale)", () => {
    expect(fixFormula(sheet, bin("-", ref(0, 1), ref(0, 0)))).toBeUndefined();
    expect(fixFormula(sheet, bin("/", ref(1, 2), ref(0, 0)))).toBeUndefined();
    expect(fixFormula(sheet, call("IF", cmp("=", ref(0, 2), num(0)), text("-"), ref(0, 0)))).toBeUndefined();
    expect(fixFormula(sheet, call("AVERAGE", rangeRef(0, 0, 2)))).toBeUndefined();
    expect(fixFormula(sheet, ref(0, 0, "Other sheet"))).toBeUndefined();
    expect(fixFormula(sheet, undefined)).toBeUndefined();
  });

  it("SUM may pass over empty and “-” cells (zero, as the checker counts them) but not over text numbers", () => {
    expect(fixFormula(sheet, call("SUM", rangeRef(0, 2, 1)))).toBe("SUM(C1:C2)");
    expect(fixFormula(sheet, call("SUM", rangeRef(0, 1, 1)))).toBeUndefined();
  });
});

async function findings(name: string): Promise<Finding[]> {
  return checkWorkbook(await readXlsx(fixtureBytes(name))).findings;
}
const at = (fs: Finding[], rule: string, sheetName: string, cell: string) =>
  fs.find((f) => f.rule === rule && f.sheet === sheetName && f.cell === cell);

describe("the fixes issue 10 found wrong, on the fixtures", () => {
  it("a parent over text amounts gets its value as a number, not =SUM over text (which gives 0)", async () => {
    const f = at(await findings("kelam-permai-2019.xlsx"), "jumlah-induk", "Sumber Daya Keuangan", "C9");
    expect(f?.fix).toEqual({ value: 839077360, formula: undefined });
  });

  it("a parent whose one child is the text “75.000” gets the number 75000, not =E34", async () => {
    const f = at(await findings("seberang-kota-2022.xlsx"), "jumlah-induk", "Realisasi Anggaran", "E33");
    expect(f?.fix).toEqual({ value: 75000, formula: undefined });
  });

  it("#DIV/0! over a pagu typed “-” is fixed with “-”, not with IF(E53=0,…) that gives #VALUE!", async () => {
    const f = at(await findings("seberang-kota-2022.xlsx"), "bagi-nol", "Realisasi Anggaran", "H53");
    expect(f?.fix).toEqual({ value: "-", formula: undefined });
  });

  it("an empty % cell states the ratio it should hold and writes it", async () => {
    const f = at(await findings("seberang-kota-2022.xlsx"), "nilai-kosong", "Realisasi Anggaran", "H46");
    expect(f?.expected).toBe("50,00");
    expect(f?.fix?.value).toBe(50);
  });
});
