/**
 * The task pane inside Excel (detectHost → Office.js host, no grid preview), in Chromium at task-pane
 * width: office.js is replaced by a fake Office/Excel over the fake Excel API (test/support/fakeOffice.ts)
 * holding a fixture workbook. The findings list shows; a click on a finding selects the cell through
 * Excel (range.select()) without scrolling the page; a fix is written into the workbook and the finding
 * it brings up is named; axe-core finds
 * no serious violation; an Excel with US separators gets its messages in US notation. Screenshots go to
 * test-output/.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import { OUT, Served, describeInChromium, launch } from "../support/chromium";
import { describeSerious, seriousViolations } from "../support/axe";
import { fakeOfficeScript } from "../support/fakeOffice";
import { fixtureBytes } from "../support/fixtures";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import type { FakeOptions } from "../hosts/office/fakeExcel";

const VIEWPORT = { width: 360, height: 800 };

interface InExcel {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** The pane opened as Excel opens it: the office.js request answered with the fake, holding the kelam fixture. */
async function openInExcel(served: Served, options: FakeOptions = {}): Promise<InExcel> {
  const workbook = await readXlsx(fixtureBytes("kelam-permai-2019.xlsx"));
  const script = fakeOfficeScript(workbook, options);
  const context = await served.browser.newContext({ viewport: VIEWPORT, locale: "id-ID" });
  await context.route(/appsforoffice\.microsoft\.com/, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: script }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${served.base}/taskpane.html`);
  await page.getByText(/\d+ temuan/).waitFor({ timeout: 30_000 });
  return { context, page, errors };
}

/** What the fake Excel saw: the selected cell, the active sheet, a cell's value. */
const selected = (page: Page) =>
  page.evaluate(() => {
    const excel = (window as unknown as { __fakeExcel: { selected: unknown; activeSheet: string } }).__fakeExcel;
    return { selected: excel.selected, active: excel.activeSheet };
  });
const cellValue = (page: Page, sheet: string, a1: string) =>
  page.evaluate(
    ([s, c]) =>
      (window as unknown as { __fakeExcel: { cell(s: string, c: string): { value: unknown } | undefined } }).__fakeExcel.cell(
        s,
        c,
      )?.value,
    [sheet, a1] as const,
  );

describeInChromium()("the task pane inside Excel (fake Office.js), at 360 px", () => {
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await launch();
  }, 60_000);
  afterAll(async () => served?.close());

  test("lists the findings, a click selects the cell in Excel without scrolling the page, a fix is written to Excel and what it brought up said", async () => {
    const { context, page, errors } = await openInExcel(served);
    // Inside Excel: no file bar and no preview (Excel shows the sheet itself).
    expect(await page.getByRole("button", { name: "Buka buku kerja" }).count()).toBe(0);
    expect(await page.getByRole("complementary", { name: "Pratinjau buku kerja" }).count()).toBe(0);
    await page.getByText("11 temuan: 9 kesalahan, 2 peringatan, 0 info").waitFor();
    await page.screenshot({ path: join(OUT, "excel-pane-360.png"), fullPage: true });

    // A finding far down the list.
    const finding = page.locator('[data-finding="Sumber Daya Keuangan!E10"]').first();
    await finding.scrollIntoViewIfNeeded();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(0);
    const boxBefore = (await finding.boundingBox())!;
    await finding.getByRole("button", { name: /Tuju sel Sumber Daya Keuangan!E10/ }).click();
    await page.waitForFunction(() => (window as unknown as { __fakeExcel: { selected: unknown } }).__fakeExcel.selected !== null);
    expect(await selected(page)).toEqual({
      selected: { sheet: "Sumber Daya Keuangan", cell: "E10" },
      active: "Sumber Daya Keuangan",
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(Math.abs((await finding.boundingBox())!.y - boxBefore.y)).toBeLessThan(2);
    expect(await finding.getByRole("button", { name: /Tuju sel Sumber Daya Keuangan!E10/ }).getAttribute("aria-current")).toBe(
      "true",
    );
    await page.screenshot({ path: join(OUT, "excel-pane-jump-360.png") });

    // Fixing goes through Office.js too: the cell in Excel gets the expected value.
    const g17 = page.locator('[data-finding="Formulir PK!G17"]').first();
    await g17.getByRole("button", { name: "Perbaiki Formulir PK!G17" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Timpa" }).click();
    await page.getByText(/1 sel diperbarui/).waitFor({ timeout: 30_000 });
    expect(await cellValue(page, "Formulir PK", "G17")).toBe(94.12);
    // The fixed capaian changes the sasaran's average row: the pane says so (the comparison of the app layer).
    await page.getByText(/Perbaikan ini memunculkan 1 temuan baru/).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Perbaikan ini memunculkan/).innerText()).toContain(
      "Formulir PK!G33 (Capaian sasaran tidak sama dengan rata-rata indikatornya)",
    );
    await page.getByText("11 temuan: 8 kesalahan, 3 peringatan, 0 info").waitFor();
    await page.screenshot({ path: join(OUT, "excel-pane-fixed-360.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test("axe-core: no serious or critical violation in the Excel pane", async () => {
    const { context, page } = await openInExcel(served);
    await page
      .locator('[data-finding="Formulir PK!G17"]')
      .first()
      .getByRole("button", { name: /Tuju sel/ })
      .click();
    expect(describeSerious(await seriousViolations(page))).toEqual([]);
    for (const name of ["Batalkan", "Tabel Naratif"]) {
      await page.getByRole("tablist", { name: "Menu Asisten LKjIP" }).getByRole("tab", { name }).click();
      await page.getByRole("tabpanel", { name }).waitFor();
      expect(describeSerious(await seriousViolations(page))).toEqual([]);
    }
    await page.screenshot({ path: join(OUT, "excel-pane-axe-360.png") });
    await context.close();
  }, 120_000);

  test("an Excel with US separators: messages, values and fix formulas in US notation", async () => {
    const { context, page, errors } = await openInExcel(served, { decimalSeparator: ".", groupSeparator: "," });
    const total = page.locator('[data-finding="Realisasi Anggaran!D50"]').first();
    await total.scrollIntoViewIfNeeded();
    expect(await total.innerText()).toContain(
      "Baris Jumlah tertulis 823,551,939, padahal jumlah 6 baris yang ditutupnya 823,551,339.",
    );
    const g17 = await page.locator('[data-finding="Formulir PK!G17"]').first().innerText();
    expect(g17).toContain("Capaian tertulis 100, seharusnya 94.12 (realisasi 80 dibagi target 85 × 100).");
    expect(await page.locator('[data-finding="Realisasi Anggaran!D50"]').first().innerText()).toContain(
      "=SUM(D5,D20,D26,D28,D30,D47)",
    );
    await page.screenshot({ path: join(OUT, "excel-pane-us-360.png") });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
