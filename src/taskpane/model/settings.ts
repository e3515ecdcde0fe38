/** The workbook's stored settings <-> checker options. */
import type { CheckOptions } from "../../core/check/index";
import { SETTING_KEYS } from "../../core/workbook/host";

export type Polarity = "positif" | "negatif";

export interface PaneSettings {
  /** Preset id, or "" for automatic (the workbook's own scale table, else the default preset). */
  scale: string;
  polarity: Record<string, Polarity>;
  negativeMethod: "selisih" | "rasio";
}

export const DEFAULT_SETTINGS: PaneSettings = { scale: "", polarity: {}, negativeMethod: "selisih" };

export function parseSettings(stored: Record<string, string>): PaneSettings {
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
  };
}

export function serializeSettings(s: PaneSettings): Record<string, string | null> {
  return {
    [SETTING_KEYS.scale]: s.scale || null,
    [SETTING_KEYS.polarity]: Object.keys(s.polarity).length ? JSON.stringify(s.polarity) : null,
    [SETTING_KEYS.negativeMethod]: s.negativeMethod === "selisih" ? null : s.negativeMethod,
  };
}

export function toCheckOptions(s: PaneSettings): CheckOptions {
  const o: CheckOptions = { negativeMethod: s.negativeMethod };
  if (s.scale) o.scale = s.scale;
  if (Object.keys(s.polarity).length) o.polarity = s.polarity;
  return o;
}
