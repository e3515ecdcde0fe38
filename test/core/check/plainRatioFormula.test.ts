/** isPlainRatioFormula: the plain realisasi ÷ target of the formula's own row, however it is wrapped. */
import { isPlainRatioFormula } from "../../../src/core/check/plainRatioFormula";

describe("isPlainRatioFormula", () => {
  // Row 6 (0-based 5): realisasi in F, target in E.
  it.each([
    "F6/E6*100",
    "=F6/E6*100",
    "ROUND(F6/E6*100,2)",
    "ROUND(F6/E6*100;2)",
    'IFERROR(ROUND((F6/E6)*100,2),"-")',
    "$F$6/$E$6",
    "TRUNC(F6/E6*100,2)",
  ])("%s is", (formula) => expect(isPlainRatioFormula(formula, "F", "E", 5)).toBe(true));

  it.each(["F5/E5*100", "E6/F6*100", "F6/E6*100-2", "ROUND(F6/E6*100,2)+1", "F6/E60*100", "AVERAGE(F6:F9)", "(2*E6-F6)/E6*100"])(
    "%s is not",
    (formula) => expect(isPlainRatioFormula(formula, "F", "E", 5)).toBe(false),
  );
});
