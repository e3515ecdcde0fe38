/**
 * Debian's Chromium for the browser tests: dist/ served on a random port, the page opened offline (the CDN
 * office.js cannot load, as on a reviewer's machine without Office) and a fixture workbook opened in it.
 * Skips only when /usr/bin/chromium is missing outside CI; in CI (CI set) a missing browser fails.
 */
import { existsSync, readFileSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { extname, join, normalize, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { fixturesDir } from "./fixtures";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = resolve(__dirname, "../..");
export const DIST = process.env.LKJIP_DIST ? resolve(process.env.LKJIP_DIST) : join(ROOT, "dist");
export const OUT = join(ROOT, "test-output");
const haveChromium = existsSync(CHROMIUM);
const inCI = !!process.env.CI;

/** `describe`, or `describe.skip` (with a note) where there is no Chromium and no CI. */
export function describeInChromium(): jest.Describe {
  if (!haveChromium && !inCI) {
    console.log(`SKIP browser test: ${CHROMIUM} not found (apt-get install -y chromium). It always runs in CI.`);
    return describe.skip;
  }
  return describe;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
};

export function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = normalize(join(dir, url === "/" ? "taskpane.html" : url));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

export interface Served {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

/** Serves `dir` (dist/ by default) and launches Chromium. */
export async function launch(dir = DIST): Promise<Served> {
  if (!haveChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium.`);
  if (!existsSync(join(dir, "taskpane.html")) || !existsSync(join(dir, "taskpane.js"))) {
    throw new Error("dist/ has no build: run `npm run build` before this test (npm test does).");
  }
  const server = await serve(dir);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * A new offline page of the standalone pane; page errors are collected. The browser speaks Indonesian
 * (the users' language, which sets the notation of the page's numbers) unless `locale` says otherwise.
 */
export async function openPage(
  served: Served,
  viewport: { width: number; height: number },
  options: { forcedColors?: boolean; locale?: string } = {},
): Promise<OpenedPage> {
  const context = await served.browser.newContext({ viewport, acceptDownloads: true, locale: options.locale ?? "id-ID" });
  await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
  const page = await context.newPage();
  if (options.forcedColors) await page.emulateMedia({ forcedColors: "active" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${served.base}/taskpane.html`);
  await page.getByRole("button", { name: "Buka buku kerja" }).waitFor();
  return { context, page, errors };
}

/** The page with a fixture workbook opened through the file input and checked. */
export async function openFixture(
  served: Served,
  viewport: { width: number; height: number },
  fixture = "kelam-permai-2019.xlsx",
  options: { forcedColors?: boolean; locale?: string } = {},
): Promise<OpenedPage> {
  const opened = await openPage(served, viewport, options);
  // The bundled sample opens by itself; wait for it so it cannot replace the fixture afterwards.
  await opened.page.getByText("contoh-lkjip.xlsx").waitFor({ timeout: 30_000 });
  await opened.page.setInputFiles('[data-testid="file-input"]', join(fixturesDir(), fixture));
  await opened.page.getByText(fixture).waitFor();
  await opened.page.getByText(/\d+ temuan/).waitFor({ timeout: 30_000 });
  return opened;
}
