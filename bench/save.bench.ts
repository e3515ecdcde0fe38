/**
 * Benchmark of saving one fix into a 50.000-row SIPD LRA with the file host (the standalone page's
 * "Unduh", `periksa --out`): open, the first write (which loads the file for writing) and save,
 * each the median of RUNS rounds (wall and CPU time: the machine may be shared); then the package
 * patch alone for the same one-cell change, with fflate (the page) and with Node's zlib (the CLI).
 *
 *   npm run bench save            (RUNS=5; BENCH_ROWS=50000)
 */
import { buildXlsx, sipdLra } from "../test/support/workbooks";
import { XlsxHost } from "../src/hosts/xlsx/XlsxHost";
import { patchPackage } from "../src/hosts/xlsx/package/patch";
import type { PatchOptions } from "../src/hosts/xlsx/package/changes";
import { nodeDeflate } from "../src/cli/nodeDeflate";
import { nodeInflate } from "../src/cli/nodeInflate";

/** Wall and CPU milliseconds of one call. */
async function timed(f: () => unknown): Promise<[number, number]> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await f();
  const d = process.cpuUsage(cpu);
  return [performance.now() - t, (d.user + d.system) / 1000];
}

const RUNS = Number(process.env.RUNS ?? 5);
const ROWS = (process.env.BENCH_ROWS ?? "50000").split(",").map(Number);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString("id-ID");

async function bench(): Promise<void> {
  for (const rows of ROWS) {
    const bytes = new Uint8Array(await buildXlsx([sipdLra({ rows, seed: 42 })]));
    const phases: Record<string, [number, number][]> = { buka: [], tulis: [], simpan: [], "patch fflate": [], "patch zlib": [] };
    const edit = (options: PatchOptions) => () =>
      patchPackage(
        bytes,
        {
          edits: new Map([[sheet, [{ row: 11, col: 2, content: { kind: "number", value: 123_456_789 } }]]]),
          deleted: [],
          added: [],
        },
        options,
      );
    let sheet = "";
    for (let i = 0; i < RUNS; i++) {
      let host: XlsxHost | undefined;
      phases.buka.push(await timed(async () => (host = await XlsxHost.open(bytes, "lra.xlsx", "bench"))));
      sheet = (await host!.read()).sheets[0].name;
      phases.tulis.push(
        await timed(() => host!.write([{ sheet, cell: "C12", value: 123_456_789 }], { label: "Perbaiki C12", confirmed: true })),
      );
      phases.simpan.push(await timed(() => host!.save()));
      phases["patch fflate"].push(await timed(edit({})));
      phases["patch zlib"].push(await timed(edit({ deflate: nodeDeflate, inflate: nodeInflate })));
    }
    const line = Object.entries(phases)
      .map(([k, v]) => `${k} ${fmt(median(v.map((x) => x[0])))} ms (CPU ${fmt(median(v.map((x) => x[1])))})`)
      .join(" · ");
    console.log(`${fmt(rows)} baris (${(bytes.length / 1e6).toFixed(1).replace(".", ",")} MB): ${line} (median ${RUNS})`);
  }
}

void bench();
