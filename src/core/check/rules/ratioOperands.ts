/**
 * A ratio's operands as their cells show them, and as a message quotes them. A realisasi stored as
 * 3,2567 under the format "0.00" shows 3,26: a finance officer who computes the capaian from what the
 * cell shows (3,26 / 3,1 × 100 = 105,16) is off the exact 105,05 by no more than the rounding of that
 * operand, and is not flagged for it, as long as the typed value stays within half a point of the
 * exact one (so no real error of 0,5 or more hides behind it). A message quotes the stored operands,
 * with as many decimals as make their quotient the expected value.
 */
import Decimal from "decimal.js";
import type { TypedValue } from "../../tables/types";
import type { CheckContext } from "../context";
import { agrees } from "../compare";
import { exactRatio, type RatioCase } from "./ratio";

const HALF_POINT = new Decimal("0.5");

/** True when the cell is a number stored with more decimals than its format shows. */
export function hidesDigits(v: TypedValue): boolean {
  return (
    v.kind === "number" &&
    typeof v.raw === "number" &&
    !!v.value &&
    v.decimals !== undefined &&
    v.value.decimalPlaces() > v.decimals
  );
}

/** The operand at `decimals` (never fewer than it shows), when it hides digits; as it is otherwise. */
function roundedTo(v: TypedValue, decimals: number): TypedValue {
  if (!hidesDigits(v)) return v;
  const d = Math.max(decimals, v.decimals as number);
  return { ...v, value: (v.value as Decimal).toDecimalPlaces(d, Decimal.ROUND_HALF_UP), decimals: d };
}

/**
 * The typed ratio is what the operands give as their cells show them (rounded to their format),
 * and within half a point of the exact ratio.
 */
export function agreesWithShownOperands(ctx: CheckContext, c: RatioCase, exact: Decimal): boolean {
  if (!hidesDigits(c.numerator) && !hidesDigits(c.denominator)) return false;
  const typed = c.typed.value;
  if (c.typed.kind !== "number" || !typed || typed.minus(exact).abs().gte(HALF_POINT)) return false;
  const shown = exactRatio({ ...c, numerator: roundedTo(c.numerator, 0), denominator: roundedTo(c.denominator, 0) }, ctx);
  return !!shown && agrees(c.typed, shown);
}

/**
 * Numerator and denominator as a message quotes them. An operand hiding digits is quoted with the
 * fewest of them that make the quotient show as `exact` at `decimals`, and says what the cell
 * shows ("3,2567 (ditampilkan 3,26)"); a dash a typed number beside it read as 0 says so.
 */
export function quotedOperands(
  ctx: CheckContext,
  c: RatioCase,
  exact: Decimal,
  decimals: number,
): { numerator: string; denominator: string } {
  let n = c.numerator;
  let d = c.denominator;
  if (hidesDigits(n) || hidesDigits(d)) {
    const want = ctx.show.number(exact, decimals);
    const most = Math.max(n.value?.decimalPlaces() ?? 0, d.value?.decimalPlaces() ?? 0);
    const least = Math.min(n.decimals ?? 0, d.decimals ?? 0) + 1;
    for (let k = least; k <= most; k++) {
      const wideN = roundedTo(c.numerator, k);
      const wideD = roundedTo(c.denominator, k);
      const q = exactRatio({ ...c, numerator: wideN, denominator: wideD }, ctx);
      if (k === most || (q && ctx.show.number(q, decimals) === want)) {
        n = wideN;
        d = wideD;
        break;
      }
    }
  }
  return { numerator: quote(ctx, c.numerator, n), denominator: quote(ctx, c.denominator, d) };
}

function quote(ctx: CheckContext, cell: TypedValue, quoted: TypedValue): string {
  if (quoted === cell) return ctx.show.operand(cell);
  const shown = ctx.show.value(cell);
  const stored = ctx.show.exact(quoted.value as Decimal) + (cell.percent ? " %" : "");
  return stored === shown ? shown : `${stored} (ditampilkan ${shown})`;
}
