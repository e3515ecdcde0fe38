/**
 * Where readXlsx reads what the ExcelJS-based reader misread (the deliberate differences listed in
 * the README), on package XML written as other producers write it.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { STYLES, packageOf, sheetXml, workbookParts } from "./excelXml";

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

test("prefixed XML (x:c), rows and cells without r, CDATA, ISO dates, explicit non-bold", async () => {
  const styles = STYLES.replace("<font><b/><sz", '<font><b val="0"/><sz');
  const prefixed = `<x:worksheet ${NS}><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t><![CDATA[Target & realisasi]]></x:t></x:is></x:c><x:c><x:v>85</x:v></x:c></x:row><x:row><x:c r="B2" t="d"><x:v>2024-03-31T00:00:00</x:v></x:c><x:c s="2"><x:v>80</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const wb = await readXlsx(packageOf(workbookParts([{ name: "Data", xml: prefixed }], { styles })));
  expect(wb.sheets[0].rows).toEqual([
    [{ value: "Target & realisasi" }, { value: 85 }],
    [undefined, { value: "2024-03-31" }, { value: 80 }],
  ]);
});

test("a hyperlinked number keeps its number", async () => {
  const xml = sheetXml(`<row r="1"><c r="A1"><v>42</v></c></row>`, `<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>`);
  const wb = await readXlsx(packageOf(workbookParts([{ name: "Data", xml }])));
  expect(wb.sheets[0].rows[0][0]).toEqual({ value: 42 });
});

test("a chart sheet is skipped, not reported missing", async () => {
  const parts = workbookParts([{ name: "Data", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) }]);
  parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
    "</sheets>",
    '<sheet name="Grafik" sheetId="2" r:id="rIdC"/></sheets>',
  );
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
    "</Relationships>",
    '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
  );
  const wb = await readXlsx(packageOf(parts));
  expect(wb.sheets.map((s) => s.name)).toEqual(["Data"]);
});
