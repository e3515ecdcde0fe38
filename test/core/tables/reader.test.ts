/**
 * FastColumn gives, for every cell, exactly what TableReader.get() gives (kind, exact scaled form,
 * shown decimals), whichever cell is read first: it fills the table's rows in one pass and counts the
 * column's General decimals in that pass.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/workbook/model";
import type { RecognizedTable, TableRow } from "../../../src/core/tables/types";
import { Grid } from "../../../src/core/tables/grid";
import { DASH, EMPTY, NUMBER, OTHER, TableReader } from "../../../src/core/tables/reader";
import { scaleOf, unitsOf } from "../../../src/core/tables/values";

const KIND = { number: NUMBER, dash: DASH, empty: EMPTY, error: OTHER, text: OTHER, broken: OTHER };

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    value: fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1e3),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(1e-7, 2 ** 60, Infinity, 0, -0),
    ),
    numFmt: fc.constantFrom(undefined, "General", "#,##0", "0.00", "0%", "0.00%", "#,##0;(#,##0);-", "%"),
  }),
  fc.record({ value: fc.constantFrom<Cell["value"]>("-", "", "1.234,56", "92 %", "n/a", null, { error: "#DIV/0!" }) }),
);

/** A one-column table (column 1) over rows 1..n of a sheet with a header row and a row below the table. */
function tableOver(cells: (Cell | undefined)[]): { reader: TableReader; rows: number } {
  const sheetRows: (Cell | undefined)[][] = [[undefined, { value: "REALISASI" }]];
  for (const c of cells) sheetRows.push([{ value: "x" }, c]);
  sheetRows.push([{ value: "catatan" }, { value: 7.25 }]);
  const rows: TableRow[] = cells.map((_, i) => ({
    index: i + 1,
    role: "baris",
    level: 1,
    label: "x",
    polarity: "positif",
    bold: false,
  }));
  const table = {
    id: "S!A1",
    sheet: "S",
    rows,
    columns: [],
    left: 0,
    right: 1,
    top: 0,
    bottom: cells.length,
  } as unknown as RecognizedTable;
  return { reader: new TableReader(new Grid({ name: "S", rows: sheetRows, merges: [] }), table), rows: sheetRows.length };
}

describe("FastColumn", () => {
  it("reads every cell as get() does, whichever cell is read first", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), fc.nat(), fc.boolean(), (cells, start, getFirst) => {
        const fast = tableOver(cells);
        const slow = tableOver(cells);
        const first = start % fast.rows;
        // The column's decimals may be counted by get() before the fast column is filled.
        if (getFirst) fast.reader.get(first, 1);
        const column = fast.reader.fast(1);
        const order = [first, ...Array.from({ length: fast.rows }, (_, r) => r).filter((r) => r !== first)];
        for (const r of order) {
          const kind = column.at(r);
          const v = slow.reader.get(r, 1);
          expect(kind).toBe(KIND[v.kind]);
          expect(column.scale[r]).toBe(scaleOf(v));
          if (scaleOf(v) >= 0) expect(column.units[r]).toBe(unitsOf(v));
          expect(column.decimals[r]).toBe(v.decimals ?? 0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
