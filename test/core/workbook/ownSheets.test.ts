/**
 * The add-in's own output is not checked again: a copy written by `periksa --out` (with its
 * "Tabel Naratif" sheet, even renamed) gives exactly the findings of the original workbook.
 */
import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { checkWorkbook } from "../../../src/core/check";
import { writeNarrativeCopy } from "../../../src/cli/commands/narasi";
import { isAddinSheet } from "../../../src/core/workbook/ownSheets";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { fixtureBytes } from "../../support/fixtures";

const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule}@${f.sheet}!${f.cell}`;

test.each(["kelam-permai-2019", "seberang-kota-2022"])(
  "%s: the copy with its narrative sheet checks like the original",
  async (name) => {
    const bytes = fixtureBytes(`${name}.xlsx`);
    const original = checkWorkbook(await readXlsx(bytes));
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "lkjip-own-")), "hasil.xlsx");
    await writeNarrativeCopy(Buffer.from(bytes), out, original);

    const copy = await readXlsx(await fs.readFile(out));
    const narrative = copy.sheets.find((s) => s.name === "Tabel Naratif")!;
    expect(isAddinSheet(narrative)).toBe(true);
    expect(checkWorkbook(copy).findings.map(key)).toEqual(original.findings.map(key));

    // Renamed by the user: still the add-in's own table.
    narrative.name = "Bab III";
    expect(checkWorkbook(copy).findings.map(key)).toEqual(original.findings.map(key));
  },
);

test("a user's sheet is never mistaken for the add-in's", () => {
  const sheet = (name: string, a1: string) => ({ name, rows: [[{ value: a1 }]], merges: [] });
  expect(isAddinSheet(sheet("Tabel Naratif", "Capaian Kinerja 2024"))).toBe(false);
  // The add-in's journal is very hidden; a visible sheet of that name is the user's and is checked.
  expect(isAddinSheet({ ...sheet("_lkjip_jurnal", "id"), hidden: true })).toBe(true);
  expect(isAddinSheet(sheet("_lkjip_jurnal", "catatan saya"))).toBe(false);
});

test("hidden sheets (an older draft) are not checked and never compared with the submitted ones", async () => {
  const bytes = fixtureBytes("kelam-permai-2019.xlsx");
  const submitted = await readXlsx(bytes);
  const draft = await readXlsx(bytes);
  const hiddenDraft = draft.sheets.map((s) => ({ ...s, name: `${s.name} (draf)`, hidden: true }));
  const both = { ...submitted, sheets: [...submitted.sheets, ...hiddenDraft] };
  const findings = checkWorkbook(both).findings;
  expect(findings.map(key)).toEqual(checkWorkbook(submitted).findings.map(key));
  expect(findings.some((f) => f.sheet.endsWith("(draf)"))).toBe(false);
});
