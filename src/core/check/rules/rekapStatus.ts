/**
 * rekap-status: a recap of statuses (IDM: Mandiri | Maju | Berkembang | Tertinggal | Sangat Tertinggal,
 * with a count each and a Jumlah row) against the table that gives each row its status (the IDM table
 * per desa). A count is right when it is the number of rows with that status as typed, or as the
 * predikat rule corrects it; the Jumlah, when it is the number of rows. A recap no table decides whose
 * counts do not add up to its Jumlah is said once, naming both cells, instead of blaming the total.
 * Recaps of the workbook's predikat words count indicators: they are rekap-predikat's.
 */
import Decimal from "decimal.js";
import type { Rule } from "./rule";
import type { CheckContext } from "../context";
import type { RecognizedTable, TableColumn, TypedValue } from "../../tables/types";
import { isClosing } from "../../tables/closing";
import { normHeader } from "../../tables/text";
import { labelMatchesBand } from "../../scales";
import { isNotMeasuredWord } from "../notMeasuredWord";
import { toA1 } from "../../workbook/address";

interface CountRow {
  /** The status word normalised (upper case), and as the recap writes it. */
  word: string;
  shown: string;
  count: TypedValue;
}

interface Recap {
  table: RecognizedTable;
  rows: CountRow[];
  total?: TypedValue;
}

/** Status counts of a source table: as typed, and with the predikat rule's corrections. */
interface Source {
  table: RecognizedTable;
  typed: Map<string, number>;
  corrected: Map<string, number>;
  rows: number;
}

const SUMMARY = /^(rata ?-?rata|rerata|jumlah|total)\b/i;

function recapOf(ctx: CheckContext, table: RecognizedTable): Recap | null {
  const pcol = table.columns.find((c) => c.role === "predikat");
  const jcol = table.columns.find((c) => c.role === "jumlah");
  if (!pcol || !jcol) return null;
  const reader = ctx.reader(table);
  const rows: CountRow[] = [];
  let total: TypedValue | undefined;
  for (const row of table.rows) {
    const count = reader.get(row.index, jcol.index);
    if (isClosing(row.role)) {
      total ??= count.kind === "number" ? count : undefined;
      continue;
    }
    const shown = reader.grid.text(row.index, pcol.index).trim();
    const word = normHeader(shown);
    if (word !== "" && (count.kind === "number" || count.kind === "dash")) rows.push({ word, shown, count });
  }
  return rows.length >= 2 ? { table, rows, total } : null;
}

function statusColumn(table: RecognizedTable): TableColumn | undefined {
  if (table.kind === "rekap" || table.kind === "skala" || table.kind === "indikator") return undefined;
  return table.columns.find((c) => c.role === "predikat");
}

/** The table whose rows carry exactly the recap's words (at least two of them), counted. */
function sourceOf(ctx: CheckContext, recap: Recap): Source[] {
  const words = new Set(recap.rows.map((r) => r.word));
  const corrections = new Map<string, string>();
  for (const f of ctx.findings()) {
    if (f.rule === "predikat" && typeof f.fix?.value === "string")
      corrections.set(`${f.sheet}!${f.cell}`, normHeader(f.fix.value));
  }
  const out: Source[] = [];
  for (const table of ctx.tables) {
    const col = statusColumn(table);
    if (!col) continue;
    const reader = ctx.reader(table);
    const typed = new Map<string, number>();
    const corrected = new Map<string, number>();
    let rows = 0;
    let foreign = false;
    for (const row of table.rows) {
      if (isClosing(row.role) || SUMMARY.test(row.label.trim())) continue;
      const word = normHeader(reader.grid.text(row.index, col.index));
      if (word === "") continue;
      if (!words.has(word)) foreign = true;
      rows++;
      typed.set(word, (typed.get(word) ?? 0) + 1);
      const fixed = corrections.get(`${table.sheet}!${toA1(row.index, col.index)}`) ?? word;
      corrected.set(fixed, (corrected.get(fixed) ?? 0) + 1);
    }
    if (!foreign && typed.size >= 2) out.push({ table, typed, corrected, rows });
  }
  return out;
}

