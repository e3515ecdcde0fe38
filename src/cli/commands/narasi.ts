/**
 * `lkjip periksa FILE --out HASIL.xlsx`: a copy of the workbook with the narrative tables in a new
 * sheet `Tabel Naratif`, written through the file host (nothing outside the new sheet is touched).
 */
import { promises as fs } from "fs";
import * as path from "path";
import type { CheckResult } from "../../core/check";
import { insertNarrative } from "../../core/narrative/insert";
import type { NarrativeDocument, NarrativeOptions } from "../../core/narrative/types";
import { XlsxHost } from "../../hosts/xlsx/XlsxHost";
import { nodeDeflate } from "../nodeDeflate";
import { nodeInflate } from "../nodeInflate";

export interface NarrativeCopy {
  outPath: string;
  sheetName: string;
  doc: NarrativeDocument;
}

export async function writeNarrativeCopy(
  inputBuffer: Uint8Array | Buffer,
  outPath: string,
  checkResult: CheckResult,
  options: NarrativeOptions = {},
): Promise<NarrativeCopy> {
  const host = await XlsxHost.open(inputBuffer, path.basename(outPath), `cli-${Date.now()}`, {
    deflate: nodeDeflate,
    inflate: nodeInflate,
  });
  const workbook = await host.read();
  const { doc, sheetName } = await insertNarrative(host, workbook, checkResult, options);
  await fs.writeFile(outPath, await host.save());
  return { outPath, sheetName, doc };
}

/** What the CLI prints after writing the copy. */
export function narrativeSummary(copy: NarrativeCopy): string {
  const lines = [`Tabel naratif ditulis ke lembar "${copy.sheetName}" di ${copy.outPath} (${copy.doc.tables.length} tabel).`];
  for (const sentence of copy.doc.sentences) lines.push(`  ${sentence}`);
  return lines.join("\n");
}
