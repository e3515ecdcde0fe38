/**
 * Walks the rows under a header: data rows until two blank rows, a new header, a note line, or the
 * end of the closing rows. A closing row does not end the table by itself: closing rows may close a
 * group (`Rata-rata Capaian Sasaran` after each sasaran, `Sub Total` after each program) and the
 * table goes on below them as long as the next rows read as data rows of the same columns.
 */
import type { RowRole, TableColumn } from "./types";
import { Grid } from "./grid";
import { readNumbering } from "./numbering";
import { closingRole, isAreaTotal, isSummaryAverageLabel } from "./closing";
import { isHeaderRow, profileRow } from "./header";
import { LABEL_ROLES, VALUE_ROLES } from "./headerRoles";
import Decimal from "decimal.js";
import { parseNumber, toDecimal } from "../numbers";
import { labelKey } from "./text";
import { isSignatureRow } from "./signature";

export interface RowDraft {
  index: number;
  closing?: RowRole;
  /** Label of a closing row. */
  closingLabel?: string;
}

function hasTypedNumber(grid: Grid, r: number, left: number, right: number): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const v = row[c]?.value;
    if (typeof v === "number") return true;
  }
  return false;
}

/** Label of a closing row, if row r is one. */
function closingAt(
  grid: Grid,
  r: number,
  columns: TableColumn[],
  labelCol: number | undefined,
): { role: RowRole; label: string } | null {
  for (let k = 0; k < columns.length; k++) {
    const col = columns[k];
    const c = col.index;
    const own = grid.ownText(r, c);
    if (own === "") continue;
    if (own.charCodeAt(0) <= 57 && own.charCodeAt(0) >= 48) return null;
    const m = grid.merge(r, c);
    const merged = !!m && m.right > m.left;
    const inCodeColumn = col.role === "no" || col.role === "kode";
    const aloneInLabel = c === labelCol && !rowHasCode(grid, r, columns);
    // A recap's Jumlah may sit in its predikat or interval column ("KLASIFIKASI": ≥ 91 … JUMLAH).
    const labelRole =
      col.role === "sasaran" ||
      col.role === "uraian" ||
      col.role === "indikator" ||
      col.role === "predikat" ||
      col.role === "rentang";
    if (!(merged || inCodeColumn || aloneInLabel || labelRole)) return null;
    const role = closingRole(own) ?? (isSummaryAverageLabel(own) && !measuresOwnIndicator(grid, r, columns) ? "rata-rata" : null);
    return role ? { role, label: own } : null;
  }
  return null;
}

const GROUP_TOTAL = /^(sub ?total|sub ?jumlah|jumlah|total)\s+(.+)$/i;

/**
 * Labels of the group header rows so far, matched by label key. A long budget table has tens of
 * thousands of them and few "Jumlah …" rows, so keys are made only when such a row asks.
 */
class GroupLabels {
  private readonly keys = new Set<string>();
  private pending: string[] = [];

  add(label: string): void {
    this.pending.push(label);
  }

  has(key: string): boolean {
    for (const label of this.pending) {
      this.keys.add(labelKey(label));
      // "Jumlah UPT Puskesmas" closes the group headed "UPT PUSKESMAS (BLUD)": its bracketed note left out.
      if (label.includes("(")) this.keys.add(labelKey(label.replace(/\([^)]*\)/g, " ")));
    }
    this.pending = [];
    return this.keys.has(key);
  }
}
/** Group words: budget groups and the units of an office (seksi, bagian, subbagian, UPT) a budget is kept per. */
const GROUP_WORD = /^(program|kegiatan|sub ?kegiatan|belanja|urusan|bidang|sasaran|seksi|bagian|sub ?bagian|subbag|upt|unit)\b/;

/**
 * A group's subtotal named after the group: "Jumlah Program Penunjang …" below the row "Program
 * Penunjang …", "Total Kegiatan 2". Its rest must be the label of an earlier row of the table, or, in a
 * budget table, start with a group word (program, kegiatan, belanja, seksi…) or follow "Sub Total";
 * "Jumlah dokumen …" is an indicator, not a subtotal.
 */
