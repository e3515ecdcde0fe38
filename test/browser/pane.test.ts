/**
 * The pane as a finance officer meets it, in Chromium at task pane width (360 px) and desktop width (1280 px):
 * a click on a finding keeps the list where it was while the preview shows the cell, the tabs fit one row,
 * a dropped file opens, leaving with changes not downloaded warns, and axe-core finds no serious or critical
 * violation (also in a forced-colors, high-contrast theme). Screenshots go to test-output/.
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import { OUT, Served, describeInChromium, launch, openFixture, openPage } from "../support/chromium";
import { fixturesDir } from "../support/fixtures";
import { describeSerious, seriousViolations } from "../support/axe";

const WIDTHS = [360, 1280] as const;
const settle = () => new Promise((ok) => setTimeout(ok, 500));
const viewport = (width: number) => ({ width, height: 800 });

describeInChromium()("the pane in Chromium", () => {
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await launch();
  }, 60_000);
  afterAll(async () => served?.close());

  test.each(WIDTHS)(
    "at %i px a click on a finding never scrolls the list away; the preview shows the cell",
    async (width) => {
      const { context, page, errors } = await openFixture(served, viewport(width));
      // A finding far down the list, on another sheet than the one the preview shows.
      const finding = page.locator('[data-finding="Sumber Daya Keuangan!E10"]').first();
      await finding.scrollIntoViewIfNeeded();
      const scrollBefore = await page.evaluate(() => window.scrollY);
      const boxBefore = (await finding.boundingBox())!;
      await finding.getByRole("button", { name: /Tuju sel Sumber Daya Keuangan!E10/ }).click();
      const cell = page.locator('td[data-cell="E10"][aria-current="true"]');
      await cell.waitFor();
      await page.waitForTimeout(300);

      expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
      const boxAfter = (await finding.boundingBox())!;
      expect(Math.abs(boxAfter.y - boxBefore.y)).toBeLessThan(2);
      // The highlighted cell is visible on screen, inside the preview's scrolled area.
      const grid = (await page.getByRole("region", { name: "Isi lembar Sumber Daya Keuangan" }).boundingBox())!;
      const c = (await cell.boundingBox())!;
      expect(c.y).toBeGreaterThanOrEqual(grid.y);
      expect(c.y + c.height).toBeLessThanOrEqual(grid.y + grid.height + 1);
      expect(c.x + c.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.y + c.height).toBeLessThanOrEqual(800);
      // ...and not under the sticky row numbers (text must not bleed past them).
      const rowHead = (await page.locator("tbody th", { hasText: /^10$/ }).first().boundingBox())!;
      expect(c.x).toBeGreaterThanOrEqual(rowHead.x + rowHead.width - 1);
      await page.screenshot({ path: join(OUT, `pane-jump-${width}.png`) });

      // Another sheet opens at its top, with nothing in the corner above the row numbers.
      await page.getByRole("tablist", { name: "Lembar" }).getByRole("tab", { name: "Realisasi Anggaran" }).click();
      const scroller = page.getByRole("region", { name: "Isi lembar Realisasi Anggaran" });
      expect(await scroller.evaluate((el) => [el.scrollTop, el.scrollLeft])).toEqual([0, 0]);
      expect(await page.locator("thead th").first().innerText()).toBe("Baris");
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );

  test.each(WIDTHS)(
    "at %i px the tabs fit on one row; tabs that do not fit are under Lainnya",
    async (width) => {
      const { context, page } = await openFixture(served, viewport(width));
      const menu = page.getByRole("tablist", { name: "Menu Asisten LKjIP" });
      const pane = (await page.getByRole("main").boundingBox())!;
      const more = page.getByRole("button", { name: /^Lainnya/ });
      const boxes = await menu
        .locator('[role="tab"]:visible')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      if (await more.isVisible()) boxes.push((await more.boundingBox()) as DOMRect);
      expect(boxes.length).toBeGreaterThanOrEqual(3);
      for (const b of boxes) {
        expect(Math.abs(b.y + b.height / 2 - (boxes[0].y + boxes[0].height / 2))).toBeLessThan(2); // one row
        expect(b.x + b.width).toBeLessThanOrEqual(pane.x + pane.width);
      }
      const visibleTabs = await menu.locator('[role="tab"]:visible').count();
      if (visibleTabs < 5) {
        // Whatever is hidden is one click away, and choosing it shows it as the selected tab.
        await more.click();
        await page.getByRole("menuitem", { name: "Pengaturan" }).click();
        await page.getByRole("tabpanel", { name: "Pengaturan" }).waitFor();
        expect(await menu.getByRole("tab", { name: "Pengaturan" }).getAttribute("aria-selected")).toBe("true");
      } else {
        expect(width).toBe(1280);
      }
      await page.screenshot({ path: join(OUT, `pane-tabs-${width}.png`) });
      await context.close();
    },
    120_000,
  );

  test("a dropped .xlsx file opens and is checked", async () => {
    const { context, page, errors } = await openPage(served, viewport(360));
    await page.getByText("contoh-lkjip.xlsx").waitFor({ timeout: 30_000 });
    const bytes = readFileSync(join(fixturesDir(), "klakah-tw2-2024.xlsx")).toString("base64");
    const dataTransfer = await page.evaluateHandle((b64) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(
        new File([data], "klakah-tw2-2024.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
      );
      return dt;
    }, bytes);
    const target = page.getByRole("main");
    await target.dispatchEvent("dragenter", { dataTransfer });
    await page.getByText("Lepaskan berkas .xlsx untuk membukanya").waitFor();
    await page.screenshot({ path: join(OUT, "pane-drop-360.png") });
    await target.dispatchEvent("dragover", { dataTransfer });
    await target.dispatchEvent("drop", { dataTransfer });
    await page.getByText("klakah-tw2-2024.xlsx").waitFor({ timeout: 30_000 });
    await page.getByText(/\d+ temuan|Tidak ada temuan pada/).waitFor({ timeout: 30_000 });
    expect(await page.getByText("Lepaskan berkas .xlsx untuk membukanya").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test("leaving with changes not downloaded asks first; after the download it does not", async () => {
    const { context, page } = await openFixture(served, viewport(1280));
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.dismiss(); // stay on the page
    });
    await page.getByRole("button", { name: "Periksa ulang" }).click(); // a user gesture, nothing changed
    await page.close({ runBeforeUnload: true });
    await settle();
    expect(dialogs).toEqual([]);
    expect(page.isClosed()).toBe(true);

    const { context: c2, page: p2 } = await openFixture(served, viewport(1280));
    const asked: string[] = [];
    p2.on("dialog", (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await p2
      .locator('[data-finding="Formulir PK!G17"]')
      .first()
      .getByRole("button", { name: "Perbaiki Formulir PK!G17" })
      .click();
    await p2.getByRole("alertdialog").getByRole("button", { name: "Timpa" }).click();
    await p2.getByText(/1 sel diperbarui/).waitFor();
    await p2.getByText("Ada perubahan yang belum diunduh.").waitFor();
    await p2.close({ runBeforeUnload: true });
    await settle();
    expect(asked).toEqual(["beforeunload"]);
    expect(p2.isClosed()).toBe(false); // dismissed: the user stays with the work

    await Promise.all([p2.waitForEvent("download"), p2.getByRole("button", { name: "Unduh" }).click()]);
    expect(await p2.getByText("Ada perubahan yang belum diunduh.").count()).toBe(0);
    asked.length = 0;
    await p2.close({ runBeforeUnload: true });
    await settle();
    expect(asked).toEqual([]);
    expect(p2.isClosed()).toBe(true);
    await context.close();
    await c2.close();
  }, 120_000);

  test.each([
    [360, false],
    [1280, false],
    [360, true],
  ] as const)(
    "axe-core at %i px (forced colors: %s): no serious or critical violation",
    async (width, forcedColors) => {
      const { context, page } = await openFixture(served, viewport(width), "kelam-permai-2019.xlsx", { forcedColors });
      await page
        .locator('[data-finding="Formulir PK!G17"]')
        .first()
        .getByRole("button", { name: /Tuju sel/ })
        .click();
      const found = await seriousViolations(page);
      await page.screenshot({ path: join(OUT, `pane-axe-${width}${forcedColors ? "-hc" : ""}.png`) });
      expect(describeSerious(found)).toEqual([]);
      // The other panels too, each as it opens.
      for (const name of ["Batalkan", "Tabel Naratif"]) {
        await page.getByRole("tablist", { name: "Menu Asisten LKjIP" }).getByRole("tab", { name }).click();
        await page.getByRole("tabpanel", { name }).waitFor();
        expect(describeSerious(await seriousViolations(page))).toEqual([]);
      }
      await context.close();
    },
    120_000,
  );

  test("keyboard only: Tab reaches a finding, Enter jumps to its cell, the focus is visible", async () => {
    const { context, page } = await openFixture(served, viewport(360));
    const jump = page.getByRole("button", { name: /Tuju sel Formulir PK!G17/ });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await jump.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    // Fluent draws its focus ring only for keyboard focus: an outline or a box-shadow on the focused control.
    const ring = await jump.evaluate((el) => {
      const s = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      return [s.outlineStyle, s.boxShadow, after.borderStyle, after.outlineStyle].join(" ");
    });
    expect(ring).toMatch(/solid|rgb/);
    await page.keyboard.press("Enter");
    await page.locator('td[data-cell="G17"][aria-current="true"]').waitFor();
    await page.screenshot({ path: join(OUT, "pane-keyboard-360.png") });
    await context.close();
  }, 120_000);
});
