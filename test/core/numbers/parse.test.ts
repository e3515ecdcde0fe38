import Decimal from "decimal.js";
import fc from "fast-check";
import { parseNumber, toDecimal, ParsedNumber } from "../../../src/core/numbers/parse";
import { NumberLocale } from "../../../src/core/workbook/model";

const ID: NumberLocale = { decimalSeparator: ",", thousandsSeparator: "." };
const US: NumberLocale = { decimalSeparator: ".", thousandsSeparator: "," };

function num(input: unknown, locale?: NumberLocale): Extract<ParsedNumber, { kind: "number" }> {
  const parsed = parseNumber(input, { locale });
  if (parsed.kind !== "number") throw new Error(`expected a number for ${String(input)}, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe("parseNumber: amounts as typed in the seeds", () => {
  it.each([
    ["1.234.567,89", "1234567.89", 2, false],
    ["1,917,084,558.00", "1917084558", 2, false],
    ["Rp 2.659.997.281,-", "2659997281", 0, false],
    ["Rp. 3.242.441.617,00", "3242441617", 2, false],
    ["Rp. 4.483.688.658,-", "4483688658", 0, false],
    ["98,15 %", "98.15", 2, true],
    ["100 %.", "100", 0, true],
    ["77,26 %", "77.26", 2, true],
    ["(1.234.000)", "-1234000", 0, false],
    ["-1.234,5", "-1234.5", 1, false],
    ["B (80 %)", "80", 0, true],
    ["56 (CC Kategori)", "56", 0, false],
    ["48,37 (C kategori)", "48.37", 2, false],
    ["Sangat Berhasil (100 %)", "100", 0, true],
    ["98.00", "98", 2, false],
    ["  72,89  ", "72.89", 2, false],
    ["1\u00A0234\u00A0567,5", "1234567.5", 1, false],
    ["0,4907", "0.4907", 4, false],
    ["1,23457E+15", "1234570000000000", 0, false],
    ["Rp (1.500.000)", "-1500000", 0, false],
  ])("%s", (text, value, decimals, percent) => {
    const parsed = num(text);
    expect(parsed.value.toString()).toBe(new Decimal(value).toString());
    expect(parsed.decimals).toBe(decimals);
    expect(parsed.percent).toBe(percent);
    expect(parsed.ambiguous).toBeUndefined();
  });

  it("reads JS numbers with the decimals of their shortest text", () => {
    expect(num(94.11764705882354).decimals).toBe(14);
    expect(num(823551339).value.eq(823551339)).toBe(true);
    expect(num(0.1).value.toString()).toBe("0.1");
    expect(num(1e21).decimals).toBe(0);
  });

  it("keeps empty, dash, errors, text and broken apart", () => {
    expect(parseNumber(null)).toEqual({ kind: "empty" });
    expect(parseNumber(undefined)).toEqual({ kind: "empty" });
    expect(parseNumber("   ")).toEqual({ kind: "empty" });
    for (const dash of ["-", "–", "—", "Rp -"]) expect(parseNumber(dash)).toEqual({ kind: "dash" });
    expect(parseNumber({ error: "#DIV/0!" })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(parseNumber("#div/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(parseNumber("#N/A")).toEqual({ kind: "error", code: "#N/A" });
    for (const text of ["Kegiatan", "Baik", true, false, "2 Orang", "Tahun 2019"]) {
      expect(parseNumber(text).kind).toBe("text");
    }
    expect(parseNumber(Number.NaN).kind).toBe("broken");
  });

  it.each(["97,2 2", "1.3.69", "1.250.00,0", "1,234.567,8", "12..5", "5,", "1.234.5678", "1.234,5,6", "- (5)", "1 (2)"])(
    "rejects broken %s with an Indonesian reason",
    (text) => {
      const parsed = parseNumber(text);
      expect(parsed.kind).toBe("broken");
      if (parsed.kind === "broken") {
        expect(parsed.reason).toContain(text);
        expect(parsed.reason).toMatch(/angka|pemisah|tanda|ribuan|minus|jelas/i);
      }
    },
  );
});

describe("parseNumber: a range is text, not a broken number", () => {
  it.each(["80-85", "80 - 85", "80–85", "80 % – 85 %", "0,5-1,0"])("%s", (text) => {
    expect(parseNumber(text)).toEqual({ kind: "text", reason: `Rentang nilai, bukan satu angka: “${text}”` });
  });
  it("a minus sign, a trailing dash or a date stays what it was", () => {
    expect(parseNumber("-5").kind).toBe("number");
    expect(parseNumber("5-").kind).toBe("broken");
  });
});

describe("parseNumber: ambiguous separators", () => {
  it("reads one separator before three digits as grouping, flagging the decimal reading", () => {
    for (const [text, read, alt] of [
      ["1.234", "1234", "1.234"],
      ["(1.234)", "-1234", "-1.234"],
      ["1,234", "1234", "1.234"],
      ["-12.500", "-12500", "-12.5"],
    ]) {
      const parsed = num(text);
      expect(parsed.value.toString()).toBe(read);
      expect(parsed.ambiguous?.alternative.toString()).toBe(alt);
      expect(parsed.ambiguous?.reason).toMatch(/pemisah ribuan/);
    }
  });

  it("resolves the ambiguity with the locale, without a flag", () => {
    expect(num("1.234", ID).value.toString()).toBe("1234");
    expect(num("1.234", US).value.toString()).toBe("1.234");
    expect(num("1,234", US).value.toString()).toBe("1234");
    expect(num("1,234", ID).value.toString()).toBe("1.234");
    expect(num("1.234", US).ambiguous).toBeUndefined();
    expect(num("1.234", US).decimals).toBe(3);
  });

  it("reads a decimal comma or point where grouping is impossible", () => {
    for (const locale of [undefined, ID, US]) {
      expect(num("1,5", locale).value.toString()).toBe("1.5");
      expect(num("0,250", locale).value.toString()).toBe("0.25");
      expect(num("1234,567", locale).value.toString()).toBe("1234.567");
      expect(num("1,5", locale).ambiguous).toBeUndefined();
    }
  });
});

describe("toDecimal", () => {
  it("maps dash to zero and non-numbers to null", () => {
    expect(toDecimal("-")?.toString()).toBe("0");
    expect(toDecimal("1.234.567,89")?.toString()).toBe("1234567.89");
    expect(toDecimal("Baik")).toBeNull();
    expect(toDecimal("")).toBeNull();
    expect(toDecimal({ error: "#VALUE!" })).toBeNull();
    expect(toDecimal("97,2 2")).toBeNull();
  });
});

/** Independent formatter used to generate inputs: groups the integer part by hand. */
function typeAs(value: Decimal, decimals: number, style: "id" | "us"): string {
  const [int, frac] = value.abs().toFixed(decimals).split(".");
  const group = style === "id" ? "." : ",";
  const mark = style === "id" ? "," : ".";
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += group;
    grouped += int[i];
  }
  return frac ? grouped + mark + frac : grouped;
}

describe("parseNumber round-trips formatted decimals (property)", () => {
  const amounts = fc
    .tuple(fc.bigInt({ min: BigInt(0), max: BigInt("1000000000000000") }), fc.integer({ min: 0, max: 4 }))
    .map(([units, decimals]) => ({ value: new Decimal(units.toString()).div(new Decimal(10).pow(decimals)), decimals }));
  const decorations = fc.record({
    style: fc.constantFrom<"id" | "us">("id", "us"),
    rupiah: fc.constantFrom("", "Rp ", "Rp. ", "Rp"),
    negative: fc.constantFrom("none", "minus", "parens"),
    percent: fc.constantFrom("", "%", " %", " %."),
  });

  it("parses back exactly with the matching locale", () => {
    fc.assert(
      fc.property(amounts, decorations, ({ value, decimals }, d) => {
        let text = d.rupiah + typeAs(value, decimals, d.style);
        if (d.negative === "minus") text = "-" + text;
        if (d.negative === "parens") text = `(${text})`;
        text += d.percent;
        const parsed = num(text, d.style === "id" ? ID : US);
        const expected = d.negative === "none" || value.isZero() ? value : value.negated();
        expect(parsed.value.eq(expected)).toBe(true);
        expect(parsed.decimals).toBe(decimals);
        expect(parsed.percent).toBe(d.percent !== "");
      }),
      { numRuns: 500 },
    );
  });

  it("without a locale reads Indonesian text exactly unless it flags the other reading", () => {
    fc.assert(
      fc.property(amounts, ({ value, decimals }) => {
        const parsed = num(typeAs(value, decimals, "id"));
        const exact = parsed.value.eq(value);
        expect(exact || parsed.ambiguous?.alternative.eq(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("ratios as targets are written", () => {
  it.each(["1 : 20", "1:18", "1 : 1,5"])("%p is text (a ratio), not a broken number", (t) => {
    expect(parseNumber(t).kind).toBe("text");
  });
});

describe("provisional figures with a footnote mark", () => {
  it.each([
    ["43,18*)", "43.18"],
    ["34 *", "34"],
    ["12,5**", "12.5"],
    ["87¹", "87"],
  ])("%p is the number %s", (t, v) => {
    const p = parseNumber(t);
    expect(p.kind).toBe("number");
    if (p.kind === "number") expect(p.value.toString()).toBe(v);
  });
});
