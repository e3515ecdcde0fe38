/**
 * `lkjip periksa A.xlsx B.xlsx …` or `lkjip periksa FOLDER`: a reviewer checks many workbooks at once.
 * Each file is checked exactly as `periksa` checks one (its report, or its JSON object), then one
 * summary line per file; with --json, one object `{ files: [...] }` holding each file's object.
 * Exit 0 when every file was checked, 2 when one could not be.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { periksa, type PeriksaOutcome } from "./periksa";

/** Options that take a value (`--skala ID`): the value is not a file. */
const VALUED = new Set(["--skala", "--out", "--locale"]);
const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** The file operands and the options of a `periksa` command line, in their order. */
export function splitOperands(args: string[]): { files: string[]; options: string[] } {
  const files: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith("--")) {
      options.push(a);
      if (VALUED.has(a) && i + 1 < args.length) options.push(args[++i]);
    } else files.push(a);
  }
  return { files, options };
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** True when the command names more than one file, or a folder. */
export async function namesMany(args: string[]): Promise<boolean> {
  const { files } = splitOperands(args);
  return files.length > 1 || (files.length === 1 && (await isDirectory(files[0])));
}

/** The workbooks of a folder (not its subfolders), sorted; Excel's lock files (`~$…`) left out. */
async function workbooksIn(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir);
  return names
    .filter((n) => WORKBOOK.test(n) && !n.startsWith("~$"))
    .sort((a, b) => a.localeCompare(b, "id"))
    .map((n) => path.join(dir, n));
}

interface FileSummary {
  file: string;
  code: number;
  counts?: { error: number; warning: number; info: number };
  reason?: string;
}

export async function periksaBanyak(args: string[], out: (s: string) => void, err: (s: string) => void = out): Promise<number> {
  const { files: operands, options } = splitOperands(args);
  const json = options.includes("--json");
  const refuse = (reason: string) => {
    if (json) out(JSON.stringify({ error: reason, files: [] }));
    else err(`lkjip periksa: ${reason}`);
    return 2;
  };
  if (options.some((o) => o === "--out" || o.startsWith("--out=") || o.startsWith("--perbaiki")))
    return refuse("Opsi --out dan --perbaiki hanya untuk satu berkas; periksa berkas itu sendiri.");
  const files: string[] = [];
  for (const f of operands) {
    if (await isDirectory(f)) {
      const inside = await workbooksIn(f);
      if (inside.length === 0) return refuse(`Folder ${f} tidak berisi berkas .xlsx.`);
      files.push(...inside);
    } else files.push(f);
  }

  const summaries: FileSummary[] = [];
  const objects: unknown[] = [];
  for (const file of files) {
    if (!json) out(`${summaries.length > 0 ? "\n" : ""}== ${file}`);
    // Each file exactly as `lkjip periksa FILE` checks and prints it; JSON objects are collected.
    let printed = "";
    let outcome: PeriksaOutcome = { findings: [], error: "alasan tidak diketahui" };
    const code = await periksa(
      [file, ...options],
      json ? (s) => (printed += s) : out,
      json ? () => undefined : err,
      (o) => (outcome = o),
    );
    if (json) objects.push(JSON.parse(printed));
    const summary: FileSummary = { file, code };
    if (outcome.error !== undefined) summary.reason = outcome.error;
    else {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of outcome.findings) counts[f.severity]++;
      summary.counts = counts;
    }
    summaries.push(summary);
  }
  const failed = summaries.filter((s) => s.code !== 0).length;
  if (json) out(JSON.stringify({ files: objects }));
  else out(summaryTable(summaries, failed));
  return failed > 0 ? 2 : 0;
}

function summaryTable(summaries: FileSummary[], failed: number): string {
  const width = Math.min(60, Math.max(...summaries.map((s) => path.basename(s.file).length)));
  const lines = ["", `Ringkasan ${summaries.length} berkas:`];
  for (const s of summaries) {
    const name = path.basename(s.file).padEnd(width);
    lines.push(
      s.counts
        ? `  ${name}  ${s.counts.error} kesalahan, ${s.counts.warning} peringatan, ${s.counts.info} info`
        : `  ${name}  tidak dapat diperiksa: ${s.reason ?? "alasan tidak diketahui"}`,
    );
  }
  const clean = summaries.filter((s) => s.counts && s.counts.error === 0 && s.counts.warning === 0).length;
  lines.push(`${clean} berkas tanpa kesalahan atau peringatan${failed > 0 ? `; ${failed} berkas tidak dapat diperiksa` : ""}.`);
  return lines.join("\n");
}
