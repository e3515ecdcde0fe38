/**
 * Round-trip fidelity of the file host's copy: a workbook carrying charts, images, comments,
 * sparklines, x14 validation, protections, custom properties, hidden names, tables with and without
 * style info, a pivot cache and an external link — in Excel's own XML and as saved by LibreOffice —
 * gets a fix and the narrative sheet; every part the add-in did not change must be byte-identical,
 * and the copy must open in ExcelJS and LibreOffice with the edits visible.
 */
import ExcelJS from "exceljs";
import { promises as fs, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeNarrativeCopy } from "../../../../src/cli/commands/narasi";
import { checkWorkbook } from "../../../../src/core/check";
import { insertNarrative } from "../../../../src/core/narrative/insert";
import { JOURNAL_SHEET } from "../../../../src/core/workbook/host";
import { XlsxHost } from "../../../../src/hosts/xlsx/XlsxHost";
import { patchPackage } from "../../../../src/hosts/xlsx/package/patch";
import { elements } from "../../../../src/hosts/xlsx/package/xml";
import { ZipEntry, entryBytes, entryText, readZip } from "../../../../src/hosts/xlsx/package/zip";
import { convertWithLibreOffice, libreOfficeAvailable } from "../../../support/libreoffice";
import { strToU8, zipSync } from "fflate";
import { richPackage, richPackageParts } from "../../../support/richPackage";

jest.setTimeout(600000);

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

interface Fidelity {
  compared: number;
  identical: number;
  rawIdentical: number;
  changed: string[];
  missing: string[];
}

/** Every original part compared with the copy's part of the same name (inflated bytes, and raw). */
function compareParts(original: Uint8Array, copy: Uint8Array): Fidelity {
  const after = new Map(readZip(copy).map((e) => [e.name, e]));
  const out: Fidelity = { compared: 0, identical: 0, rawIdentical: 0, changed: [], missing: [] };
  for (const e of readZip(original)) {
    const next = after.get(e.name);
    if (!next) {
      out.missing.push(e.name);
      continue;
    }
    out.compared++;
    if (Buffer.from(entryBytes(e)).equals(Buffer.from(entryBytes(next)))) out.identical++;
    else {
      out.changed.push(e.name);
      // A changed part is still well-formed XML (saxes throws otherwise).
      elements(entryText(next));
    }
    if (sameRaw(e, next)) out.rawIdentical++;
  }
  return out;
}

function sameRaw(a: ZipEntry, b: ZipEntry): boolean {
  return a.method === b.method && a.crc === b.crc && Buffer.from(a.compressed).equals(Buffer.from(b.compressed));
}

function part(bytes: Uint8Array, name: string): string {
  const e = readZip(bytes).find((x) => x.name === name);
  if (!e) throw new Error(`no part ${name}`);
  return entryText(e);
}

/** Fix every finding that has one and insert the narrative, as the pane and `periksa --out` do. */
async function fixAndNarrate(bytes: Uint8Array): Promise<{ saved: Uint8Array; fixed: { sheet: string; cell: string }[] }> {
  const host = await XlsxHost.open(bytes, "rich.xlsx", "s1");
  const workbook = await host.read();
  const check = checkWorkbook(workbook, {});
  const fixes = check.findings.filter((f) => f.fix).map((f) => ({ sheet: f.sheet, cell: f.cell, ...f.fix! }));
  expect(fixes.length).toBeGreaterThan(0);
  const outcome = await host.write(fixes, { label: "Perbaiki", confirmed: true });
  expect(outcome.status).toBe("written");
  await insertNarrative(host, await host.read(), checkWorkbook(await host.read(), {}));
  return { saved: await host.save(), fixed: fixes.map((f) => ({ sheet: f.sheet, cell: f.cell })) };
}

/** Parts the add-in is allowed to change: the edited sheet, the workbook's lists, styles, calc chain, sheet titles. */
const ALLOWED_CHANGES = new Set([
  "[Content_Types].xml",
  "docProps/app.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/calcChain.xml",
]);

const report: string[] = [];
afterAll(() => {
  if (report.length) console.log(report.join("\n"));
});

