/**
 * Narrative: insert the Chapter III tables as a new sheet. An earlier narrative sheet the add-in
 * inserted is replaced only when asked (its insertion is undone first, which asks again if the user
 * changed it); otherwise the new tables go to the next free name.
 */
import type { CheckResult } from "../core/check";
import { insertNarrative, type InsertResult } from "../core/narrative/insert";
import type { NarrativeOptions } from "../core/narrative/types";
import type { JournalEntry, UndoOutcome, WorkbookHost } from "../core/workbook/host";
import type { Workbook } from "../core/workbook/model";

export const NARRATIVE_LABEL = "Sisipkan tabel naratif";

/** Narrative sheets the add-in inserted and that are still there (not undone), newest first. */
export function earlierNarratives(journal: JournalEntry[]): JournalEntry[] {
  return journal.filter((e) => e.kind === "sheet-added" && !e.undone && e.label.startsWith(NARRATIVE_LABEL)).reverse();
}

export type NarrativeOutcome =
  | { status: "inserted"; inserted: InsertResult; replaced?: string }
  /** Replacing needs the user's word: the earlier sheet changed since it was inserted. */
  | { status: "needs-confirmation"; undo: Extract<UndoOutcome, { status: "needs-confirmation" }> };

export async function insertNarrativeTables(
  host: WorkbookHost,
  workbook: Workbook,
  check: CheckResult,
  options: NarrativeOptions & { replace?: JournalEntry; confirmed?: boolean } = {},
): Promise<NarrativeOutcome> {
  let replaced: string | undefined;
  if (options.replace) {
    const undo = await host.undo({ batch: options.replace.batch, confirmed: options.confirmed });
    if (undo.status === "needs-confirmation") return { status: "needs-confirmation", undo };
    replaced = options.replace.sheet;
  }
  const inserted = await insertNarrative(host, workbook, check, options);
  return { status: "inserted", inserted, replaced };
}
