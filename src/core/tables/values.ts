/**
 * Typed values of table cells: numbers typed or pasted as text (`2.995.516.617,00`, `1,917,084,558.00`,
 * `92 %`, `56 (CC Kategori)`), dashes, errors, broken numbers; with the decimals each value shows.
 * Percentages are in percent points (a `0.00%` cell holding 0.9738 reads as 97.38).
 */
import Decimal from "decimal.js";
import type { Cell, NumberLocale } from "../workbook/model";
import { cellText } from "./text";
import { toA1 } from "../workbook/address";
import { displayedDecimals, isPercentFormat, parseNumber, type ParsedNumber } from "../numbers";
import type { TypedValue } from "./types";

/** Decimals above this are float noise of a formula result, not something a person typed. */
export const MAX_DECIMALS = 9;

/**
 * A TypedValue whose A1 address is computed only when asked (tables hold many thousands of values);
 * one class, one shape, so reading 50.000 rows stays cheap. `address` is a getter: JSON.stringify
 * keeps it (toJSON), object spread does not. Numbers with few decimals also carry an exact
 * scaled-integer form (`units / 10^scale`) so rules can compare them without Decimal; their Decimal
 * `value` is built on first use.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the class below carries the fields; the interface only lends their types
interface Value extends Omit<TypedValue, "address" | "value"> {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class Value {
  private readonly r: number;
  private readonly c: number;
  /** Exact value = units / 10^scale (units a safe integer) when scale ≥ 0; scale −1 when unknown. */
  units: number;
  scale: number;
  private dec: Decimal | undefined;
  /** Number cell whose Decimal is built lazily (raw JS number, percent flag). */
  lazy: boolean;
  constructor(r: number, c: number, kind: TypedValue["kind"], raw: TypedValue["raw"], formula: boolean | undefined) {
    this.r = r;
    this.c = c;
    this.kind = kind;
    this.decimals = undefined;
    this.percent = undefined;
    this.error = undefined;
    this.text = undefined;
    this.raw = raw;
    this.formula = formula;
    this.units = 0;
    this.scale = -1;
    this.dec = undefined;
    this.lazy = false;
  }
  get value(): Decimal | undefined {
    if (this.lazy) {
      this.lazy = false;
      const d = new Decimal(this.raw as number);
      this.dec = this.percent ? d.times(100) : d;
    }
    return this.dec;
  }
  set value(v: Decimal | undefined) {
    this.lazy = false;
    this.dec = v;
  }
  get address(): string {
    return toA1(this.r, this.c);
  }
  toJSON(): TypedValue {
    const out = {
      address: this.address,
      kind: this.kind,
      value: this.value,
      decimals: this.decimals,
      percent: this.percent,
      error: this.error,
      text: this.text,
      raw: this.raw,
      formula: this.formula,
    };
    return out;
  }
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/** Largest scaled magnitude of the fast form: keeps a JS number's ulp under a quarter of a unit. */
const FAST_LIMIT = 2 ** 50;
/** Most decimals the fast form holds. */
const FAST_SCALE = 6;

/**
 * Decimals of a finite JS number as it prints (String(n), which Decimal reads), when at most
 * FAST_SCALE and n·10^s stays under 2^50 (then exactly one s-decimal string reads back as n, so the
 * one found is the printed one); −1 otherwise.
 */
function fastScale(n: number): number {
  for (let s = 0; s <= FAST_SCALE; s++) {
    const u = n * POW10[s];
    if (!(Math.abs(u) < FAST_LIMIT)) return -1;
    if (Math.round(u) / POW10[s] === n) return s;
  }
  return -1;
}

function make(row: number, col: number, fields: Omit<TypedValue, "address">): TypedValue {
  const v = new Value(row, col, fields.kind, fields.raw, fields.formula);
  if (fields.value !== undefined) {
    v.value = fields.value;
    setFastFromDecimal(v, fields.value);
  }
  if (fields.decimals !== undefined) v.decimals = fields.decimals;
  if (fields.percent !== undefined) v.percent = fields.percent;
  if (fields.error !== undefined) v.error = fields.error;
  if (fields.text !== undefined) v.text = fields.text;
  return v;
}

function setFastFromDecimal(v: Value, d: Decimal): void {
  const dp = d.decimalPlaces();
  if (dp > FAST_SCALE || !d.isFinite()) return;
  const scaled = d.times(POW10[dp]);
  if (!scaled.abs().lt(FAST_LIMIT)) return;
  v.units = scaled.toNumber();
  v.scale = dp;
}

/** Scale of a value's exact fast form (value = unitsOf(v) / 10^scale), or −1 when it has none. */
export function scaleOf(v: TypedValue): number {
  const s = (v as unknown as Value).scale;
  return typeof s === "number" ? s : -1;
}

/** Units of a value's exact fast form; meaningful only when scaleOf(v) ≥ 0. */
export function unitsOf(v: TypedValue): number {
  return (v as unknown as Value).units;
}

interface FormatInfo {
  percent: boolean;
  decimals: number | null;
  signed: boolean;
}

const formats = new Map<string, FormatInfo>();
/** General: no percent, decimals as the number prints (shared, never changed). */
const GENERAL: FormatInfo = { percent: false, decimals: null, signed: false };
/** The format read last: cells down a column repeat it, so most reads skip the map. */
let lastFormat = "";
let lastInfo = GENERAL;

/** Percent flag and shown decimals of a number format, cached (formats repeat down a column). */
function formatInfo(value: number, numFmt: string | undefined): { percent: boolean; decimals: number | null } {
  if (!numFmt) return GENERAL;
  let f: FormatInfo | undefined = numFmt === lastFormat ? lastInfo : formats.get(numFmt);
  if (!f) {
    f = { percent: isPercentFormat(numFmt), decimals: displayedDecimals(1, numFmt), signed: numFmt.includes(";") };
    if (formats.size < 500) formats.set(numFmt, f);
  }
  lastFormat = numFmt;
  lastInfo = f;
  if (f.signed && value <= 0) return { percent: f.percent, decimals: displayedDecimals(value, numFmt) };
  return f;
}

