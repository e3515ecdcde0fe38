/** Capaian kinerja: how far realisasi reaches the target, in percentage points. */
import Decimal from "decimal.js";
import { Calc, fail, ok, percentOf } from "./result";
import { PAIR, quotientAsDecimal, SAFE, scaledPair } from "./exact";

export type Polaritas = "positif" | "negatif";
/** Negative indicators: "selisih" = (2T − R)/T × 100 floored at 0; "rasio" = T/R × 100. */
export type MetodeNegatif = "selisih" | "rasio";

export interface CapaianOptions {
  polaritas?: Polaritas;
  metode?: MetodeNegatif;
  /** Upper limit of the result, e.g. 120; none by default. */
  batasAtas?: Decimal | null;
}

const TARGET_ZERO = "Target nol: capaian tidak dapat dihitung";
const HUNDRED = new Decimal(100);

/**
 * Target 0 (the rule README states, the same in functions, checker and narrative):
 * - positive indicator: realisasi 0 reaches the target exactly, 100; any other realisasi has no
 *   finite ratio to nothing, #DIV/0! (the user decides what to report);
 * - negative indicator (both methods): realisasi 0 (or less) keeps to "none at all", 100; any
 *   realisasi above 0 misses it entirely, 0 (the floor of the selisih method).
 * The cap (batas atas) applies afterwards.
 */
export function capaianAtTargetZero(realisasi: Decimal | number, polaritas: Polaritas | undefined): Decimal | null {
  const r = typeof realisasi === "number" ? realisasi : realisasi.isZero() ? 0 : realisasi.isNegative() ? -1 : 1;
  if (polaritas === "negatif") return r > 0 ? new Decimal(0) : HUNDRED;
  return r === 0 ? HUNDRED : null;
}

export function capaian(target: Decimal, realisasi: Decimal, options: CapaianOptions = {}): Calc {
  const raw = target.isZero()
    ? atTargetZero(realisasi, options.polaritas)
    : options.polaritas === "negatif"
      ? negative(target, realisasi, options.metode ?? "selisih")
      : percentOf(realisasi, target, TARGET_ZERO);
  if (!raw.ok || !options.batasAtas) return raw;
  return ok(Decimal.min(raw.value, options.batasAtas));
}

function atTargetZero(realisasi: Decimal, polaritas: Polaritas | undefined): Calc {
  const value = capaianAtTargetZero(realisasi, polaritas);
  return value ? ok(value) : fail("div0", TARGET_ZERO);
}

function negative(target: Decimal, realisasi: Decimal, metode: MetodeNegatif): Calc {
  if (metode === "rasio") {
    return percentOf(
      target,
      realisasi,
      "Realisasi nol: capaian indikator negatif metode rasio (target/realisasi) tidak dapat dihitung",
    );
  }
  const result = percentOf(target.times(2).minus(realisasi), target, TARGET_ZERO);
  // Once realisasi reaches twice the target the formula turns negative; capaian cannot go below 0.
  return result.ok ? ok(Decimal.max(result.value, 0)) : result;
}

/**
 * `capaian(...)` of JS numbers as a JS number, without Decimal: exactly the number the Decimal path
 * gives (its `.value.toNumber()`), or NaN when the fast path cannot prove it or the result is an
 * error; the caller then runs the Decimal path. `batasAtas` is a number > 0 or null.
 */
export function capaianNumber(
  target: number,
  realisasi: number,
  polaritas: Polaritas,
  metode: MetodeNegatif,
  batasAtas: number | null,
): number {
  if (!scaledPair(target, realisasi)) return NaN;
  const t = PAIR.a;
  const r = PAIR.b;
  let value: number;
  if (t === 0) {
    const zero = capaianAtTargetZero(r, polaritas);
    if (!zero) return NaN;
    value = zero.toNumber();
  } else if (polaritas !== "negatif") {
    value = percentNumber(r, t);
  } else if (metode === "rasio") {
    value = r === 0 ? NaN : percentNumber(t, r);
  } else {
    // (2t − r) is exact below 2^53; a negative target is left to Decimal.
    if (t < 0 || !(Math.abs(t) < SAFE / 4 && Math.abs(r) < SAFE / 2)) return NaN;
    value = percentNumber(2 * t - r, t);
    // Rounding is monotone, so the proven quotient and the exact one have the same sign.
    if (value < 0) value = 0;
  }
  // Same argument for the cap: q > cap exactly when the exact value is above it; at q = cap both give cap.
  return batasAtas !== null && value > batasAtas ? batasAtas : value;
}

/** n × 100 / d for exact integers as the Decimal path gives it; NaN when not proven. */
export function percentNumber(n: number, d: number): number {
  const scaledN = n * 100;
  if (!(Math.abs(scaledN) < SAFE)) return NaN;
  return quotientAsDecimal(scaledN, d);
}
