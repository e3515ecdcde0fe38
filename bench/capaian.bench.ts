/**
 * CAPAIAN, SERAPAN and PREDIKAT over a 10.000-row range, the way Excel calls them: 10.000×1 arrays
 * of numbers, through the same implementation and result conversion as the custom functions (minus
 * the Office global). Prints min/median/max of the runs and evaluations per second at the median.
 * Run: `npm run bench capaian`.
 */
import { performance } from "perf_hooks";
import { toExcelMatrix } from "../src/functions/excelResult";
import { CAPAIAN } from "../src/functions/impl/capaian";
import { SERAPAN } from "../src/functions/impl/budget";
import { PREDIKAT } from "../src/functions/impl/predikat";
import { CellOut } from "../src/functions/impl/matrix";

const ROWS = 10_000;
const RUNS = 15;
const WARMUP = 5;
const TARGET = 1_000_000;

function column(make: (i: number) => number): number[][] {
  return Array.from({ length: ROWS }, (_, i) => [make(i)]);
}

// Targets and realisasi as they appear in PK sheets: whole counts, percentages with decimals.
const targets = column((i) => (i % 3 === 0 ? 85 : i % 3 === 1 ? 70.15 : 100 + (i % 17)));
const realisasi = column((i) => (i % 5 === 0 ? 80 : 60 + ((i * 7) % 45) + (i % 4) * 0.25));
// Pagu and realisasi anggaran in rupiah, some with cents.
const pagu = column((i) => 88_680_000 + i * 1_250_000 + (i % 7 === 0 ? 0.5 : 0));
const belanja = column((i) => 87_916_000 + ((i * 7919) % 1_000_000) * 1_000);
// Capaian as CAPAIAN returns them: full-precision doubles.
const capaianValues = toExcelMatrix(CAPAIAN(targets, realisasi), () => 0) as number[][];

const fakeError = (e: { error: string }) => ({ code: e.error });

interface Case {
  name: string;
  run: () => CellOut[][];
}

const cases: Case[] = [
  { name: "CAPAIAN", run: () => CAPAIAN(targets, realisasi, null, null, null) },
  { name: "CAPAIAN negatif", run: () => CAPAIAN(targets, realisasi, [["negatif"]], null, [[120]]) },
  { name: "SERAPAN", run: () => SERAPAN(pagu, belanja) },
  { name: "PREDIKAT", run: () => PREDIKAT(capaianValues, [["berhasil4"]]) },
];

function once(c: Case): number {
  const start = performance.now();
  const result = toExcelMatrix(c.run(), fakeError);
  const elapsed = performance.now() - start;
  if (result.length !== ROWS || typeof result[0][0] === "object") throw new Error(`unexpected ${c.name} result`);
  return elapsed;
}

const rate = (ms: number) => Math.round(ROWS / (ms / 1000)).toLocaleString("en-US");
for (const c of cases) {
  for (let i = 0; i < WARMUP; i++) once(c);
  const times = Array.from({ length: RUNS }, () => once(c)).sort((a, b) => a - b);
  const [min, median, max] = [times[0], times[Math.floor(RUNS / 2)], times[RUNS - 1]];
  const perSecond = ROWS / (median / 1000);
  console.log(
    `${c.name.padEnd(16)} ${ROWS}×1: min ${min.toFixed(2)} / median ${median.toFixed(2)} / max ${max.toFixed(2)} ms over ${RUNS} runs` +
      ` = ${rate(median)} evaluations/s at the median (best ${rate(min)}, worst ${rate(max)})` +
      ` ${perSecond >= TARGET ? "≥" : "<"} ${TARGET.toLocaleString("en-US")}`,
  );
}
