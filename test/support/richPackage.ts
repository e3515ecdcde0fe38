/**
 * A small LKjIP workbook written part by part as Excel writes its XML, carrying what a full rewrite
 * loses: a chart and an image (drawing), comments (VML), sparklines and a cross-sheet list validation
 * (x14 extensions), sheet and workbook protection, custom document properties, a hidden defined name
 * and a print area, row heights and outline, a shared formula, tables with and without style info, a
 * pivot cache and pivot table, an external link and a calculation chain.
 */
import { zipSync, strToU8 } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const CT = "application/vnd.openxmlformats-officedocument";

type Cell = string | number | { f: string; v: number; shared?: string } | null;

const strings: string[] = [];
function sst(s: string): number {
  const i = strings.indexOf(s);
  if (i >= 0) return i;
  strings.push(s);
  return strings.length - 1;
}

function col(i: number): string {
  return String.fromCharCode(65 + i);
}

function rowXml(r: number, cells: Cell[], extra = "", styles: number[] = []): string {
  const cs = cells
    .map((c, i) => {
      if (c === null) return "";
      const ref = `${col(i)}${r}`;
      const s = styles[i] ? ` s="${styles[i]}"` : "";
      if (typeof c === "number") return `<c r="${ref}"${s}><v>${c}</v></c>`;
      if (typeof c === "string") return `<c r="${ref}"${s} t="s"><v>${sst(c)}</v></c>`;
      const f =
        c.shared === "master"
          ? `<f t="shared" ref="G4:G5" si="0">${c.f}</f>`
          : c.shared
            ? `<f t="shared" si="0"/>`
            : `<f>${c.f}</f>`;
      return `<c r="${ref}"${s}>${f}<v>${c.v}</v></c>`;
    })
    .join("");
  return `<row r="${r}" spans="1:8"${extra}>${cs}</row>`;
}

function formulirPk(): string {
  const rows = [
    rowXml(1, ["FORMULIR PENGUKURAN KINERJA"], ' ht="21" customHeight="1"', [1]),
    rowXml(
      3,
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KETERANGAN"],
      "",
      [1, 1, 1, 1, 1, 1, 1, 1],
    ),
    rowXml(
      4,
      [
        "1",
        "Meningkatnya kualitas pelayanan publik",
        "1. Indeks kepuasan masyarakat",
        "%",
        80,
        84,
        { f: "F4/E4*100", v: 105, shared: "master" },
        "Tercapai",
      ],
      "",
      [0, 0, 0, 0, 0, 0, 2],
    ),
    rowXml(
      5,
      [
        null,
        null,
        "2. Persentase pengaduan yang diselesaikan",
        "%",
        90,
        81,
        { f: "F5/E5*100", v: 90, shared: "clone" },
        "Tercapai",
      ],
      ' outlineLevel="1"',
      [0, 0, 0, 0, 0, 0, 2],
    ),
    rowXml(
      6,
      [null, null, "3. Nilai SAKIP", "nilai", 70, 77, 100, "Tercapai"],
      ' ht="30" customHeight="1"',
      [0, 0, 0, 0, 0, 0, 2],
    ),
  ];
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    '<sheetPr><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H6"/>' +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="2" max="3" width="38.7109375" customWidth="1"/></cols>' +
    `<sheetData>${rows.join("")}</sheetData>` +
    '<mergeCells count="2"><mergeCell ref="A4:A6"/><mergeCell ref="B4:B6"/></mergeCells>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" r:id="rId5"/>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>' +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Referensi!$A$2:$A$3</xm:f></x14:formula1><xm:sqref>H4:H6</xm:sqref></x14:dataValidation>' +
    "</x14:dataValidations></ext>" +
    '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>' +
    "<x14:sparklines><x14:sparkline><xm:f>'Formulir PK'!E4:F4</xm:f><xm:sqref>I4</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>" +
    "</x14:sparklineGroups></ext></extLst></worksheet>"
  );
}

