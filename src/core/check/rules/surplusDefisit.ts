/**
 * surplus-defisit: the SURPLUS / (DEFISIT) row of an LRA with a PENDAPATAN and a BELANJA section ≠
 * the income total minus the spending total, per amount column (anggaran, realisasi). The % and the
 * sisa of that row are the ratio and difference rules' (persen-anggaran, selisih).
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableRow, TypedValue } from "../../tables/types";
import type { TableReader } from "../../tables/reader";
import { additiveColumns, sumFormula } from "../columns";
import { agrees } from "../compare";
import { fixNumber } from "../show";
import { fixFormula } from "../fixFormula";
import { fixedValues } from "../fixedValues";
import { incomeRows } from "../../tables/incomeRows";
import { isClosing } from "../../tables/closing";
import { bin, ref, type Expr } from "../../formula";
import { correctedOperand, correctedSubtotal } from "../childSums";

/** Financing rows (6 PEMBIAYAAN, 6.1 Penerimaan Pembiayaan) belong to neither side of the surplus. */
const FINANCING_LABEL = /^(pembiayaan|penerimaan pembiayaan|pengeluaran pembiayaan)\b/i;
const FINANCING_CODE = /^6(\.|$)/;

/** One section of the LRA (pendapatan or belanja): its data rows, its JUMLAH row and its heading row, if any. */
interface Section {
  rows: TableRow[];
  jumlah?: TableRow;
  head?: TableRow;
}

/** A way to total a section in one column: its value and the formula giving it. */
interface SectionTotal {
  value: Decimal;
  formula?: Expr;
  /** The cell it is read from, or how many rows it adds up, for the message. */
  cell?: string;
  rows?: number;
}

function sections(table: RecognizedTable, saldo: TableRow): { income: Section; spending: Section } {
  const income = incomeRows(table);
  const byIndex = new Map(table.rows.map((r) => [r.index, r]));
  const financing = new Set<number>();
  const inc: Section = { rows: [] };
  const spend: Section = { rows: [] };
  for (const row of table.rows) {
    if (row.index >= saldo.index) break;
    const label = row.label.trim();
    if (isClosing(row.role)) {
      if (/^(jumlah|total) pendapatan\b/i.test(label)) inc.jumlah ??= row;
      else if (/^(jumlah|total) belanja\b/i.test(label)) spend.jumlah ??= row;
      continue;
    }
    const parent = row.parent !== undefined ? byIndex.get(row.parent) : undefined;
    if (FINANCING_LABEL.test(label) || FINANCING_CODE.test(row.code?.trim() ?? "") || (parent && financing.has(parent.index))) {
      financing.add(row.index);
      continue;
    }
    const section = income.has(row.index) ? inc : spend;
    section.rows.push(row);
    if (row.parent === undefined && !section.head && (section === inc ? /^pendapatan\b/i : /^belanja\b/i).test(label))
      section.head = row;
  }
  return { income: inc, spending: spend };
}

function valueOf(reader: TableReader, fixed: Map<string, Decimal>, r: number, col: number): Decimal | null {
  const v = reader.get(r, col);
  const corrected = fixed.get(v.address);
  if (corrected) return corrected;
  return v.kind === "number" || v.kind === "dash" ? (v.value as Decimal) : null;
}

/**
 * The totals a section may be read as in column col, the likeliest first: its JUMLAH row and its
 * heading row's amount (4 PENDAPATAN, 5 BELANJA), each as its rows give it and as typed (a wrong one is
 * jumlah-induk's or total's to report, and a surplus right against either is not flagged beside it),
 * then the sum of its topmost rows with an amount (a row counts when no row above it in the hierarchy
 * has one) and the sum of its leaves.
 */
function sectionTotals(ctx: CheckContext, table: RecognizedTable, section: Section, col: number): SectionTotal[] {
  const reader = ctx.reader(table);
  const fixed = fixedValues(ctx, table.sheet);
  const out: SectionTotal[] = [];
  for (const row of [section.jumlah, section.head]) {
    if (!row) continue;
    const typed = reader.get(row.index, col);
    if (typed.kind !== "number" && typed.kind !== "dash") continue;
    for (const value of [
      correctedOperand(ctx, reader, table, row.index, col),
      correctedSubtotal(reader, table, row.index, col),
      typed.value as Decimal,
    ])
      if (value) out.push(cellTotal(row.index, col, value, typed.address));
  }
  out.push(...rowSums(reader, fixed, section, col));
  return out;
}