function groupTotalAt(
  grid: Grid,
  r: number,
  labelCol: number | undefined,
  columns: TableColumn[],
  seen: GroupLabels,
  budget: boolean,
  drafts: RowDraft[],
): { role: RowRole; label: string } | null {
  if (labelCol === undefined || rowHasCode(grid, r, columns)) return null;
  const own = grid.ownText(r, labelCol);
  const m = GROUP_TOTAL.exec(own);
  if (!m) return null;
  const rest = labelKey(m[2]);
  // "Sub Total …" / "Sub Jumlah …" in a budget table is a subtotal whatever it names.
  const sub = /^sub ?(total|jumlah)$/i.test(m[1]);
  if (rest === "") return null;
  if (seen.has(rest) || (budget && (sub || GROUP_WORD.test(rest)))) return { role: "subtotal", label: own };
  // "TOTAL PAJAK DAERAH" under the rekening it adds up: its amount is their sum.
  if (budget && addsUpRowsAbove(grid, r, columns, drafts)) return { role: "subtotal", label: own };
  // "TOTAL PAD", "JUMLAH PAJAK DAN RETRIBUSI (I + II)" under the groups' subtotals it adds up: the grand total.
  if (budget && addsUpSubtotalsAbove(grid, r, columns, drafts)) return { role: "total", label: own };
  return null;
}

/**
 * The row's amounts are the sum of the subtotal rows above it (two or more, since the table's last
 * total): a grand total named by what it totals rather than by "Jumlah" or "Total" alone.
 */
function addsUpSubtotalsAbove(grid: Grid, r: number, columns: TableColumn[], drafts: RowDraft[]): boolean {
  const subtotals: number[] = [];
  for (let k = drafts.length - 1; k >= 0 && drafts[k].closing !== "total"; k--)
    if (drafts[k].closing === "subtotal") subtotals.push(drafts[k].index);
  if (subtotals.length < 2) return false;
  let compared = false;
  for (const col of columns) {
    if (col.role !== "anggaran" && col.role !== "realisasi") continue;
    const own = toDecimal(grid.value(r, col.index));
    if (!own) continue;
    let sum = new Decimal(0);
    for (const row of subtotals) {
      const d = toDecimal(grid.value(row, col.index));
      if (!d) return false;
      sum = sum.plus(d);
    }
    if (!sum.eq(own)) return false;
    compared = true;
  }
  return compared;
}

/** "JUMLAH KECAMATAN" under the kelurahan of a budget list (closing.ts isAreaTotal), on an uncoded row. */
function areaTotalAt(
  grid: Grid,
  r: number,
  labelCol: number | undefined,
  columns: TableColumn[],
): { role: RowRole; label: string } | null {
  if (labelCol === undefined || rowHasCode(grid, r, columns)) return null;
  const label = grid.text(r, labelCol);
  return isAreaTotal(label) ? { role: "total", label } : null;
}

/**
 * A budget row with amounts but neither code nor label, right under the rows it adds up (a subtotal
 * whose label was left out): a subtotal, never a child of the coded row above it.
 */
function unlabeledSubtotalAt(
  grid: Grid,
  r: number,
  labelCol: number | undefined,
  columns: TableColumn[],
  budget: boolean,
  drafts: RowDraft[],
): { role: RowRole; label: string } | null {
  if (!budget || labelCol === undefined || grid.text(r, labelCol) !== "" || rowHasCode(grid, r, columns)) return null;
  if (columns.some((c) => LABEL_ROLES.has(c.role) && grid.text(r, c.index) !== "")) return null;
  return addsUpRowsAbove(grid, r, columns, drafts) ? { role: "subtotal", label: "" } : null;
}

/**
 * Row r's pagu or realisasi equals the sum of the rows above it since the last closing row: all of
 * them (a flat list), or those of the shortest code (the programs of a coded hierarchy).
 */
