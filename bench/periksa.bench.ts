/**
 * Benchmark of `lkjip periksa` on a kabupaten-wide SIPD LRA (program / kegiatan / sub kegiatan /
 * rekening rows). Each command runs in its own process, and the compared commands are interleaved
 * round by round (their order rotating), so machine drift moves both sides of a ratio alike: each
 * ratio is the median of the per-round ratios, with its min and max. Floors printed beside them:
 * a bare inflate + SAX pass over every XML part, and a bare ExcelJS read.
 *
 * Targets (50.000 rows): whole check ≤ 0,5× the CPU of the bare ExcelJS read, peak RSS ≤ 200 MB,
 * cost linear in rows (50k / 100k / 200k); a fixture-sized workbook checked by the CLI in ≤ 0,25 s.
 *
 *   npm run bench periksa            (RUNS=5 rounds; BENCH_ROWS=50000,100000,200000)
 *
 * Before/after a change in the same interleaved run: BENCH_BASE=<another checkout> (built with
 * `npm run bench`, e.g. a worktree of main) adds its `periksa` as "periksa sebelum" and the paired
 * ratio of this checkout's periksa to it.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildXlsx, sipdLra } from "../test/support/workbooks";

const ROOT = join(__dirname, "..", "..", "..");
const RUNNER = join(__dirname, "periksaRunner.js");
const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = (process.env.BENCH_ROWS ?? "50000,100000,200000").split(",").map(Number);
/** The compiled runner of the checkout compared against, when BENCH_BASE names one. */
const BASE_RUNNER = process.env.BENCH_BASE
  ? join(process.env.BENCH_BASE, "build", "bench", "bench", "periksaRunner.js")
  : undefined;

interface Run {
  mode: string;
  cpu: number;
  wall: number;
  rss: number;
  what: string;
}

function run(mode: string, file: string): Run {
  const [runner, as] = mode === "periksa-sebelum" && BASE_RUNNER ? [BASE_RUNNER, "periksa"] : [RUNNER, mode];
  const out = execFileSync(process.execPath, [runner, as, file], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split("\n").pop()!) as Run;
}

function stats(xs: number[]): { min: number; med: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { min: s[0], med: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1] };
}

const fmt = (n: number, d = 0) => n.toFixed(d).replace(".", ",");
const spread = (xs: number[], d = 0, unit = "") => {
  const s = stats(xs);
  return `${fmt(s.med, d)}${unit} (min ${fmt(s.min, d)}, maks ${fmt(s.max, d)})`;
};

/** Runs `modes` on `file` for RUNS rounds, the order rotating each round. */
function interleaved(modes: string[], file: string, rounds = RUNS): Map<string, Run[]> {
  const byMode = new Map<string, Run[]>(modes.map((m) => [m, []]));
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < modes.length; k++) {
      const mode = modes[(i + k) % modes.length];
      byMode.get(mode)!.push(run(mode, file));
    }
  }
  return byMode;
}

function ratios(a: Run[], b: Run[]): number[] {
  return a.map((x, i) => x.cpu / b[i].cpu);
}

function cli(args: string[]): { wall: number; cpu: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", join(ROOT, "bench", "exitCpu.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const m = /@@cpu ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`lkjip gagal: ${r.stderr}`);
  return { wall, cpu: Number(m[1]) };
}

