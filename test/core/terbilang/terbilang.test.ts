import Decimal from "decimal.js";
import fc from "fast-check";
import { terbilang } from "../../../src/core/terbilang";

describe("terbilang examples", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [23, "dua puluh tiga"],
    [100, "seratus"],
    [111, "seratus sebelas"],
    [999, "sembilan ratus sembilan puluh sembilan"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1500, "seribu lima ratus"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [1000000, "satu juta"],
    [1001000, "satu juta seribu"],
    [2001000, "dua juta seribu"],
    [1000000000, "satu miliar"],
    [1000000000000, "satu triliun"],
  ])("%d -> %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("writes the seeds' amounts", () => {
    expect(terbilang("2.659.997.281", { unit: "rupiah" })).toBe(
      "dua miliar enam ratus lima puluh sembilan juta sembilan ratus sembilan puluh tujuh ribu dua ratus delapan puluh satu rupiah",
    );
    expect(terbilang("Rp. 839.077.360,00")).toBe(
      "delapan ratus tiga puluh sembilan juta tujuh puluh tujuh ribu tiga ratus enam puluh",
    );
    expect(terbilang(new Decimal(26))).toBe("dua puluh enam");
    expect(terbilang("Rp 2.659.997.281,-", { unit: "rupiah" })).toMatch(/^dua miliar .* rupiah$/);
  });

  it("goes beyond triliun exactly", () => {
    expect(terbilang(new Decimal("1000000000000000"))).toBe("satu kuadriliun");
    expect(terbilang("1000000000000000000000000000000000")).toBe("satu desiliun");
    expect(terbilang(new Decimal("123456789012345678901"))).toBe(
      "seratus dua puluh tiga kuintiliun empat ratus lima puluh enam kuadriliun tujuh ratus delapan puluh sembilan triliun dua belas miliar tiga ratus empat puluh lima juta enam ratus tujuh puluh delapan ribu sembilan ratus satu",
    );
    expect(() => terbilang(new Decimal(10).pow(36))).toThrow(RangeError);
  });

  it("reads decimals digit by digit and negatives with minus", () => {
    expect(terbilang("1,05")).toBe("satu koma nol lima");
    expect(terbilang(0.5)).toBe("nol koma lima");
    expect(terbilang("98,15")).toBe("sembilan puluh delapan koma satu lima");
    expect(terbilang(-1234)).toBe("minus seribu dua ratus tiga puluh empat");
    expect(terbilang("-0,25", { unit: "persen" })).toBe("minus nol koma dua lima persen");
    expect(terbilang("-")).toBe("nol");
  });

  it("refuses text that is not a number, in Indonesian", () => {
    expect(() => terbilang("Baik")).toThrow(/bukan angka/i);
    expect(() => terbilang("97,2 2")).toThrow(RangeError);
  });
});

/** An independent reader of Indonesian number words, used to check terbilang structurally. */
function readWords(text: string): Decimal {
  const units: Record<string, number> = {
    nol: 0,
    satu: 1,
    dua: 2,
    tiga: 3,
    empat: 4,
    lima: 5,
    enam: 6,
    tujuh: 7,
    delapan: 8,
    sembilan: 9,
  };
  const scales = ["ribu", "juta", "miliar", "triliun", "kuadriliun"];
  let tokens = text.split(" ");
  let sign = 1;
  if (tokens[0] === "minus") {
    sign = -1;
    tokens = tokens.slice(1);
  }
  const comma = tokens.indexOf("koma");
  const intTokens = comma < 0 ? tokens : tokens.slice(0, comma);
  const fracDigits =
    comma < 0
      ? ""
      : tokens
          .slice(comma + 1)
          .map((t) => String(units[t]))
          .join("");
  let total = new Decimal(0);
  let group = 0; // value below one thousand being built
  let small = 0; // last unit word
  for (const t of intTokens) {
    if (t in units) small = units[t];
    else if (t === "sepuluh") small = 10;
    else if (t === "sebelas") small = 11;
    else if (t === "belas") small += 10;
    else if (t === "puluh") ((group += small * 10), (small = 0));
    else if (t === "seratus") group += 100;
    else if (t === "ratus") ((group += small * 100), (small = 0));
    else if (t === "seribu") ((total = total.plus(1000)), (group = 0));
    else if (scales.includes(t)) {
      total = total.plus(new Decimal(group + small).times(new Decimal(1000).pow(scales.indexOf(t) + 1)));
      group = 0;
      small = 0;
    } else throw new Error(`unknown word ${t}`);
    if (t === "belas" || t === "sepuluh" || t === "sebelas") ((group += small), (small = 0));
  }
  total = total.plus(group + small);
  const value = fracDigits ? new Decimal(`${total.toFixed()}.${fracDigits}`) : total;
  return value.times(sign);
}

describe("terbilang round-trips through an independent reader (property)", () => {
  it("integers up to 10^15", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(0), max: BigInt("1000000000000000") }), (n) => {
        const value = new Decimal(n.toString());
        expect(readWords(terbilang(value)).eq(value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("signed decimals", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -BigInt("1000000000000000"), max: BigInt("1000000000000000") }),
        fc.integer({ min: 0, max: 6 }),
        (n, places) => {
          const value = new Decimal(n.toString()).div(new Decimal(10).pow(places));
          const words = terbilang(value);
          expect(readWords(words).eq(value)).toBe(true);
          expect(words).not.toMatch(/\s{2}|^\s|\s$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