describe("package patcher on Excel's own XML", () => {
  const original = richPackage();

  test("a fix and the narrative sheet change only the edited sheet and the workbook lists; every other part is byte-identical", async () => {
    const { saved, fixed } = await fixAndNarrate(original);
    const sheet1 = "xl/worksheets/sheet1.xml";
    expect(fixed.map((f) => f.cell)).toContain("G6");
    const f = compareParts(original, saved);
    report.push(
      `Excel XML: ${f.compared} parts compared, ${f.identical} identical, ${f.rawIdentical} with the same deflate bytes; changed: ${f.changed.join(", ")}`,
    );
    expect(f.missing).toEqual([]);
    for (const name of f.changed) expect(ALLOWED_CHANGES.has(name) || name === sheet1).toBe(true);
    expect(f.identical).toBe(f.compared - f.changed.length);
    // Untouched parts keep their compressed bytes too.
    expect(f.rawIdentical).toBe(f.identical);
    for (const kept of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/media/image1.png",
      "xl/comments1.xml",
      "xl/tables/table1.xml",
      "xl/tables/table2.xml",
      "xl/pivotCache/pivotCacheDefinition1.xml",
      "xl/externalLinks/externalLink1.xml",
      "docProps/custom.xml",
      "xl/worksheets/sheet2.xml",
      "xl/sharedStrings.xml",
    ])
      expect(f.changed).not.toContain(kept);

    // docProps/app.xml lists the added sheets (journal, narrative) under Worksheets; the rest of it is as it was.
    const titles =
      '<TitlesOfParts><vt:vector size="5" baseType="lpstr"><vt:lpstr>Formulir PK</vt:lpstr><vt:lpstr>Referensi</vt:lpstr><vt:lpstr>_lkjip_jurnal</vt:lpstr><vt:lpstr>Tabel Naratif</vt:lpstr><vt:lpstr>\'Formulir PK\'!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>';
    const app = part(saved, "docProps/app.xml");
    expect(app).toContain(titles);
    expect(app).toContain("<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>4</vt:i4>");
    expect(app.replace(titles, "").replace("<vt:i4>4</vt:i4>", "<vt:i4>2</vt:i4>")).toBe(
      part(original, "docProps/app.xml").replace(/<TitlesOfParts>.*<\/TitlesOfParts>/, ""),
    );

    // The edited sheet: the fixed cell replaced, everything else of the part as it was.
    const before = part(original, sheet1);
    const after = part(saved, sheet1);
    expect(after).toContain('<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"');
    expect(after).toContain("<x14:sparklineGroups");
    expect(after).toContain('<row r="6" spans="1:8" ht="30" customHeight="1">');
    expect(after).toContain('<row r="5" spans="1:8" outlineLevel="1">');
    const g6 = /<c r="G6"[^>]*>.*?<\/c>/.exec(after)![0];
    expect(g6).not.toBe(/<c r="G6"[^>]*>.*?<\/c>/.exec(before)![0]);
    expect(after.replace(g6, "")).toBe(before.replace(/<c r="G6"[^>]*>.*?<\/c>/, ""));

    // The workbook: protection, hidden name, print area, pivot cache and external link kept; Excel recalculates.
    const wb = part(saved, "xl/workbook.xml");
    expect(wb).toContain('lockStructure="1"');
    expect(wb).toContain('<definedName name="PaguRahasia" hidden="1">');
    expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">\'Formulir PK\'!$A$1:$H$6</definedName>');
    expect(wb).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches>');
    expect(wb).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(wb).toMatch(/<sheet name="_lkjip_jurnal" sheetId="3" state="veryHidden" r:id="rId\d+"\/>/);
    expect(wb).toMatch(/<sheet name="Tabel Naratif" sheetId="4" r:id="rId\d+"\/>/);

    // The copy opens in ExcelJS with the fix and the new sheets.
    const re = await reopen(saved);
    expect(re.worksheets.map((w) => w.name)).toEqual(["Formulir PK", "Referensi", JOURNAL_SHEET, "Tabel Naratif"]);
    expect(re.getWorksheet(JOURNAL_SHEET)!.state).toBe("veryHidden");
    expect(toNumber(re.getWorksheet("Formulir PK")!.getCell("G6").value)).toBe(110);
    expect(re.getWorksheet("Formulir PK")!.getCell("G5").formula).toBe("F5/E5*100");
    expect(re.getWorksheet("Tabel Naratif")!.rowCount).toBeGreaterThan(3);
  });

  test("replacing a shared formula's master writes the formula of the cells sharing it; calc chain entries of edited cells go", () => {
    const saved = patchPackage(
      original,
      { edits: new Map([["Formulir PK", [{ row: 3, col: 6, content: { kind: "number", value: 1 } }]]]), deleted: [], added: [] },
      { explicitFormula: (sheet, row, col) => (sheet === "Formulir PK" && row === 4 && col === 6 ? "F5/E5*100" : undefined) },
    );
    const sheet = part(saved, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="G4" s="2"><v>1</v></c>');
    expect(sheet).toContain('<c r="G5" s="2"><f>F5/E5*100</f><v>90</v></c>');
    expect(part(saved, "xl/calcChain.xml")).toContain(
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="G5" i="1"/><c r="B4" i="2"/></calcChain>',
    );
    expect(compareParts(original, saved).changed.sort()).toEqual([
      "xl/calcChain.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  test("text stays text (inline string, control characters escaped), a new cell is created in row order, a number format is a new style", async () => {
    const saved = patchPackage(original, {
      edits: new Map([
        [
          "Formulir PK",
          [
            { row: 1, col: 3, content: { kind: "text", value: "=1+1\u001b[2J _x0041_" } },
            { row: 5, col: 9, content: { kind: "number", value: 12.5 }, numFmt: "#,##0.000" },
            { row: 9, col: 0, content: { kind: "boolean", value: true } },
            { row: 9, col: 1, content: { kind: "text", value: "=SUM(E4:E6)" } },
          ],
        ],
      ]),
      deleted: [],
      added: [],
    });
    const sheet = part(saved, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<row r="2"><c r="D2" t="inlineStr"><is><t>=1+1_x001B_[2J _x005F_x0041_</t></is></c></row><row r="3"',
    );
    expect(sheet).toMatch(/<c r="H6" t="s"><v>\d+<\/v><\/c><c r="J6" s="3"><v>12.5<\/v><\/c><\/row>/);
    expect(sheet).toContain(
      '<row r="10"><c r="A10" t="b"><v>1</v></c><c r="B10" t="inlineStr"><is><t>=SUM(E4:E6)</t></is></c></row></sheetData>',
    );
    expect(sheet).toContain('<dimension ref="A1:J10"/>');
    const styles = part(saved, "xl/styles.xml");
    expect(styles).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts>',
    );
    expect(styles).toContain('<cellXfs count="4">');
    const re = await reopen(saved);
    const ws = re.getWorksheet("Formulir PK")!;
    // ExcelJS does not decode _xHHHH_ (Excel and LibreOffice do); the text is still text, never a formula.
    expect(ws.getCell("B10").value).toBe("=SUM(E4:E6)");
    expect(ws.getCell("J6").value).toBe(12.5);
    expect(ws.getCell("J6").numFmt).toBe("#,##0.000");
    expect(ws.getCell("A10").value).toBe(true);
  });

  test("a removed sheet is unlinked and local names follow the sheet order; a re-added sheet of the same name takes its place", async () => {
    const saved = patchPackage(original, {
      edits: new Map(),
      deleted: ["Formulir PK"],
      added: [{ name: "Formulir PK", cells: [{ row: 0, col: 0, content: { kind: "text", value: "baru" } }] }],
    });
    const wb = part(saved, "xl/workbook.xml");
    expect(wb).toMatch(
      /<sheets><sheet name="Formulir PK" sheetId="3" r:id="rId\d+"\/><sheet name="Referensi" sheetId="2" r:id="rId2"\/><\/sheets>/,
    );
    expect(wb).not.toContain("_xlnm.Print_Area");
    expect(readZip(saved).map((e) => e.name)).not.toContain("xl/worksheets/_rels/sheet1.xml.rels");
    const re = await reopen(saved);
    expect(re.getWorksheet("Formulir PK")!.getCell("A1").value).toBe("baru");
  });
});

test("`periksa --out` (writeNarrativeCopy) keeps every part of the input but the workbook lists", async () => {
  const original = richPackage();
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-out-"));
  const out = path.join(dir, "HASIL.xlsx");
  const host = await XlsxHost.open(original, "rich.xlsx", "s0");
  await writeNarrativeCopy(original, out, checkWorkbook(await host.read(), {}));
  const f = compareParts(original, new Uint8Array(await fs.readFile(out)));
  report.push(`periksa --out: ${f.compared} parts compared, ${f.identical} identical; changed: ${f.changed.join(", ")}`);
  expect(f.changed.sort()).toEqual([
    "[Content_Types].xml",
    "docProps/app.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
  ]);
});

test("a fix in a copy that already has the journal adds no sheet: docProps/app.xml stays byte-identical", async () => {
  const { saved } = await fixAndNarrate(richPackage());
  const host = await XlsxHost.open(saved, "rich.xlsx", "s2");
  const out = await host.write([{ sheet: "Referensi", cell: "D9", value: 5 }], { label: "Isi D9" });
  expect(out.status).toBe("written");
  const again = await host.save();
  const f = compareParts(saved, again);
  expect(f.changed).not.toContain("docProps/app.xml");
  expect(f.rawIdentical).toBe(f.identical);
  // Undoing the narrative removes its sheet, and its title goes with it.
  const narrative = (await host.journal()).find((e) => e.kind === "sheet-added" && e.sheet === "Tabel Naratif")!;
  await host.undo({ batch: narrative.batch });
  const titles = /<TitlesOfParts>.*<\/TitlesOfParts>/.exec(part(await host.save(), "docProps/app.xml"))?.[0];
  expect(titles).toBe(
    '<TitlesOfParts><vt:vector size="4" baseType="lpstr"><vt:lpstr>Formulir PK</vt:lpstr><vt:lpstr>Referensi</vt:lpstr><vt:lpstr>_lkjip_jurnal</vt:lpstr><vt:lpstr>\'Formulir PK\'!Print_Area</vt:lpstr></vt:vector></TitlesOfParts>',
  );
});

test("settings written twice: the second change edits the settings and journal sheets in place, every other part kept", async () => {
  const original = richPackage();
  const first = await XlsxHost.open(original, "rich.xlsx", "s1");
  await first.setSettings({ "lkjip.skala": "berhasil4" });
  const once = await first.save();
  const second = await XlsxHost.open(once, "rich.xlsx", "s2");
  await second.setSettings({ "lkjip.skala": "baik4-100" });
  const twice = await second.save();
  expect(await (await XlsxHost.open(twice, "rich.xlsx", "s3")).getSettings()).toEqual({ "lkjip.skala": "baik4-100" });
  // The change is journaled, so the first save adds the journal beside the settings sheet, both very hidden.
  expect(part(twice, "xl/workbook.xml")).toMatch(
    /<sheet name="Referensi" sheetId="2" r:id="rId2"\/><sheet name="_lkjip_jurnal" sheetId="3" state="veryHidden" r:id="rId\d+"\/><sheet name="_lkjip_pengaturan" sheetId="4" state="veryHidden" r:id="rId\d+"\/><\/sheets>/,
  );
  const f = compareParts(once, twice);
  expect(f.missing).toEqual([]);
  // Only the two hidden sheets' parts change: workbook.xml, its relationships and the styles stay as they were.
  expect(f.changed.sort()).toEqual(["xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"]);
});

function toNumber(v: ExcelJS.CellValue): number | undefined {
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "result" in v && typeof v.result === "number") return v.result;
  return undefined;
}

const RUN_LO = libreOfficeAvailable("salinan buku kerja dibuka LibreOffice");
(RUN_LO ? describe : describe.skip)("package patcher with LibreOffice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-patch-"));

  test("the Excel-XML copy opens in LibreOffice with the fix visible and the chart kept", async () => {
    const { saved } = await fixAndNarrate(richPackage());
    // The copy's sheet titles were rewritten (docProps/app.xml): LibreOffice must still open it.
    expect(part(saved, "docProps/app.xml")).toContain("<vt:lpstr>Tabel Naratif</vt:lpstr>");
    const file = path.join(dir, "copy.xlsx");
    await fs.writeFile(file, saved);
    const csv = await fs.readFile(await convertWithLibreOffice(file, "csv", path.join(dir, "csv")), "utf8");
    expect(csv.split(/\r?\n/)[5]).toMatch(/^,,3\. Nilai SAKIP,nilai,70,77,110(\.00)?,/);
    const lo = await fs.readFile(await convertWithLibreOffice(file, "xlsx", path.join(dir, "lo")));
    const source = path.join(dir, "source.xlsx");
    await fs.writeFile(source, richPackage());
    const loSource = await fs.readFile(await convertWithLibreOffice(source, "xlsx", path.join(dir, "lo-source")));
    // What LibreOffice understands in the original (chart, image, comments, tables…) it still finds in the copy.
    const names = new Set(readZip(lo).map((e) => e.name));
    const understood = readZip(loSource).map((e) => e.name);
    expect(understood.filter((n) => !names.has(n))).toEqual([]);
    expect(understood.some((n) => n.startsWith("xl/charts/chart"))).toBe(true);
    expect(understood.some((n) => n.startsWith("xl/media/"))).toBe(true);
    expect(understood.some((n) => n.startsWith("xl/tables/"))).toBe(true);
    expect(understood.some((n) => n.startsWith("xl/comments"))).toBe(true);
    const sheets = part(lo, "xl/workbook.xml");
    expect(sheets).toContain('name="Tabel Naratif"');
  });

  test("a workbook saved by LibreOffice (tables without style info) keeps every untouched part", async () => {
    const file = path.join(dir, "excel.xlsx");
    await fs.writeFile(file, richPackage());
    const loFile = await convertWithLibreOffice(file, "xlsx", path.join(dir, "saved-by-lo"));
    const original = new Uint8Array(await fs.readFile(loFile));
    // What the copy used to be: ExcelJS's full rewrite fails on LibreOffice's tables without style info.
    const rewrite = await reopen(original);
    await expect(rewrite.xlsx.writeBuffer()).rejects.toThrow(/theme/);
    expect(part(original, "xl/tables/table2.xml")).not.toContain("tableStyleInfo");
    const { saved } = await fixAndNarrate(original);
    const f = compareParts(original, saved);
    report.push(
      `LibreOffice-saved: ${f.compared} parts compared, ${f.identical} identical, ${f.rawIdentical} with the same deflate bytes; changed: ${f.changed.join(", ")}`,
    );
    expect(f.missing).toEqual([]);
    for (const name of f.changed) expect(ALLOWED_CHANGES.has(name) || name === "xl/worksheets/sheet1.xml").toBe(true);
    expect(f.rawIdentical).toBe(f.identical);
    const copy = path.join(dir, "lo-copy.xlsx");
    await fs.writeFile(copy, saved);
    const csv = await fs.readFile(await convertWithLibreOffice(copy, "csv", path.join(dir, "lo-csv")), "utf8");
    expect(csv).toMatch(/3\. Nilai SAKIP,nilai,70,77,110/);
    const re = await reopen(saved);
    expect(toNumber(re.getWorksheet("Formulir PK")!.getCell("G6").value)).toBe(110);
    expect(re.getWorksheet("Tabel Naratif")).toBeDefined();
  });
});

