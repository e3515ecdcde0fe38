/**
 * The corpus is internally consistent: every formula's cached result (what Excel shows and what the
 * checker reads) is what the formula computes, recalculated independently with HyperFormula. A wrong
 * value planted through a formula is a formula that computes it (a wrong row, a wrong range), never
 * a cached result that disagrees with its own formula.
 */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { CORPUS } from "./cases";

type Raw = number | string | boolean | null;

interface FormulaCell {
  sheet: string;
  address: string;
  row: number;
  col: number;
  cached: unknown;
}

async function sheetsOf(xlsx: Buffer): Promise<{ sheets: Record<string, Raw[][]>; formulas: FormulaCell[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const sheets: Record<string, Raw[][]> = {};
  const formulas: FormulaCell[] = [];
  wb.eachSheet((ws) => {
    const grid: Raw[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: Raw[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        let v: Raw = null;
        if (cell.type === ExcelJS.ValueType.Merge) v = null;
        else if (cell.type === ExcelJS.ValueType.Formula) {
          const f = cell.value as ExcelJS.CellFormulaValue;
          v = `=${f.formula}`;
          formulas.push({ sheet: ws.name, address: cell.address, row: r - 1, col: c - 1, cached: f.result });
        } else if (typeof cell.value === "number" || typeof cell.value === "string" || typeof cell.value === "boolean")
          v = cell.value;
        out[c - 1] = v;
      });
      grid[r - 1] = Array.from(out, (x) => x ?? null);
    });
    sheets[ws.name] = Array.from(grid, (x) => x ?? []);
  });
  return { sheets, formulas };
}

/** The cases whose layout has live formulas (their descriptions say so). */
const withFormulas = CORPUS.filter((c) => /formula/i.test(c.layout));

describe.each(withFormulas.map((c) => [c.id, c] as const))("corpus %s", (_id, c) => {
  it("every cached formula result equals the formula recalculated", async () => {
    const { sheets, formulas } = await sheetsOf((await c.build()).xlsx);
    if (formulas.length === 0) return;
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    const wrong = formulas.filter((f) => {
      const v = hf.getCellValue({ sheet: hf.getSheetId(f.sheet) as number, row: f.row, col: f.col });
      return typeof v !== "number" || typeof f.cached !== "number" || Math.abs(v - f.cached) > 1e-9 * Math.max(1, Math.abs(v));
    });
    hf.destroy();
    expect(wrong.map((f) => `${f.sheet}!${f.address} cached ${String(f.cached)}`)).toEqual([]);
  });
});
