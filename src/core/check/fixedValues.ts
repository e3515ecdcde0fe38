/**
 * The numbers earlier rules' fixes write, by sheet and cell: a value that matches its operands once
 * those are fixed is right, and "fixing" it too would break it when both are applied. Built once per
 * state of the findings list (rules look it up row by row).
 */
import Decimal from "decimal.js";
import type { CheckContext } from "./context";
import type { Finding } from "./finding";

const cache = new WeakMap<Finding[], { length: number; bySheet: Map<string, Map<string, Decimal>> }>();

export function fixedValues(ctx: Pick<CheckContext, "findings">, sheet: string): Map<string, Decimal> {
  const list = ctx.findings();
  let entry = cache.get(list);
  if (!entry || entry.length !== list.length) {
    const bySheet = new Map<string, Map<string, Decimal>>();
    for (const f of list) {
      if (typeof f.fix?.value !== "number") continue;
      let cells = bySheet.get(f.sheet);
      if (!cells) bySheet.set(f.sheet, (cells = new Map<string, Decimal>()));
      cells.set(f.cell, new Decimal(f.fix.value));
    }
    entry = { length: list.length, bySheet };
    cache.set(list, entry);
  }
  return entry.bySheet.get(sheet) ?? new Map<string, Decimal>();
}
