/**
 * The parsed code of each row of a recognised table, as the hierarchy read it (single capitals read
 * per sequence, rekening flags normalised). Recognition parses every code once; the code rules
 * (kode-ganda, kode-lompat) reuse that reading instead of parsing 50.000 codes again.
 */
import type { RecognizedTable, TableRow } from "./types";
import { ParsedCode, parseCode, sequenceCodes } from "./codes";
import { isClosing } from "./closing";
import { normalizeRekening } from "./hierarchy";

/** Keyed by the rows array itself: a table whose rows were replaced is read again. */
const CODES = new WeakMap<TableRow[], (ParsedCode | undefined)[]>();

/** Records the codes recognition read for `rows` (aligned with it; undefined for uncoded and closing rows). */
export function recordRowCodes(rows: TableRow[], codes: (ParsedCode | undefined)[]): void {
  CODES.set(rows, codes);
}

/** The parsed code of each of the table's rows, aligned with table.rows (undefined: no code or a closing row). */
export function rowCodes(table: RecognizedTable): (ParsedCode | undefined)[] {
  let codes = CODES.get(table.rows);
  if (!codes || codes.length !== table.rows.length) {
    codes = readCodes(table.rows);
    CODES.set(table.rows, codes);
  }
  return codes;
}

/** The same reading from the rows' code texts, for tables that did not come from recognition. */
function readCodes(rows: TableRow[]): (ParsedCode | undefined)[] {
  const out = new Array<ParsedCode | undefined>(rows.length);
  const at: number[] = [];
  const parsed: ParsedCode[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const code = row.code && !isClosing(row.role) ? parseCode(row.code) : null;
    if (!code) continue;
    at.push(i);
    parsed.push(code);
  }
  const normalized = normalizeRekening(sequenceCodes(parsed));
  for (let k = 0; k < at.length; k++) out[at[k]] = normalized[k];
  return out;
}
