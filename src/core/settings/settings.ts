/**
 * The settings a workbook carries (chosen scale, polarity per indicator, method for negative
 * indicators): their keys, how they are read with defaults, and what they mean for the checker.
 * The task pane, the custom functions and the CLI all read them through here.
 */
import type { CheckOptions } from "../check/index";
import { SETTING_KEYS } from "../workbook/host";
import { hasCorrections, parseCorrections, serializeCorrections, type TableCorrections } from "./corrections";

export { SETTING_KEYS };

export type Polarity = "positif" | "negatif";

export interface WorkbookSettings {
  /** Preset id, or "" for automatic (the workbook's own scale table, else the default preset). */
  scale: string;
  polarity: Record<string, Polarity>;
  negativeMethod: "selisih" | "rasio";
  /** How the user corrected the reading of tables (see corrections.ts). */
  corrections: TableCorrections;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  scale: "",
  polarity: {},
  negativeMethod: "selisih",
  corrections: { tables: {} },
};

export function parseSettings(stored: Record<string, string>): WorkbookSettings {
  let polarity: Record<string, Polarity> = {};
  try {
    const p = JSON.parse(stored[SETTING_KEYS.polarity] ?? "{}") as Record<string, unknown>;
    for (const [k, v] of Object.entries(p)) if (v === "positif" || v === "negatif") polarity[k] = v;
  } catch {
    polarity = {};
  }
  return {
    scale: stored[SETTING_KEYS.scale] ?? "",
    polarity,
    negativeMethod: stored[SETTING_KEYS.negativeMethod] === "rasio" ? "rasio" : "selisih",
    corrections: parseCorrections(stored[SETTING_KEYS.corrections]),
  };
}

export function serializeSettings(s: WorkbookSettings): Record<string, string | null> {
  return {
    [SETTING_KEYS.scale]: s.scale || null,
    [SETTING_KEYS.polarity]: Object.keys(s.polarity).length ? JSON.stringify(s.polarity) : null,
    [SETTING_KEYS.negativeMethod]: s.negativeMethod === "selisih" ? null : s.negativeMethod,
    [SETTING_KEYS.corrections]: s.corrections ? serializeCorrections(s.corrections) : null,
  };
}

export function toCheckOptions(s: WorkbookSettings): CheckOptions {
  // "selisih" is the default and is not stored: only "rasio" is a method the user chose (the checker then
  // holds every negative indicator to it; by default it accepts either method, row by row).
  const o: CheckOptions = s.negativeMethod === "rasio" ? { negativeMethod: "rasio" } : {};
  if (s.scale) o.scale = s.scale;
  if (Object.keys(s.polarity).length) o.polarity = s.polarity;
  if (hasCorrections(s.corrections)) o.corrections = s.corrections;
  return o;
}

/** The chosen scale preset from one stored value, as the custom functions read it ("" when none). */
export function scaleSetting(stored: unknown): string {
  return typeof stored === "string" ? parseSettings({ [SETTING_KEYS.scale]: stored }).scale : "";
}
