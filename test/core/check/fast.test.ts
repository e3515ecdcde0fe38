/** Exact fast paths: whenever they decide "agrees", the Decimal comparison agrees too; fast forms equal the Decimal values. */
import fc from "fast-check";
import Decimal from "decimal.js";
import { typedValue, scaleOf, unitsOf } from "../../../src/core/tables/values";
import { agrees } from "../../../src/core/check/compare";
import { agreesFast, compareFast, ratioAgreesFast } from "../../../src/core/check/fast";
import { percentOf } from "../../../src/core/arithmetic/result";

const number = fc.oneof(
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1e4),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const fmt = fc.constantFrom(undefined, "0.00", "#,##0", "0%", "0.00%", "0.0");
const typed = (v: number, numFmt?: string) => typedValue({ value: v, numFmt }, 3, 2, 0);

describe("fast exact forms", () => {
  it("carry exactly the Decimal value", () => {
    fc.assert(
      fc.property(number, fmt, (v, f) => {
        const t = typed(v, f);
        if (scaleOf(t) < 0) return;
        expect(new Decimal(unitsOf(t)).div(new Decimal(10).pow(scaleOf(t))).eq(t.value!)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("agree only where the Decimal comparison agrees", () => {
    fc.assert(
      fc.property(number, fmt, number, number, (a, f, b, c) => {
        const t = typed(a, f);
        const x = typed(b);
        const y = typed(c);
        const sum = x.value!.plus(y.value!);
        if (scaleOf(x) >= 0 && scaleOf(y) >= 0) {
          const s = Math.max(scaleOf(x), scaleOf(y));
          const units = unitsOf(x) * 10 ** (s - scaleOf(x)) + unitsOf(y) * 10 ** (s - scaleOf(y));
          if (Number.isSafeInteger(units) && agreesFast(t, units, s)) expect(agrees(t, sum)).toBe(true);
          const cmp = compareFast(x, y);
          if (!Number.isNaN(cmp)) expect(cmp).toBe(x.value!.comparedTo(y.value!));
        }
        const r = percentOf(x.value!, y.value!, "");
        if (ratioAgreesFast(t, x, y)) expect(r.ok && agrees(t, r.value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("decide the usual agreeing cases", () => {
    expect(ratioAgreesFast(typed(97.38, "0.00"), typed(973812), typed(1000000))).toBe(true);
    expect(ratioAgreesFast(typed(97.39, "0.00"), typed(973812), typed(1000000))).toBe(false);
    expect(agreesFast(typed(1500), 1500, 0)).toBe(true);
    expect(agreesFast(typed(33.33, "0.00"), 333333, 4)).toBe(true);
    expect(agreesFast(typed(-33.34, "0.00"), -333350, 4)).toBe(true);
  });
});