function addsUpRowsAbove(grid: Grid, r: number, columns: TableColumn[], drafts: RowDraft[]): boolean {
  let from = drafts.length;
  while (from > 0 && !drafts[from - 1].closing) from--;
  if (drafts.length - from < 2) return false;
  const rows = drafts.slice(from).map((d) => d.index);
  const codeCol = columns.find((c) => c.role === "kode" || c.role === "no");
  const depth = (row: number) => (codeCol ? grid.ownText(row, codeCol.index).replace(/\.$/, "").split(".").length : 0);
  const coded = codeCol ? rows.filter((row) => grid.ownText(row, codeCol.index) !== "") : [];
  const shallowest = coded.reduce((min, row) => Math.min(min, depth(row)), Infinity);
  const sets = [rows, coded.filter((row) => depth(row) === shallowest)];
  for (const col of columns) {
    if (col.role !== "anggaran" && col.role !== "realisasi") continue;
    const own = toDecimal(grid.value(r, col.index));
    if (!own || own.isZero()) continue;
    for (const set of sets) {
      let sum = new Decimal(0);
      let ok = set.length > 0;
      for (let k = 0; k < set.length && ok; k++) {
        const v = grid.value(set[k], col.index);
        if (v === null || v === "") continue;
        const d = toDecimal(v);
        if (d) sum = sum.plus(d);
        else ok = false;
      }
      if (ok && sum.eq(own)) return true;
    }
  }
  return false;
}

/** The row holds both a target and a realisasi number: an indicator ("Rata-rata lama sekolah"), not an average row. */
function measuresOwnIndicator(grid: Grid, r: number, columns: TableColumn[]): boolean {
  const has = (role: string) =>
    columns.some((c) => {
      if (c.role !== role) return false;
      const v = grid.value(r, c.index);
      return typeof v === "number" || (typeof v === "string" && parseNumber(v).kind === "number");
    });
  return has("target") && has("realisasi");
}

/** True when row r has a number or code in its no/kode columns. */
export function rowHasCode(grid: Grid, r: number, columns: TableColumn[]): boolean {
  return columns.some((c) => (c.role === "no" || c.role === "kode") && grid.ownText(r, c.index) !== "");
}

/** Columns that hold names (of sasaran, indicators, programs): a sentence there may be a data row. */
const NAME_ROLES: ReadonlySet<string> = new Set(["sasaran", "indikator", "uraian"]);

/** "Sumber: …", "Catatan: …", "Ket: …", "NB: …": a note under a table, never a data row. */
const NOTE = /^(sumber|catatan|keterangan|ket|nb|note)\s*\.?\s*:/i;

function isNoteRow(
  grid: Grid,
  r: number,
  left: number,
  right: number,
  labelCol: number | undefined,
  columns: TableColumn[],
): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  let filled = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell && cell.value !== null && cell.value !== "" && ++filled > 1) return false;
  }
  let count = 0;
  let col = -1;
  let text = "";
  for (let c = 0; c < row.length; c++) {
    const t = grid.ownText(r, c);
    if (t !== "") {
      count++;
      col = c;
      text = t;
    }
  }
  if (count !== 1) return false;
  if (col < left || col > right || NOTE.test(text)) return true;
  // A sentence alone in a number, code or value column ("Nilai sesuai kategori pada lembar Skala.").
  const role = columns.find((c) => c.index === col)?.role;
  // A merged row there is a group heading (a sasaran written across the table), not a note.
  if (
    role !== undefined &&
    !NAME_ROLES.has(role) &&
    !grid.merge(r, col) &&
    /\S+\s+\S+\s+\S+/.test(text) &&
    !/^[\d.,\s%-]+$/.test(text)
  )
    return true;
  return col !== labelCol && text.length > 40 && !grid.merge(r, col);
}

/**
 * A row after a closing row that still belongs to the table: a label (or code) in a label column and
 * a number in a value column, as the data rows above have. Signatures, notes and a scale legend
 * below a closed table have no numbers in the value columns.
 */
