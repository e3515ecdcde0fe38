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
import type { ParsedCode } from "./codes";
import type { TableColumn } from "./types";
import type { HierarchyInput, HierarchyOutput } from "./hierarchy";
import { levelKey } from "./codes";
import { Grid } from "./grid";
import { VALUE_ROLES } from "./headerRoles";

const NAMES_LEVEL = /^\s*(program|kegiatan|sub ?kegiatan)\b/i;

function codeKind(code: ParsedCode | undefined): string {
  return code?.kind ?? "none";
}

function isSipdCode(c: ParsedCode | undefined): boolean {
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
  inputs: HierarchyInput,
  hierarchy: HierarchyOutput,
  labels: string[],
  columns: TableColumn[],
): number[] {
  const n = inputs.index.length;
  const depths = new Array<number>(n).fill(0);
  const values = columns.filter((c) => VALUE_ROLES.has(c.role));
  if (values.length === 0) return depths;
  const position = new Map<number, number>();
  for (let i = 0; i < n; i++) position.set(inputs.index[i], i);
  const parentAt = (i: number) => (hierarchy.parent[i] < 0 ? undefined : position.get(hierarchy.parent[i]));
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const p = parentAt(i);
    if (p !== undefined) children[p].push(i);
  }
  let any = false;
  for (let i = 0; i < n; i++) {
    const kids = children[i];
    if (hierarchy.parent[i] >= 0 || kids.length === 0) continue;
    if (NAMES_LEVEL.test(labels[i]) || isSipdCode(inputs.code[i]) || hasAmount(grid, inputs.index[i], values)) continue;
    const own = codeKind(inputs.code[i]);
    const apart = own !== "dotted" && kids.every((k) => codeKind(inputs.code[k]) !== own);
    if (!apart && !kids.some((k) => NAMES_LEVEL.test(labels[k]))) continue;
    depths[i] = -1;
    any = true;
  }
  if (!any) return depths;
  // Rows come after their parents: a row's depth is its parent's, plus one under a heading.
  for (let i = 0; i < n; i++) {
    if (depths[i] === -1) continue;
    const p = parentAt(i);
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
  inputs: HierarchyInput,
  hierarchy: HierarchyOutput,
  labels: string[],
  columns: TableColumn[],
): HierarchyOutput {
  const values = columns.filter((c) => VALUE_ROLES.has(c.role));
  if (values.length === 0) return hierarchy;
  const n = inputs.index.length;
  const headings = new Set<number>();
  let restart = false;
  // Highest top-level ordinal seen so far, per level key.
  const highest = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const code = inputs.code[i];
    if (code) {
      if (hierarchy.parent[i] < 0) {
        const key = levelKey(code);
        highest.set(key, Math.max(highest.get(key) ?? 0, code.ordinal));
      }
      continue;
    }
    const next = i + 1 < n ? inputs.code[i + 1] : undefined;
    if (!next || hierarchy.parent[i + 1] >= 0 || labels[i] === "") continue;
    if (hasAmount(grid, inputs.index[i], values)) continue;
    headings.add(i);
    const before = highest.get(levelKey(next));
    if (before !== undefined && next.ordinal <= before) restart = true;
  }
  if (!restart) return hierarchy;
  const out: HierarchyOutput = { level: new Int32Array(n), parent: new Int32Array(n).fill(-1) };
  let heading: number | undefined;
  for (let i = 0; i < n; i++) {
    if (headings.has(i)) {
      heading = inputs.index[i];
      out.level[i] = 1;
    } else if (heading === undefined) {
      out.level[i] = hierarchy.level[i];
      out.parent[i] = hierarchy.parent[i];
    } else {
      out.level[i] = hierarchy.level[i] + 1;
      out.parent[i] = hierarchy.parent[i] >= 0 ? hierarchy.parent[i] : heading;
    }
  }
  return out;
}
