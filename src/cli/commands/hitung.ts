/**
 * `lkjip hitung NAMA ARG...`: evaluates a custom function with exactly the implementation Excel
 * runs, each argument written as the user would type it in a cell.
 * Exit codes: 0 result, 1 Excel error result, 2 usage error.
 */
import { isExcelErrorResult } from "../../functions/impl/errors";
import { CellOut } from "../../functions/impl/matrix";
import { findFunction, FUNCTIONS, FunctionSpec } from "../../functions/impl/registry";
import { ENGLISH, INDONESIAN, setArgumentNotation } from "../../functions/impl/notation";
import { CliLocale, formatCliNumber, parseCliLocale } from "../notation";

const OK = 0;
const EXCEL_ERROR = 1;
const USAGE = 2;

/** Takes `--locale X` / `--locale=X` out of the arguments (anywhere: a cell argument never starts with "--"). */
function takeLocale(args: string[]): { args: string[]; locale: CliLocale } | { error: string } {
  const kept: string[] = [];
  let locale: CliLocale = "id";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a !== "--locale" && !a.startsWith("--locale=")) {
      kept.push(a);
      continue;
    }
    const value = a === "--locale" ? args[++i] : a.slice("--locale=".length);
    const parsed = value === undefined ? null : parseCliLocale(value);
    if (!parsed) return { error: `--locale memerlukan id atau en${value === undefined ? "" : `, bukan “${value}”`}.` };
    locale = parsed;
  }
  return { args: kept, locale };
}

export function hitung(allArgs: string[], out: (s: string) => void): Promise<number> {
  return Promise.resolve(run(allArgs, out));
}

function run(allArgs: string[], out: (s: string) => void): number {
  const taken = takeLocale(allArgs);
  if ("error" in taken) {
    out(taken.error);
    return USAGE;
  }
  const { args, locale } = taken;
  // Text arguments are read as an Excel of that notation would read them (default id, as the users' Excel).
  setArgumentNotation(locale === "en" ? ENGLISH : INDONESIAN);
  const [name, ...rest] = args;
  if (name === undefined || name === "") {
    out(helpText());
    return USAGE;
  }
  if (["--help", "-h", "bantuan"].includes(name)) {
    out(helpText());
    return OK;
  }
  const spec = findFunction(name);
  if (!spec) {
    out(`Fungsi tidak dikenal: ${name}. Fungsi yang tersedia: ${FUNCTIONS.map((f) => f.name).join(", ")}.`);
    return USAGE;
  }
  const arityProblem = checkArity(spec, rest);
  if (arityProblem) {
    out(`${arityProblem}\nPemakaian: lkjip hitung ${signature(spec)}`);
    return USAGE;
  }
  const result = spec.run(...rest.map(asTyped));
  out(result.map((row) => row.map((cell) => printCell(cell, locale)).join("\t")).join("\n"));
  return result.some((row) => row.some(isExcelErrorResult)) ? EXCEL_ERROR : OK;
}

function checkArity(spec: FunctionSpec, args: string[]): string | null {
  const required = spec.params.filter((p) => !p.optional).length;
  if (args.length > spec.params.length)
    return `${spec.name} menerima paling banyak ${spec.params.length} argumen, diberikan ${args.length}.`;
  if (args.length < required) {
    const missing = spec.params.slice(args.length, required).map((p) => p.name);
    return `${spec.name} memerlukan argumen ${missing.join(", ")}.`;
  }
  return null;
}

/** "" is an omitted argument; "1;2;3" a row; "1;2|3;4" rows separated by "|"; anything else one cell. */
function asTyped(arg: string): unknown {
  if (arg === "") return null;
  if (!arg.includes(";") && !arg.includes("|")) return [[arg]];
  return arg.split("|").map((row) => row.split(";").map((cell) => (cell.trim() === "" ? null : cell)));
}

function printCell(cell: CellOut, locale: CliLocale): string {
  if (isExcelErrorResult(cell)) return `${cell.error} ${cell.message}`;
  if (typeof cell === "number") return formatCliNumber(cell, locale);
  return String(cell);
}

function signature(spec: FunctionSpec): string {
  return [spec.name, ...spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name))].join(" ");
}

function helpText(): string {
  return [
    "Pemakaian: lkjip hitung [--locale id|en] NAMA_FUNGSI ARGUMEN...",
    "Menghitung fungsi Asisten LKjIP persis seperti di Excel. Tulis setiap argumen seperti mengetik di sel:",
    "  --locale id (bawaan): teks angka dibaca seperti Excel berbahasa Indonesia (1.234,5); en: seperti Excel AS (1,234.5).",
    '  angka "85", "1.234,5", "Rp 2.659.997.281,-", "98,15 %"; teks "negatif", "berhasil4";',
    '  "" untuk argumen yang dilewati; rentang satu baris "1;2;3"; beberapa baris dipisah "|": "91;Sangat Tinggi|76;Tinggi".',
    "",
    "Hasil angka ditulis seperti di Excel Indonesia (94,12 dan 1.234.567); --locale en menulis 94.12 dan 1,234,567.",
    "",
    "Fungsi:",
    ...FUNCTIONS.map((f) => `  ${signature(f)}\n      ${f.summary}`),
    "",
    "Contoh:",
    "  lkjip hitung CAPAIAN 85 80                 # 94,11764705882354",
    "  lkjip hitung CAPAIAN 85 80 --locale en     # 94.11764705882354",
    "  lkjip hitung SISA 88680000 87916000        # 764.000",
    '  lkjip hitung CAPAIAN 10 12 negatif "" 120  # 80',
    "  lkjip hitung PREDIKAT 100 baik4-lebih100   # Baik",
    "  lkjip hitung TERBILANG 1000                # seribu",
    "",
    "Kode keluar: 0 berhasil, 1 hasil berupa galat Excel (#DIV/0!, #VALUE!, #N/A, #NUM!), 2 salah pemakaian.",
  ].join("\n");
}
