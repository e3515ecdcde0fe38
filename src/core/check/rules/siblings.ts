/** Coded rows grouped by parent and code kind, in sheet order, with the cell holding each code. */
import type { RecognizedTable, TableColumn, TableRow } from "../../tables/types";
import { ParsedCode, levelKey, parseCode, sequenceCodes } from "../../tables/codes";
import { isClosing } from "../../tables/closing";
import { normalizeRekening } from "../../tables/hierarchy";
import { toA1 } from "../../workbook/address";
import type { TableReader } from "../../tables/reader";

export interface CodedRow {
  row: TableRow;
  code: ParsedCode;
  address: string;
}

/** A CodedRow whose address is computed only when a finding needs it. */
class Coded implements CodedRow {
  constructor(
    readonly row: TableRow,
    readonly code: ParsedCode,
    private readonly col: number,
  ) {}
  get address(): string {
    return toA1(this.row.index, this.col);
  }
}

const cache = new WeakMap<RecognizedTable, CodedRow[][]>();

/** Sibling groups of a table, computed once per table (kode-ganda and kode-lompat share them). */
export function siblingGroups(table: RecognizedTable, reader: TableReader): CodedRow[][] {
  let groups = cache.get(table);
  if (!groups) {
    groups = computeGroups(table, reader);
    cache.set(table, groups);
  }
  return groups;
}

function computeGroups(table: RecognizedTable, reader: TableReader): CodedRow[][] {
  const codeCols = table.columns.filter((c) => c.role === "no" || c.role === "kode");
  // Groups in order of first appearance; found by parent row (−1: top level), then level key and first prefix.
  const groups: CodedRow[][] = [];
  const byParent = new Map<number, Map<string, Map<string, CodedRow[]>>>();
  const coded: TableRow[] = [];
  const parsed: ParsedCode[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const code = row.code && !isClosing(row.role) ? parseCode(row.code) : null;
    if (!code) continue;
    coded.push(row);
    parsed.push(code);
  }
  const normalized = normalizeRekening(sequenceCodes(parsed));
  for (let i = 0; i < coded.length; i++) {
    const row = coded[i];
    const code = normalized[i];
    const col = codeColumnOf(table, codeCols, row, reader);
    const level = levelKey(code);
    const prefix = code.prefixKeys.length ? code.prefixKeys[0] : "";
    const entry = new Coded(row, code, col ? col.index : table.left);
    const parent = row.parent ?? -1;
    let levels = byParent.get(parent);
    if (!levels) byParent.set(parent, (levels = new Map<string, Map<string, CodedRow[]>>()));
    let prefixes = levels.get(level);
    if (!prefixes) levels.set(level, (prefixes = new Map<string, CodedRow[]>()));
    const group = prefixes.get(prefix);
    if (group) group.push(entry);
    else {
      const rows = [entry];
      prefixes.set(prefix, rows);
      groups.push(rows);
    }
  }
  return groups;
}

/**
 * The cell a row's code is reported at: the first code cell of the row, or, for a code split over
 * columns (Urusan | … | Sub Kegiatan), the row's own segment, the last one it fills.
 */
function codeColumnOf(
  table: RecognizedTable,
  codeCols: TableColumn[],
  row: TableRow,
  reader: TableReader,
): TableColumn | undefined {
  const filled = (c: TableColumn) => reader.grid.ownText(row.index, c.index) !== "";
  if (!table.codeColumns) return codeCols.find(filled);
  const split = codeCols.filter((c) => table.codeColumns!.includes(c.index));
  for (let k = split.length - 1; k >= 0; k--) if (filled(split[k])) return split[k];
  return codeCols.find(filled);
}

/** Tables whose codes are worth checking: budget and list tables with a code column. */
export function codedTables(tables: RecognizedTable[]): RecognizedTable[] {
  return tables.filter((t) => (t.kind === "anggaran" || t.kind === "daftar") && t.rows.some((r) => r.code));
}
