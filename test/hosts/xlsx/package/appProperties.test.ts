/** docProps/app.xml's sheet titles follow the sheets the add-in adds and removes, and nothing else. */
import { patchAppProperties } from "../../../../src/hosts/xlsx/package/appProperties";

const NS =
  'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';

/** app.xml as Excel writes it, with heading words in the user's language. */
function appXml(headings: [string, string[]][], extra = "<Company>Dinas</Company>"): string {
  const pairs = headings.map(
    ([h, t]) => `<vt:variant><vt:lpstr>${h}</vt:lpstr></vt:variant><vt:variant><vt:i4>${t.length}</vt:i4></vt:variant>`,
  );
  const titles = headings.flatMap(([, t]) => t).map((t) => `<vt:lpstr>${t}</vt:lpstr>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties ${NS}><Application>Microsoft Excel</Application>` +
    `<HeadingPairs><vt:vector size="${pairs.length * 2}" baseType="variant">${pairs.join("")}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.join("")}</vt:vector></TitlesOfParts>${extra}</Properties>`
  );
}

test("an added sheet joins the worksheet titles (Indonesian headings too); named ranges and the rest stay", () => {
  const before = appXml([
    ["Lembar Kerja", ["Formulir PK", "Realisasi"]],
    ["Rentang Bernama", ["'Formulir PK'!Print_Area"]],
  ]);
  const after = patchAppProperties(
    before,
    ["Formulir PK", "Realisasi"],
    ["Formulir PK", "Realisasi", "Tabel Naratif"],
    new Set(["Tabel Naratif"]),
  );
  expect(after).toBe(
    appXml([
      ["Lembar Kerja", ["Formulir PK", "Realisasi", "Tabel Naratif"]],
      ["Rentang Bernama", ["'Formulir PK'!Print_Area"]],
    ]),
  );
});

test("a removed sheet leaves the titles; a name with & and < is escaped", () => {
  const before = appXml([["Worksheets", ["PK", "Tabel Naratif", "Sarana &amp; Prasarana"]]]);
  const removed = patchAppProperties(
    before,
    ["PK", "Tabel Naratif", "Sarana & Prasarana"],
    ["PK", "Sarana & Prasarana"],
    new Set(),
  );
  expect(removed).toBe(appXml([["Worksheets", ["PK", "Sarana &amp; Prasarana"]]]));
  const added = patchAppProperties(removed!, ["PK", "Sarana & Prasarana"], ["PK", "Sarana & Prasarana", "A<B"], new Set(["A<B"]));
  expect(added).toBe(appXml([["Worksheets", ["PK", "Sarana &amp; Prasarana", "A&lt;B"]]]));
});

test("chart sheets keep their own group; only the worksheet group changes", () => {
  const before = appXml([
    ["Worksheets", ["PK"]],
    ["Charts", ["Grafik Capaian"]],
  ]);
  const after = patchAppProperties(before, ["PK"], ["PK", "_lkjip_jurnal"], new Set(["_lkjip_jurnal"]));
  expect(after).toBe(
    appXml([
      ["Worksheets", ["PK", "_lkjip_jurnal"]],
      ["Charts", ["Grafik Capaian"]],
    ]),
  );
});

test("the part is left as it is when nothing changes or its titles cannot be matched to the workbook", () => {
  const xml = appXml([["Worksheets", ["PK", "Realisasi"]]]);
  expect(patchAppProperties(xml, ["PK", "Realisasi"], ["PK", "Realisasi"], new Set())).toBeNull();
  // LibreOffice writes no titles at all.
  const libre = `<?xml version="1.0" encoding="UTF-8"?>\n<Properties ${NS}><Application>LibreOffice/7.4</Application><TotalTime>0</TotalTime></Properties>`;
  expect(patchAppProperties(libre, ["PK"], ["PK", "Tabel Naratif"], new Set(["Tabel Naratif"]))).toBeNull();
  // Titles of another workbook (renamed since, never saved by Excel) are not guessed at.
  const stale = appXml([["Worksheets", ["Sheet1", "Sheet2"]]]);
  expect(patchAppProperties(stale, ["PK", "Realisasi"], ["PK", "Realisasi", "Baru"], new Set(["Baru"]))).toBeNull();
  // Counts that do not add up to the titles: left alone.
  const broken = xml.replace("<vt:i4>2</vt:i4>", "<vt:i4>5</vt:i4>");
  expect(patchAppProperties(broken, ["PK", "Realisasi"], ["PK", "Realisasi", "Baru"], new Set(["Baru"]))).toBeNull();
});