/** The sum of the section's topmost rows with an amount, and of its leaves (rows no other row is under). */
function rowSums(reader: TableReader, fixed: Map<string, Decimal>, section: Section, col: number): SectionTotal[] {
  const out: SectionTotal[] = [];
  const parents = new Set(section.rows.map((r) => r.parent));
  const leaves = section.rows.filter((r) => !parents.has(r.index)).map((r) => r.index);
  const counted = new Set<number>();
  const byIndex = new Map(section.rows.map((r) => [r.index, r]));
  let sum = new Decimal(0);
  for (const row of section.rows) {
    let up = row.parent !== undefined ? byIndex.get(row.parent) : undefined;
    let under = false;
    while (up && !under) {
      under = counted.has(up.index);
      up = up.parent !== undefined ? byIndex.get(up.parent) : undefined;
    }
    if (under) continue;
    const v = valueOf(reader, fixed, row.index, col);
    if (v === null) continue;
    counted.add(row.index);
    sum = sum.plus(v);
  }
  if (counted.size > 0) out.push({ value: sum, formula: sumFormula([...counted], col), rows: counted.size });
  let leafSum = new Decimal(0);
  let any = 0;
  for (const r of leaves) {
    const v = valueOf(reader, fixed, r, col);
    if (v === null) continue;
    leafSum = leafSum.plus(v);
    any++;
  }
  if (any > 0) out.push({ value: leafSum, formula: sumFormula(leaves, col), rows: any });
  return out;
}

function cellTotal(r: number, col: number, value: Decimal, address: string): SectionTotal {
  return { value, formula: ref(r, col), cell: address };
}

/** A label naming one side only ("DEFISIT"): the amount may be written without its sign. */
function oneSided(label: string): boolean {
  return !(/surplus/i.test(label) && /defisit/i.test(label));
}

function checkRow(ctx: CheckContext, table: RecognizedTable, saldo: TableRow): void {
  const { income, spending } = sections(table, saldo);
  if (income.rows.length === 0 || spending.rows.length === 0) return;
  const reader = ctx.reader(table);
  for (const col of additiveColumns(table)) {
    const typed = reader.get(saldo.index, col.index);
    if (typed.kind !== "number" && typed.kind !== "dash") continue;
    const inc = sectionTotals(ctx, table, income, col.index);
    const spend = sectionTotals(ctx, table, spending, col.index);
    if (inc.length === 0 || spend.length === 0) continue;
    if (inc.some((i) => spend.some((s) => balances(typed, i.value.minus(s.value), saldo.label)))) continue;
    report(ctx, table, reader, saldo, typed, inc[0], spend[0]);
  }
}

function balances(typed: TypedValue, exact: Decimal, label: string): boolean {
  return agrees(typed, exact) || (oneSided(label) && agrees(typed, exact.abs()));
}

function report(
  ctx: CheckContext,
  table: RecognizedTable,
  reader: TableReader,
  saldo: TableRow,
  typed: TypedValue,
  inc: SectionTotal,
  spend: SectionTotal,
): void {
  const exact = inc.value.minus(spend.value);
  const d = typed.decimals ?? 0;
  const formula = inc.formula && spend.formula ? fixFormula(reader.grid.sheet, bin("-", inc.formula, spend.formula)) : undefined;
  ctx.add({
    rule: "surplus-defisit",
    severity: "error",
    sheet: table.sheet,
    cell: typed.address,
    message: `Baris ${saldo.label} tertulis ${ctx.show.value(typed)}, seharusnya ${ctx.show.number(exact, d)} (pendapatan ${source(ctx, inc)}${ctx.show.number(inc.value, d)} − belanja ${source(ctx, spend)}${ctx.show.number(spend.value, d)}).`,
    expected: ctx.show.number(exact, d),
    actual: ctx.show.value(typed),
    fix: { value: fixNumber(exact, d), formula },
  });
}

/** "C6: " for a JUMLAH or heading cell, "(3 baris) " for a sum of rows. */
function source(ctx: CheckContext, total: SectionTotal): string {
  return total.cell ? `${total.cell}: ` : `(${ctx.show.count(total.rows ?? 0)} baris) `;
}

export const surplusDefisitRule: Rule = {
  id: "surplus-defisit",
  name: "Surplus/(defisit) tidak sama dengan pendapatan − belanja",
  severity: "error",
  doc: "Baris SURPLUS/(DEFISIT) laporan realisasi anggaran berbeda dari jumlah pendapatan dikurangi jumlah belanja.",
  run(ctx) {
    for (const table of ctx.tables) {
      if (table.kind !== "anggaran") continue;
      for (const row of table.rows) if (row.role === "saldo") checkRow(ctx, table, row);
    }
  },
};
