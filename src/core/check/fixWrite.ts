/** The cell write that applies a finding's fix. */
import type { Finding } from "./finding";
import type { CellWrite } from "../workbook/host";

/** "nilai": write the expected value; "rumus": write the formula that computes it, where there is one. */
export type FixMode = "nilai" | "rumus";

/** True when the finding's fix has a value to write (no fix button, nothing written otherwise). */
export function hasFix(f: Finding): boolean {
  return f.fix !== undefined && f.fix.value !== null && f.fix.value !== undefined && f.fix.value !== "";
}

/** The write that applies a finding's fix: its formula in "rumus" mode when it has one, else the value. */
export function fixToWrite(f: Finding, mode: FixMode): CellWrite | null {
  if (!f.fix || !hasFix(f)) return null;
  const useFormula = mode === "rumus" && !!f.fix.formula;
  const w: CellWrite = { sheet: f.sheet, cell: f.cell, value: f.fix.value };
  if (useFormula) w.formula = f.fix.formula;
  if (f.fix.numFmt) w.numFmt = f.fix.numFmt;
  return w;
}
