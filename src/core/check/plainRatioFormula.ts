/**
 * Whether a cell's formula is the plain ratio of its own row's two cells (`=F6/E6*100`,
 * `=ROUND(F6/E6*100;2)`, `=IFERROR(ROUND((F6/E6)*100,2),"-")`): when its cached value is still
 * wrong, the formula is right and the stored value is stale (the workbook was not recalculated), which
 * is what the user must be told, not to look for a wrong formula.
 */

/** `F6`, `$F$6`, `F$6` of the given 0-based column letters and row. */
function ref(letters: string, row: number): string {
  return `\\$?${letters}\\$?${row + 1}(?![0-9])`;
}

export function isPlainRatioFormula(formula: string, numerator: string, denominator: string, row: number): boolean {
  const f = formula.replace(/\s+/g, "").replace(/;/g, ",").toUpperCase();
  const ratio = `\\(?${ref(numerator, row)}/${ref(denominator, row)}\\)?(\\*100)?`;
  const rounded = `(ROUND(UP|DOWN)?|TRUNC)\\(${ratio},\\d\\)`;
  const core = `(${ratio}|${rounded})`;
  return new RegExp(`^=?(${core}|IFERROR\\(${core},[^()]*\\))$`).test(f);
}
