/**
 * readXlsx (fflate + saxes straight into the model) against the ExcelJS-based reader it replaced:
 * the same model, cell by cell, and the same findings, on every fixture, on every generated
 * unseen-layout workbook, on hand-written Excel XML (shared formulas, inline and rich strings,
 * errors, dates, merges over values, hidden sheets) and on the same workbooks saved by LibreOffice.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import type { Workbook } from "../../../src/core/workbook/model";
import { fixturesDir } from "../../support/fixtures";
import { compareModels, oracleModel } from "../../support/excelJsOracle";
import { convertWithLibreOffice, libreOfficeAvailable } from "../../support/libreoffice";
import { CASES as UNSEEN } from "../../core/check/unseen/cases";
import { CASES as UNSEEN2 } from "../../core/check/unseen2/cases";
import { excelXmlWorkbook } from "./excelXml";
import { nodeInflate } from "../../../src/cli/nodeInflate";

const findings = (wb: Workbook) =>
  checkWorkbook(wb).findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    message: f.message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  }));

/** Asserts parity and returns how many falsy formula results the oracle dropped. */
async function expectParity(bytes: Uint8Array): Promise<number> {
  const [now, old] = [await readXlsx(bytes), await oracleModel(bytes)];
  const parity = compareModels(old, now);
  expect(parity.differences.slice(0, 20)).toEqual([]);
  if (parity.falsyResults === 0) {
    expect(now).toEqual(old);
    expect(findings(now)).toEqual(findings(old));
  }
  return parity.falsyResults;
}

const fixtures = fs.readdirSync(fixturesDir()).filter((f) => f.endsWith(".xlsx"));
const fixtureBytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(fixturesDir(), f)));
const cases = [...UNSEEN.map((c) => ({ ...c, id: `unseen/${c.id}` })), ...UNSEEN2.map((c) => ({ ...c, id: `unseen2/${c.id}` }))];

describe("same model and findings as the ExcelJS reader", () => {
  test.each(fixtures)("fixture %s", async (f) => {
    expect(await expectParity(fixtureBytes(f))).toBe(0);
  });

  test.each(cases.map((c) => [c.id, c] as const))("generated %s", async (_id, c) => {
    await expectParity(new Uint8Array(await c.build()));
  });

  test("Excel's own XML: shared formulas, inline and rich strings, errors, dates, merges over values, hidden sheets", async () => {
    const bytes = excelXmlWorkbook();
    expect(await expectParity(bytes)).toBe(0);
    const wb = await readXlsx(bytes);
    const [data, hidden] = wb.sheets;
    expect(hidden).toMatchObject({ name: "Draf", hidden: true });
    expect(data.rows[1][3]).toEqual({ value: 94.12, formula: "C2/B2*100", numFmt: "0.00" });
    expect(data.rows[2][3]).toEqual({ value: 90, formula: "C3/B3*100", numFmt: "0.00" });
    expect(data.rows[3][3]).toEqual({ value: { error: "#DIV/0!" }, formula: "C4/B4*100", numFmt: "0.00" });
    expect(data.rows[1][0]).toEqual({ value: "Indikator kinerja 1" });
    expect(data.rows[2][0]).toEqual({ value: "Indikator\r\nkedua" });
    expect(data.rows[3][0]).toEqual({ value: "Tebal dan biasa", bold: true });
    expect(data.rows[4][4]).toEqual({ value: "2024-03-31", numFmt: "dd/mm/yyyy" });
    expect(data.merges).toEqual([{ top: 5, left: 0, bottom: 5, right: 2 }]);
    expect(data.rows[5]).toEqual([{ value: "Jumlah" }]);
  });
});

const soffice = libreOfficeAvailable("paritas pembaca pada berkas simpanan LibreOffice");
(soffice ? describe : describe.skip)("workbooks saved by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-parity-lo-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const resave = async (name: string, bytes: Uint8Array) => {
    const input = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    const outDir = path.join(dir, "lo");
    fs.writeFileSync(input, bytes);
    return new Uint8Array(fs.readFileSync(await convertWithLibreOffice(input, "xlsx", outDir)));
  };

  test("fixtures, Excel XML and a sample of generated layouts, as LibreOffice writes them", async () => {
    const inputs: [string, Uint8Array][] = [
      ...fixtures.map((f) => [f, fixtureBytes(f)] as [string, Uint8Array]),
      ["excel-xml", excelXmlWorkbook()],
    ];
    for (const c of cases.filter((_, i) => i % 4 === 0)) inputs.push([c.id, new Uint8Array(await c.build())]);
    let falsy = 0;
    for (const [name, bytes] of inputs) falsy += await expectParity(await resave(name, bytes));
    expect(inputs.length).toBeGreaterThan(12);
    console.log(`LibreOffice: ${inputs.length} buku kerja, ${falsy} hasil rumus 0/FALSE yang dibuang ExcelJS`);
  }, 600_000);
});

test("Node's zlib (the CLI's inflater) gives the same model as fflate", async () => {
  for (const f of fixtures)
    expect(await readXlsx(fixtureBytes(f), { inflate: nodeInflate })).toEqual(await readXlsx(fixtureBytes(f)));
});
