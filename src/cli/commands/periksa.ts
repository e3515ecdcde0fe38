/**
 * `lkjip periksa FILE.xlsx [--skala ID] [--json] [--locale id|en] [--out HASIL.xlsx [--timpa] [--perbaiki[=rumus]]]`: reads
 * the workbook, runs the checker and prints a readable Indonesian report (numbers in messages and fix
 * formulas as in an Indonesian Excel, or a US one with --locale en), or one JSON object with --json
 * (messages in the same notation, formulas canonical). With --perbaiki the copy --out writes gets every
 * offered fix, and the findings the fixes brought up are reported.
 * Exit 0 when the check ran (with or without findings), 2 when the file could not be checked.
 */
import * as path from "path";
import type { CheckResult } from "../../core/check";
import { modelSource, runCheck, type CheckRunOptions } from "../../app";
import { fixReport, textReport } from "../../core/check/report";
import type { FixMode } from "../../core/check/fixWrite";
import { describeTable, tableSummary } from "../../core/tables/describe";
import { readXlsx, WorkbookReadError } from "../../hosts/xlsx/readXlsx";
import { InputError, readInput } from "../readInput";
import { nodeInflate } from "../nodeInflate";
import type { Finding } from "../../core/check";
import { notationOfLocale } from "../../core/formula";
import { INDONESIAN_NUMBERS, US_NUMBERS } from "../../core/numbers/format";
import { outPathProblem, writeFailure } from "../outPath";

export interface PeriksaArgs {
  file?: string;
  skala?: string;
  json: boolean;
  out?: string;
  /** Overwrite an existing --out file. */
  timpa?: boolean;
  /** "id" (default) or "en": the notation of numbers in messages and of fix formulas in the text report. */
  locale?: string;
  /** Write every offered fix into the --out copy: values ("nilai") or formulas ("rumus"). */
  perbaiki?: FixMode;
  error?: string;
}

export function parsePeriksaArgs(args: string[]): PeriksaArgs {
  const parsed: PeriksaArgs = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") parsed.json = true;
    else if (a === "--timpa") parsed.timpa = true;
    else if (a === "--perbaiki" || a === "--perbaiki=nilai") parsed.perbaiki = "nilai";
    else if (a === "--perbaiki=rumus") parsed.perbaiki = "rumus";
    else if (a.startsWith("--perbaiki="))
      return { ...parsed, error: `Opsi --perbaiki hanya menerima nilai atau rumus, bukan ${a.slice(11)}.` };
    else if (a === "--skala" || a === "--out" || a === "--locale") {
      const v = args[++i];
      if (v === undefined || v.startsWith("--")) return { ...parsed, error: `Opsi ${a} memerlukan nilai.` };
      if (a === "--skala") parsed.skala = v;
      else if (a === "--out") parsed.out = v;
      else parsed.locale = v;
    } else if (a.startsWith("--skala=")) parsed.skala = a.slice(8);
    else if (a.startsWith("--out=")) parsed.out = a.slice(6);
    else if (a.startsWith("--locale=")) parsed.locale = a.slice(9);
    else if (a.startsWith("--")) return { ...parsed, error: `Opsi tidak dikenal: ${a}` };
    else if (parsed.file === undefined) parsed.file = a;
    else return { ...parsed, error: `Terlalu banyak berkas: ${a}` };
  }
  if (parsed.locale !== undefined && !/^(id|en)([-_].*)?$/i.test(parsed.locale))
    return { ...parsed, error: `Opsi --locale hanya menerima id atau en, bukan ${parsed.locale}.` };
  if (!parsed.file && !parsed.error)
    parsed.error = "Sebutkan berkas .xlsx yang akan diperiksa, misalnya: lkjip periksa LKjIP-2024.xlsx";
  if (parsed.perbaiki && !parsed.out && !parsed.error)
    parsed.error = "Opsi --perbaiki menulis ke salinan: sebutkan --out HASIL.xlsx (berkas yang diperiksa tidak pernah diubah).";
  return parsed;
}

function fail(
  out: (s: string) => void,
  err: (s: string) => void,
  json: boolean,
  file: string | undefined,
  reason: string,
): number {
  if (json) out(JSON.stringify({ file: file ?? null, error: reason, findings: [] }));
  else err(`lkjip periksa: ${reason}`);
  return 2;
}

/** Hook for `--out`: writes a copy with the narrative sheet (and with --perbaiki the fixes) when the narrative module is present. */
async function writeOut(buffer: Buffer, outPath: string, result: CheckResult, fixes?: { mode: FixMode; check: CheckRunOptions }) {
  const { writeNarrativeCopy, narrativeSummary } = await import("./narasi");
  const copy = await writeNarrativeCopy(buffer, outPath, result, {}, fixes);
  return { summary: narrativeSummary(copy), fixed: copy.fixed };
}

