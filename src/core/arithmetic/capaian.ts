/** Capaian kinerja: how far realisasi reaches the target, in percentage points. */
import Decimal from "decimal.js";
import { Calc, ok, percentOf } from "./result";

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

export function capaian(target: Decimal, realisasi: Decimal, options: CapaianOptions = {}): Calc {
  const raw =
    options.polaritas === "negatif"
      ? negative(target, realisasi, options.metode ?? "selisih")
      : percentOf(realisasi, target, TARGET_ZERO);
  if (!raw.ok || !options.batasAtas) return raw;
  return ok(Decimal.min(raw.value, options.batasAtas));
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
