/**
 * The workbook's chosen predicate scale, for PREDIKAT without a `skala` argument. The task pane
 * registers a provider reading the workbook setting `lkjip.skala`; without one, permendagri86.
 */
import { DEFAULT_SCALE_ID, getPreset } from "../../core/scales/presets";
import { PredicateScale } from "../../core/scales/types";
import { excelError, ExcelErrorResult } from "./errors";

/** Returns a preset id or a whole scale; null/undefined when the workbook has no choice. */
export type DefaultScaleProvider = () => PredicateScale | string | null | undefined;

let provider: DefaultScaleProvider | null = null;

export function setDefaultScaleProvider(fn: DefaultScaleProvider | null): void {
  provider = fn;
}

export function resolveDefaultScale(): PredicateScale | ExcelErrorResult {
  let chosen: PredicateScale | string | null | undefined = null;
  try {
    chosen = provider ? provider() : null;
  } catch {
    chosen = null; // an unreadable setting falls back to the national default
  }
  if (chosen === null || chosen === undefined || chosen === "") return getPreset(DEFAULT_SCALE_ID) as PredicateScale;
  if (typeof chosen !== "string") return chosen;
  return getPreset(chosen) ?? excelError("#VALUE!", `Skala di pengaturan workbook tidak dikenal: “${chosen}”`);
}
