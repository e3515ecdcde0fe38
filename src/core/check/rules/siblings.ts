/** Coded rows grouped by parent and code kind, in sheet order, with the cell holding each code. */
import type { RecognizedTable, TableColumn } from "../../tables/types";
import { ParsedCode, levelKey } from "../../tables/codes";
import { rowCodes } from "../../tables/rowCodes";
import type { Grid } from "../../tables/grid";
import { toA1 } from "../../workbook/address";
import type { TableReader } from "../../tables/reader";

/**
 * A table's sibling groups: rows under one parent with codes of one level and prefix. Groups hold
 * positions in table.rows (no object per row: tables have tens of thousands of coded rows).
 */
export class Siblings {
  /** Positions in table.rows, per group, groups in order of first appearance. */
  readonly groups: number[][] = [];

  constructor(
    readonly table: RecognizedTable,
    /** Parsed code per position in table.rows (undefined: no code). */
    readonly codes: (ParsedCode | undefined)[],
    private readonly grid: Grid,
    private readonly codeColumns: TableColumn[],
  ) {}

  code(pos: number): ParsedCode {
    return this.codes[pos] as ParsedCode;
  }

  /** The cell holding the code of the row at `pos` (found only when a finding needs it). */
  address(pos: number): string {
    const r = this.table.rows[pos].index;
    const col = codeColumnOf(this.table, this.codeColumns, r, this.grid);
    return toA1(r, col ? col.index : this.table.left);
  }
}

const cache = new WeakMap<RecognizedTable, Siblings>();

/** Sibling groups of a table, computed once per table (kode-ganda and kode-lompat share them). */
export function siblingGroups(table: RecognizedTable, reader: TableReader): Siblings {
  let s = cache.get(table);
  if (!s) {
    s = computeGroups(table, reader);
    cache.set(table, s);
  }
  return s;
}

function computeGroups(table: RecognizedTable, reader: TableReader): Siblings {
  // The codes as recognition read them (parsed once, single capitals and rekening flags resolved).
  const codes = rowCodes(table);
  const s = new Siblings(
    table,
    codes,
    reader.grid,
    table.columns.filter((c) => c.role === "no" || c.role === "kode"),
  );
  // Found by parent row (negative: top level, one per run between subtotals), then level key and first prefix.
  const byParent = new Map<number, Map<string, Map<string, number[]>>>();
  // Consecutive rows mostly share their group (the rekening of one sub kegiatan): no lookup for them.
  let last: number[] | undefined;
  let lastParent = NaN;
  let lastLevel = "";
  let lastPrefix = "";
  // Top-level rows between two subtotals are a group of their own: numbering may restart per seksi.
  let segment = 0;
  for (let i = 0; i < table.rows.length; i++) {
    if (table.rows[i].role === "subtotal") segment++;
    const code = codes[i];
    if (!code) continue;
    const level = levelKey(code);
    const prefix = code.prefixKeys.length ? code.prefixKeys[0] : "";
    const parent = table.rows[i].parent ?? -1 - segment;
    if (last && parent === lastParent && level === lastLevel && prefix === lastPrefix) {
      last.push(i);
      continue;
    }
    let levels = byParent.get(parent);
    if (!levels) byParent.set(parent, (levels = new Map<string, Map<string, number[]>>()));
    let prefixes = levels.get(level);
    if (!prefixes) levels.set(level, (prefixes = new Map<string, number[]>()));
    let group = prefixes.get(prefix);
    if (group) group.push(i);
    else {
      group = [i];
      prefixes.set(prefix, group);
      s.groups.push(group);
    }
    last = group;
    lastParent = parent;
    lastLevel = level;
    lastPrefix = prefix;
  }
  return s;
}

/**
 * The cell a row's code is reported at: the first code cell of the row, or, for a code split over
 * columns (Urusan | … | Sub Kegiatan), the row's own segment, the last one it fills.
 */
function codeColumnOf(table: RecognizedTable, codeCols: TableColumn[], r: number, grid: Grid): TableColumn | undefined {
  const filled = (c: TableColumn) => grid.ownText(r, c.index) !== "";
  if (!table.codeColumns) return codeCols.find(filled);
  const split = codeCols.filter((c) => table.codeColumns!.includes(c.index));
  for (let k = split.length - 1; k >= 0; k--) if (filled(split[k])) return split[k];
  return codeCols.find(filled);
}

/** Tables whose codes are worth checking: budget and list tables with a code column. */
export function codedTables(tables: RecognizedTable[]): RecognizedTable[] {
  return tables.filter((t) => (t.kind === "anggaran" || t.kind === "daftar") && t.rows.some((r) => r.code));
}