async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-bench-"));
  try {
    const files = new Map<number, string>();
    for (const rows of SIZES) {
      const t = process.hrtime.bigint();
      const buffer = await buildXlsx([sipdLra({ rows, seed: 42 })]);
      const file = join(dir, `lra-${rows}.xlsx`);
      writeFileSync(file, buffer);
      files.set(rows, file);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      console.log(`LRA SIPD ~${rows} baris: ${fmt(buffer.length / 1e6, 1)} MB (dibuat dalam ${fmt(ms)} ms)`);
    }

    const base = SIZES[0];
    console.log(`\n${base} baris, ${RUNS} putaran berselang-seling (CPU = user + sistem, ms; RSS puncak, MB):`);
    const modes = ["exceljs", "floor", "periksa", "periksa-exceljs", ...(BASE_RUNNER ? ["periksa-sebelum"] : [])];
    const label: Record<string, string> = {
      exceljs: "Baca ExcelJS saja (dasar)   ",
      floor: "Inflate + SAX saja (lantai) ",
      periksa: "periksa (pembaca baru)      ",
      "periksa-exceljs": "periksa lama (via ExcelJS)  ",
      "periksa-sebelum": "periksa sebelum (BENCH_BASE)",
    };
    const byMode = interleaved(modes, files.get(base)!);
    for (const m of modes) {
      const runs = byMode.get(m)!;
      console.log(
        `${label[m]} CPU ${spread(runs.map((r) => r.cpu))} | dinding ${spread(runs.map((r) => r.wall))} | RSS ${spread(
          runs.map((r) => r.rss),
        )}  [${runs[0].what}]`,
      );
    }
    const bare = byMode.get("exceljs")!;
    const now = ratios(byMode.get("periksa")!, bare);
    console.log(`\nRasio CPU periksa / baca ExcelJS      : ${spread(now, 2)}  (target ≤ 0,50)`);
    console.log(`Rasio CPU periksa lama / baca ExcelJS : ${spread(ratios(byMode.get("periksa-exceljs")!, bare), 2)}`);
    if (BASE_RUNNER) {
      const before = byMode.get("periksa-sebelum")!;
      console.log(`Rasio CPU periksa sebelum / baca ExcelJS: ${spread(ratios(before, bare), 2)}`);
      console.log(`Rasio CPU periksa / periksa sebelum   : ${spread(ratios(byMode.get("periksa")!, before), 2)}`);
    }
    console.log(`Rasio CPU lantai / baca ExcelJS       : ${spread(ratios(byMode.get("floor")!, bare), 2)}`);
    console.log(`Rasio CPU periksa / lantai            : ${spread(ratios(byMode.get("periksa")!, byMode.get("floor")!), 2)}`);
    console.log(`RSS puncak periksa                    : ${spread(byMode.get("periksa")!.map((r) => r.rss))} MB  (target ≤ 200)`);

    if (SIZES.length > 1) {
      console.log(`\nLinear dalam baris (periksa, ${RUNS} putaran berselang-seling per ukuran):`);
      const bySize = new Map<number, Run[]>(SIZES.map((s) => [s, []]));
      const baseBySize = new Map<number, Run[]>(SIZES.map((s) => [s, []]));
      for (let i = 0; i < RUNS; i++)
        for (const s of SIZES) {
          bySize.get(s)!.push(run("periksa", files.get(s)!));
          if (BASE_RUNNER) baseBySize.get(s)!.push(run("periksa-sebelum", files.get(s)!));
        }
      const perRow = (s: number) => stats(bySize.get(s)!.map((r) => r.cpu)).med / s;
      for (const s of SIZES) {
        const runs = bySize.get(s)!;
        console.log(
          `  ${String(s).padStart(7)} baris: CPU ${spread(runs.map((r) => r.cpu))} ms, ${fmt(perRow(s) * 1000, 1)} µs/baris, RSS ${spread(
            runs.map((r) => r.rss),
          )} MB`,
        );
      }
      if (BASE_RUNNER)
        for (const s of SIZES) {
          const runs = baseBySize.get(s)!;
          console.log(
            `  sebelum ${String(s).padStart(7)} baris: CPU ${spread(runs.map((r) => r.cpu))} ms, RSS ${spread(runs.map((r) => r.rss))} MB`,
          );
        }
      console.log(
        `  µs/baris ${SIZES[SIZES.length - 1]} ÷ ${base}: ${fmt(perRow(SIZES[SIZES.length - 1]) / perRow(base), 2)} (linear = 1,00)`,
      );
    }

    console.log(`\nCLI pada buku kerja seukuran fixture (kelam-permai-2019.xlsx), ${RUNS * 2} putaran berselang-seling:`);
    const lkjip = join(ROOT, "tools", "lkjip", "bin", "lkjip.js");
    const fixture = join(ROOT, "test", "fixtures", "kelam-permai-2019.xlsx");
    const cliRuns: { wall: number; cpu: number }[] = [];
    const nodeRuns: { wall: number; cpu: number }[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      cliRuns.push(cli([lkjip, "periksa", fixture]));
      nodeRuns.push(cli(["-e", "0"]));
    }
    console.log(
      `  lkjip periksa : dinding ${spread(cliRuns.map((r) => r.wall))} ms (target ≤ 250), CPU ${spread(cliRuns.map((r) => r.cpu))} ms`,
    );
    console.log(
      `  node -e 0     : dinding ${spread(nodeRuns.map((r) => r.wall))} ms, CPU ${spread(nodeRuns.map((r) => r.cpu))} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

bench().catch((e) => {
  console.error(e);
  process.exit(1);
});
