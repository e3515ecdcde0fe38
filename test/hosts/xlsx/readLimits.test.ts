/**
 * What the reader does with workbooks that are broken or hostile: bounds instead of expansion,
 * "terlalu besar" with the limit, "rusak" for damaged packages and missing parts, and numbers the
 * file stores wrongly kept as broken numbers so the checker reports them.
 */
import { Zip, ZipDeflate, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { READ_LIMITS, WorkbookReadError, readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import { fixtureBytes } from "../../support/fixtures";
import { packageOf, sheetXml, workbookParts } from "./excelXml";

async function readError(bytes: Uint8Array): Promise<WorkbookReadError> {
  try {
    await readXlsx(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("read without error");
}

const oneSheet = (rows: string, after = "") => packageOf(workbookParts([{ name: "Data", xml: sheetXml(rows, after) }]));

/** The fixture with one part's XML rewritten. */
function patchedFixture(part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(fixtureBytes("kelam-permai-2019.xlsx"));
  files[part] = strToU8(edit(strFromU8(files[part])));
  return zipSync(files);
}

describe("bounds, not expansion", () => {
  test("a merged area over the whole sheet is kept by its bounds (no memory blow-up)", async () => {
    const bytes = oneSheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Judul</t></is></c><c r="B1"><v>5</v></c></row><row r="3"><c r="C3"><v>7</v></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
    );
    expect(bytes.length).toBeLessThan(10_000);
    const before = process.memoryUsage().rss;
    const wb = await readXlsx(bytes);
    const sheet = wb.sheets[0];
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1048575, right: 16383 }]);
    // Covered cells are empty as Excel shows them; only the top-left one keeps its value.
    expect(sheet.rows).toEqual([[{ value: "Judul" }]]);
    expect(() => checkWorkbook(wb)).not.toThrow();
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  test("a cell in Excel's last row does not give a million row arrays; a row beyond it is damaged", async () => {
    const wb = await readXlsx(oneSheet(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`));
    const rows = wb.sheets[0].rows;
    expect(rows).toHaveLength(1048576);
    expect(rows[1048575][16383]).toEqual({ value: 1 });
    expect(new Set(rows.slice(0, 1048575)).size).toBe(1); // one shared empty row
    const beyond = await readError(oneSheet(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`));
    expect(beyond.problem).toBe("rusak");
    expect(beyond.reason).toMatch(/nomor baris tidak sah/);
  });

  test("a dimension claiming the whole sheet is ignored", async () => {
    const wb = await readXlsx(
      packageOf(
        workbookParts([
          {
            name: "Data",
            xml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="2"><c r="B2"><v>3</v></c></row></sheetData></worksheet>`,
          },
        ]),
      ),
    );
    expect(wb.sheets[0].rows).toEqual([[], [undefined, { value: 3 }]]);
  });
});

describe("terlalu besar, with the limit", () => {
  test("a sheet of 20 million cells", async () => {
    // Streamed into the zip: 20.000 rows of 1.000 cells, never held whole in memory.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, data) => {
      if (err) throw err;
      chunks.push(data);
    });
    for (const [name, xml] of Object.entries(workbookParts([{ name: "Besar", xml: "" }]))) {
      if (name.endsWith("sheet1.xml")) continue;
      const f = new ZipDeflate(name, { level: 1 });
      zip.add(f);
      f.push(strToU8(xml), true);
    }
    const sheet = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
    zip.add(sheet);
    sheet.push(strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
    const row = strToU8(`<row>${"<c><v>1</v></c>".repeat(1000)}</row>`);
    for (let r = 0; r < 20_000; r++) sheet.push(row);
    sheet.push(strToU8("</sheetData></worksheet>"), true);
    zip.end();
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);

    const e = await readError(bytes);
    expect(e.problem).toBe("terlalu-besar");
    expect(e.reason).toMatch(/terlalu besar/);
    expect(e.reason).toMatch(/batas 256 MB/);
  }, 60_000);

  test("more cells than the limit, counted over all sheets", async () => {
    const saved = READ_LIMITS.cells;
    READ_LIMITS.cells = 1000;
    try {
      const row = (r: number) => `<row r="${r}">${"<c><v>2</v></c>".repeat(100)}</row>`;
      const rows = Array.from({ length: 6 }, (_, i) => row(i + 1)).join("");
      const two = packageOf(
        workbookParts([
          { name: "Satu", xml: sheetXml(rows) },
          { name: "Dua", xml: sheetXml(rows) },
        ]),
      );
      const e = await readError(two);
      expect(e.problem).toBe("terlalu-besar");
      expect(e.reason).toBe(
        "Buku kerja terlalu besar untuk diperiksa: lembar “Dua” membuat jumlah sel berisi melebihi 1.000 (batas 1.000 sel).",
      );
    } finally {
      READ_LIMITS.cells = saved;
    }
  });
});

describe("rusak: damaged packages and missing parts", () => {
  test("a truncated workbook is damaged, not 'not a workbook'", async () => {
    const whole = fixtureBytes("kelam-permai-2019.xlsx");
    for (const cut of [whole.length - 200, Math.floor(whole.length / 2), 600]) {
      const e = await readError(whole.slice(0, cut));
      expect(e.problem).toBe("rusak");
      expect(e.reason).toMatch(/rusak/);
    }
  });

  test("a sheet listed in the workbook whose part is missing is damaged and named", async () => {
    const files = unzipSync(fixtureBytes("kelam-permai-2019.xlsx"));
    delete files["xl/worksheets/sheet2.xml"];
    const e = await readError(zipSync(files));
    expect(e.problem).toBe("rusak");
    expect(e.reason).toMatch(/lembar “Realisasi Anggaran”.*tidak ada/);
  });

  test("missing shared strings are damaged, declared or only used", async () => {
    const files = unzipSync(fixtureBytes("kelam-permai-2019.xlsx"));
    delete files["xl/sharedStrings.xml"];
    expect((await readError(zipSync(files))).reason).toMatch(/daftar teks.*tidak ada/);
    const used = oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`);
    expect((await readError(used)).reason).toMatch(/daftar teks.*tidak ada/);
  });

  test("broken XML inside a part is damaged", async () => {
    const e = await readError(patchedFixture("xl/worksheets/sheet1.xml", (x) => x.replace("</sheetData>", "<row>")));
    expect(e.problem).toBe("rusak");
    expect(e.reason).toMatch(/xl\/worksheets\/sheet1\.xml bukan XML yang utuh/);
  });

  test("a package with its sheets but no workbook.xml is a damaged workbook naming the missing part", async () => {
    const files = unzipSync(fixtureBytes("kelam-permai-2019.xlsx"));
    delete files["xl/workbook.xml"];
    const e = await readError(zipSync(files));
    expect(e.problem).toBe("rusak");
    expect(e.reason).toBe("Buku kerja rusak dan tidak dapat dibaca: bagian utama buku kerja (xl/workbook.xml) tidak ada.");
    // A zip that holds no spreadsheet part at all is still "not a workbook".
    const other = await readError(zipSync({ "word/document.xml": strToU8("<w:document/>"), "readme.txt": strToU8("x") }));
    expect(other.problem).toBe("bukan-workbook");
  });

  test("a DTD (entity expansion) in a part is damaged, said in Indonesian without the parser's words", async () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&b;</t></si></sst>';
    const e = await readError(patchedFixture("xl/sharedStrings.xml", () => bomb));
    expect(e.problem).toBe("rusak");
    expect(e.reason).toBe(
      "Buku kerja rusak dan tidak dapat dibaca: bagian xl/sharedStrings.xml memuat deklarasi DTD, yang tidak diizinkan dalam buku kerja Excel.",
    );
  });

  test.each([
    ["a part cut off mid-tag", (x: string) => x.slice(0, x.indexOf("</sheetData>")), /terpotong: ada tag yang tidak ditutup/],
    [
      "a closing tag that does not match",
      (x: string) => x.replace("</sheetData>", "</sheetdata>"),
      /tag penutup yang tidak cocok/,
    ],
    ["an unknown entity", (x: string) => x.replace("</sheetData>", "&nbsp;</sheetData>"), /entitas yang tidak dikenal/],
    ["an unquoted attribute", (x: string) => x.replace('<row r="1"', "<row r=1"), /atribut yang tidak sah/],
  ])("broken XML (%s) is explained in Indonesian", async (_what, edit, expected) => {
    const e = await readError(patchedFixture("xl/worksheets/sheet1.xml", edit));
    expect(e.problem).toBe("rusak");
    expect(e.reason).toMatch(expected);
    expect(e.reason).not.toMatch(/\b(unexpected|undefined|unclosed|entity|attribute|tag:|closing)\b/i);
  });
});

describe("numbers the file stores wrongly", () => {
  test.each(["1e309", "NaN", "sembilan puluh"])(
    "%s in a number cell is a broken number, reported by angka-rusak",
    async (stored) => {
      // Formulir PK!F17 is the realisasi 80 of an indicator row.
      const bytes = patchedFixture("xl/worksheets/sheet1.xml", (x) => {
        const patched = x.replace(/(<c r="F17"[^>]*>)<v>80<\/v>/, `$1<v>${stored}</v>`);
        expect(patched).not.toBe(x);
        return patched;
      });
      const wb = await readXlsx(bytes);
      expect(wb.sheets[0].rows[16][5]).toMatchObject({ value: stored, brokenNumber: true });
      const findings = checkWorkbook(wb).findings.filter((f) => f.cell === "F17");
      expect(findings).toEqual([
        expect.objectContaining({
          rule: "angka-rusak",
          sheet: "Formulir PK",
          actual: stored,
          message: expect.stringContaining(stored),
        }),
      ]);
    },
  );

  test("a formula's cached 0 or FALSE is its value (ExcelJS read it as empty)", async () => {
    const wb = await readXlsx(
      oneSheet(`<row r="1"><c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c></row>`),
    );
    expect(wb.sheets[0].rows[0]).toEqual([
      { value: 0, formula: "B1-B1" },
      { value: false, formula: "1=2" },
    ]);
  });
});
