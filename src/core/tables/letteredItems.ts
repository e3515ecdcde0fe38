/**
 * Sub-indicators numbered with letters: an indicator heading without values of its own ("2 | Cakupan
 * pelayanan kesehatan ibu dan anak:") followed by lines "a. …", "b. …", "c. …" without a number of their
 * own. Like bullet lines, they average into their indicator first.
 */
import type { TableColumn } from "./types";
import { Grid } from "./grid";
import { parseNumber } from "../numbers";

const LETTERED = /^\s*\(?[a-z][.)]\s*\S/;
/** What a measured indicator has of its own (a capaian alone may be its sub-indicators' mean). */
const VALUE_ROLES = new Set(["target", "realisasi"]);

/** "a. Cakupan …", "b) …", "(c) …": a line numbered with a lowercase letter. */
export function isLetteredLine(label: string): boolean {
  return LETTERED.test(label);
}

/**
 * An indicator row that heads lettered sub-indicators: its label ends with ":", or it is numbered and
 * holds no target or realisasi (an unnumbered row without values may be one not measured).
 */
export function headsSubIndicators(grid: Grid, r: number, label: string, numbered: boolean, columns: TableColumn[]): boolean {
  if (/:\s*$/.test(label)) return true;
  return (
    numbered &&
    columns.every((c) => {
      if (!VALUE_ROLES.has(c.role)) return true;
      const v = grid.value(r, c.index);
      return typeof v !== "number" && !(typeof v === "string" && parseNumber(v).kind === "number");
    })
  );
}
