/** The `skala` argument of PREDIKAT: a preset id, a range holding the user's scale table, or omitted. */
import { parseInterval } from "../../core/scales/interval";
import { getPreset, listPresets } from "../../core/scales/presets";
import { scaleFromRows, ScaleRow } from "../../core/scales/fromRows";
import { PredicateScale } from "../../core/scales/types";
import { excelError, ExcelErrorResult } from "./errors";
import { asMatrix, isOmitted, Matrix } from "./matrix";
import { resolveDefaultScale } from "./defaultScale";
import { cellText, unwrapCell } from "./args";

export function resolveScaleArg(skala: unknown): PredicateScale | ExcelErrorResult {
  if (isOmitted(skala)) return resolveDefaultScale();
  const m = asMatrix(skala);
  if (m.length === 1 && m[0].length === 1) return presetById(m[0][0]);
  return scaleFromTable(m);
}

function presetById(id: unknown): PredicateScale | ExcelErrorResult {
  const preset = typeof id === "string" ? getPreset(id) : null;
  if (preset) return preset;
  const ids = listPresets()
    .map((p) => p.id)
    .join(", ");
  return excelError("#VALUE!", `Skala tidak dikenal: “${String(id)}”. Pilihan: ${ids}, atau rentang tabel skala`);
}

/**
 * Columns are detected: the predicate words sit in the column with the most cells that are not
 * intervals; the other one or two columns are the lower and upper bound, left to right.
 * A header row that reads as neither is skipped.
 */
export function scaleFromTable(m: Matrix): PredicateScale | ExcelErrorResult {
  const width = m.reduce((w, r) => Math.max(w, r.length), 0);
  if (width < 2 || width > 3) {
    return excelError("#VALUE!", "Tabel skala harus berisi 2 atau 3 kolom: batas bawah, [batas atas], predikat");
  }
  const labelCol = labelColumn(m, width);
  const boundCols = [0, 1, 2].filter((c) => c < width && c !== labelCol);
  const rows: ScaleRow[] = m.map((r) => ({
    lower: r[boundCols[0]],
    upper: boundCols.length > 1 ? r[boundCols[1]] : undefined,
    label: cellText(unwrapCell(r[labelCol], "Predikat")),
  }));
  let result = scaleFromRows(rows);
  if (!result.ok && rows.length > 1 && !parseInterval(rows[0].lower)) result = scaleFromRows(rows.slice(1));
  return result.ok ? result.scale : excelError("#VALUE!", result.message);
}

function labelColumn(m: Matrix, width: number): number {
  let best = width - 1;
  let bestCount = -1;
  for (let c = width - 1; c >= 0; c--) {
    const words = m.filter((r) => typeof r[c] === "string" && r[c] !== "" && !parseInterval(r[c])).length;
    if (words > bestCount) {
      best = c;
      bestCount = words;
    }
  }
  return best;
}
