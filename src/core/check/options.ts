/** What the user can tell the checker: the scale, polarity per indicator, the method for negative indicators. */
import type { PredicateScale } from "../scales";
import type { Polarity } from "../tables/types";
import type { TableCorrections } from "../settings/corrections";

export interface CheckOptions {
  /** Preset id (`permendagri86`, `baik4-100`, `berhasil4`, `baik4-86`, `baik4-lebih100`) or a scale. */
  scale?: string | PredicateScale;
  /** Per indicator (name as written, or "Sheet!A1" of its row label): overrides the workbook's polarity. */
  polarity?: Record<string, Polarity>;
  /** Capaian of negative indicators: (2·T − R)/T ("selisih", default) or T/R ("rasio"). */
  negativeMethod?: "selisih" | "rasio";
  /** The user's corrections of how tables were read (column roles, excluded tables, closing rows, scale table). */
  corrections?: TableCorrections;
}
