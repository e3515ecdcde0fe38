/**
 * The standalone page in Debian's Chromium: open a fixture workbook, see its findings, jump to one,
 * fix it, undo it, fix again, download, and check the downloaded file with ExcelJS; at task pane width,
 * insert the narrative tables and find the new sheet (formulas, row heights) in the download.
 * Needs a production build in dist/ (`npm run build`). Skips only when /usr/bin/chromium is
 * missing outside CI; in CI (CI set) a missing browser fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { basename, extname, join, normalize, resolve } from "path";
import ExcelJS from "exceljs";
import { entryBytes, readZip } from "../../src/hosts/xlsx/package/zip";
import { fixturesDir } from "../support/fixtures";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { richPackage } from "../support/richPackage";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = resolve(__dirname, "../..");
const DIST = process.env.LKJIP_DIST ? resolve(process.env.LKJIP_DIST) : join(ROOT, "dist");
const OUT = join(ROOT, "test-output");
const haveChromium = existsSync(CHROMIUM);
const inCI = !!process.env.CI;

if (!haveChromium && !inCI) {
  console.log(
    `SKIP browser test: ${CHROMIUM} not found (install with: apt-get update && apt-get install -y chromium). It always runs in CI.`,
  );
}
const maybe = haveChromium || inCI ? describe : describe.skip;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml",
};

function serve(dir: string): Promise<Server> {
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

maybe("standalone page in Chromium", () => {
  let server: Server;
  let browser: import("playwright-core").Browser;
  let base: string;

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI is set but ${CHROMIUM} is missing: .ci/run must install chromium.`);
    if (!existsSync(join(DIST, "taskpane.html")) || !existsSync(join(DIST, "taskpane.js"))) {
      throw new Error("dist/ has no build: run `npm run build` before this test (npm test does).");
    }
    mkdirSync(OUT, { recursive: true });
    server = await serve(DIST);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  });

  /** The page with the Kelam Permai fixture opened and checked; page errors are collected. */
  async function openFixture(viewport: { width: number; height: number }, file = join(fixturesDir(), "kelam-permai-2019.xlsx")) {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    // Offline, as on a reviewer's machine without Office: the CDN office.js cannot load.
    await context.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("button", { name: "Buka workbook" }).waitFor();

    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.getByText(basename(file)).waitFor();
    await page.getByText(/\d+ temuan/).waitFor({ timeout: 30_000 });
    return { context, page, errors };
  }

  test("open, find, jump, fix, undo, fix again, download", async () => {
    const { context, page, errors } = await openFixture({ width: 1200, height: 900 });
    const finding = page.locator('[data-finding="Formulir PK!G17"]').first();
    await finding.waitFor();

    await finding.getByRole("button", { name: /Tuju sel Formulir PK!G17/ }).click();
    await page.locator('td[data-cell="G17"][aria-current="true"]').waitFor();
    await page.screenshot({ path: join(OUT, "standalone-1200.png"), fullPage: true });

    const fix = async () => {
      await page
        .locator('[data-finding="Formulir PK!G17"]')
        .first()
        .getByRole("button", { name: "Perbaiki Formulir PK!G17" })
        .click();
      const dialog = page.getByRole("alertdialog");
      await dialog.getByText("Formulir PK!G17").waitFor();
      await dialog.getByRole("button", { name: "Timpa" }).click();
      await page.getByText(/1 sel diperbarui/).waitFor();
      await page.locator('[data-finding="Formulir PK!G17"]').waitFor({ state: "detached" });
    };
    await fix();

    await page.getByRole("tab", { name: "Batalkan" }).click();
    await page.getByRole("button", { name: /^Batalkan: Perbaiki Formulir PK!G17/ }).click();
    await page.getByText(/1 perubahan dipulihkan/).waitFor();
    await page.getByRole("tab", { name: "Periksa" }).click();
    await page.locator('[data-finding="Formulir PK!G17"]').first().waitFor();

    await fix();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh" }).click()]);
    const saved = join(OUT, "kelam-permai-2019-diperbaiki.xlsx");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("kelam-permai-2019-diperbaiki.xlsx");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const g17 = wb.getWorksheet("Formulir PK")!.getCell("G17").value;
    const written = typeof g17 === "object" && g17 !== null && "result" in g17 ? (g17 as { result: number }).result : g17;
    expect(Number(written)).toBeCloseTo(94.12, 1);
    const journal = wb.getWorksheet("_lkjip_jurnal")!;
    expect(journal.state).toBe("veryHidden");
    expect(journal.actualRowCount).toBe(3); // header + fix (undone) + fix again

    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(OUT, "standalone-360.png"), fullPage: true });
    // functions.js registers custom functions, which only exist inside Excel: reported to its owner.
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test("Tabel Naratif at task pane width: open the tab by keyboard, insert, see it in Batalkan, download with formulas", async () => {
    const { context, page, errors } = await openFixture({ width: 360, height: 800 });

    // Arrow keys move along the tabs as on the others; Enter opens the one in focus.
    const menu = page.getByRole("tablist", { name: "Menu Asisten LKjIP" });
    await menu.getByRole("tab", { name: "Batalkan" }).focus();
    await page.keyboard.press("ArrowRight");
    const tab = menu.getByRole("tab", { name: "Tabel Naratif" });
    expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    const panel = page.getByRole("tabpanel", { name: "Tabel Naratif" });
    await panel.getByRole("button", { name: "Sisipkan tabel naratif" }).click();
    await page.getByText(/disisipkan di lembar baru “Tabel Naratif”/).waitFor({ timeout: 30_000 });
    // The preview shows the new sheet.
    await page.getByRole("tablist", { name: "Lembar" }).getByRole("tab", { name: "Tabel Naratif", selected: true }).waitFor();

    await page.screenshot({ path: join(OUT, "naratif-360.png"), fullPage: true });
    await page.screenshot({ path: join(OUT, "naratif-360-top.png") });
    // The new sheet's tab in the preview is scrolled into view.
    const sheetTab = await page.getByRole("tablist", { name: "Lembar" }).getByRole("tab", { selected: true }).boundingBox();
    expect(sheetTab!.x + sheetTab!.width).toBeLessThanOrEqual(360);

    await menu.getByRole("tab", { name: "Batalkan" }).click();
    await page.getByRole("button", { name: "Batalkan: Sisipkan tabel naratif (Tabel Naratif)" }).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh" }).click()]);
    const saved = join(OUT, "kelam-permai-2019-naratif.xlsx");
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.getWorksheet("Tabel Naratif");
    expect(ws).toBeDefined();
    const formulas: string[] = [];
    ws!.eachRow((row) => row.eachCell((c) => void (c.formula && formulas.push(c.formula))));
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.some((f) => f.includes("'Formulir PK'!"))).toBe(true);
    let tall = 0;
    ws!.eachRow((row) => void ((row.height ?? 0) > 15 && tall++));
    expect(tall).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test("a workbook saved by LibreOffice (tables without style info, chart, pivot cache) is fixed and downloaded; untouched parts are byte-identical", async () => {
    if (!libreOfficeAvailable("Unduh buku kerja simpanan LibreOffice")) return;
    const dir = mkdtempSync(join(tmpdir(), "lkjip-unduh-"));
    const source = join(dir, "lkjip-kaya.xlsx");
    writeFileSync(source, richPackage());
    const loSaved = await convertWithLibreOffice(source, "xlsx", join(dir, "lo"));
    const { context, page, errors } = await openFixture({ width: 1200, height: 900 }, loSaved);
    await page
      .locator('[data-finding="Formulir PK!G6"]')
      .first()
      .getByRole("button", { name: "Perbaiki Formulir PK!G6" })
      .click();
    const dialog = page.getByRole("alertdialog");
    // The fix overwrites a typed value: the page asks first.
    await dialog.getByText("Formulir PK!G6").waitFor();
    await dialog.getByRole("button", { name: "Timpa" }).click();
    await page.getByText(/1 sel diperbarui/).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh" }).click()]);
    const saved = join(dir, "unduhan.xlsx");
    await download.saveAs(saved);
    const before = new Map(readZip(readFileSync(loSaved)).map((e) => [e.name, entryBytes(e)]));
    const after = new Map(readZip(readFileSync(saved)).map((e) => [e.name, entryBytes(e)]));
    const changed = [...before].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(after.get(name) ?? [])));
    // The fixed sheet, the workbook's sheet list (journal added) and one text cell format for the journal.
    expect(changed.map(([name]) => name).sort()).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const g6 = wb.getWorksheet("Formulir PK")!.getCell("G6").value;
    const written = typeof g6 === "object" && g6 !== null && "result" in g6 ? (g6 as { result: number }).result : g6;
    expect(Number(written)).toBeCloseTo(110, 6);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  test("without a file, the bundled sample opens", async () => {
    if (!existsSync(join(DIST, "sample", "contoh-lkjip.xlsx"))) {
      console.log("dist/sample/contoh-lkjip.xlsx missing: sample check skipped.");
      return;
    }
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${base}/taskpane.html`);
    await page.getByText("contoh-lkjip.xlsx").waitFor({ timeout: 30_000 });
    await page
      .getByText(/temuan|Tidak ada temuan/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(OUT, "standalone-sample.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
