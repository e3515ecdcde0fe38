/**
 * Large parts are decoded and parsed piece by piece (the whole sheet is never one string): the
 * pieces must join to exactly the text of the part, multi-byte characters and a byte-order mark
 * included, and the model read from them must hold every cell as written.
 */
import { strToU8, zipSync } from "fflate";
import { XlsxPackage } from "../../../../src/hosts/xlsx/read/package";
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { sheetXml, workbookParts } from "../excelXml";

/** Labels with 2-, 3- and 4-byte UTF-8 characters, so piece ends fall near every kind of character. */
const label = (i: number) => `Belanja ${i} – perjalanan dinas é ✓ 𝄞 ${"ü".repeat(i % 7)}`;
const ROWS = 30_000;

function bigWorkbook(): { bytes: Uint8Array; sheet: string } {
  const rows: string[] = [];
  for (let i = 1; i <= ROWS; i++)
    rows.push(
      `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${label(i)}</t></is></c><c r="B${i}"><v>${i * 1000 + 0.5}</v></c></row>`,
    );
  const parts = workbookParts([{ name: "LRA", xml: sheetXml(rows.join("")) }]);
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  const sheet = "xl/worksheets/sheet1.xml";
  // Written with a UTF-8 byte-order mark, as some producers do.
  files[sheet] = new Uint8Array([0xef, 0xbb, 0xbf, ...files[sheet]]);
  return { bytes: zipSync(files), sheet };
}

test("the pieces of a part larger than one piece join to its whole text", () => {
  const { bytes, sheet } = bigWorkbook();
  const pkg = new XlsxPackage(bytes);
  const whole = pkg.text(sheet)!;
  const pieces = [...pkg.textPieces(sheet)!];
  expect(whole.startsWith("<?xml")).toBe(true);
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.join("")).toBe(whole);
  for (const piece of pieces.slice(1)) expect(piece[0]).toBe("<");
  expect(whole).not.toContain("\uFFFD");
});

test("a small part is one piece", () => {
  const pkg = new XlsxPackage(zipSync({ "a.xml": strToU8("<a>é</a>") }));
  expect([...pkg.textPieces("a.xml")!]).toEqual(["<a>é</a>"]);
  expect(pkg.textPieces("b.xml")).toBeNull();
});

test("a sheet read in pieces holds every cell as written", async () => {
  const wb = await readXlsx(bigWorkbook().bytes);
  const rows = wb.sheets[0].rows;
  expect(rows).toHaveLength(ROWS);
  for (let i = 1; i <= ROWS; i++) expect(rows[i - 1]).toEqual([{ value: label(i) }, { value: i * 1000 + 0.5 }]);
});
