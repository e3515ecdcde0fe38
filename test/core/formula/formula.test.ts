/** The formula builder: canonical text, quoting, and the same formula in the user's notation. */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  bin,
  call,
  capaianFormula,
  CANONICAL,
  cmp,
  formulaText,
  INDONESIAN,
  localizeFormula,
  notationFor,
  notationOfLocale,
  num,
  quoteSheet,
  rangeRef,
  ratioOrDash,
  ref,
  references,
  shownFormula,
  text,
} from "../../../src/core/formula";
import type { Expr } from "../../../src/core/formula";
import Decimal from "decimal.js";

describe("canonical text", () => {
  it("prints operators with the brackets precedence needs, numbers with a point, text quoted", () => {
    const e = bin("-", ref(0, 0), bin("-", ref(0, 1), num(1.5)));
    expect(formulaText(e)).toBe("A1-(B1-1.5)");
    expect(formulaText(bin("*", bin("+", ref(1, 2), num(-2)), num(3)))).toBe("(C2+(-2))*3");
    expect(formulaText(call("IF", cmp("=", ref(4, 3), num(0)), text('"-"'), ref(4, 2)))).toBe('IF(D5=0,"""-""",C5)');
    expect(formulaText(call("SUM", rangeRef(9, 2, 11)))).toBe("SUM(C10:C12)");
    expect(formulaText(ref(2, 0, "Realisasi Anggaran"))).toBe("'Realisasi Anggaran'!A3");
  });

  it("quotes sheet names that are not plain identifiers", () => {
    expect(quoteSheet("PK")).toBe("PK");
    expect(quoteSheet("TW1")).toBe("'TW1'");
    expect(quoteSheet("Ka'bah")).toBe("'Ka''bah'");
  });

  it("writes the negative capaian and serapan formulas once, for any cell leaves", () => {
    const t = ref(3, 4);
    const r = ref(3, 5);
    expect(formulaText(capaianFormula(t, r, { polarity: "positif", negativeMethod: "selisih" }))).toBe("F4/E4*100");
    expect(formulaText(capaianFormula(t, r, { polarity: "negatif", negativeMethod: "selisih" }))).toBe("MAX(0,(2*E4-F4)/E4*100)");
    expect(formulaText(capaianFormula(t, r, { polarity: "negatif", negativeMethod: "rasio" }))).toBe("E4/F4*100");
    const capped = { polarity: "positif", negativeMethod: "selisih", cap: new Decimal(120) } as const;
    expect(formulaText(capaianFormula(t, r, capped))).toBe("MIN(120,F4/E4*100)");
    expect(formulaText(capaianFormula(t, r, capped, true))).toBe("MIN(1.2,F4/E4)");
    expect(formulaText(ratioOrDash(ref(0, 6), ref(0, 4)))).toBe('IF(E1=0,"-",G1/E1*100)');
  });

  it("lists the cells a formula reads with the function they are an argument of", () => {
    const e = call("IF", cmp("=", ref(0, 1), num(0)), text("-"), call("SUM", rangeRef(1, 1, 3)));
    expect(references(e).map((x) => [formulaText(x.ref), x.inside])).toEqual([
      ["B1", undefined],
      ["B2:B4", "SUM"],
    ]);
  });
});

describe("the user's notation", () => {
  it("Indonesian: ; between arguments, decimal comma; quoted text and sheet names untouched", () => {
    expect(localizeFormula("MIN(1.2,F4/E4)", INDONESIAN)).toBe("MIN(1,2;F4/E4)");
    expect(localizeFormula(`IF(E53=0,"-, 1.5",'Tw 1.2, a''b'!G53/E53*100)`, INDONESIAN)).toBe(
      `IF(E53=0;"-, 1.5";'Tw 1.2, a''b'!G53/E53*100)`,
    );
    expect(localizeFormula("SUM(C10:C12,B2)", CANONICAL)).toBe("SUM(C10:C12,B2)");
    expect(shownFormula("SUM(A1,0.5)", INDONESIAN)).toBe("=SUM(A1;0,5)");
    expect(shownFormula("=SUM(A1,0.5)", CANONICAL)).toBe("=SUM(A1,0.5)");
  });

  it("follows the decimal mark (Excel's rule) and the --locale code", () => {
    expect(notationFor(",")).toBe(INDONESIAN);
    expect(notationFor(undefined)).toBe(INDONESIAN);
    expect(notationFor(".")).toBe(CANONICAL);
    expect(notationOfLocale("en")).toBe(CANONICAL);
    expect(notationOfLocale("en-US")).toBe(CANONICAL);
    expect(notationOfLocale("id")).toBe(INDONESIAN);
    expect(notationOfLocale(undefined)).toBe(INDONESIAN);
  });

  it("any formula computes the same in an Indonesian-settings engine as the canonical one in a US-settings engine", () => {
    const cells = [[12.5, 4, 0, 1000.25]];
    const us = HyperFormula.buildFromSheets({ S: cells }, { licenseKey: "gpl-v3", functionArgSeparator: "," });
    const id = HyperFormula.buildFromSheets(
      { S: cells },
      { licenseKey: "gpl-v3", decimalSeparator: ",", thousandSeparator: ".", functionArgSeparator: ";", arrayRowSeparator: ";" },
    );
    const leaf: fc.Arbitrary<Expr> = fc.oneof(
      fc.integer({ min: 0, max: 3 }).map((c) => ref(0, c)),
      fc.double({ min: -50, max: 50, noNaN: true }).map((v) => num(new Decimal(v).toDecimalPlaces(3))),
      // Text that reads as no number in either setting (a text number would be converted by the locale).
      fc.constantFrom(text("a,b"), text("x.y;z")),
    );
    const tree = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom("+", "-", "*", "/" as const), tie("e"), tie("e")).map(([op, a, b]) => bin(op, a, b)),
        fc
          .tuple(fc.constantFrom("MAX", "MIN", "SUM" as const), fc.array(tie("e"), { minLength: 1, maxLength: 3 }))
          .map(([name, args]) => call(name, ...args)),
        fc.tuple(tie("e"), tie("e"), tie("e")).map(([c, a, b]) => call("IF", cmp(">", c, num(0)), a, b)),
      ),
    })).e;
    const at = { sheet: 0, row: 1, col: 0 };
    fc.assert(
      fc.property(tree, (e) => {
        const canonical = formulaText(e);
        us.setCellContents(at, `=${canonical}`);
        id.setCellContents(at, `=${localizeFormula(canonical, INDONESIAN)}`);
        expect(id.getCellValue(at)).toEqual(us.getCellValue(at));
      }),
      { numRuns: 300 },
    );
  });
});
