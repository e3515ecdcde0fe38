/**
 * `lkjip periksa FILE.xlsx [--skala ID] [--json] [--locale id|en] [--out HASIL.xlsx [--timpa]]`: reads
 * the workbook, runs the checker and prints a readable Indonesian report (fix formulas as typed in an
 * Indonesian Excel, or a US one with --locale en), or one JSON object with --json (formulas canonical).
 * Exit 0 when the check ran (with or without findings), 2 when the file could not be checked.
 */
import * as path from "path";
import type { CheckResult } from "../../core/check";
import { modelSource, runCheck } from "../../app";
import { textReport } from "../../core/check/report";
import { describeTable, tableSummary } from "../../core/tables/describe";
import { readXlsx, WorkbookReadError } from "../../hosts/xlsx/readXlsx";
import { InputError, readInput } from "../readInput";
import { nodeInflate } from "../nodeInflate";
import type { Finding } from "../../core/check";
import { notationOfLocale } from "../../core/formula";
import { outPathProblem, writeFailure } from "../outPath";

export interface PeriksaArgs {
  file?: string;
  skala?: string;
  json: boolean;
  out?: string;
  /** Overwrite an existing --out file. */
  timpa?: boolean;
  /** "id" (default) or "en": the notation of fix formulas in the text report. */
  locale?: string;
  error?: string;
}

export function parsePeriksaArgs(args: string[]): PeriksaArgs {
  const parsed: PeriksaArgs = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") parsed.json = true;
    else if (a === "--timpa") parsed.timpa = true;
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

/** Hook for `--out`: writes a copy with the narrative sheet when the narrative module is present. */
async function writeOut(buffer: Buffer, outPath: string, result: CheckResult): Promise<string> {
  const { writeNarrativeCopy, narrativeSummary } = await import("./narasi");
  const copy = await writeNarrativeCopy(buffer, outPath, result);
  return narrativeSummary(copy);
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

export async function periksa(args: string[], out: (s: string) => void, err: (s: string) => void = out): Promise<number> {
  const a = parsePeriksaArgs(args);
  if (a.error) return fail(out, err, a.json, a.file, a.error);
  const file = a.file as string;
  let buffer: Buffer;
  try {
    buffer = await readInput(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(out, err, a.json, file, e.reason);
    if (e instanceof InputError) return fail(out, err, a.json, file, e.message);
    throw e;
  }
  if (a.out) {
    const problem = await outPathProblem(file, a.out, a.timpa === true);
    if (problem) return fail(out, err, a.json, file, problem);
  }
  const ext = path.extname(file).toLowerCase();
  let result: CheckResult;
  try {
    // The same flow as the task pane: the workbook's stored settings (scale, polarity, method) apply.
    const workbook = await readXlsx(buffer, { inflate: nodeInflate });
    const run = await runCheck(modelSource(workbook), { settings: a.skala ? { scale: a.skala } : undefined });
    result = run.result;
  } catch (e) {
    if (e instanceof WorkbookReadError) return fail(out, err, a.json, file, e.reason);
    const message = e instanceof Error ? e.message : String(e);
    if (/^Skala/.test(message)) return fail(out, err, a.json, file, message);
    return fail(out, err, a.json, file, `Buku kerja tidak dapat diperiksa (${ext || "tanpa ekstensi"}): ${message}`);
  }
  const excluded = result.excludedTables ?? [];
  if (result.tables.length === 0) {
    return fail(
      out,
      err,
      a.json,
      file,
      excluded.length > 0
        ? `Semua tabel yang dikenali (${excluded.length}) dikecualikan oleh koreksi yang tersimpan di buku kerja ini; tidak ada yang diperiksa.`
        : `Tidak ada tabel LKjIP yang dikenali (tabel capaian kinerja atau realisasi anggaran) di buku kerja ini.${unreadNotes(result)}`,
    );
  }
  if (a.json) {
    const findings = result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      fix: jsonFix(f),
    }));
    out(JSON.stringify({ file, findings, tables: [...result.tables, ...excluded].map(describeTable) }));
  } else {
    const notation = notationOfLocale(a.locale);
    const read = [...result.tables, ...excluded].map(tableSummary);
    out(textReport(path.basename(file), result.findings, result.tables.length, result.scale.name, notation, read));
  }
  if (a.out) {
    try {
      const summary = await writeOut(buffer, a.out, result);
      if (!a.json) out(summary);
    } catch (e) {
      err(`lkjip periksa: ${writeFailure(a.out, e)}`);
      return 2;
    }
  }
  return 0;
}
