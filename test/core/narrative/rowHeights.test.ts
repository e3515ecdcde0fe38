/**
 * Row heights of the inserted sheet: wrapped notes and sentences in merged cells get the height
 * narrativeSheetSpec computes, written by the file host itself (no re-opening of the saved file).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeNarrativeCopy } from "../../../src/cli/commands/narasi";
import { narrativeSheetSpec } from "../../../src/core/narrative";
import { FIXTURE_NAMES, loadFixture } from "./support";

const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-tinggi-"));

test.each(FIXTURE_NAMES)("%s: every computed row height is in the written file, other rows keep the default", async (name) => {
  const { bytes, result } = await loadFixture(name);
  const file = path.join(dir, `${name}.xlsx`);
  const copy = await writeNarrativeCopy(bytes, file, result);
  const spec = narrativeSheetSpec(copy.doc, copy.sheetName);
  const heights = spec.rowHeights ?? {};
  const tall = Object.keys(heights).map(Number);
  // Notes and sentences wrap over several lines in every fixture.
  expect(tall.length).toBeGreaterThan(0);
  expect(Math.max(...Object.values(heights))).toBeGreaterThanOrEqual(30);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(copy.sheetName)!;
  const written: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined && row.height !== null) written[n - 1] = row.height;
  });
  expect(written).toEqual(heights);
});
