/**
 * "Unduh" in the standalone page on a workbook saved by LibreOffice (tables without style info, a
 * chart, a pivot cache — the file ExcelJS's full rewrite failed on): the fix is downloaded and every
 * part the add-in did not change is byte-identical.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import ExcelJS from "exceljs";
import { entryBytes, readZip } from "../../src/hosts/xlsx/package/zip";
import { Served, describeInChromium, launch, openPage } from "../support/chromium";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { richPackage } from "../support/richPackage";

describeInChromium()("Unduh keeps every part of the workbook", () => {
  let served: Served;
  beforeAll(async () => {
    served = await launch();
  }, 60_000);
  afterAll(async () => {
    await served?.close();
  });

  test("a workbook saved by LibreOffice is fixed and downloaded; untouched parts are byte-identical", async () => {
    if (!libreOfficeAvailable("Unduh buku kerja simpanan LibreOffice")) return;
    const dir = mkdtempSync(join(tmpdir(), "lkjip-unduh-"));
    const source = join(dir, "lkjip-kaya.xlsx");
    writeFileSync(source, richPackage());
    const loSaved = await convertWithLibreOffice(source, "xlsx", join(dir, "lo"));
    const { context, page, errors } = await openPage(served, { width: 1200, height: 900 });
    await page.getByText("contoh-lkjip.xlsx").waitFor({ timeout: 30_000 });
    await page.setInputFiles('[data-testid="file-input"]', loSaved);
    await page.getByText(basename(loSaved)).waitFor();
    await page.getByText(/\d+ temuan/).waitFor({ timeout: 30_000 });
    await page
      .locator('[data-finding="Formulir PK!G6"]')
      .first()
      .getByRole("button", { name: "Perbaiki Formulir PK!G6" })
      .click();
    // The fix overwrites a typed value: the page asks first.
    const dialog = page.getByRole("alertdialog");
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
});
