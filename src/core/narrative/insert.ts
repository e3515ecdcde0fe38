/**
 * Inserts the narrative tables as a new sheet through any host (Excel or .xlsx file): picks a free
 * sheet name, builds the document and writes it with host.addSheet (journaled, undoable).
 */
import type { CheckResult } from "../check";
import type { Workbook } from "../workbook/model";
import type { WorkbookHost, WriteOutcome } from "../workbook/host";
import { buildNarrative } from "./build";
import { DEFAULT_SHEET_NAME, freeSheetName, narrativeSheetSpec } from "./sheetSpec";
import type { NarrativeDocument, NarrativeOptions } from "./types";

export interface InsertResult {
  doc: NarrativeDocument;
  sheetName: string;
  outcome: WriteOutcome;
}

export async function insertNarrative(
  host: WorkbookHost,
  workbook: Workbook,
  check: CheckResult,
  options: NarrativeOptions = {},
): Promise<InsertResult> {
  const doc = buildNarrative(workbook, check, options);
  // Every sheet name counts, hidden ones and the add-in's earlier narrative sheets included.
  const taken = [...workbook.sheets.map((s) => s.name), ...(await host.sheetNames())];
  for (let attempt = 0; attempt < 20; attempt++) {
    const sheetName = freeSheetName(taken, DEFAULT_SHEET_NAME);
    const outcome = await host.addSheet(narrativeSheetSpec(doc, sheetName), { label: `Sisipkan tabel naratif (${sheetName})` });
    if (outcome.status === "written") return { doc, sheetName, outcome };
    taken.push(sheetName);
  }
  throw new Error("Tidak ada nama lembar yang bebas untuk tabel naratif.");
}
