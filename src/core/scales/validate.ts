/** Problems in a scale table: values that get no predicate (gaps) or two (overlaps). */
import { compareBandsDescending, describeInterval, printBound } from "./band";
import { Band, PredicateScale } from "./types";

export interface ScaleProblem {
  kind: "gap" | "overlap" | "empty" | "inverted" | "duplicate";
  message: string;
  labels: string[];
}

export function validateScale(scale: PredicateScale): ScaleProblem[] {
  if (scale.bands.length === 0) return [{ kind: "empty", message: "Skala predikat tidak berisi kategori", labels: [] }];
  const problems: ScaleProblem[] = [];
  const seen = new Map<string, number>();
  for (const band of scale.bands) {
    const key = band.label.trim().toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (
      band.min !== null &&
      band.max !== null &&
      (band.min.gt(band.max) || (band.min.eq(band.max) && !(band.minInclusive && band.maxInclusive)))
    ) {
      problems.push({
        kind: "inverted",
        message: `Batas “${band.label}” terbalik atau kosong: ${describeInterval(band)}`,
        labels: [band.label],
      });
    }
  }
  for (const [key, count] of seen) {
    if (count > 1) problems.push({ kind: "duplicate", message: `Predikat “${key}” muncul ${count} kali`, labels: [key] });
  }
  const ordered = [...scale.bands].sort(compareBandsDescending);
  for (let i = 1; i < ordered.length; i++) {
    const problem = between(ordered[i - 1], ordered[i]);
    if (problem) problems.push(problem);
  }
  return problems;
}

function between(better: Band, worse: Band): ScaleProblem | null {
  const labels = [worse.label, better.label];
  if (better.min === null || worse.max === null) {
    return { kind: "overlap", message: `“${worse.label}” dan “${better.label}” tidak berbatas jelas satu sama lain`, labels };
  }
  const cmp = worse.max.cmp(better.min);
  if (cmp < 0 || (cmp === 0 && !worse.maxInclusive && !better.minInclusive)) {
    return {
      kind: "gap",
      message: `Celah antara “${worse.label}” (${worse.interval}) dan “${better.label}” (${better.interval}): nilai antara ${printBound(worse.max)} dan ${printBound(better.min)} tidak mendapat predikat`,
      labels,
    };
  }
  if (cmp > 0 || (worse.maxInclusive && better.minInclusive)) {
    return {
      kind: "overlap",
      message: `“${worse.label}” (${worse.interval}) dan “${better.label}” (${better.interval}) tumpang tindih mulai ${printBound(better.min)}`,
      labels,
    };
  }
  return null;
}