/**
 * Result of readFastNumber (one shared scratch object: read it before the next call). For a
 * General-format number (no decimals in its format) `general` is the scale its shown decimals are
 * taken from, min(max(general, column's decimals), MAX_DECIMALS), and `own` what ownDecimals gives;
 * both −1 otherwise.
 */
export const FAST = { units: 0, scale: -1, decimals: 0, general: -1, own: -1 };

/**
 * The exact fast form of a finite JS number cell as typedValue reads it: true when the number has
 * at most FAST_SCALE printed decimals (FAST.units / 10^FAST.scale, scale −1 when the scaled
 * magnitude is too large) and FAST.decimals the decimals it shows; false when typedValue needs Decimal.
 */
function readFastNumber(raw: number, info: { percent: boolean; decimals: number | null }, generalDecimals: number): boolean {
  const s = fastScale(raw);
  if (s < 0) return false;
  // Exact without Decimal: raw = units / 10^s; percent points move the point two places.
  let units = Math.round(raw * POW10[s]);
  let scale = s;
  if (info.percent) {
    if (scale >= 2) scale -= 2;
    else {
      units *= POW10[2 - scale];
      scale = 0;
    }
  }
  if (Math.abs(units) < FAST_LIMIT) {
    FAST.units = units === 0 ? 0 : units;
    FAST.scale = scale;
  } else {
    FAST.units = 0;
    FAST.scale = -1;
  }
  if (info.decimals !== null) {
    FAST.decimals = info.decimals;
    FAST.general = -1;
    FAST.own = -1;
  } else {
    FAST.decimals = Math.min(Math.max(scale, generalDecimals), MAX_DECIMALS);
    FAST.general = scale;
    // ownDecimals: the printed decimals, which fastScale found (at most FAST_SCALE).
    FAST.own = s;
  }
  return true;
}

/**
 * The fast form of a number cell without building a TypedValue (rules read tens of thousands):
 * fills FAST and returns true exactly when typedValue would give a lazy number value; false for
 * anything else (the caller then reads typedValue).
 */
export function fastNumber(cell: Cell, generalDecimals: number): boolean {
  const raw = cell.value;
  if (typeof raw !== "number" || !Number.isFinite(raw)) return false;
  return readFastNumber(raw, formatInfo(raw, cell.numFmt), generalDecimals);
}

/** Reads one cell as a TypedValue. `generalDecimals`: decimals to assume at least for General-format numbers. */
/**
 * A number with its unit word after it, as a target is typed in a PK ("12 dokumen", "4 laporan",
 * "3,5 km"): the number. Words that scale it (ribu, juta) or say what it is of ("dari 5") are no unit.
 */
const WITH_UNIT = /^([-(]?[\d.,]*\d\)?\s*%?)\s+([a-z]{2,15}(?:[ /][a-z]{1,15})?)\.?$/i;
const NO_UNIT = /^(ribu|rb|juta|jt|miliar|milyar|triliun|persen|dari|per|s\.?d|sampai|atau|dan|x)\b/i;

function withUnitWord(raw: string, notation?: NumberLocale): ParsedNumber | null {
  const m = WITH_UNIT.exec(raw.trim());
  if (!m || NO_UNIT.test(m[2])) return null;
  const p = parseNumber(m[1], notation ? { locale: notation } : undefined);
  return p.kind === "number" ? p : null;
}

export function typedValue(
  cell: Cell | undefined,
  row: number,
  col: number,
  generalDecimals = 0,
  /** The decimal mark the column's text numbers use (columnNotation.ts), when known. */
  notation?: NumberLocale,
): TypedValue {
  const raw = cell ? cell.value : null;
  const formula = cell?.formula ? true : undefined;
  if (cell?.brokenNumber) {
    return make(row, col, { kind: "broken", text: `angka tersimpan rusak (${raw as string})`, raw, formula });
  }
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return make(row, col, { kind: "broken", raw, text: String(raw) });
    const info = formatInfo(raw, cell?.numFmt);
    const percent = info.percent;
    if (readFastNumber(raw, info, generalDecimals)) {
      const v = new Value(row, col, "number", raw, formula);
      if (FAST.scale >= 0) {
        v.units = FAST.units;
        v.scale = FAST.scale;
      }
      v.lazy = true;
      v.percent = percent || undefined;
      v.decimals = FAST.decimals;
      return v;
    }
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
  let p = parseNumber(raw, notation ? { locale: notation } : undefined);
  if (p.kind === "text" && typeof raw === "string") p = withUnitWord(raw, notation) ?? p;
  switch (p.kind) {
    case "number":
      return make(row, col, {
        kind: "number",
        value: p.value,
        decimals: Math.min(p.decimals, MAX_DECIMALS),
        percent: p.percent || undefined,
        raw,
        formula,
      });
    case "dash":
      return make(row, col, { kind: "dash", value: new Decimal(0), decimals: 0, raw, formula });
    case "empty":
      return make(row, col, { kind: "empty", raw, formula });
    case "error":
      return make(row, col, { kind: "error", error: p.code, raw, formula });
    case "broken":
      return make(row, col, { kind: "broken", text: p.reason, raw, formula });
    default:
      return make(row, col, { kind: "text", text: cellText(raw), raw, formula });
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
  // fastScale is the printed decimals whenever it finds them (no string built).
  const s = fastScale(cell.value);
  const d = s >= 0 ? s : decimalsOfNumber(cell.value);
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
