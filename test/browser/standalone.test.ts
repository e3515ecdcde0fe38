/**
 * The standalone page in Debian's Chromium: open a fixture workbook, see its findings, jump to one,
 * fix it, undo it, fix again, download, and check the downloaded file with ExcelJS; at task pane width,
 * insert the narrative tables and find the new sheet (formulas, row heights) in the download.
 * Needs a production build in dist/ (`npm run build`). Skips only when /usr/bin/chromium is
 * missing outside CI; in CI (CI set) a missing browser fails.
 */
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { DIST, OUT, Served, describeInChromium, launch, openFixture as openOn } from "../support/chromium";

describeInChromium()("standalone page in Chromium", () => {
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await launch();
  }, 60_000);

  afterAll(async () => {
    await served?.close();
  });

  const openFixture = (viewport: { width: number; height: number }) => openOn(served, viewport);

  test("the page follows the browser's language for numbers: Indonesian by default, US in an English browser", async () => {
    const id = await openFixture({ width: 360, height: 800 });
    const total = '[data-finding="Realisasi Anggaran!D50"]';
    expect(await id.page.locator(total).first().innerText()).toContain(
      "Baris Jumlah tertulis 823.551.939, padahal jumlah 6 baris",
    );
    await id.context.close();
    const en = await openOn(served, { width: 360, height: 800 }, "kelam-permai-2019.xlsx", { locale: "en-US" });
    const text = await en.page.locator(total).first().innerText();
    expect(text).toContain("Baris Jumlah tertulis 823,551,939, padahal jumlah 6 baris yang ditutupnya 823,551,339.");
    expect(text).toContain("=SUM(D5,D20,D26,D28,D30,D47)");
    expect(await en.page.locator('[data-finding="Formulir PK!G17"]').first().innerText()).toContain("seharusnya 94.12");
    expect(en.errors).toEqual([]);
    await en.context.close();
  }, 120_000);

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

  test("without a file, the bundled sample opens", async () => {
    if (!existsSync(join(DIST, "sample", "contoh-lkjip.xlsx"))) {
      console.log("dist/sample/contoh-lkjip.xlsx missing: sample check skipped.");
      return;
    }
    const page = await served.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
    await page.goto(`${served.base}/taskpane.html`);
    await page.getByText("contoh-lkjip.xlsx").waitFor({ timeout: 30_000 });
    await page
      .getByText(/temuan|Tidak ada temuan/)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(OUT, "standalone-sample.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
