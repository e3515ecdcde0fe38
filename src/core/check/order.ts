/** Findings in reading order: sheet order of the workbook, then row, then column. */
import type { Workbook } from "../workbook/model";
import { parseA1 } from "../workbook/address";
import type { Finding } from "./finding";

export function sortFindings(findings: Finding[], workbook: Workbook): Finding[] {
  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const key = (f: Finding) => {
    const { row, col } = parseA1(f.cell);
    return [sheetOrder.get(f.sheet) ?? 999, row, col];
  };
  return findings
    .map((f) => ({ f, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map((x) => x.f);
}
