/**
 * Every malformed input of the generated corpus, given to the built CLI (`lkjip periksa FILE --json`)
 * under a time limit and a memory limit per file: the answer is exit 0 or 2, one JSON line whose
 * reason is one Indonesian sentence, nothing on stderr (no ExcelJS warnings), no English system error
 * or JavaScript internals, no raw control characters, and — where the case says so — the right
 * reason or finding. Cases the current reader cannot pass yet are listed in KNOWN_FAILURES with why;
 * such a case that starts passing fails the test, so the list stays true.
 */
import { spawn } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { CorpusCase, generateCorpus } from "./generate";

const ROOT = path.join(__dirname, "..", "..");
const CLI = path.join(ROOT, "tools", "lkjip", "bin", "lkjip.js");
const TIME_LIMIT_MS = 30000;
/** Virtual memory limit of the process (ulimit -v, KiB) and V8 heap limit (MB). */
const MEMORY_KIB = 1_500_000;
const HEAP_MB = 512;

/**
 * Inputs the reader does not answer right yet. With the ExcelJS reader 16 of the 38 cases were here;
 * the fflate+saxes reader (branch `reader`) closed all but these.
 */
export const KNOWN_FAILURES: Record<string, string> = {};

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

function runCli(file: string): Promise<Run> {
  const start = Date.now();
  return new Promise((resolve) => {
    const quoted = [CLI, "periksa", file, "--json"].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    const child = spawn("sh", ["-c", `ulimit -v ${MEMORY_KIB}; exec node --max-old-space-size=${HEAP_MB} ${quoted}`], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout = (stdout + d.toString("utf8")).slice(-2_000_000)));
    child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString("utf8")).slice(-20000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIME_LIMIT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - start, timedOut });
    });
  });
}

const ENGLISH_OR_INTERNAL =
  /\b(ENOENT|EISDIR|ELOOP|ENOSPC|EACCES|ENOTDIR|EMFILE|ERR_[A-Z_]+)\b|Cannot read propert|is not a function|is not defined|undefined|null\b|TypeError|RangeError|SyntaxError|Invalid (string|array) length|Unexpected (token|end)|heap out of memory|\bat [\w.<>]+ \(|Error:|Warning:/;
// eslint-disable-next-line no-control-regex -- looking for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const INDONESIAN = /\b(berkas|buku kerja|lembar|tidak|rusak|terlalu|bukan|kosong|sandi|dapat|ditemukan|tabel)\b/i;

interface Output {
  error: string | null;
  findings: { rule: string; cell: string; message: string }[];
}

/** The problems of one run; empty when the input was handled cleanly. */
function problems(c: CorpusCase, run: Run): string[] {
  const out: string[] = [];
  if (run.timedOut) return [`no answer within ${TIME_LIMIT_MS / 1000} s`];
  if (run.signal || (run.code !== 0 && run.code !== 2))
    return [`exit ${run.code ?? run.signal} (crash or memory limit): ${run.stderr.split("\n").slice(0, 3).join(" | ")}`];
  if (run.stderr.trim() !== "") out.push(`stderr not empty: ${run.stderr.slice(0, 200)}`);
  const lines = run.stdout.split("\n").filter((l) => l !== "");
  if (lines.length !== 1) return [...out, `expected one JSON line, got ${lines.length}`];
  let parsed: Output;
  try {
    const json = JSON.parse(lines[0]) as { error?: string; findings?: Output["findings"] };
    parsed = { error: json.error ?? null, findings: json.findings ?? [] };
  } catch {
    return [...out, "stdout is not JSON"];
  }
  if (RAW_CONTROL.test(lines[0])) out.push("raw control characters reach the terminal");
  if (run.code === 2) {
    const reason = parsed.error ?? "";
    if (!reason || /\n/.test(reason)) out.push("exit 2 without a one-line reason");
    if (ENGLISH_OR_INTERNAL.test(reason)) out.push(`English or internal text in the reason: ${reason.slice(0, 200)}`);
    if (!INDONESIAN.test(reason)) out.push(`reason not Indonesian: ${reason.slice(0, 200)}`);
  }
  const e = c.expect;
  if (e?.code !== undefined && run.code !== e.code)
    out.push(`exit ${run.code}, expected ${e.code}${parsed.error ? ` (${parsed.error.slice(0, 160)})` : ""}`);
  if (e?.reason && !e.reason.test(parsed.error ?? ""))
    out.push(`reason “${(parsed.error ?? "").slice(0, 160)}” does not match ${e.reason}`);
  if (e?.finding) {
    const texts = parsed.findings.map((f) => `${f.rule} ${f.cell} ${f.message}`);
    if (!texts.some((t) => e.finding!.test(t))) out.push(`no finding matches ${e.finding} (${texts.length} findings)`);
  }
  return out;
}

jest.setTimeout(30 * 60 * 1000);

const built = existsSync(path.join(ROOT, "lib", "cli", "main.js"));
(built ? describe : describe.skip)("malformed-input corpus through the built CLI", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-corpus-"));
  let cases: CorpusCase[] = [];
  const results = new Map<string, string[]>();
  const times = new Map<string, number>();

  beforeAll(async () => {
    cases = await generateCorpus(dir);
    for (const c of cases) {
      const run = await runCli(c.file);
      results.set(c.name, problems(c, run));
      times.set(c.name, run.ms);
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    const clean = [...results.values()].filter((p) => p.length === 0).length;
    const lines = [...results].map(
      ([name, p]) =>
        `${p.length === 0 ? "ok   " : "GAGAL"} ${name} (${times.get(name)} ms)${p.length ? `: ${p.join("; ")}` : ""}`,
    );
    console.log(`Korpus masukan rusak: ${results.size} dicoba, ${clean} ditangani bersih.\n${lines.join("\n")}`);
  });

  test("the corpus covers the cases of the issue", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    for (const name of Object.keys(KNOWN_FAILURES)) expect(cases.map((c) => c.name)).toContain(name);
  });

  test("every input outside the known failures is handled cleanly", () => {
    const failing = [...results].filter(([name, p]) => p.length > 0 && !(name in KNOWN_FAILURES));
    expect(failing.map(([name, p]) => `${name}: ${p.join("; ")}`)).toEqual([]);
  });

  test("every known failure still fails (remove a case from KNOWN_FAILURES once it passes)", () => {
    const passing = Object.keys(KNOWN_FAILURES).filter((name) => results.get(name)?.length === 0);
    expect(passing).toEqual([]);
  });
});
