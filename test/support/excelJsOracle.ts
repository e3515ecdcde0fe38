/**
 * The parity oracle: the workbook model as the ExcelJS-based reader built it (ExcelJS loads the
 * file, `workbookModel` converts its cells), and a cell-by-cell comparison with readXlsx's model.
 *
 * One ExcelJS defect is corrected here, by name, and counted: ExcelJS's formula value drops a cached
 * result that is falsy (`_copyModel` copies `result` only when truthy), so a formula showing 0 or
 * FALSE read as empty. Excel (and the Office.js host) shows 0 / FALSE, and so does readXlsx.
 */
import type { Cell, Workbook } from "../../src/core/workbook/model";
import { loadExcelJs, workbookModel } from "../../src/hosts/xlsx/excelJsModel";

export async function oracleModel(bytes: Uint8Array): Promise<Workbook> {
  return workbookModel(await loadExcelJs(bytes));
}

export interface Parity {
  /** Every cell, merge, sheet or row difference, as "sheet!r,c old → new" lines. */
  differences: string[];
  /** Formula cells whose falsy cached result ExcelJS dropped (old null, new 0 or false). */
  falsyResults: number;
}

/** A cell as text with its fields in one order (the readers build them in different orders). */
const show = (c: Cell | undefined) =>
  c === undefined
    ? "∅"
    : JSON.stringify([c.value, c.formula, c.numFmt, c.bold, c.indent, c.brokenNumber].map((v) => (v === undefined ? null : v)));

function falsyResultDropped(old: Cell | undefined, now: Cell | undefined): boolean {
  return (
    !!old &&
    !!now &&
    old.value === null &&
    (now.value === 0 || now.value === false) &&
    !!old.formula &&
    show({ ...now, value: null }) === show(old)
  );
}

export function compareModels(old: Workbook, now: Workbook): Parity {
  const differences: string[] = [];
  let falsyResults = 0;
  const names = (w: Workbook) => w.sheets.map((s) => s.name).join(" | ");
  if (names(old) !== names(now)) differences.push(`lembar: ${names(old)} → ${names(now)}`);
  old.sheets.forEach((a, i) => {
    const b = now.sheets[i];
    if (!b || b.name !== a.name) return;
    if (a.hidden !== b.hidden) differences.push(`${a.name}: hidden ${a.hidden} → ${b.hidden}`);
    for (const key of ["hiddenRows", "hiddenColumns"] as const)
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        differences.push(`${a.name}: ${key} ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
    if (JSON.stringify(a.merges) !== JSON.stringify(b.merges))
      differences.push(`${a.name}: merges ${JSON.stringify(a.merges)} → ${JSON.stringify(b.merges)}`);
    if (a.rows.length !== b.rows.length) differences.push(`${a.name}: ${a.rows.length} → ${b.rows.length} baris`);
    for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
      const x = a.rows[r] ?? [];
      const y = b.rows[r] ?? [];
      if (x.length !== y.length) differences.push(`${a.name}!${r}: ${x.length} → ${y.length} kolom`);
      for (let c = 0; c < Math.max(x.length, y.length); c++) {
        if (show(x[c]) === show(y[c])) continue;
        if (falsyResultDropped(x[c], y[c])) falsyResults++;
        else differences.push(`${a.name}!${r},${c}: ${show(x[c])} → ${show(y[c])}`);
      }
    }
  });
  return { differences, falsyResults };
}