test("a package the patcher cannot read is refused with an Indonesian reason, never an internal message", () => {
  const truncated = richPackage().subarray(0, 2000);
  expect(() => patchPackage(truncated, { edits: new Map(), deleted: [], added: [] })).toThrow(
    "Paket zip tidak lengkap (direktori pusat tidak ditemukan).",
  );
  const noXml = patchParts({ "xl/workbook.xml": "<workbook><sheets>" });
  expect(() => patchPackage(noXml, { edits: new Map(), deleted: [], added: [{ name: "Baru", cells: [] }] })).toThrow(
    "Salinan buku kerja tidak dapat ditulis: sebagian isi paketnya tidak terbaca.",
  );
});

function patchParts(replace: Record<string, string | null>): Uint8Array {
  const parts = richPackageParts();
  for (const [k, v] of Object.entries(replace)) {
    if (v === null) delete parts[k];
    else parts[k] = v;
  }
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files);
}

test("a sheet written with a namespace prefix (x:, as the OpenXML SDK writes it) is patched with the same prefix", () => {
  const X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const prefixed =
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${X}"><x:sheetData>` +
    '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Pagu</x:t></x:is></x:c><x:c r="C1"><x:v>5</x:v></x:c></x:row>' +
    '<x:row r="3"><x:c r="A3"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  const bytes = patchParts({ "xl/worksheets/sheet2.xml": prefixed, "xl/worksheets/_rels/sheet2.xml.rels": null });
  const saved = patchPackage(bytes, {
    edits: new Map([
      [
        "Referensi",
        [
          { row: 0, col: 1, content: { kind: "number", value: 3 } },
          { row: 1, col: 0, content: { kind: "text", value: "baru" } },
          { row: 2, col: 0, content: { kind: "formula", formula: "C1+1", result: 6 } },
        ],
      ],
    ]),
    deleted: [],
    added: [],
  });
  expect(part(saved, "xl/worksheets/sheet2.xml")).toBe(
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${X}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Pagu</x:t></x:is></x:c><x:c r="B1"><x:v>3</x:v></x:c><x:c r="C1"><x:v>5</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>baru</x:t></x:is></x:c></x:row>' +
      '<x:row r="3"><x:c r="A3"><x:f>C1+1</x:f><x:v>6</x:v></x:c></x:row></x:sheetData></x:worksheet>',
  );
  // ExcelJS cannot read prefixed sheets at all; the package around the sheet is what it was.
  expect(compareParts(bytes, saved).changed.sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet2.xml"]);
});

test("a new sheet carries widths, heights, merges, frozen rows, fills, borders and alignment", async () => {
  const saved = patchPackage(richPackage(), {
    edits: new Map(),
    deleted: [],
    added: [
      {
        name: "Tabel 3.1",
        cells: [
          { row: 0, col: 0, content: { kind: "text", value: "Judul" }, style: { bold: true } },
          {
            row: 1,
            col: 1,
            content: { kind: "number", value: 1234.5 },
            style: { numFmt: "#,##0.00", fill: "#D9E1F2", border: true, wrap: true, horizontal: "right", vertical: "top" },
          },
        ],
        columnWidths: [{ col: 0, width: 30 }],
        rowHeights: [{ row: 1, height: 45 }],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
        freezeRows: 1,
      },
    ],
  });
  const ws = (await reopen(saved)).getWorksheet("Tabel 3.1")!;
  expect(ws.getCell("A1").font.bold).toBe(true);
  const b2 = ws.getCell("B2");
  expect(b2.numFmt).toBe("#,##0.00");
  expect((b2.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9E1F2");
  expect(b2.border.top?.style).toBe("thin");
  expect(b2.alignment).toMatchObject({ wrapText: true, horizontal: "right", vertical: "top" });
  expect(ws.getColumn(1).width).toBe(30);
  expect(ws.getRow(2).height).toBe(45);
  expect(ws.getCell("C1").isMerged).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
});

test("a sheet the add-in made keeps its id in the copy, so undo after reopening still finds it (sheet ids with gaps)", async () => {
  const wbXml = richPackageParts()["xl/workbook.xml"] as string;
  const gapped = patchParts({ "xl/workbook.xml": wbXml.replace('name="Referensi" sheetId="2"', 'name="Referensi" sheetId="5"') });
  const host = await XlsxHost.open(gapped, "rich.xlsx", "s1");
  const outcome = await host.addSheet(
    { name: "Tabel Baru", cells: [{ row: 0, col: 0, value: "isi" }] },
    { label: "Sisipkan tabel" },
  );
  expect(outcome.status).toBe("written");
  const saved = await host.save();
  const again = await XlsxHost.open(saved, "rich.xlsx", "s2");
  const journal = await again.journal();
  expect(journal.map((e) => e.kind)).toContain("sheet-added");
  const undone = await again.undo({ batch: journal[0].batch, confirmed: true });
  expect(undone.status).toBe("undone");
  const after = await reopen(await again.save());
  expect(after.worksheets.map((w) => w.name)).not.toContain("Tabel Baru");
  expect(after.worksheets.map((w) => w.name)).toEqual(["Formulir PK", "Referensi", JOURNAL_SHEET]);
});
