/** Coded rows grouped by parent and code kind, in sheet order, with the cell holding each code. */
import type { RecognizedTable, TableRow } from "../../tables/types";
import { ParsedCode, levelKey, parseCode } from "../../tables/codes";
import { isClosing } from "../../tables/closing";
import { isSipd } from "../../tables/hierarchy";
import { toA1 } from "../../workbook/address";
import type { TableReader } from "../../tables/reader";

export interface CodedRow {
  row: TableRow;
  code: ParsedCode;
  address: string;
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
  const groups = new Map<string, CodedRow[]>();
  const parsed = new Map<number, ParsedCode>();
  for (const row of table.rows) {
    const code = row.code && !isClosing(row.role) ? parseCode(row.code) : null;
    if (code) parsed.set(row.index, code);
  }
  const sipd = isSipd(parsed.values());
  for (const row of table.rows) {
    let code = parsed.get(row.index);
    if (!code) continue;
    if (code.rekening && !sipd) code = { ...code, rekening: false };
    const col = codeCols.find((c) => reader.grid.ownText(row.index, c.index) !== "");
    const address = toA1(row.index, col ? col.index : table.left);
    const key = `${row.parent ?? "top"}|${levelKey(code)}|${code.prefixKeys.length ? code.prefixKeys[0] : ""}`;
    const list = groups.get(key) ?? [];
    list.push({ row, code, address });
    groups.set(key, list);
  }
  return [...groups.values()];
}

/** Tables whose codes are worth checking: budget and list tables with a code column. */
export function codedTables(tables: RecognizedTable[]): RecognizedTable[] {
  return tables.filter((t) => (t.kind === "anggaran" || t.kind === "daftar") && t.rows.some((r) => r.code));
}
