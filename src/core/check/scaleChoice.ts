/**
 * The predicate scale of a check: the user's choice, else the workbook's own scale table, else the
 * preset whose words the workbook's predikat cells use, else permendagri86.
 */
import type { Workbook } from "../workbook/model";
import Decimal from "decimal.js";
import {
  DEFAULT_SCALE_ID,
  PredicateScale,
  findBandByLabel,
  getPreset,
  labelMatchesBand,
  listPresets,
  predicateFor,
  scaleFromRows,
} from "../scales";
import { parseNumber } from "../numbers";
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

export function resolveScale(
  workbook: Workbook,
  tables: RecognizedTable[],
  option?: string | PredicateScale,
  chosenTable?: RecognizedTable,
): PredicateScale {
  if (typeof option === "string") {
    const preset = getPreset(option);
    if (!preset) throw new UnknownScaleError(option);
    return preset;
  }
  if (option) return option;
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const fromTable = (t: RecognizedTable): PredicateScale | null => {
    const sheet = sheets.get(t.sheet);
    if (!sheet) return null;
    const rows = scaleRowsOf(new Grid(sheet), t);
    if (rows.length < 2) return null;
    const result = scaleFromRows(rows, { name: `tabel di lembar “${t.sheet}”` });
    return result.ok ? result.scale : null;
  };
  // The table the user chose, when it still reads as a scale; else the choice is as if not made.
  const chosen = chosenTable ? fromTable(chosenTable) : null;
  if (chosen) return chosen;
  const candidates: PredicateScale[] = [];
  for (const t of tables) {
    if (t.kind !== "skala" && t.kind !== "rekap") continue;
    const scale = fromTable(t);
    if (scale) candidates.push(scale);
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) return bestFit(candidates, wordUses(workbook, tables));
  return byWords(workbook, tables) ?? defaultScale();
}

/**
 * Among several scale tables of the workbook, the one whose labels name most of the predikat words
 * the indicator tables use, then the one under which most words agree with their capaian, then the
 * first found.
 */
function bestFit(scales: PredicateScale[], uses: WordUse[]): PredicateScale {
  const scored = scales.map((scale, order) => ({
    scale,
    named: uses.filter((u) => findBandByLabel(scale, u.word) !== null).length,
    agree: agreeing(scale, uses),
    order,
  }));
  scored.sort((a, b) => b.named - a.named || b.agree - a.agree || a.order - b.order);
  return scored[0].scale;
}

function agreeing(scale: PredicateScale, uses: WordUse[]): number {
  return uses.filter((u) => {
    if (!u.capaian) return false;
    const band = predicateFor(scale, u.capaian);
    return !!band && labelMatchesBand(u.word, band);
  }).length;
}

/** Presets for other values than capaian (IDM status, SAKIP grade, SKM quality): never guessed from words. */
const NOT_CAPAIAN = new Set(["idm", "sakip", "skm"]);

interface WordUse {
  word: string;
  /** The capaian typed on the word's row, when it is a number. */
  capaian: Decimal | null;
}

/**
 * The preset that best fits the predikat words the indicator tables use, when the default does not
 * name them all: among the capaian presets that name every word, the one under which most rows' words
 * agree with their capaian, then the one with the fewest unused labels, then the first listed.
 */
function byWords(workbook: Workbook, tables: RecognizedTable[]): PredicateScale | null {
  const uses = wordUses(workbook, tables);
  if (uses.length === 0) return null;
  const fits = (s: PredicateScale) => uses.every((u) => findBandByLabel(s, u.word) !== null);
  if (fits(defaultScale())) return null;
  const scored = listPresets()
    .filter((p) => !NOT_CAPAIAN.has(p.id ?? "") && fits(p))
    .map((scale, order) => {
      const agree = agreeing(scale, uses);
      const used = new Set(uses.map((u) => findBandByLabel(scale, u.word)));
      return { scale, agree, unused: scale.bands.length - used.size, order };
    });
  scored.sort((a, b) => b.agree - a.agree || a.unused - b.unused || a.order - b.order);
  return scored[0]?.scale ?? null;
}

/** The predikat words of the indicator tables, with the capaian typed on their row. */
function wordUses(workbook: Workbook, tables: RecognizedTable[]): WordUse[] {
  const uses: WordUse[] = [];
  for (const t of tables) {
    const col = t.columns.find((c) => c.role === "predikat");
    const sheet = workbook.sheets.find((s) => s.name === t.sheet);
    if (!col || !sheet || t.kind !== "indikator") continue;
    const capaianCol =
      t.ratios.filter((r) => r.kind === "capaian").pop()?.column ?? t.columns.filter((c) => c.role === "capaian").pop()?.index;
    const grid = new Grid(sheet);
    for (const r of t.rows) {
      if (isClosing(r.role)) continue;
      const word = grid.text(r.index, col.index);
      // "-" (not measured) names no predikat.
      if (!/\p{L}/u.test(word)) continue;
      const v = capaianCol === undefined ? null : grid.value(r.index, capaianCol);
      const p = typeof v === "number" || typeof v === "string" ? parseNumber(v) : null;
      uses.push({ word, capaian: p && p.kind === "number" ? p.value : null });
    }
  }
  return uses;
}
