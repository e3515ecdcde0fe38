/**
 * Typed values of table cells: numbers typed or pasted as text (`2.995.516.617,00`, `1,917,084,558.00`,
 * `92 %`, `56 (CC Kategori)`), dashes, errors, broken numbers; with the decimals each value shows.
 * Percentages are in percent points (a `0.00%` cell holding 0.9738 reads as 97.38).
 */
import Decimal from "decimal.js";
import type { Cell } from "../workbook/model";
import { toA1 } from "../workbook/address";
import { displayedDecimals, isPercentFormat, parseNumber } from "../numbers";
import type { TypedValue } from "./types";

/** Decimals above this are float noise of a formula result, not something a person typed. */
const MAX_DECIMALS = 9;

/**
 * A TypedValue whose A1 address is computed only when asked (tables hold many thousands of values);
 * one class, one shape, so reading 50.000 rows stays cheap. `address` is a getter: JSON.stringify
 * keeps it (toJSON), object spread does not.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-unsafe-declaration-merging
interface Value extends Omit<TypedValue, "address"> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Value {
  private readonly r: number;
  private readonly c: number;
  constructor(r: number, c: number, kind: TypedValue["kind"], raw: unknown, formula: boolean | undefined) {
    this.r = r;
    this.c = c;
    this.kind = kind;
    this.value = undefined;
    this.decimals = undefined;
    this.percent = undefined;
    this.error = undefined;
    this.text = undefined;
    this.raw = raw;
    this.formula = formula;
  }
  get address(): string {
    return toA1(this.r, this.c);
  }
  toJSON(): TypedValue {
    const { r: _r, c: _c, ...fields } = this;
    return { address: this.address, ...fields } as TypedValue;
  }
}

function make(row: number, col: number, fields: Omit<TypedValue, "address">): TypedValue {
  const v = new Value(row, col, fields.kind, fields.raw, fields.formula);
  if (fields.value !== undefined) v.value = fields.value;
  if (fields.decimals !== undefined) v.decimals = fields.decimals;
  if (fields.percent !== undefined) v.percent = fields.percent;
  if (fields.error !== undefined) v.error = fields.error;
  if (fields.text !== undefined) v.text = fields.text;
  return v as unknown as TypedValue;
}

const formats = new Map<string, { percent: boolean; decimals: number | null; signed: boolean }>();

/** Percent flag and shown decimals of a number format, cached (formats repeat down a column). */
function formatInfo(value: number, numFmt: string | undefined): { percent: boolean; decimals: number | null } {
  if (!numFmt) return { percent: false, decimals: null };
  let f = formats.get(numFmt);
  if (!f) {
    f = { percent: isPercentFormat(numFmt), decimals: displayedDecimals(1, numFmt), signed: numFmt.includes(";") };
    if (formats.size < 500) formats.set(numFmt, f);
  }
  if (f.signed && value <= 0) return { percent: f.percent, decimals: displayedDecimals(value, numFmt) };
  return f;
}

/** Reads one cell as a TypedValue. `generalDecimals`: decimals to assume at least for General-format numbers. */
export function typedValue(cell: Cell | undefined, row: number, col: number, generalDecimals = 0): TypedValue {
  const raw = cell ? cell.value : null;
  const formula = cell?.formula ? true : undefined;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return make(row, col, { kind: "broken", raw, text: String(raw) });
    const info = formatInfo(raw, cell?.numFmt);
    const percent = info.percent;
    let value = new Decimal(raw);
    if (percent) value = value.times(100);
    const own = Math.max(0, value.decimalPlaces());
    const shown = info.decimals;
    let decimals: number;
    if (shown !== null) decimals = shown;
    else decimals = Math.min(Math.max(own, generalDecimals), MAX_DECIMALS);
    if (own > MAX_DECIMALS) value = value.toDecimalPlaces(MAX_DECIMALS, Decimal.ROUND_HALF_UP);
    return make(row, col, { kind: "number", value, decimals, percent: percent || undefined, raw, formula });
  }
  const p = parseNumber(raw);
  switch (p.kind) {
    case "number":
      return make(row, col, { kind: "number", value: p.value, decimals: Math.min(p.decimals, MAX_DECIMALS), percent: p.percent || undefined, raw, formula });
    case "dash":
      return make(row, col, { kind: "dash", value: new Decimal(0), decimals: 0, raw, formula });
    case "empty":
      return make(row, col, { kind: "empty", raw, formula });
    case "error":
      return make(row, col, { kind: "error", error: p.code, raw, formula });
    case "broken":
      return make(row, col, { kind: "broken", text: p.reason, raw, formula });
    default:
      return make(row, col, { kind: "text", text: typeof raw === "string" ? raw.trim() : String(raw), raw, formula });
  }
}

/** A number or a dash (zero). */
export function isNumeric(v: TypedValue): boolean {
  return v.kind === "number" || v.kind === "dash";
}

/** The value of a number or dash; null otherwise. */
export function num(v: TypedValue): Decimal | null {
  return v.kind === "number" || v.kind === "dash" ? (v.value as Decimal) : null;
}

/** Decimals a General number shows (trailing zeros dropped), for the column statistics. */
export function ownDecimals(cell: Cell | undefined): number | null {
  if (!cell || typeof cell.value !== "number" || formatInfo(cell.value, cell.numFmt).decimals !== null) return null;
  const d = decimalsOfNumber(cell.value);
  return d > MAX_DECIMALS ? null : d;
}

/** Decimals of a JS number as it prints (1.5 -> 1, 1e-7 -> 7, 100 -> 0). */
function decimalsOfNumber(n: number): number {
  const s = String(n);
  const e = s.indexOf("e");
  if (e >= 0) {
    const exp = Number(s.slice(e + 1));
    const mantissa = s.slice(0, e);
    const point = mantissa.indexOf(".");
    return Math.max(0, (point < 0 ? 0 : mantissa.length - point - 1) - exp);
  }
  const point = s.indexOf(".");
  return point < 0 ? 0 : s.length - point - 1;
}
