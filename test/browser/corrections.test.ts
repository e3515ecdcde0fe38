/**
 * Correcting how a table was read, in Chromium at task pane width: the editor opens under its table,
 * fits 360 px, passes axe-core, and a saved correction (a table excluded) is used by the next check
 * and shown on the table. Screenshots go to test-output/.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { OUT, Served, describeInChromium, launch, openFixture } from "../support/chromium";
import { describeSerious, seriousViolations } from "../support/axe";

describeInChromium()("table corrections in Chromium", () => {
  let served: Served;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    served = await launch();
  }, 60_000);
  afterAll(async () => served?.close());

  test("at 360 px the correction editor fits, passes axe-core, and excluding a table rechecks without it", async () => {
    const { context, page, errors } = await openFixture(served, { width: 360, height: 800 });
    const listed = () =>
      page.locator("[data-finding]").evaluateAll((els) => els.map((e) => e.getAttribute("data-finding") ?? ""));
    const before = await listed();
    // The table holding the first finding.
    const firstFinding = (await page.locator("[data-finding]").first().getAttribute("data-finding"))!;
    const sheet = firstFinding.slice(0, firstFinding.lastIndexOf("!"));
    await page.getByRole("button", { name: /^Tabel dikenali \(\d+\)$/ }).click();
    const item = page
      .getByRole("listitem")
      .filter({
        has: page.getByRole("button", {
          name: new RegExp(`^Tampilkan tabel .* di ${sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`),
        }),
      })
      .first();
    await item.getByRole("button", { name: "Koreksi pembacaan tabel ini" }).click();
    const editor = item.getByRole("group", { name: /^Koreksi tabel / });
    await editor.waitFor();
    const range = (await editor.getAttribute("aria-label"))!.split("!").pop()!;
    await editor.scrollIntoViewIfNeeded();
    const pane = (await page.getByRole("main").boundingBox())!;
    const box = (await editor.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(describeSerious(await seriousViolations(page))).toEqual([]);
    await page.screenshot({ path: join(OUT, "pane-koreksi-360.png"), fullPage: false });

    const findingsOnSheet = await page.locator(`[data-finding^="${sheet}!"]`).count();
    await editor.getByRole("checkbox", { name: /Kecualikan tabel ini/ }).check();
    await editor.getByRole("button", { name: "Simpan koreksi dan periksa ulang" }).click();
    await page.getByText("dikecualikan", { exact: true }).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    // The excluded table's own findings are gone, one info at its corner says it was left out; the others stay.
    const after = await listed();
    const onSheet = (list: string[]) => list.filter((k) => k.startsWith(`${sheet}!`));
    expect(onSheet(before).length).toBe(findingsOnSheet);
    expect(findingsOnSheet).toBeGreaterThan(0);
    expect(onSheet(after)).toEqual([`${sheet}!${range.split(":")[0]}`]);
    expect(after.filter((k) => !k.startsWith(`${sheet}!`))).toEqual(before.filter((k) => !k.startsWith(`${sheet}!`)));
    await page.screenshot({ path: join(OUT, "pane-koreksi-dikecualikan-360.png"), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
