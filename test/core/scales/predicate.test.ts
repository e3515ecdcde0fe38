/** PREDIKAT's number fast path (numberBands/predicateForNumber) places every value in the band the Decimal path gives. */
import Decimal from "decimal.js";
import fc from "fast-check";
import { listPresets } from "../../../src/core/scales/presets";
import { numberBands, predicateFor, predicateForNumber } from "../../../src/core/scales/predicate";

const capaian = fc.oneof(
  fc.integer({ min: 0, max: 150_00 }).map((n) => n / 100),
  fc.double({ min: -10, max: 200, noNaN: true }),
  fc.constantFrom(0, 50, 51, 54.99, 55, 66, 69.99, 70, 76, 85, 86, 88.31, 88.3, 90, 91, 100, 100.0000001, 0.4907, 0.8155),
);

test.each(listPresets().map((p) => [p.id, p] as const))("%s: same band as Decimal for every finite number", (_, scale) => {
  const bands = numberBands(scale);
  expect(bands).not.toBeNull();
  fc.assert(
    fc.property(capaian, (x) => predicateForNumber(bands!, x) === predicateFor(scale, new Decimal(String(x)))),
    { numRuns: 20_000 },
  );
});

test("a bound that is not the shortest decimal of a double leaves the scale to Decimal", () => {
  const scale = listPresets()[0];
  const odd = { ...scale, bands: [{ ...scale.bands[0], min: new Decimal("90.99999999999999999") }, ...scale.bands.slice(1)] };
  expect(numberBands(odd)).toBeNull();
});
