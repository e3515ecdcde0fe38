/** formatId groups thousands in linear time; a value no cell can hold is "angka rusak", not formatted. */
import Decimal from "decimal.js";
import { BROKEN_NUMBER_TEXT, formatId, formatNumber, formatRupiah, US_NUMBERS } from "../../../src/core/numbers/format";
import { parseNumber } from "../../../src/core/numbers/parse";

describe("formatNumber in US notation", () => {
  test.each([
    ["999", 0, "999"],
    ["1234567.891", 2, "1,234,567.89"],
    ["-1234.5", 1, "-1,234.5"],
    ["-0.001", 2, "0.00"],
    ["94.117647", 2, "94.12"],
  ])("%s with %i decimals -> %s", (value, decimals, text) => {
    expect(formatNumber(new Decimal(value), decimals, US_NUMBERS)).toBe(text);
  });

  test("a space groups where the locale says so; Indonesian is the default", () => {
    expect(formatNumber(new Decimal("1234567.5"), 1, { decimalSeparator: ",", thousandsSeparator: " " })).toBe("1 234 567,5");
    expect(formatNumber(new Decimal("1234567.5"), 1)).toBe(formatId(new Decimal("1234567.5"), 1));
  });
});

describe("formatId", () => {
  test.each([
    ["0", 0, "0"],
    ["999", 0, "999"],
    ["1000", 0, "1.000"],
    ["1234567.891", 2, "1.234.567,89"],
    ["-1234.5", 1, "-1.234,5"],
    ["-0.001", 2, "0,00"],
    ["123456789012", 0, "123.456.789.012"],
  ])("%s with %i decimals -> %s", (value, decimals, text) => {
    expect(formatId(new Decimal(value), decimals)).toBe(text);
  });

  test("rupiah", () => {
    expect(formatRupiah(new Decimal(2659997281))).toBe("Rp 2.659.997.281");
    expect(formatRupiah(new Decimal(-1000))).toBe("-Rp 1.000");
  });

  test("300 integer digits are grouped; a value beyond 10^308 is angka rusak", () => {
    const digits = "9".repeat(300);
    const text = formatId(new Decimal(digits), 0);
    expect(text.replace(/\./g, "")).toBe(digits);
    expect(text.split(".").every((g) => g.length === 3)).toBe(true);
    expect(formatId(new Decimal(`1e${400}`), 0)).toBe(BROKEN_NUMBER_TEXT);
    expect(formatId(new Decimal(Infinity), 0)).toBe(BROKEN_NUMBER_TEXT);
    expect(formatRupiah(new Decimal(NaN))).toBe(BROKEN_NUMBER_TEXT);
  });

  test("a 100.000-digit value (66 s with the old grouping regex) is angka rusak at once; long decimals stay linear", () => {
    const start = Date.now();
    expect(formatId(new Decimal("9".repeat(100000)), 0)).toBe(BROKEN_NUMBER_TEXT);
    expect(formatId(new Decimal(`0.${"1".repeat(100000)}`), 100000)).toHaveLength(100002);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe("numbers typed longer than any real number", () => {
  test("100.000 and 10 million digits are angka rusak, read at once", () => {
    for (const n of [100000, 10000000]) {
      const start = Date.now();
      const parsed = parseNumber("1".repeat(n));
      expect(parsed).toMatchObject({ kind: "broken", reason: `Angka terlalu panjang (${n} digit)` });
      expect(Date.now() - start).toBeLessThan(2000);
    }
  });

  test("grouped Indonesian text of 340 digits still reads; beyond Excel's range is angka rusak", () => {
    expect(parseNumber("1.234.567,89")).toMatchObject({ kind: "number" });
    expect(parseNumber("9".repeat(300))).toMatchObject({ kind: "number" });
    expect(parseNumber("1e400")).toMatchObject({ kind: "broken" });
  });
});
