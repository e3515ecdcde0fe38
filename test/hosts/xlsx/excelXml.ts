/**
 * A workbook written as Excel writes its XML, by hand (ExcelJS never writes some of these forms):
 * shared formulas with a cached error, inline and rich inline strings, a shared string with an
 * escaped line break and a phonetic run, a date, an error, a boolean, a formula with a text result,
 * a merged area over cells that still hold values, an indented cell and a hidden sheet.
 */
import { strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function packageOf(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

/** The parts every workbook needs around its sheets (`sheets`: name, state, and the sheet XML). */
export function workbookParts(
  sheets: { name: string; state?: string; xml: string }[],
  extra: { styles?: string; sharedStrings?: string } = {},
): Record<string, string> {
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts: Record<string, string> = {
    "[Content_Types].xml": `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    "_rels/.rels": `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${decl}<workbook ${NS} ${R}><workbookPr/><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  };
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (extra.styles) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>`);
    parts["xl/styles.xml"] = decl + extra.styles;
  }
  if (extra.sharedStrings) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts["xl/sharedStrings.xml"] = decl + extra.sharedStrings;
  }
  parts["xl/_rels/workbook.xml.rels"] =
    `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = decl + s.xml));
  return parts;
}

export const sheetXml = (rows: string, after = "") => `<worksheet ${NS} ${R}><sheetData>${rows}</sheetData>${after}</worksheet>`;

export const STYLES = `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf></cellXfs></styleSheet>`;

export function excelXmlWorkbook(): Uint8Array {
  const strings = `<sst ${NS} count="5" uniqueCount="5"><si><t>Indikator</t></si><si><t>Target</t></si><si><t>Realisasi</t></si><si><r><t>Indikator</t></r><r><rPr><b/></rPr><t xml:space="preserve">_x000D_
kedua</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si><si><t>Jumlah</t></si></sst>`;
  const rows = [
    `<row r="1"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>Capaian</t></is></c></row>`,
    `<row r="2"><c r="A2" t="inlineStr"><is><t>Indikator kinerja 1</t></is></c><c r="B2"><v>85</v></c><c r="C2"><v>80</v></c><c r="D2" s="1"><f t="shared" ref="D2:D4" si="0">C2/B2*100</f><v>94.12</v></c><c r="E2" t="str"><f>"x"&amp;A1</f><v>xIndikator</v></c></row>`,
    `<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>100</v></c><c r="C3"><v>90</v></c><c r="D3" s="1"><f t="shared" si="0"/><v>90</v></c></row>`,
    `<row r="4"><c r="A4" s="2" t="inlineStr"><is><r><rPr><b/></rPr><t>Tebal</t></r><r><t xml:space="preserve"> dan biasa</t></r></is></c><c r="B4"><v>0</v></c><c r="C4"><v>5</v></c><c r="D4" s="1" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c></row>`,
    `<row r="5"><c r="A5" t="e"><v>#N/A</v></c><c r="B5" t="b"><v>1</v></c><c r="C5" s="3"/><c r="E5" s="3"><v>45382</v></c></row>`,
    `<row r="6"><c r="A6" t="s"><v>4</v></c><c r="B6" t="inlineStr"><is><t>sisa</t></is></c><c r="C6"><v>7</v></c></row>`,
  ].join("");
  return packageOf(
    workbookParts(
      [
        { name: "Capaian", xml: sheetXml(rows, `<mergeCells count="1"><mergeCell ref="A6:C6"/></mergeCells>`) },
        { name: "Draf", state: "hidden", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
      ],
      { styles: STYLES, sharedStrings: strings },
    ),
  );
}