function continuesTable(grid: Grid, r: number, columns: TableColumn[]): boolean {
  const here = dataEvidence(grid, r, columns);
  if (!here.label) return false;
  if (here.value) return true;
  // A group header row (the next sasaran or program, label only) may come first.
  if (r + 1 < grid.rowCount && dataEvidence(grid, r + 1, columns).value) return true;
  // Or a few in a row (the next misi, then its sasaran): they continue the table when indicator rows
  // of its columns, a label and a value, follow them.
  for (let k = r + 1; k < Math.min(grid.rowCount, r + 1 + MAX_HEADINGS); k++) {
    if (!labelsOnly(grid, k, columns)) {
      const next = dataEvidence(grid, k, columns);
      return next.label && next.value;
    }
  }
  return false;
}

/** Heading rows a table may carry between a closing row and its next indicator rows (misi, tujuan, sasaran). */
const MAX_HEADINGS = 3;

/** Row r has text in a label column and nothing in any other column (a heading, not a header or a note). */
function labelsOnly(grid: Grid, r: number, columns: TableColumn[]): boolean {
  let label = false;
  for (const col of columns) {
    if (grid.ownText(r, col.index) === "") continue;
    if (!LABEL_ROLES.has(col.role)) return false;
    label = true;
  }
  return label;
}

function dataEvidence(grid: Grid, r: number, columns: TableColumn[]): { label: boolean; value: boolean } {
  let label = false;
  let value = false;
  for (const col of columns) {
    const own = grid.ownText(r, col.index);
    if (own === "") continue;
    if (LABEL_ROLES.has(col.role)) label = true;
    else if (VALUE_ROLES.has(col.role) && !value) {
      const v = grid.value(r, col.index);
      value = typeof v === "number" || parseNumber(own).kind === "number";
    }
  }
  return { label, value };
}

/**
 * SURPLUS / (DEFISIT), PEMBIAYAAN NETTO, SILPA under an LRA: balances between its sections (income
 * minus spending), not items of the rows above, so the table ends there.
 */
const LRA_BALANCE = /^(surplus|defisit|silpa|silpa|sisa lebih|sisa kurang|pembiayaan ne(t)?to)\b/i;

/** LRA_BALANCE, run only on labels starting with s, d or p in either case (x | 32 lowers an ASCII letter). */
function endsLra(label: string): boolean {
  const c = label.charCodeAt(0) | 32;
  return (c === 115 || c === 100 || c === 112) && LRA_BALANCE.test(label);
}

/**
 * SURPLUS / (DEFISIT) with amounts of its own: the balance of the income and spending sections above
 * it (role "saldo", checked by surplus-defisit). SILPA and PEMBIAYAAN NETTO, whose arithmetic needs the
 * financing section below, are left out; the table ends at any of them.
 */
const SURPLUS = /^(surplus|defisit)\b/i;

function surplusAt(grid: Grid, r: number, left: number, right: number, label: string): boolean {
  return SURPLUS.test(label) && hasNumber(grid, r, left, right);
}

/** A number, typed or as text ("(1.512.500.000)"), in row r. */
function hasNumber(grid: Grid, r: number, left: number, right: number): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  for (let c = left; c <= Math.min(right, row.length - 1); c++) {
    const v = row[c]?.value;
    if (typeof v === "number" || (typeof v === "string" && parseNumber(v).kind === "number")) return true;
  }
  return false;
}

/** The text of an uncoded row's label: in the label column, or merged over it from the code column. */
function balanceLabel(grid: Grid, r: number, labelCol: number | undefined, columns: TableColumn[]): string {
  if (labelCol !== undefined) {
    const own = grid.text(r, labelCol);
    if (own !== "") return own;
  }
  const code = columns.find((c) => c.role === "no" || c.role === "kode");
  return code ? grid.ownText(r, code.index) : "";
}

/** Row r holds the table's own column headers again, cell for cell. */
function repeatsHeader(grid: Grid, r: number, columns: TableColumn[]): boolean {
  const norm = (t: string) => t.replace(/\s+/g, " ").trim().toUpperCase();
  let named = 0;
  for (const col of columns) {
    const header = norm(col.header);
    if (header === "") continue;
    if (norm(grid.ownText(r, col.index)) !== header) return false;
    named++;
  }
  return named >= 2;
}

