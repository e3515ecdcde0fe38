/** Builds a workbook from sheet specs, reads it back through readXlsx and runs the checker. */
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { checkWorkbook, CheckOptions, CheckResult } from "../../src/core/check";
import { buildXlsx, SheetSpec } from "./workbooks";

export async function checkSheets(sheets: SheetSpec[], options?: CheckOptions): Promise<CheckResult> {
  const wb = await readXlsx(await buildXlsx(sheets));
  return checkWorkbook(wb, options);
}

/** "rule@Sheet!A1" for every finding of the given severities. */
export function keys(result: CheckResult, severities: string[] = ["error", "warning", "info"]): string[] {
  return result.findings.filter((f) => severities.includes(f.severity)).map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}

export function serious(result: CheckResult): string[] {
  return keys(result, ["error", "warning"]);
}
