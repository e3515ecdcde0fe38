/** Text copied from the workbook into the narrative sheet is cut to Excel's 32.767-character cell limit. */
import { checkWorkbook } from "../../../src/core/check";
import { buildNarrative, narrativeSheetSpec } from "../../../src/core/narrative";
import { EXCEL_CELL_CHARS, fitCellText } from "../../../src/core/workbook/limits";
import { formulir } from "./support";

test("an indicator name of 40.000 characters is cut to 32.767 in the sheet", () => {
  const workbook = formulir();
  const long = `Persentase ${"pelayanan ".repeat(4000)}`;
  workbook.sheets[0].rows[1][2] = { value: long };
  const doc = buildNarrative(workbook, checkWorkbook(workbook, {}));
  const spec = narrativeSheetSpec(doc);
  const texts = spec.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  const copied = texts.find((t) => t.startsWith("Persentase pelayanan pelayanan"));
  expect(copied).toHaveLength(EXCEL_CELL_CHARS);
  expect(texts.every((t) => t.length <= EXCEL_CELL_CHARS)).toBe(true);
});

test("the cut never splits a surrogate pair", () => {
  const text = `${"a".repeat(EXCEL_CELL_CHARS - 1)}😀tail`;
  expect(fitCellText(text)).toBe("a".repeat(EXCEL_CELL_CHARS - 1));
  expect(fitCellText("pendek")).toBe("pendek");
});