/** Where a table seems to be but could not be read (tabel-terlewat), for the "nothing recognised" message. */
function unreadNotes(result: CheckResult): string {
  const unread = result.findings.filter((f) => f.rule === "tabel-terlewat").slice(0, 3);
  return unread.map((f) => ` Lembar “${f.sheet}” ${f.cell}: ${f.message}`).join("");
}

/** A finding's fix in --json: the value and the formula as the .xlsx stores it (canonical, with "="). */
function jsonFix(f: Finding): { value: number | string; formula: string | null } | null {
  if (!f.fix) return null;
  return { value: f.fix.value, formula: f.fix.formula ? `=${f.fix.formula}` : null };
}

function jsonFinding(f: Finding) {
  const { rule, severity, sheet, cell, message } = f;
  return { rule, severity, sheet, cell, message, expected: f.expected ?? null, actual: f.actual ?? null, fix: jsonFix(f) };
}

/** What one check gave, for a caller that checks many files (the counts come from here, not from the printed text). */
export interface PeriksaOutcome {
  findings: Finding[];
  /** Why the file could not be checked. */
  error?: string;
}

export async function periksa(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void = out,
  onOutcome?: (outcome: PeriksaOutcome) => void,
): Promise<number> {
  const a = parsePeriksaArgs(args);
  const failed = (file: string | undefined, reason: string) => {
    onOutcome?.({ findings: [], error: reason });
    return fail(out, err, a.json, file, reason);
  };
  if (a.error) return failed(a.file, a.error);
  const file = a.file as string;
  let buffer: Buffer;
  try {
    buffer = await readInput(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return failed(file, e.reason);
    if (e instanceof InputError) return failed(file, e.message);
    throw e;
  }
  if (a.out) {
    const problem = await outPathProblem(file, a.out, a.timpa === true);
    if (problem) return failed(file, problem);
  }
  const ext = path.extname(file).toLowerCase();
  const checkOptions: CheckRunOptions = {
    settings: a.skala ? { scale: a.skala } : undefined,
    numbers: a.locale && /^en/i.test(a.locale) ? US_NUMBERS : INDONESIAN_NUMBERS,
  };
  let result: CheckResult;
  try {
    // The same flow as the task pane: the workbook's stored settings (scale, polarity, method) apply.
    const workbook = await readXlsx(buffer, { inflate: nodeInflate });
    const run = await runCheck(modelSource(workbook), checkOptions);
    result = run.result;
  } catch (e) {
    if (e instanceof WorkbookReadError) return failed(file, e.reason);
    const message = e instanceof Error ? e.message : String(e);
    if (/^Skala/.test(message)) return failed(file, message);
    return failed(file, `Buku kerja tidak dapat diperiksa (${ext || "tanpa ekstensi"}): ${message}`);
  }
  const excluded = result.excludedTables ?? [];
  if (result.tables.length === 0) {
    return failed(
      file,
      excluded.length > 0
        ? `Semua tabel yang dikenali (${excluded.length}) dikecualikan oleh koreksi yang tersimpan di buku kerja ini; tidak ada yang diperiksa.`
        : `Tidak ada tabel LKjIP yang dikenali (tabel capaian kinerja atau realisasi anggaran) di buku kerja ini.${unreadNotes(result)}`,
    );
  }
  onOutcome?.({ findings: result.findings });
  // The copy is written before the report is printed: --json carries what the fixes did.
  let copy: Awaited<ReturnType<typeof writeOut>> | null = null;
  let writeError: string | null = null;
  if (a.out) {
    try {
      copy = await writeOut(buffer, a.out, result, a.perbaiki ? { mode: a.perbaiki, check: checkOptions } : undefined);
    } catch (e) {
      writeError = writeFailure(a.out, e);
    }
  }
  const fixed = copy?.fixed;
  if (a.json) {
    const perbaikan = fixed && {
      mode: fixed.mode,
      written: fixed.written,
      appeared: fixed.appeared.map(jsonFinding),
      unresolved: fixed.unresolved.map(jsonFinding),
    };
    out(
      JSON.stringify({
        file,
        findings: result.findings.map(jsonFinding),
        tables: [...result.tables, ...excluded].map(describeTable),
        ...(perbaikan && { perbaikan }),
      }),
    );
  } else {
    const notation = notationOfLocale(a.locale);
    const read = [...result.tables, ...excluded].map(tableSummary);
    out(textReport(path.basename(file), result.findings, result.tables.length, result.scale.name, notation, read));
    if (fixed && a.out) out(fixReport(fixed.written, fixed.appeared, fixed.unresolved, a.out));
    if (copy) out(copy.summary);
  }
  if (writeError) {
    err(`lkjip periksa: ${writeError}`);
    return 2;
  }
  return 0;
}
