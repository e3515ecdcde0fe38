import Decimal from "decimal.js";
import fc from "fast-check";
import {
  capaian,
  serapan,
  sisa,
  tingkatKemajuan,
  rataRata,
  rataRataTertimbang,
  rataRataKelompok,
  nilaiTengahKategori,
  efisiensi,
  Calc,
} from "../../../src/core/arithmetic";
import { getPreset } from "../../../src/core/scales";

const d = (v: string | number) => new Decimal(v);
function value(calc: Calc): Decimal {
  if (!calc.ok) throw new Error(calc.message);
  return calc.value;
}

describe("capaian", () => {
  it("positive: realisasi / target × 100 (seed 001: 80 of 85)", () => {
    expect(value(capaian(d(85), d(80))).toNumber()).toBe(94.11764705882354);
    expect(
      value(capaian(d(90), d(85)))
        .toDecimalPlaces(2)
        .toString(),
    ).toBe("94.44");
    // seed 002: IKM 72,89 of 70,15 is 103,9 %, not the 92 % printed.
    expect(
      value(capaian(d("70.15"), d("72.89")))
        .toDecimalPlaces(2)
        .toString(),
    ).toBe("103.91");
  });

  it("negative 'selisih': (2T − R) / T × 100, floored at 0", () => {
    expect(value(capaian(d(10), d(12), { polaritas: "negatif" })).toString()).toBe("80");
    expect(value(capaian(d(10), d(8), { polaritas: "negatif", metode: "selisih" })).toString()).toBe("120");
    expect(value(capaian(d(10), d(25), { polaritas: "negatif" })).toString()).toBe("0");
  });

  it("negative 'rasio': T / R × 100, undefined at R = 0", () => {
    expect(
      value(capaian(d(10), d(12), { polaritas: "negatif", metode: "rasio" }))
        .toDecimalPlaces(4)
        .toString(),
    ).toBe("83.3333");
    const zero = capaian(d(10), d(0), { polaritas: "negatif", metode: "rasio" });
    expect(zero).toMatchObject({ ok: false, error: "div0" });
  });

  it("caps at batasAtas when given", () => {
    expect(value(capaian(d(50), d(80), { batasAtas: d(120) })).toString()).toBe("120");
    expect(value(capaian(d(50), d(55), { batasAtas: d(120) })).toString()).toBe("110");
  });

  it("target zero with realisasi above it is, for a positive indicator, a typed div0 result with an Indonesian message", () => {
    const r = capaian(d(0), d(5));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe("div0");
      expect(r.message).toMatch(/Target nol/);
    }
  });

  it("target zero follows the documented rule: realisasi 0 is 100; a negative indicator above 0 is 0", () => {
    expect(value(capaian(d(0), d(0))).toString()).toBe("100");
    expect(value(capaian(d(0), d(0), { polaritas: "negatif" })).toString()).toBe("100");
    expect(value(capaian(d(0), d(0), { polaritas: "negatif", metode: "rasio" })).toString()).toBe("100");
    expect(value(capaian(d(0), d(5), { polaritas: "negatif" })).toString()).toBe("0");
    expect(value(capaian(d(0), d(5), { polaritas: "negatif", metode: "rasio" })).toString()).toBe("0");
    expect(value(capaian(d(0), d(0), { batasAtas: d(90) })).toString()).toBe("90");
  });

  it("is exact: capaian × target / 100 gives realisasi back (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (t, r) => {
        const c = value(capaian(d(t), d(r)));
        expect(c.times(t).div(100).toDecimalPlaces(6).eq(r)).toBe(true);
        const neg = value(capaian(d(t), d(r), { polaritas: "negatif" }));
        expect(neg.gte(0)).toBe(true);
        expect(neg.plus(c).toDecimalPlaces(12).eq(200) || r > 2 * t).toBe(true);
      }),
    );
  });
});

describe("serapan, sisa, tingkat kemajuan", () => {
  it("seed 001: Belanja Langsung 823.551.339 of 839.077.360", () => {
    expect(
      value(serapan(d(839077360), d(823551339)))
        .toDecimalPlaces(2)
        .toString(),
    ).toBe("98.15");
  });

  it("seed 001: silpa 232.803.416 = 3.242.441.617 − 3.009.638.201", () => {
    expect(sisa(d(3242441617), d(3009638201)).toString()).toBe("232803416");
    expect(
      value(serapan(d(3242441617), d(3009638201)))
        .toDecimalPlaces(2)
        .toString(),
    ).toBe("92.82");
  });

  it("seed 002: the printed sisa 1.015.882.430 is not 4.483.688.658 − 3.464.156.228", () => {
    expect(sisa(d(4483688658), d(3464156228)).eq(1015882430)).toBe(false);
    expect(sisa(d("4483688658.50"), d("0.25")).toString()).toBe("4483688658.25");
  });

  it("pagu zero gives div0", () => {
    expect(serapan(d(0), d(0))).toMatchObject({ ok: false, error: "div0" });
  });

  it("tingkat kemajuan against the Renstra end target", () => {
    expect(value(tingkatKemajuan(d(60), d(80))).toString()).toBe("75");
    expect(tingkatKemajuan(d(60), d(0)).ok).toBe(false);
  });
});

describe("averages", () => {
  it("plain mean: seed 001 sub-indicators 293,75/300 = 97,92, sasaran 99,48", () => {
    const indicator = value(rataRata([d(100), d(100), d("93.75")]));
    expect(indicator.toDecimalPlaces(2).toString()).toBe("97.92");
    expect(
      value(rataRata([d(100), indicator, d(100), d(100)]))
        .toDecimalPlaces(2)
        .toString(),
    ).toBe("99.48");
    expect(rataRata([]).ok).toBe(false);
  });

  it("weighted by bobot", () => {
    expect(value(rataRataTertimbang([d(100), d(80)], [d(3), d(1)])).toString()).toBe("95");
    expect(rataRataTertimbang([d(100)], [d(1), d(2)])).toMatchObject({ ok: false, error: "invalid" });
    expect(rataRataTertimbang([d(100), d(80)], [d(0), d(0)])).toMatchObject({ ok: false, error: "div0" });
  });

  it("kelompok: berhasil4 categories give mid values 92,5 / 77,5 / 62,5 / 27,5", () => {
    const scale = getPreset("berhasil4")!;
    expect(scale.bands.map((b) => nilaiTengahKategori(b).toString())).toEqual(["92.5", "77.5", "62.5", "27.5"]);
    // 2 × SB, 1 × B, 1 × TB -> (92,5·2 + 77,5 + 27,5) / 4
    expect(value(rataRataKelompok([d(120), d(85), d("84.99"), d(10)])).toString()).toBe("72.5");
    expect(value(rataRataKelompok([d(60)], getPreset("baik4-86")!)).toString()).toBe("60");
    const outside = rataRataKelompok([d(101)], getPreset("sakip")!);
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.message).toMatch(/di luar skala/);
  });
});

describe("efisiensi", () => {
  it.each([
    ["100", "90", "efisien"],
    ["95.01", "90", "efisien"],
    ["95", "90", "cukup efisien"],
    ["85", "90", "cukup efisien"],
    ["84.99", "90", "tidak efisien"],
  ])("capaian %s, serapan %s -> %s", (c, s, label) => {
    const result = efisiensi(d(c), d(s));
    expect(result.label).toBe(label);
    expect(result.selisih.eq(d(c).minus(s))).toBe(true);
  });
});
