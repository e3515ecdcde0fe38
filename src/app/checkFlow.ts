/**
 * Check: read the workbook, apply the settings it carries, leave out the add-in's own output,
 * recognise and check. The task pane, the standalone page and the CLI all check through here, so
 * they report the same findings for the same file.
 */
import { checkWorkbook, type CheckOptions, type CheckResult } from "../core/check";
import { insertedSheets, summarizeBatches, type BatchSummary } from "../core/journal/journal";
import { parseSettings, toCheckOptions, type WorkbookSettings } from "../core/settings/settings";
import type { JournalEntry, WorkbookSource } from "../core/workbook/host";
import type { NumberLocale, Workbook } from "../core/workbook/model";
import { INDONESIAN_NUMBERS } from "../core/numbers/format";

export type { WorkbookSource } from "../core/workbook/host";

export type Checker = (workbook: Workbook, options?: CheckOptions) => CheckResult;

export interface CheckRunOptions {
  /** Settings to use instead of the stored ones (the pane just saved them; the CLI's --skala). */
  settings?: Partial<WorkbookSettings>;
  onProgress?: (done: number, total: number) => void;
  /**
   * Notation of the numbers in messages: --locale in the CLI, the browser's on the standalone page. Else
   * the workbook's (Excel hands its own; a file has none), else Indonesian.
   */
  numbers?: NumberLocale;
  /** The checker (tests pass a spy); the core checker by default. */
  checker?: Checker;
}

export interface CheckRun {
  /** Every visible sheet, as the preview shows it. */
  workbook: Workbook;
  /** The sheets that were checked: without the sheets the add-in inserted. */
  checked: Workbook;
  result: CheckResult;
  settings: WorkbookSettings;
  journal: JournalEntry[];
  batches: BatchSummary[];
  /** The notation the messages were written in (the pane shows values and formulas in it too). */
  numbers: NumberLocale;
}

export async function runCheck(source: WorkbookSource, options: CheckRunOptions = {}): Promise<CheckRun> {
  const workbook = await source.read(options.onProgress);
  const stored = parseSettings(await source.getSettings());
  const settings: WorkbookSettings = { ...stored, ...options.settings };
  const journal = await source.journal();
  const inserted = insertedSheets(journal);
  const checked = { ...workbook, sheets: workbook.sheets.filter((s) => !inserted.has(s.name.toLowerCase())) };
  const numbers = options.numbers ?? workbook.locale ?? INDONESIAN_NUMBERS;
  const result = (options.checker ?? checkWorkbook)(checked, { ...toCheckOptions(settings), numbers });
  return { workbook, checked, result, settings, journal, batches: summarizeBatches(journal), numbers };
}
