/**
 * The checker: recognises the tables of a workbook and runs every rule over them.
 * Pure core (no Office.js, no DOM); hosts hand it a `Workbook` model.
 */
import type { Sheet, Workbook } from "../workbook/model";
import type { Finding } from "./finding";
import type { PredicateScale } from "../scales";
import type { RecognizedTable } from "../tables/types";
import { recognizeTables } from "../tables/recognize";
import { createContext } from "./context";
import { RULES } from "./rules";
import { resolveScale } from "./scaleChoice";
import { sortFindings } from "./order";
import { isAddinSheet } from "../workbook/ownSheets";
import type { CheckOptions } from "./options";

export type { CheckOptions } from "./options";

export interface CheckResult {
  findings: Finding[];
  tables: RecognizedTable[];
  /** The predicate scale used: options.scale, else the workbook's scale table, else permendagri86. */
  scale: PredicateScale;
}

export function checkWorkbook(input: Workbook, options: CheckOptions = {}): CheckResult {
  // Only what is submitted is checked: hidden sheets (old drafts, lookups) and the add-in's own
  // sheets (journal, settings, inserted narrative tables) are left out, as Excel's host does.
  const skip = (s: Sheet) => s.hidden === true || isAddinSheet(s);
  const workbook = input.sheets.some(skip) ? { ...input, sheets: input.sheets.filter((s) => !skip(s)) } : input;
  const tables = recognizeTables(workbook, { polarity: options.polarity });
  const scale = resolveScale(workbook, tables, options.scale);
  const ctx = createContext(workbook, tables, scale, options);
  for (const rule of RULES) rule.run(ctx);
  return { findings: sortFindings(ctx.findings(), workbook), tables, scale };
}

export type { Finding, Fix, Severity } from "./finding";
export { RULE_IDS, RULE_INFO } from "./rules";
