/**
 * The formulas narrative cells carry, next to the exact values computed with the arithmetic core:
 * capaian (positive, negative selisih/rasio, optional cap), serapan, predikat by the scale's bands,
 * capaian sasaran by mean or by category mid values.
 */
import Decimal from "decimal.js";
import { capaian, nilaiTengahKategori } from "../arithmetic";
import type { Band, PredicateScale } from "../scales";
import { predicateFor } from "../scales";
import { capaianFormula, capaianFormulaAtTargetZero, plus, ratioOrDash } from "../formula";
import type { CapaianMethod } from "../formula";
import { bin, call, cmp, countEqual, num, text } from "./expr";
import type { Expr } from "./types";

export type CapaianRule = CapaianMethod;

/** Capaian value (exact) and its formula over the target and realisasi cells; null value when not computable. */
export function capaianOf(
  target: Decimal,
  realisasi: Decimal,
  t: Expr,
  r: Expr,
  rule: CapaianRule,
): { value: Decimal | null; formula: Expr } {
  const calc = capaian(target, realisasi, { polaritas: rule.polarity, metode: rule.negativeMethod, batasAtas: rule.cap ?? null });
  // Target 0 follows the arithmetic's rule (100 at realisasi 0; a negative indicator above 0 is 0).
  const formula = target.isZero() ? capaianFormulaAtTargetZero(t, r, rule) : capaianFormula(t, r, rule);
  return { value: calc.ok ? calc.value : null, formula };
}

/** Serapan = realisasi / anggaran × 100, "-" where the pagu is zero. */
export function serapanFormula(anggaran: Expr, realisasi: Expr): Expr {
  return ratioOrDash(realisasi, anggaran);
}

function bandCondition(band: Band, x: Expr): Expr | null {
  const parts: Expr[] = [];
  if (band.min !== null) parts.push(cmp(band.minInclusive ? ">=" : ">", x, num(band.min)));
  if (band.max !== null) parts.push(cmp(band.maxInclusive ? "<=" : "<", x, num(band.max)));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : call("AND", ...parts);
}

/** Nested IF giving the band label of the value in `x`, "-" outside the scale. */
export function predikatFormula(scale: PredicateScale, x: Expr): Expr {
  let formula: Expr = text("-");
  for (let i = scale.bands.length - 1; i >= 0; i--) {
    const band = scale.bands[i];
    const condition = bandCondition(band, x);
    formula = condition ? call("IF", condition, text(band.label), formula) : text(band.label);
  }
  return formula;
}

export function predikatLabel(scale: PredicateScale, value: Decimal | null): string {
  if (!value) return "-";
  return predicateFor(scale, value)?.label ?? "-";
}

/**
 * "Rata-rata tertimbang data kelompok": each indicator counts as its category's mid value,
 * written as Σ count(predikat = band) × mid / Σ count(predikat = band) (exact counts, see countEqual).
 */
export function kelompokFormula(scale: PredicateScale, predikatRange: Expr): Expr {
  const counts = scale.bands.map((band) => countEqual(predikatRange, band.label));
  const weighted = scale.bands.map((band, i) => bin("*", counts[i], num(nilaiTengahKategori(band))));
  return bin("/", plus(weighted), plus(counts));
}
