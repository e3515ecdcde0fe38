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
import { noteHiddenCells } from "./hiddenNote";
import { isAddinSheet } from "../workbook/ownSheets";
import type { CheckOptions } from "./options";

export type { CheckOptions } from "./options";

export interface CheckResult {
  findings: Finding[];
  /** The tables checked (and used by the narrative tables). */
  tables: RecognizedTable[];
  /** Tables the user excluded (stored correction): recognised and listed, never checked. */
  excludedTables?: RecognizedTable[];
  /** The predicate scale used: options.scale, else the workbook's scale table, else permendagri86. */
  scale: PredicateScale;
}

export function checkWorkbook(input: Workbook, options: CheckOptions = {}): CheckResult {
  // Only what is submitted is checked: hidden sheets (old drafts, lookups) and the add-in's own
  // sheets (journal, settings, inserted narrative tables) are left out, as Excel's host does.
  const skip = (s: Sheet) => s.hidden === true || isAddinSheet(s);
  const workbook = input.sheets.some(skip) ? { ...input, sheets: input.sheets.filter((s) => !skip(s)) } : input;
  const recognized = recognizeTables(workbook, { polarity: options.polarity, corrections: options.corrections });
  const tables = recognized.filter((t) => !t.excluded);
  const excludedTables = recognized.filter((t) => t.excluded);
  const scale = resolveScale(workbook, tables, options.scale, chosenScaleTable(recognized, options));
  const ctx = createContext(workbook, tables, scale, options, recognized);
  for (const rule of RULES) rule.run(ctx);
  return { findings: sortFindings(noteHiddenCells(ctx.findings(), workbook), workbook), tables, excludedTables, scale };
}

/** The scale table the user chose, when it is still a scale table of the workbook. */
function chosenScaleTable(recognized: RecognizedTable[], options: CheckOptions): RecognizedTable | undefined {
  const id = options.corrections?.scaleTable;
  return id ? recognized.find((t) => t.id === id && (t.kind === "skala" || t.kind === "rekap")) : undefined;
}

export type { Finding, Fix, Severity } from "./finding";
export { RULE_IDS, RULE_INFO } from "./rules";
