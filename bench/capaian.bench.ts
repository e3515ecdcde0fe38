/**
 * CAPAIAN over a 10.000-row range, the way Excel calls it: two 10.000×1 arrays of numbers, through
 * the same implementation and result conversion as the custom function (minus the Office global).
 * Prints evaluations per second, median of several runs. Run: `npm run bench capaian`.
 */
import { performance } from "perf_hooks";
import { toExcelMatrix } from "../src/functions/excelResult";
import { CAPAIAN } from "../src/functions/impl/capaian";

const ROWS = 10_000;
const RUNS = 9;
const WARMUP = 3;

function column(make: (i: number) => number): number[][] {
  return Array.from({ length: ROWS }, (_, i) => [make(i)]);
}

// Targets and realisasi as they appear in PK sheets: whole counts, percentages with decimals.
const targets = column((i) => (i % 3 === 0 ? 85 : i % 3 === 1 ? 70.15 : 100 + (i % 17)));
const realisasi = column((i) => (i % 5 === 0 ? 80 : 60 + ((i * 7) % 45) + (i % 4) * 0.25));
const fakeError = (e: { error: string }) => ({ code: e.error });

function once(): number {
  const start = performance.now();
  const result = toExcelMatrix(CAPAIAN(targets, realisasi, null, null, null), fakeError);
  const elapsed = performance.now() - start;
  if (result.length !== ROWS || typeof result[0][0] !== "number") throw new Error("unexpected CAPAIAN result");
  return elapsed;
}

for (let i = 0; i < WARMUP; i++) once();
const times = Array.from({ length: RUNS }, once).sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];
const perSecond = Math.round(ROWS / (median / 1000));
console.log(
  `CAPAIAN ${ROWS}×1: median ${median.toFixed(1)} ms over ${RUNS} runs = ${perSecond.toLocaleString("en-US")} evaluations/s`,
);
