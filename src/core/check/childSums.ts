/**
 * The sum of a parent row's children in one column (program = Σ kegiatan), for rules that compute
 * from a parent's amounts: when the parent's own realisasi is the wrong cell (jumlah-induk says so),
 * its sisa and % that agree with the children are right and are not flagged as well.
 */
import Decimal from "decimal.js";
import type { RecognizedTable, TableRow } from "../tables/types";
import type { TableReader } from "../tables/reader";
import type { CheckContext } from "./context";
import { fixedValues } from "./fixedValues";
import { exactRatio, ratioAgrees } from "./rules/ratio";
import { otherTableValue } from "./crossTable";

const CHILDREN = new WeakMap<RecognizedTable, Map<number, TableRow[]>>();

/** The hierarchy's children of each parent row (by sheet row index), built once per table. */
export function childrenOf(table: RecognizedTable): Map<number, TableRow[]> {
  let map = CHILDREN.get(table);
  if (!map) {
    map = new Map();
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (row.parent === undefined || row.role === "sub-indikator") continue;
      const list = map.get(row.parent);
      if (list) list.push(row);
      else map.set(row.parent, [row]);
    }
    CHILDREN.set(table, map);
  }
  return map;
}

/** Σ of the children of row `r` in column `col` (a child left empty counts its own children); null when none or unreadable. */
export function childrenSum(reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  if (!table.hierarchical) return null;
  const kids = childrenOf(table).get(r);
  if (!kids) return null;
  let sum = new Decimal(0);
  let any = false;
  for (const kid of kids) {
    const k = kid.index;
    const v = reader.get(k, col);
    if (v.kind === "number" || v.kind === "dash") {
      sum = sum.plus(v.value as Decimal);
      any = true;
    } else if (v.kind === "empty") {
      const below = childrenSum(reader, table, k, col);
      if (below) {
        sum = sum.plus(below);
        any = true;
      }
    } else return null;
  }
  return any ? sum : null;
}

/**
 * Row `r`'s amount in `col` as its subtree gives it once every wrong parent below is corrected: a leaf's
 * typed value, a parent's the sum of its children's corrected amounts (null when unreadable).
 */
export function correctedSubtotal(reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  const kids = table.hierarchical ? childrenOf(table).get(r) : undefined;
  // A total or subtotal row: the sum of the rows it closes.
  if (!kids && totalsOf(table).has(r)) return closedSum(reader, table, r, col);
  if (!kids) {
    const v = reader.get(r, col);
    return v.kind === "number" || v.kind === "dash" ? (v.value as Decimal) : v.kind === "empty" ? new Decimal(0) : null;
  }
  let sum = new Decimal(0);
  for (const kid of kids) {
    const k = correctedSubtotal(reader, table, kid.index, col);
    if (!k) return null;
    sum = sum.plus(k);
  }
  return sum;
}

/**
 * An operand of row `r` as its children give it, when they disagree with the typed value (the typed
 * one is then the wrong cell); otherwise null.
 */
export function childCorrected(reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  const own = reader.get(r, col);
  if (own.kind !== "number" && own.kind !== "dash") return null;
  const sum = childrenSum(reader, table, r, col) ?? closedSum(reader, table, r, col);
  return sum && !sum.equals(own.value as Decimal) ? sum : null;
}

const TOTALS = new WeakMap<RecognizedTable, Map<number, TableRow>>();

/** Σ of the rows a total or subtotal row closes, in one column (the total rule reports a wrong one); null when none or unreadable. */
function totalsOf(table: RecognizedTable): Map<number, TableRow> {
  let totals = TOTALS.get(table);
  if (!totals) {
    totals = new Map(
      table.rows.filter((x) => (x.role === "total" || x.role === "subtotal") && x.closes?.length).map((x) => [x.index, x]),
    );
    TOTALS.set(table, totals);
  }
  return totals;
}

function closedSum(reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  const row = totalsOf(table).get(r);
  if (!row?.closes) return null;
  let sum = new Decimal(0);
  for (const k of row.closes) {
    const v = reader.get(k, col);
    if (v.kind === "number" || v.kind === "dash") sum = sum.plus(v.value as Decimal);
    else if (v.kind === "empty") {
      // A program heading without amounts: its rows below.
      const below = childrenSum(reader, table, k, col);
      if (below) sum = sum.plus(below);
    } else return null;
  }
  return sum;
}

/**
 * An operand of row `r` as it should be: from its children (above), the value an earlier rule's fix
 * writes into it (a row total TW I–IV found wrong), or the other table's amount when the two tables
 * disagree on it (beda-antar-tabel reports that amount). A % or sisa right against that value is right.
 */
export function correctedOperand(
  ctx: CheckContext,
  reader: TableReader,
  table: RecognizedTable,
  r: number,
  col: number,
): Decimal | null {
  const fromChildren = childCorrected(reader, table, r, col);
  if (fromChildren) return fromChildren;
  const address = reader.get(r, col).address;
  return (
    fixedValues(ctx, table.sheet).get(address) ??
    otherTableValue(ctx, table.sheet, address) ??
    ratioCorrected(ctx, reader, table, r, col)
  );
}

/**
 * An operand that is itself a ratio column's cell (the serapan of capaian − serapan) as its own
 * operands give it, when the typed one disagrees: the rule that checks that ratio reports it.
 */
function ratioCorrected(ctx: CheckContext, reader: TableReader, table: RecognizedTable, r: number, col: number): Decimal | null {
  const ratio = table.ratios.find((x) => x.column === col);
  const row = ratio ? table.rows.find((x) => x.index === r) : undefined;
  if (!ratio || !row) return null;
  const typed = reader.get(r, col);
  if (typed.kind !== "number") return null;
  const c = {
    table,
    ratio,
    row,
    typed,
    numerator: reader.get(r, ratio.numerator),
    denominator: reader.get(r, ratio.denominator),
  };
  const exact = exactRatio(c, ctx);
  return exact && !ratioAgrees(c, exact) ? exact : null;
}
