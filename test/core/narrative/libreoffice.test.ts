/**
 * The written workbook judged by an independent spreadsheet engine: LibreOffice Calc recalculates
 * every formula of the inserted sheet, and each result must equal the value the add-in computed.
 * The copy also reopens in ExcelJS with the source sheets untouched. Renders a screenshot of the
 * sheet into test-output/narrative-*.png when pdftoppm is installed.
 */
import { valueText } from "../../../src/core/tables/text";
import ExcelJS from "exceljs";
import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeNarrativeCopy } from "../../../src/cli/commands/narasi";
import { narrativeSheetSpec } from "../../../src/core/narrative";
import { toA1 } from "../../../src/core/workbook/address";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { convertWithLibreOffice, findPdftoppm, libreOfficeAvailable, pdfToPng, storedValues } from "../../support/libreoffice";
import { FIXTURE_NAMES, loadFixture } from "./support";

const RUN = libreOfficeAvailable("tabel naratif dihitung ulang oleh LibreOffice");
const maybe = RUN ? describe : describe.skip;
jest.setTimeout(600000);

const OUTPUT = path.join(__dirname, "..", "..", "..", "test-output");

function sameValue(actual: unknown, expected: number | string | null | undefined): boolean {
  if (typeof expected === "number") {
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return valueText(actual) === valueText(expected);
}

maybe("LibreOffice recalculates the inserted sheet", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-narasi-"));

  test("the profile forces recalculation: a wrong cached value is replaced", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "1+1", result: 5 };
    const file = path.join(dir, "sentinel.xlsx");
    await wb.xlsx.writeFile(file);
    const out = await convertWithLibreOffice(file, "xlsx", path.join(dir, "sentinel-lo"));
    expect((await storedValues(out, "S")).get("A1")).toBe(2);
  });

  let compared = 0;
  test.each(FIXTURE_NAMES)("%s: every formula evaluates to the add-in's value", async (name) => {
    const { bytes, workbook, result } = await loadFixture(name);
    const file = path.join(dir, `${name}-naratif.xlsx`);
    const copy = await writeNarrativeCopy(bytes, file, result);
    expect(copy.sheetName).toBe("Tabel Naratif");
    const spec = narrativeSheetSpec(copy.doc, copy.sheetName);
    const formulaCells = spec.cells.filter((c) => c.formula);
    expect(formulaCells.length).toBeGreaterThan(10);

    // Reopens in ExcelJS; the source sheets hold what they held.
    const reopened = await readXlsx(await fs.readFile(file));
    for (const sheet of workbook.sheets) {
      const again = reopened.sheets.find((s) => s.name === sheet.name)!;
      expect(again.rows.map((r) => r.map((c) => c?.value ?? null))).toEqual(
        sheet.rows.map((r) => r.map((c) => c?.value ?? null)),
      );
    }

    const out = await convertWithLibreOffice(file, "xlsx", path.join(dir, `${name}-lo`));
    const stored = await storedValues(out, copy.sheetName);
    const mismatches: string[] = [];
    for (const c of formulaCells) {
      const actual = stored.get(toA1(c.row, c.col));
      if (!sameValue(actual, c.value))
        mismatches.push(`${toA1(c.row, c.col)} =${c.formula}: LibreOffice ${String(actual)}, add-in ${String(c.value)}`);
    }
    expect(mismatches).toEqual([]);
    compared += formulaCells.length;

    console.log(`${name}: ${formulaCells.length} sel rumus dibandingkan dengan LibreOffice, semua sama.`);

    if (findPdftoppm()) await screenshot(out, copy.sheetName, name, dir);
  });

  afterAll(() => {
    if (compared > 0) console.log(`Total ${compared} sel rumus dibandingkan dengan LibreOffice.`);
  });
});

/** The recalculated sheet alone (values), landscape, one page wide, rendered to PNG. */
async function screenshot(recalculated: string, sheetName: string, name: string, dir: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  for (const ws of [...wb.worksheets]) if (ws.name !== sheetName) wb.removeWorksheet(ws.id);
  const ws = wb.getWorksheet(sheetName)!;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value as unknown;
      if (v && typeof v === "object" && "formula" in v) c.value = (v as { result?: ExcelJS.CellValue }).result ?? null;
    }),
  );
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  const file = path.join(dir, `narrative-${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  const pdf = await convertWithLibreOffice(file, "pdf", path.join(dir, "pdf"));
  await fs.mkdir(OUTPUT, { recursive: true });
  const pngs = await pdfToPng(pdf, path.join(OUTPUT, `narrative-${name}`));
  expect(pngs.length).toBeGreaterThan(0);
}
