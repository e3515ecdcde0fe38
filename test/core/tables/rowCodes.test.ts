/**
 * The codes recognition parsed are kept with the table and are exactly what reading the rows' code
 * texts again gives (single capitals per sequence, rekening flags), so the code rules can reuse them.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { rowCodes } from "../../../src/core/tables/rowCodes";
import type { RecognizedTable } from "../../../src/core/tables/types";
import { buildXlsx, sipdLra, SheetSpec } from "../../support/workbooks";

async function tablesOf(sheets: SheetSpec[]): Promise<RecognizedTable[]> {
  return recognizeTables(await readXlsx(await buildXlsx(sheets)));
}

/** The same table with a copy of its rows: nothing recorded for it, its codes are read from the texts. */
const reread = (t: RecognizedTable) => rowCodes({ ...t, rows: [...t.rows] });

describe("rowCodes", () => {
  it("a SIPD LRA: the recorded codes are the codes read again, rekening and account heads included", async () => {
    const [table] = await tablesOf([sipdLra({ rows: 200, seed: 4 })]);
    const codes = rowCodes(table);
    expect(codes).toHaveLength(table.rows.length);
    expect(codes.filter((c) => c?.rekening).length).toBeGreaterThan(100);
    expect(codes.at(-1)).toBeUndefined(); // the JUMLAH row
    expect(reread(table)).toEqual(codes);
  });

  it("roman programs with letter kegiatan (C and D are letters) and a total row", async () => {
    const sheet: SheetSpec = {
      name: "Anggaran",
      rows: [
        ["NO", "URAIAN", "ANGGARAN", "REALISASI"],
        ["I", "PROGRAM PENUNJANG", 400, 390],
        ["A", "Kegiatan A", 100, 100],
        ["B", "Kegiatan B", 100, 100],
        ["C", "Kegiatan C", 100, 95],
        ["D", "Kegiatan D", 100, 95],
        ["II", "PROGRAM PELAYANAN", 100, 90],
        ["A", "Kegiatan A", 100, 90],
        [null, "JUMLAH", 500, 480],
      ],
    };
    const [table] = await tablesOf([sheet]);
    const codes = rowCodes(table);
    expect(codes.map((c) => c && `${c.text}:${c.kind}`)).toEqual([
      "I:roman",
      "A:letter",
      "B:letter",
      "C:letter",
      "D:letter",
      "II:roman",
      "A:letter",
      undefined,
    ]);
    expect(reread(table)).toEqual(codes);
  });
});
