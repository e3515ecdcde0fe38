/**
 * The predicate scale of a check: the user's choice, else the workbook's own scale table, else the
 * preset whose words the workbook's predikat cells use, else permendagri86.
 */
import type { Workbook } from "../workbook/model";
import { DEFAULT_SCALE_ID, PredicateScale, findBandByLabel, getPreset, listPresets, scaleFromRows } from "../scales";
import type { RecognizedTable } from "../tables/types";
import { Grid } from "../tables/grid";
import { scaleRowsOf } from "../tables/scaleTable";
import { isClosing } from "../tables/closing";

export class UnknownScaleError extends Error {
  constructor(id: string) {
    const ids = listPresets()
      .map((p) => p.id)
      .join(", ");
    super(`Skala “${id}” tidak dikenal; pilihan: ${ids}`);
  }
}

function defaultScale(): PredicateScale {
  return getPreset(DEFAULT_SCALE_ID) ?? (getPreset("permendagri86") as PredicateScale);
}

export function resolveScale(workbook: Workbook, tables: RecognizedTable[], option?: string | PredicateScale): PredicateScale {
  if (typeof option === "string") {
    const preset = getPreset(option);
    if (!preset) throw new UnknownScaleError(option);
    return preset;
  }
  if (option) return option;
  const grids = new Map(workbook.sheets.map((s) => [s.name, s]));
  for (const t of tables) {
    if (t.kind !== "skala" && t.kind !== "rekap") continue;
    const sheet = grids.get(t.sheet);
    if (!sheet) continue;
    const rows = scaleRowsOf(new Grid(sheet), t);
    if (rows.length < 2) continue;
    const result = scaleFromRows(rows, { name: `Skala dari lembar ${t.sheet}` });
    if (result.ok) return result.scale;
  }
  return byWords(workbook, tables) ?? defaultScale();
}

/** A preset that names every predikat word the indicator tables use, when the default does not. */
function byWords(workbook: Workbook, tables: RecognizedTable[]): PredicateScale | null {
  const words: string[] = [];
  for (const t of tables) {
    const col = t.columns.find((c) => c.role === "predikat");
    const sheet = workbook.sheets.find((s) => s.name === t.sheet);
    if (!col || !sheet || t.kind !== "indikator") continue;
    const grid = new Grid(sheet);
    for (const r of t.rows) if (!isClosing(r.role) && grid.text(r.index, col.index)) words.push(grid.text(r.index, col.index));
  }
  if (words.length === 0) return null;
  const fits = (s: PredicateScale) => words.every((w) => findBandByLabel(s, w) !== null);
  if (fits(defaultScale())) return null;
  const matching = listPresets().filter(fits);
  return matching.length === 1 ? matching[0] : null;
}
