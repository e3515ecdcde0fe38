/**
 * Benchmark: `lkjip periksa` on a kabupaten-wide SIPD LRA of ~50.000 rows (program / kegiatan /
 * sub kegiatan / rekening) against a bare ExcelJS read of the same file. Target: ratio ≤ 1,5.
 * Wall times and process CPU times (process.cpuUsage, user + system: less noisy on a loaded
 * machine) are both reported, each the best of RUNS runs (default 3).
 *
 * Run (from the repo root):
 *   npm run bench periksa
 * or
 *   npx tsc -p tsconfig.bench.json && node --expose-gc build/bench/bench/periksa.bench.js [ROWS]
 */
import ExcelJS from "exceljs";
import { buildXlsx, sipdLra } from "../test/support/workbooks";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../src/core/check";

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface Timing<T> {
  /** Best wall time, ms. */
  time: number;
  /** Best CPU time (user + system), ms. */
  cpu: number;
  value: T;
}

async function best<T>(runs: number, f: () => Promise<T>): Promise<Timing<T>> {
  let time = Infinity;
  let cpu = Infinity;
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    value = await f();
    time = Math.min(time, ms(t));
    const used = process.cpuUsage(c);
    cpu = Math.min(cpu, (used.user + used.system) / 1e3);
  }
  return { time, cpu, value: value as T };
}

async function bench(): Promise<void> {
  const rows = Number(process.argv[2] ?? 50000);
  const t0 = process.hrtime.bigint();
  const buffer = await buildXlsx([sipdLra({ rows, seed: 42 })]);
  console.log(
    `Buku kerja SIPD LRA: ~${rows} baris, ${(buffer.length / 1e6).toFixed(1)} MB (dibuat dalam ${ms(t0).toFixed(0)} ms)`,
  );

  const runs = Number(process.env.RUNS ?? 3);
  const bare = await best(runs, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return wb.worksheets[0].rowCount;
  });
  let peak = 0;
  const full = await best(runs, async () => {
    const wb = await readXlsx(buffer);
    const report = checkWorkbook(wb);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return report;
  });
  const heap = process.memoryUsage().heapUsed / 1e6;
  console.log(`Baca ExcelJS saja      : ${bare.time.toFixed(0)} ms dinding, ${bare.cpu.toFixed(0)} ms CPU (${bare.value} baris)`);
  console.log(
    `periksa (baca + cek)   : ${full.time.toFixed(0)} ms dinding, ${full.cpu.toFixed(0)} ms CPU (${full.value.tables.length} tabel, ${full.value.findings.length} temuan)`,
  );
  console.log(`Rasio dinding          : ${(full.time / bare.time).toFixed(2)} (target ≤ 1,50)`);
  console.log(`Rasio CPU              : ${(full.cpu / bare.cpu).toFixed(2)} (target ≤ 1,50)`);
  console.log(`Heap terpakai          : ${heap.toFixed(0)} MB (puncak saat periksa ${(peak / 1e6).toFixed(0)} MB)`);
}

bench().catch((e) => {
  console.error(e);
  process.exit(1);
});
