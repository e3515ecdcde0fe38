/**
 * Group heading rows of budget and list tables: a top-level row with no amount of its own that heads
 * the rows under it ("A | BIDANG PELAYANAN KESEHATAN", "B | Sekretariat", "UPT PUSKESMAS (BLUD)") above
 * numbered programs. It is neither a program nor a kegiatan: the rows under it are the first real level.
 *
 * A row is taken as a heading only when the sheet marks it as one apart from its children: it is
 * coded differently (a letter or roman numeral, or no code, above numbered rows) or its children are
 * named Program / Kegiatan while it is not. A program row that merely carries no amounts (its
 * kegiatan do) keeps its role: it is named "Program …", has a SIPD code, or is numbered like its rows.
 */
import type { TableColumn } from "./types";
import type { HierarchyInput, HierarchyOutput } from "./hierarchy";
import { Grid } from "./grid";
import { VALUE_ROLES } from "./headerRoles";

const NAMES_LEVEL = /^\s*(program|kegiatan|sub ?kegiatan)\b/i;

function codeKind(input: HierarchyInput): string {
  return input.code?.kind ?? "none";
}

function isSipdCode(input: HierarchyInput): boolean {
  const c = input.code;
  return !!c && c.kind === "dotted" && c.segments.length >= 3 && c.segments[1].length === 2;
}

function hasAmount(grid: Grid, r: number, values: TableColumn[]): boolean {
  for (let k = 0; k < values.length; k++) if (grid.ownText(r, values[k].index) !== "") return true;
  return false;
}

/**
 * Per input position: -1 for a group heading, else how many group headings the row sits under (its
 * level counted without them).
 */
export function groupHeadingDepths(
  grid: Grid,
  inputs: HierarchyInput[],
  hierarchy: HierarchyOutput[],
  labels: string[],
  columns: TableColumn[],
): number[] {
  const depths = new Array<number>(inputs.length).fill(0);
  const values = columns.filter((c) => VALUE_ROLES.has(c.role));
  if (values.length === 0) return depths;
  const position = new Map<number, number>();
  inputs.forEach((input, i) => position.set(input.index, i));
  const children: number[][] = inputs.map(() => []);
  hierarchy.forEach((h, i) => {
    const p = h.parent === undefined ? undefined : position.get(h.parent);
    if (p !== undefined) children[p].push(i);
  });
  let any = false;
  for (let i = 0; i < inputs.length; i++) {
    const kids = children[i];
    if (hierarchy[i].parent !== undefined || kids.length === 0) continue;
    if (NAMES_LEVEL.test(labels[i]) || isSipdCode(inputs[i]) || hasAmount(grid, inputs[i].index, values)) continue;
    const own = codeKind(inputs[i]);
    const apart = own !== "dotted" && kids.every((k) => codeKind(inputs[k]) !== own);
    if (!apart && !kids.some((k) => NAMES_LEVEL.test(labels[k]))) continue;
    depths[i] = -1;
    any = true;
  }
  if (!any) return depths;
  // Rows come after their parents: a row's depth is its parent's, plus one under a heading.
  for (let i = 0; i < inputs.length; i++) {
    if (depths[i] === -1) continue;
    const p = hierarchy[i].parent === undefined ? undefined : position.get(hierarchy[i].parent!);
    if (p !== undefined) depths[i] = depths[p] === -1 ? 1 : depths[p];
  }
  return depths;
}
