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

/** Reads one cell as a TypedValue. `generalDecimals`: decimals to assume at least for General-format numbers. */
export function typedValue(cell: Cell | undefined, row: number, col: number, generalDecimals = 0): TypedValue {
  const address = toA1(row, col);
  const raw = cell ? cell.value : null;
  const formula = cell?.formula ? true : undefined;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { address, kind: "broken", raw, text: String(raw) };
    const numFmt = cell?.numFmt;
    const percent = isPercentFormat(numFmt);
    let value = new Decimal(raw);
    if (percent) value = value.times(100);
    const own = Math.max(0, value.decimalPlaces());
    const shown = displayedDecimals(raw, numFmt);
    let decimals: number;
    if (shown !== null) decimals = shown;
    else decimals = Math.min(Math.max(own, generalDecimals), MAX_DECIMALS);
    if (own > MAX_DECIMALS) value = value.toDecimalPlaces(MAX_DECIMALS, Decimal.ROUND_HALF_UP);
    return { address, kind: "number", value, decimals, percent: percent || undefined, raw, formula };
  }
  const p = parseNumber(raw);
  switch (p.kind) {
    case "number":
      return { address, kind: "number", value: p.value, decimals: Math.min(p.decimals, MAX_DECIMALS), percent: p.percent || undefined, raw, formula };
    case "dash":
      return { address, kind: "dash", value: new Decimal(0), decimals: 0, raw, formula };
    case "empty":
      return { address, kind: "empty", raw, formula };
    case "error":
      return { address, kind: "error", error: p.code, raw, formula };
    case "broken":
      return { address, kind: "broken", text: p.reason, raw, formula };
    default:
      return { address, kind: "text", text: typeof raw === "string" ? raw.trim() : String(raw), raw, formula };
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
  if (!cell || typeof cell.value !== "number" || displayedDecimals(cell.value, cell.numFmt) !== null) return null;
  const v = new Decimal(cell.value);
  return v.decimalPlaces() > MAX_DECIMALS ? null : v.decimalPlaces();
}
