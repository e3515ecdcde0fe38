/** Hierarchy markers read per sequence: capitals that are both letters and roman numerals. */
import { parseCode, sequenceCodes } from "../../../src/core/tables/codes";

const read = (texts: string[]) =>
  sequenceCodes(texts.map((t) => parseCode(t) ?? undefined)).map((c) => `${c?.text}:${c?.kind}:${c?.ordinal}`);

describe("sequenceCodes", () => {
  it("A, B, C, D under I, II, III are letters (C is not 100)", () => {
    expect(read(["I", "A", "B", "C", "D", "II", "A", "B", "C", "III", "A"])).toEqual([
      "I:roman:1",
      "A:letter:1",
      "B:letter:2",
      "C:letter:3",
      "D:letter:4",
      "II:roman:2",
      "A:letter:1",
      "B:letter:2",
      "C:letter:3",
      "III:roman:3",
      "A:letter:1",
    ]);
  });
  it("a V after IV is roman; an I after H is a letter", () => {
    expect(read(["IV", "A", "B", "V"])).toEqual(["IV:roman:4", "A:letter:1", "B:letter:2", "V:roman:5"]);
    expect(read(["I", "F", "G", "H", "I", "J"])).toEqual([
      "I:roman:1",
      "F:letter:6",
      "G:letter:7",
      "H:letter:8",
      "I:letter:9",
      "J:letter:10",
    ]);
  });
  it("a skipped letter stays a letter (A, B, D, E), a lone first I is roman", () => {
    expect(read(["I", "A", "B", "D", "E"]).slice(3)).toEqual(["D:letter:4", "E:letter:5"]);
    expect(read(["I", "II", "III", "IV", "V", "VI"]).map((x) => x.split(":")[1])).toEqual(Array(6).fill("roman"));
  });
  it("shared parse results are not changed", () => {
    const c = parseCode("C")!;
    sequenceCodes([parseCode("I") ?? undefined, parseCode("A") ?? undefined, parseCode("B") ?? undefined, c]);
    expect(c.kind).toBe("roman");
  });
});

describe("codes typed with spaces after the dots", () => {
  it("“7. 01. 01. 2. 01” is 7.01.01.2.01, the same code as typed without spaces", () => {
    expect(parseCode("7. 01. 01. 2. 01")?.key).toBe(parseCode("7.01.01.2.01")?.key);
    expect(parseCode("7 .01 .01")?.text).toBe("7.01.01");
  });
});

describe("codes pasted as text with their apostrophe", () => {
  it("“'5.02.01.1.01.0006” is the code 5.02.01.1.01.0006 (the apostrophe Excel hides is in the text)", () => {
    for (const quote of ["'", "\u2019", "\u2018"])
      expect(parseCode(`${quote}5.02.01.1.01.0006`)?.key).toBe(parseCode("5.02.01.1.01.0006")?.key);
  });
});