const valueOf = (v: TypedValue) => (v.value ?? new Decimal(0)).toNumber();

function checkAgainst(ctx: CheckContext, recap: Recap, sources: Source[]): void {
  const [first] = sources;
  for (const { word, shown, count } of recap.rows) {
    const n = valueOf(count);
    if (sources.some((s) => (s.typed.get(word) ?? 0) === n || (s.corrected.get(word) ?? 0) === n)) continue;
    const expected = first.typed.get(word) ?? 0;
    ctx.add({
      rule: "rekap-status",
      severity: "error",
      sheet: recap.table.sheet,
      cell: count.address,
      message: `Rekap mencatat ${ctx.show.count(n)} baris berstatus “${shown}”, padahal di '${first.table.sheet}' ada ${ctx.show.count(expected)}.`,
      expected,
      actual: ctx.show.value(count),
      fix: { value: expected },
    });
  }
  const t = recap.total;
  if (!t || sources.some((s) => valueOf(t) === s.rows)) return;
  ctx.add({
    rule: "rekap-status",
    severity: "error",
    sheet: recap.table.sheet,
    cell: t.address,
    message: `Jumlah pada rekap tertulis ${ctx.show.value(t)}, padahal '${first.table.sheet}' mencantumkan ${ctx.show.count(first.rows)} baris berstatus.`,
    expected: first.rows,
    actual: ctx.show.value(t),
    fix: { value: first.rows },
  });
}

/** Counts that do not add up to the Jumlah, with nothing to say which is wrong: one finding naming both. */
function unresolved(ctx: CheckContext, recap: Recap): void {
  const t = recap.total;
  if (!t?.value) return;
  const sum = recap.rows.reduce((a, r) => a + valueOf(r.count), 0);
  if (t.value.eq(sum)) return;
  const first = recap.rows[0].count.address;
  const last = recap.rows[recap.rows.length - 1].count.address;
  ctx.add({
    rule: "rekap-status",
    severity: "warning",
    sheet: recap.table.sheet,
    cell: t.address,
    message: `Rincian ${first}:${last} berjumlah ${ctx.show.count(sum)}, tetapi baris jumlah ${t.address} tertulis ${ctx.show.value(t)}: salah satunya keliru (sebuah rincian atau jumlahnya), dan tidak ada tabel sumber untuk memastikannya.`,
    expected: sum,
    actual: ctx.show.value(t),
  });
}

/** Every word of the recap is a predikat of the workbook's scale, or the category of the indicators not measured. */
function countsPredikat(ctx: CheckContext, recap: Recap): boolean {
  return recap.rows.every((r) => isNotMeasuredWord(r.word) || ctx.scale.bands.some((b) => labelMatchesBand(r.word, b)));
}

/** A recap whose words are not the workbook's scale and whose counts a status table gives (rekap-status checks it, also its Jumlah). */
export function isStatusRecap(ctx: CheckContext, table: RecognizedTable): boolean {
  const recap = table.kind === "rekap" ? recapOf(ctx, table) : null;
  if (!recap || countsPredikat(ctx, recap)) return false;
  return sourceOf(ctx, recap).length > 0;
}

export const rekapStatusRule: Rule = {
  id: "rekap-status",
  name: "Rekap jumlah per status tidak cocok",
  severity: "error",
  doc: "Jumlah baris per status (misalnya status IDM desa) pada rekap yang tidak sesuai dengan tabel sumbernya, atau rincian yang tidak berjumlah sama dengan baris jumlahnya.",
  run(ctx) {
    const recaps = ctx.tables
      .filter((t) => t.kind === "rekap")
      .map((t) => recapOf(ctx, t))
      .filter((r): r is Recap => r !== null);
    if (recaps.length === 0) return;
    for (const recap of recaps) {
      // Words of the workbook's scale count indicators (with the not-measured ones): rekap-predikat (and total) check them.
      if (countsPredikat(ctx, recap)) continue;
      const sources = sourceOf(ctx, recap);
      if (sources.length > 0) checkAgainst(ctx, recap, sources);
      else unresolved(ctx, recap);
    }
  },
};
