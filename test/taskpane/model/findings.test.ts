/** The pane's fix writes: nothing where the fix has no value; the formula only in "rumus" mode. */
import { fixToWrite, groupBySheet, shownFixFormula } from "../../../src/taskpane/model/findings";
import type { Finding } from "../../../src/core/check/finding";

const base = { rule: "total", severity: "error", sheet: "LRA", message: "Jumlah salah." } as const;

describe("fixToWrite", () => {
  it("a value fix writes the number; rumus mode the canonical formula", () => {
    const f: Finding = { ...base, cell: "C9", expected: "839.077.360", fix: { value: 839077360, formula: "SUM(C10:C12)" } };
    expect(fixToWrite(f, "nilai")).toEqual({ sheet: "LRA", cell: "C9", value: 839077360 });
    expect(fixToWrite(f, "rumus")).toEqual({ sheet: "LRA", cell: "C9", value: 839077360, formula: "SUM(C10:C12)" });
    expect(shownFixFormula(f)).toBe("=SUM(C10:C12)");
  });

  it("a fix with an empty value writes nothing and is not counted as fixable", () => {
    const f: Finding = { ...base, cell: "H46", expected: null, fix: { value: "", formula: "G46/E46*100" } };
    expect(fixToWrite(f, "nilai")).toBeNull();
    expect(fixToWrite(f, "rumus")).toBeNull();
    expect(groupBySheet([f])[0].rules[0].fixable).toEqual([]);
  });
});
