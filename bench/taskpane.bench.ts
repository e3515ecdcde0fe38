/**
 * Benchmark: time from navigation to the task pane's first findings on the bundled sample, in
 * Debian's headless Chromium, on the built page (dist/, `npm run build`). With LKJIP_DIST_BEFORE
 * set to another build, both are loaded interleaved round by round and the median of the paired
 * ratios is printed. Office.js is blocked (offline, as outside Excel), so the page runs standalone.
 *
 *   npm run build && npm run bench taskpane        (RUNS=7)
 */
import { existsSync, readFileSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";

const ROOT = join(__dirname, "..", "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const RUNS = Number(process.env.RUNS ?? 7);
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = normalize(join(dir, url === "/" ? "taskpane.html" : url));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

const fmt = (n: number, d = 0) => n.toFixed(d).replace(".", ",");
function spread(xs: number[], d = 0): string {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const med = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  return `${fmt(med, d)} (min ${fmt(s[0], d)}, maks ${fmt(s[s.length - 1], d)})`;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) return console.log(`dilewati: ${CHROMIUM} tidak ada`);
  const dists = [{ name: "sekarang", dir: resolve(process.env.LKJIP_DIST ?? join(ROOT, "dist")) }];
  if (process.env.LKJIP_DIST_BEFORE) dists.push({ name: "sebelum", dir: resolve(process.env.LKJIP_DIST_BEFORE) });
  for (const d of dists) if (!existsSync(join(d.dir, "taskpane.html"))) return console.log(`dilewati: ${d.dir} belum dibangun`);
  const servers = await Promise.all(dists.map((d) => serve(d.dir)));
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  const times = new Map<string, number[]>(dists.map((d) => [d.name, []]));
  try {
    for (let i = 0; i < RUNS; i++) {
      for (let k = 0; k < dists.length; k++) {
        const j = (i + k) % dists.length;
        const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
        await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${(servers[j].address() as AddressInfo).port}/taskpane.html`);
        await page.waitForFunction(() => /\d+ temuan|Tidak ada temuan/.test(document.body.innerText), null, {
          timeout: 60_000,
          polling: 5,
        });
        times.get(dists[j].name)!.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  console.log(`Temuan pertama pada contoh bawaan (Chromium headless, ${RUNS} putaran, ms sejak navigasi):`);
  for (const d of dists) console.log(`  ${d.name.padEnd(9)}: ${spread(times.get(d.name)!)} ms  (${d.dir})`);
  if (dists.length > 1) {
    const now = times.get("sekarang")!;
    const before = times.get("sebelum")!;
    console.log(
      `  rasio sekarang / sebelum: ${spread(
        now.map((t, i) => t / before[i]),
        2,
      )}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
