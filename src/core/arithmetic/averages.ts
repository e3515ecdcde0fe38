/** Capaian sasaran from its indicators' capaian: plain mean, weighted by bobot, or by category mid values. */
import Decimal from "decimal.js";
import { formatId } from "../numbers/format";
import { getPreset } from "../scales/presets";
import { predicateFor } from "../scales/predicate";
import { Band, PredicateScale } from "../scales/types";
import { Calc, fail, ok } from "./result";

const NOTHING = "Tidak ada nilai capaian untuk dirata-ratakan";

/** Enough digits for any exact sum of Decimal values here. */
const ExactDecimal = Decimal.clone({ precision: 1e6 });
/** Below this many values Decimal.sum takes them as arguments; a whole column (a million) would overflow the stack. */
const SPREAD_LIMIT = 50_000;

/** Decimal.sum of the values (exact sum, rounded once to the default precision) for any count. */
function sum(values: Decimal[]): Decimal {
  if (values.length <= SPREAD_LIMIT) return Decimal.sum(...values);
  let total = new ExactDecimal(0);
  for (const v of values) total = total.plus(v);
  return new Decimal(total.toSignificantDigits(Decimal.precision, Decimal.rounding).toString());
}

export function rataRata(values: Decimal[]): Calc {
  if (values.length === 0) return fail("invalid", NOTHING);
  return ok(sum(values).div(values.length));
}

export function rataRataTertimbang(values: Decimal[], bobot: Decimal[]): Calc {
  if (values.length === 0) return fail("invalid", NOTHING);
  if (bobot.length !== values.length) {
    return fail("invalid", `Jumlah bobot (${bobot.length}) tidak sama dengan jumlah capaian (${values.length})`);
  }
  const totalBobot = sum(bobot);
  if (totalBobot.isZero()) return fail("div0", "Jumlah bobot nol: rata-rata tertimbang tidak dapat dihitung");
  return ok(sum(values.map((v, i) => v.times(bobot[i]))).div(totalBobot));
}

/** The values a scale is read over: open-ended bottom/top categories stop here. */
export interface ScaleRange {
  lowest: Decimal;
  highest: Decimal;
}

const PERCENT_RANGE: ScaleRange = { lowest: new Decimal(0), highest: new Decimal(100) };

/** Mid value of a category: berhasil4 gives 92,5 / 77,5 / 62,5 / 27,5 over 0–100. */
export function nilaiTengahKategori(band: Band, range: ScaleRange = PERCENT_RANGE): Decimal {
  const low = band.min ?? range.lowest;
  const high = band.max ?? Decimal.max(range.highest, low);
  return low.plus(high).div(2);
}

/**
 * "Rata-rata tertimbang data kelompok" (seed 001, Kelam Permai): each indicator counts as the
 * mid value of its category, and those mid values are averaged.
 */
export function rataRataKelompok(
  values: Decimal[],
  scale: PredicateScale = getPreset("berhasil4") as PredicateScale,
  range: ScaleRange = PERCENT_RANGE,
): Calc {
  if (values.length === 0) return fail("invalid", NOTHING);
  const mids: Decimal[] = [];
  for (const value of values) {
    const band = predicateFor(scale, value);
    if (!band)
      return fail("invalid", `Capaian ${formatId(value, Math.min(value.decimalPlaces(), 2))} di luar skala ${scale.name}`);
    mids.push(nilaiTengahKategori(band, range));
  }
  return rataRata(mids);
}