/** Row r is the table's numbering row again (`1 2 3 …`, `(1) (2) …`): each column's own number, three or more. */
function repeatsNumbering(grid: Grid, r: number, left: number, right: number, columns: TableColumn[]): boolean {
  // Cheap first: the first numbered column holds its number ("1", "(1)"), as few data rows do.
  const first = columns.find((c) => c.number !== undefined);
  if (!first || grid.ownText(r, first.index).replace(/[\s()[\]]/g, "") !== String(first.number)) return false;
  const numbering = readNumbering(grid, r, left, right);
  if (!numbering) return false;
  for (const [c, n] of numbering.numberOf) if (columns.find((col) => col.index === c)?.number !== n) return false;
  return true;
}

export function scanRows(
  grid: Grid,
  start: number,
  left: number,
  right: number,
  columns: TableColumn[],
  labelCol: number | undefined,
  budget = false,
): RowDraft[] {
  // Labels of the group header rows so far (label keys), for subtotals named after their group.
  const seen = new GroupLabels();
  const drafts: RowDraft[] = [];
  let blanks = 0;
  let sawClosing = false;
  let grandTotal = false;
  for (let r = start; r < grid.rowCount; r++) {
    if (grid.isBlankRow(r, left, right)) {
      if (++blanks >= 2) break;
      continue;
    }
    if ((blanks > 0 || sawClosing) && isSignatureRow(grid, r)) break;
    blanks = 0;
    const balance = balanceLabel(grid, r, labelCol, columns);
    if (balance !== "" && endsLra(balance)) {
      if (budget && surplusAt(grid, r, left, right, balance)) drafts.push({ index: r, closing: "saldo", closingLabel: balance });
      break;
    }
    // The numbering row printed again at a page break (under the repeated header, or alone) is no data.
    if (repeatsNumbering(grid, r, left, right, columns)) continue;
    const typed = hasTypedNumber(grid, r, left, right);
    // "Jumlah kegiatan … dilaksanakan: | kegiatan" introduces the lines below it; no header ends with ":".
    const introduces = labelCol !== undefined && /:\s*$/.test(grid.ownText(r, labelCol));
    if (!typed && !introduces && isHeaderRow(profileRow(grid, r))) {
      // The header printed again after a page break continues the same table.
      if (repeatsHeader(grid, r, columns)) continue;
      break;
    }
    const closing =
      closingAt(grid, r, columns, labelCol) ??
      groupTotalAt(grid, r, labelCol, columns, seen, budget, drafts) ??
      (budget ? areaTotalAt(grid, r, labelCol, columns) : null) ??
      unlabeledSubtotalAt(grid, r, labelCol, columns, budget, drafts);
    if (closing) {
      drafts.push({ index: r, closing: closing.role, closingLabel: closing.label });
      // A JUMLAH right under the header totals the rows below it: the table goes on.
      if (closing.role === "total" && drafts.length === 1) continue;
      if (closing.role === "total") grandTotal = true;
      // Rows after a subtotal always continue the table (the next program follows).
      if (closing.role !== "subtotal") sawClosing = true;
      continue;
    }
    // After the table's grand total only closing rows follow; after a group's closing the table goes on.
    if (sawClosing && (grandTotal || !continuesTable(grid, r, columns))) break;
    sawClosing = false;
    if (isNoteRow(grid, r, left, right, labelCol, columns)) break;
    drafts.push({ index: r });
    // Group header rows (no numbers of their own) are what a "Jumlah <group>" row names; in a budget
    // table a coded row with its amounts may be too ("4.1.01 Pajak Daerah" … "JUMLAH PAJAK DAERAH").
    if (labelCol !== undefined && (!typed || (budget && rowHasCode(grid, r, columns)))) {
      const label = grid.ownText(r, labelCol);
      if (label !== "") seen.add(label);
    }
  }
  return drafts;
}