function referensi(): string {
  const rows = [
    rowXml(1, ["Status", "Pagu", null, "Unit", "Jumlah Pagu"]),
    rowXml(2, ["Tercapai", 100, null, "Tercapai", 100]),
    rowXml(3, ["Tidak tercapai", 200, null, "Tidak tercapai", 200]),
    rowXml(4, [null, { f: "[1]Data!A1", v: 5 }, null, "Grand Total", 300]),
  ];
  return (
    DECL +
    `<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:E4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${rows.join("")}</sheetData>` +
    '<sheetProtection algorithmName="SHA-512" hashValue="rcjxG1E2Z1yJ7mN0u8n0GdCkqWzU9Qm0V8q6Qb2uQ1f3uT5mWQf0nX4a7w8e9r0t1y2u3i4o5p6a7s8d9f0g1h==" saltValue="c2FsdHNhbHRzYWx0c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
}

function rels(list: [string, string, string, boolean?][]): string {
  const items = list
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return `${DECL}<Relationships xmlns="${PKG_R}">${items}</Relationships>`;
}

const T = (t: string) => `${R}/${t}`;

/** The package's parts; bytes of the .xlsx from `richPackage()`. */
export function richPackageParts(): Record<string, string | Uint8Array> {
  strings.length = 0;
  const sheet1 = formulirPk();
  const sheet2 = referensi();
  const sharedStrings = `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings
    .map((s) => `<si><t>${s}</t></si>`)
    .join("")}</sst>`;
  const png = Uint8Array.from(
    Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
  );
  return {
    "[Content_Types].xml":
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="png" ContentType="image/png"/><Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="${CT}.spreadsheetml.externalLink+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/>` +
      `<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/>` +
      `<Override PartName="/xl/tables/table2.xml" ContentType="${CT}.spreadsheetml.table+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${CT}.spreadsheetml.pivotCacheDefinition+xml"/>` +
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${CT}.spreadsheetml.pivotCacheRecords+xml"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
      `<Override PartName="/docProps/custom.xml" ContentType="${CT}.custom-properties+xml"/>` +
      "</Types>",
    "_rels/.rels": rels([
      ["rId3", `${R}/extended-properties`, "docProps/app.xml"],
      ["rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
      ["rId1", T("officeDocument"), "xl/workbook.xml"],
      ["rId4", T("custom-properties"), "docProps/custom.xml"],
    ]),
    "docProps/app.xml": `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Formulir PK</vt:lpstr><vt:lpstr>Referensi</vt:lpstr><vt:lpstr>'Formulir PK'!Print_Area</vt:lpstr></vt:vector></TitlesOfParts><Company>Pemerintah Kabupaten Kelam Permai</Company><AppVersion>16.0300</AppVersion></Properties>`,
    "docProps/core.xml": `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>LKjIP 2024</dc:title><dc:creator>Bagian Organisasi</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-10T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-01T03:00:00Z</dcterms:modified></cp:coreProperties>`,
    "docProps/custom.xml": `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Instansi"><vt:lpwstr>Dinas Kelam Permai</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="TahunAnggaran"><vt:i4>2024</vt:i4></property></Properties>`,
    "xl/workbook.xml":
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}">` +
      '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>' +
      '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFy" workbookSaltValue="c2FsdHNhbHRzYWx0c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>' +
      '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>' +
      '<sheets><sheet name="Formulir PK" sheetId="1" r:id="rId1"/><sheet name="Referensi" sheetId="2" r:id="rId2"/></sheets>' +
      '<externalReferences><externalReference r:id="rId3"/></externalReferences>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">\'Formulir PK\'!$A$1:$H$6</definedName>' +
      '<definedName name="PaguRahasia" hidden="1">Referensi!$B$2:$B$3</definedName></definedNames>' +
      '<calcPr calcId="191029"/>' +
      '<pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches></workbook>',
    "xl/_rels/workbook.xml.rels": rels([
      ["rId3", T("externalLink"), "externalLinks/externalLink1.xml"],
      ["rId7", T("pivotCacheDefinition"), "pivotCache/pivotCacheDefinition1.xml"],
      ["rId2", T("worksheet"), "worksheets/sheet2.xml"],
      ["rId1", T("worksheet"), "worksheets/sheet1.xml"],
      ["rId6", T("sharedStrings"), "sharedStrings.xml"],
      ["rId5", T("styles"), "styles.xml"],
      ["rId8", T("calcChain"), "calcChain.xml"],
    ]),
    "xl/styles.xml":
      `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>` +
      '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>',
    "xl/sharedStrings.xml": sharedStrings,
    "xl/worksheets/sheet1.xml": sheet1,
    "xl/worksheets/sheet2.xml": sheet2,
    "xl/worksheets/_rels/sheet1.xml.rels": rels([
      ["rId3", T("table"), "../tables/table1.xml"],
      ["rId2", T("vmlDrawing"), "../drawings/vmlDrawing1.vml"],
      ["rId1", T("drawing"), "../drawings/drawing1.xml"],
      ["rId4", T("comments"), "../comments1.xml"],
      ["rId5", T("printerSettings"), "../printerSettings/printerSettings1.bin"],
    ]),
    "xl/worksheets/_rels/sheet2.xml.rels": rels([["rId1", T("table"), "../tables/table2.xml"]]),
    "xl/printerSettings/printerSettings1.bin": Uint8Array.from([0x48, 0x50, 0x20, 0x4c, 0x61, 0x73, 0x65, 0x72, 0, 0, 1, 4]),
    "xl/tables/table1.xml":
      `${DECL}<table xmlns="${MAIN}" id="1" name="TabelPK" displayName="TabelPK" ref="C3:F6" totalsRowShown="0"><autoFilter ref="C3:F6"/>` +
      '<tableColumns count="4"><tableColumn id="1" name="INDIKATOR KINERJA"/><tableColumn id="2" name="SATUAN"/><tableColumn id="3" name="TARGET"/><tableColumn id="4" name="REALISASI"/></tableColumns>' +
      '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
    "xl/tables/table2.xml":
      `${DECL}<table xmlns="${MAIN}" id="2" name="TabelStatus" displayName="TabelStatus" ref="A1:B3" totalsRowShown="0" headerRowCount="1">` +
      '<tableColumns count="2"><tableColumn id="1" name="Status"/><tableColumn id="2" name="Pagu"/></tableColumns></table>',
    "xl/comments1.xml": `${DECL}<comments xmlns="${MAIN}"><authors><author>Verifikator</author></authors><commentList><comment ref="F6" authorId="0"><text><r><t>Sumber: laporan triwulan IV</t></r></text></comment></commentList></comments>`,
    "xl/drawings/vmlDrawing1.vml":
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:60pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>6, 15, 4, 10, 8, 15, 8, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>5</x:Row><x:Column>5</x:Column></x:ClientData></v:shape></xml>',
    "xl/drawings/drawing1.xml":
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      "<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Capaian"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
      '<xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>' +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    "xl/drawings/_rels/drawing1.xml.rels": rels([
      ["rId2", T("image"), "../media/image1.png"],
      ["rId1", T("chart"), "../charts/chart1.xml"],
    ]),
    "xl/media/image1.png": png,
    "xl/charts/chart1.xml":
      `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:roundedCorners val="0"/>` +
      '<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Capaian Kinerja</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
      '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
      '<c:tx><c:strRef><c:f>\'Formulir PK\'!$G$3</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>CAPAIAN (%)</c:v></c:pt></c:strCache></c:strRef></c:tx>' +
      '<c:cat><c:strRef><c:f>\'Formulir PK\'!$C$4:$C$6</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>IKM</c:v></c:pt><c:pt idx="1"><c:v>Pengaduan</c:v></c:pt><c:pt idx="2"><c:v>SAKIP</c:v></c:pt></c:strCache></c:strRef></c:cat>' +
      '<c:val><c:numRef><c:f>\'Formulir PK\'!$G$4:$G$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>105</c:v></c:pt><c:pt idx="1"><c:v>90</c:v></c:pt><c:pt idx="2"><c:v>100</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>' +
      '<c:gapWidth val="150"/><c:axId val="111"/><c:axId val="222"/></c:barChart>' +
      '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
      '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
      '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>',
    "xl/pivotCache/pivotCacheDefinition1.xml":
      `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshedBy="Bagian Organisasi" refreshedDate="45678.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">` +
      '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Referensi"/></cacheSource><cacheFields count="2">' +
      '<cacheField name="Status" numFmtId="0"><sharedItems count="2"><s v="Tercapai"/><s v="Tidak tercapai"/></sharedItems></cacheField>' +
      '<cacheField name="Pagu" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="100" maxValue="200"/></cacheField></cacheFields></pivotCacheDefinition>',
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([["rId1", T("pivotCacheRecords"), "pivotCacheRecords1.xml"]]),
    "xl/pivotCache/pivotCacheRecords1.xml": `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="2"><r><x v="0"/><n v="100"/></r><r><x v="1"/><n v="200"/></r></pivotCacheRecords>`,
    "xl/externalLinks/externalLink1.xml": `${DECL}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Data"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    "xl/externalLinks/_rels/externalLink1.xml.rels": rels([
      ["rId1", T("externalLinkPath"), "file:///C:/LKjIP/anggaran-2024.xlsx", true],
    ]),
    "xl/calcChain.xml": `${DECL}<calcChain xmlns="${MAIN}"><c r="G4" i="1"/><c r="G5"/><c r="B4" i="2"/></calcChain>`,
  };
}

export function richPackage(): Uint8Array {
  const parts = richPackageParts();
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files, { level: 6 });
}
