/**
 * The LKjIP ratios as formulas, written once for the checker's fixes and the narrative tables:
 * capaian (positive; negative by selisih or rasio; optional cap) and realisasi / pagu.
 */
import type Decimal from "decimal.js";
import type { Polarity } from "../tables/types";
import type { Expr } from "./expr";
import { bin, call, cmp, num, percent, text } from "./expr";

export interface CapaianMethod {
  polarity: Polarity;
  negativeMethod: "selisih" | "rasio";
  /** A stated cap in percent points (120). */
  cap?: Decimal;
}

/**
 * a / b × 100; in a cell formatted as a percentage (which holds 0.9738 for 97,38 %) just a / b.
 */
export function ratioFormula<R>(a: Expr<R>, b: Expr<R>, percentCell = false): Expr<R> {
  return percentCell ? bin("/", a, b) : percent(a, b);
}

/** Capaian over the target and realisasi cells: R/T×100, MAX(0,(2T−R)/T×100) or T/R×100, capped by MIN(cap, …). */
export function capaianFormula<R>(target: Expr<R>, realisasi: Expr<R>, method: CapaianMethod, percentCell = false): Expr<R> {
  let formula: Expr<R>;
  if (method.polarity === "negatif" && method.negativeMethod === "rasio") formula = ratioFormula(target, realisasi, percentCell);
  else if (method.polarity === "negatif")
    formula = call("MAX", num<R>(0), ratioFormula(bin("-", bin("*", num<R>(2), target), realisasi), target, percentCell));
  else formula = ratioFormula(realisasi, target, percentCell);
  if (method.cap) formula = call("MIN", num<R>(percentCell ? method.cap.div(100) : method.cap), formula);
  return formula;
}

/**
 * Capaian where the target is 0, by the arithmetic's target-0 rule (core/arithmetic/capaian.ts):
 * IF(R>0,0,100) for a negative indicator, IF(R=0,100,R/T×100) for a positive one (which then gives
 * #DIV/0! as CAPAIAN does); capped like capaianFormula.
 */
export function capaianFormulaAtTargetZero<R>(
  target: Expr<R>,
  realisasi: Expr<R>,
  method: CapaianMethod,
  percentCell = false,
): Expr<R> {
  const full = num<R>(percentCell ? 1 : 100);
  let formula: Expr<R> =
    method.polarity === "negatif"
      ? call("IF", cmp(">", realisasi, num<R>(0)), num<R>(0), full)
      : call("IF", cmp("=", realisasi, num<R>(0)), full, ratioFormula(realisasi, target, percentCell));
  if (method.cap) formula = call("MIN", num<R>(percentCell ? method.cap.div(100) : method.cap), formula);
  return formula;
}

/** numerator / denominator × 100, "-" where the denominator is zero or empty (serapan over a pagu of 0). */
export function ratioOrDash<R>(numerator: Expr<R>, denominator: Expr<R>): Expr<R> {
  return call("IF", cmp("=", denominator, num<R>(0)), text<R>("-"), percent(numerator, denominator));
}
