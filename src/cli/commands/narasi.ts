/**
 * `lkjip periksa FILE --out HASIL.xlsx [--perbaiki]`: a copy of the workbook with the narrative tables in
 * a new sheet `Tabel Naratif`, written through the file host (nothing outside the new sheet is touched);
 * with --perbaiki every offered fix is written first (journaled, so the pane can undo it) and the
 * narrative is built from the check after the fixes.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { fixAndRecheck, type CheckRunOptions } from "../../app";
import type { CheckResult, Finding } from "../../core/check";
import { hasFix, type FixMode } from "../../core/check/fixWrite";
import { insertNarrative } from "../../core/narrative/insert";
import type { NarrativeDocument, NarrativeOptions } from "../../core/narrative/types";
import { XlsxHost } from "../../hosts/xlsx/XlsxHost";
import { nodeDeflate } from "../nodeDeflate";
import { nodeInflate } from "../nodeInflate";

export interface NarrativeCopy {
  outPath: string;
  sheetName: string;
  doc: NarrativeDocument;
  /** With --perbaiki: what the fixes wrote and which findings they brought up. */
  fixed?: FixedCopy;
}

export interface FixedCopy {
  mode: FixMode;
  /** Cells written. */
  written: number;
  /** Findings after the fixes that were not there before them (rule, sheet and cell). */
  appeared: Finding[];
  /** Findings after the fixes at cells they wrote (one fix computed from a value another one changed). */
  unresolved: Finding[];
}

/** --perbaiki: how to write the fixes, and the options of the check that follows them (settings, notation). */
export interface CopyFixes {
  mode: FixMode;
  check: CheckRunOptions;
}

export async function writeNarrativeCopy(
  inputBuffer: Uint8Array | Buffer,
  outPath: string,
  checkResult: CheckResult,
  options: NarrativeOptions = {},
  fixes?: CopyFixes,
): Promise<NarrativeCopy> {
  const host = await XlsxHost.open(inputBuffer, path.basename(outPath), `cli-${Date.now()}`, {
    deflate: nodeDeflate,
    inflate: nodeInflate,
  });
  let workbook = await host.read();
  let result = checkResult;
  let fixed: FixedCopy | undefined;
  if (fixes) {
    const fixable = checkResult.findings.filter(hasFix);
    // The copy is new and the input is never written, so filled cells are overwritten without asking.
    const label = `Perbaiki semua (lkjip periksa --perbaiki${fixes.mode === "rumus" ? "=rumus" : ""})`;
    const r = await fixAndRecheck(host, checkResult.findings, fixable, fixes.mode, {
      label,
      confirmed: true,
      check: fixes.check,
    });
    const written = r.status === "written" ? r.entries.length : 0;
    fixed = { mode: fixes.mode, written, appeared: r.appeared, unresolved: r.unresolved };
    if (r.run) [workbook, result] = [r.run.workbook, r.run.result];
  }
  const { doc, sheetName } = await insertNarrative(host, workbook, result, options);
  await fs.writeFile(outPath, await host.save());
  return fixed ? { outPath, sheetName, doc, fixed } : { outPath, sheetName, doc };
}

/** What the CLI prints after writing the copy. */
export function narrativeSummary(copy: NarrativeCopy): string {
  const lines = [`Tabel naratif ditulis ke lembar "${copy.sheetName}" di ${copy.outPath} (${copy.doc.tables.length} tabel).`];
  for (const sentence of copy.doc.sentences) lines.push(`  ${sentence}`);
  return lines.join("\n");
}
