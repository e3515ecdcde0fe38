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
import { levelKey } from "./codes";
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

/**
 * Uncoded headings whose groups number their rows again from 1 ("BIDANG PELAYANAN" | 1, 2 | Jumlah |
 * "BIDANG SUMBER DAYA" | 1, 2 …): an uncoded row without amounts right above a top-level coded row
 * heads the coded rows up to the next such row. Taken only when the numbering restarts under one of
 * them (otherwise the rows are one numbered list and the uncoded row a leaf as before). Without it the
 * second "1" is a sibling of the first (kode-ganda) and the heading a leaf of the row above it.
 */
export function adoptUnderHeadings(
  grid: Grid,
  inputs: HierarchyInput[],
  hierarchy: HierarchyOutput[],
  labels: string[],
  columns: TableColumn[],
): HierarchyOutput[] {
  const values = columns.filter((c) => VALUE_ROLES.has(c.role));
  if (values.length === 0) return hierarchy;
  const headings = new Set<number>();
  let restart = false;
  // Highest top-level ordinal seen so far, per level key.
  const highest = new Map<string, number>();
  for (let i = 0; i < inputs.length; i++) {
    const code = inputs[i].code;
    if (code) {
      if (hierarchy[i].parent === undefined) {
        const key = levelKey(code);
        highest.set(key, Math.max(highest.get(key) ?? 0, code.ordinal));
      }
      continue;
    }
    const next = inputs[i + 1];
    if (!next?.code || hierarchy[i + 1].parent !== undefined || labels[i] === "") continue;
    if (hasAmount(grid, inputs[i].index, values)) continue;
    headings.add(i);
    const before = highest.get(levelKey(next.code));
    if (before !== undefined && next.code.ordinal <= before) restart = true;
  }
  if (!restart) return hierarchy;
  const out: HierarchyOutput[] = [];
  let heading: number | undefined;
  for (let i = 0; i < inputs.length; i++) {
    const h = hierarchy[i];
    if (headings.has(i)) {
      heading = inputs[i].index;
      out.push({ level: 1 });
    } else if (heading === undefined) out.push(h);
    else out.push({ level: h.level + 1, parent: h.parent ?? heading });
  }
  return out;
}
