/**
 * The sheet reader counts the common number texts itself (plain decimals, integer indexes)
 * instead of calling the general conversion: every stored number must still read exactly as
 * Number(text), and every index as parseInt, whatever the writer put there.
 */
import fc from "fast-check";
import { readXlsxSync } from "../../../../src/hosts/xlsx/readXlsx";
import { packageOf, sheetXml, workbookParts } from "../excelXml";

function readValues(stored: string[]): unknown[] {
  const rows = stored.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${v}</v></c></row>`).join("");
  const wb = readXlsxSync(packageOf(workbookParts([{ name: "LRA", xml: sheetXml(rows) }])));
  return stored.map((_, i) => wb.sheets[0].rows[i]?.[0]?.value);
}

/** What Number(text) gives, or the text itself where the reader reports a broken number. */
const expected = (text: string) => {
  const n = Number(text);
  return Number.isFinite(n) && !(n === 0 && text.trim() === "") ? n : text;
};

test("typical LRA amounts, percentages and edge forms read exactly as Number(text)", () => {
  const stored = [
    "2438675000",
    "79.23",
    "0.1",
    "0.30000000000000004",
    "-0",
    "-12.5",
    "007",
    "5.",
    ".5",
    "123456789012345",
    "1234567890123456",
    "12345678901234567890",
    "0.000000000000001",
    "99.99999999999999",
    "1e3",
    "-1.5E-7",
    "+4",
    " 42 ",
    "1.2.3",
    "-",
    ".",
  ];
  const values = readValues(stored);
  stored.forEach((text, i) => expect([text, values[i]]).toEqual([text, expected(text)]));
  expect(Object.is(values[4], -0)).toBe(true);
});

test("any decimal of up to 17 digits reads exactly as Number(text)", () => {
  const decimal = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,12}$/), fc.option(fc.stringMatching(/^[0-9]{0,8}$/), { nil: undefined }))
    .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`);
  fc.assert(
    fc.property(fc.array(decimal, { minLength: 1, maxLength: 50 }), (stored) => {
      const values = readValues(stored);
      stored.forEach((text, i) => expect(Object.is(values[i], Number(text))).toBe(true));
    }),
    { numRuns: 200 },
  );
});

test("shared-string indexes, style indexes and row numbers written with leading zeros read as parseInt", () => {
  const parts = workbookParts(
    [
      {
        name: "LRA",
        xml: sheetXml(
          '<row r="002"><c r="A2" t="s"><v>01</v></c><c r="B2" s="01"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>0</v></c></row>',
        ),
      },
    ],
    {
      sharedStrings:
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Belanja</t></si><si><t>Pendapatan</t></si></sst>',
      styles:
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="3" fontId="0"/></cellXfs></styleSheet>',
    },
  );
  const rows = readXlsxSync(packageOf(parts)).sheets[0].rows;
  expect(rows[1]).toEqual([{ value: "Pendapatan" }, { value: 3, numFmt: "#,##0" }]);
  expect(rows[2]).toEqual([{ value: "Belanja" }]);
});
