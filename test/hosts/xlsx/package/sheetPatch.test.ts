/** Cell edits found by position where cells carry no reference (r attribute), as some writers save them. */
import { patchSheet } from "../../../../src/hosts/xlsx/package/sheetPatch";
import { StyleBook, MINIMAL_STYLES } from "../../../../src/hosts/xlsx/package/styles";

const sheet = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const styles = () => new StyleBook(MINIMAL_STYLES);

test("cells without a reference are counted from the last one that has it, row by row", () => {
  const xml = sheet(
    '<row r="1"><c><v>9</v></c></row>' +
      '<row r="3"><c><v>1</v></c><c><v>2</v></c><c r="E3"><v>3</v></c><c><v>4</v></c></row>' +
      '<row r="4"><c><v>5</v></c><c><v>6</v></c></row>',
  );
  const edits = [
    { row: 2, col: 1, content: { kind: "number" as const, value: 20 } }, // B3: the second cell
    { row: 2, col: 5, content: { kind: "number" as const, value: 40 } }, // F3: the one after E3
    { row: 3, col: 0, content: { kind: "number" as const, value: 50 } }, // A4: a new row restarts the count
  ];
  const { xml: out } = patchSheet(xml, edits, styles, () => undefined);
  expect(out).toBe(
    sheet(
      '<row r="1"><c><v>9</v></c></row>' +
        '<row r="3"><c><v>1</v></c><c r="B3"><v>20</v></c><c r="E3"><v>3</v></c><c r="F3"><v>40</v></c></row>' +
        '<row r="4"><c r="A4"><v>50</v></c><c><v>6</v></c></row>',
    ),
  );
});

test("a shared formula's cells in an unedited row are found at their columns when its master is replaced", () => {
  const xml = sheet(
    '<row r="1"><c r="A1"><v>1</v></c></row>' +
      '<row r="2"><c r="B2"><f t="shared" ref="B2:B4" si="0">A1*2</f><v>2</v></c></row>' +
      '<row r="3"><c><v>7</v></c><c><f t="shared" si="0"/><v>0</v></c></row>' +
      '<row r="4"><c r="A4"><v>8</v></c><c><f t="shared" si="0"/><v>0</v></c></row>',
  );
  const asked: string[] = [];
  const { xml: out } = patchSheet(xml, [{ row: 1, col: 1, content: { kind: "number", value: 3 } }], styles, (row, col) => {
    asked.push(`${row}:${col}`);
    return `A${row}*2`;
  });
  expect(asked).toEqual(["2:1", "3:1"]);
  expect(out).toContain('<row r="3"><c><v>7</v></c><c><f>A2*2</f><v>0</v></c></row>');
  expect(out).toContain('<row r="4"><c r="A4"><v>8</v></c><c><f>A3*2</f><v>0</v></c></row>');
});
