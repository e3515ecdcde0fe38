/**
 * Table recognition without the user's help: finds every table in every sheet (header rows,
 * numbering row, column roles and blocks, data and closing rows, hierarchy, sasaran, polarity) and
 * resolves which columns each capaian/persen/sisa column is computed from.
 */
import type { Workbook } from "../workbook/model";
import { toA1 } from "../workbook/address";
import type { ColumnRole, Polarity, RecognizedTable, RowRole, TableColumn, TableKind, TableRow } from "./types";
import { Grid } from "./grid";
import { readHeader, startsHeader, HeaderLayout } from "./header";
import { scanRows, RowDraft } from "./rows";
import { isClosing } from "./closing";
import { BULLET, cellText, labelKey } from "./text";
import { codeInLabel, parseCode, ParsedCode, sequenceCodes } from "./codes";
import { buildHierarchy, HierarchyInput, normalizeRekening } from "./hierarchy";
import { declaredPolarity, polarityFromName, polarityFromText } from "./polarity";
import { resolveMeasures } from "./measures";
import { markScaleColumns } from "./scaleColumns";
import { assignUnits } from "./units";
import { assessTable } from "./coverage";
import { sasaranGroupRows, sasaranText } from "./groupRows";
import type { TableCorrections } from "../settings/corrections";
import { correctColumns, correctRows, newNotes, recordCorrections } from "./corrections";
import { relocateCorrections } from "./relocate";

export interface RecognizeOptions {
  polarity?: Record<string, Polarity>;
  /** The user's stored corrections, by table id. */
  corrections?: TableCorrections;
}

export function recognizeTables(workbook: Workbook, options: RecognizeOptions = {}): RecognizedTable[] {
  const tables: RecognizedTable[] = [];
  for (const sheet of workbook.sheets) {
    const grid = new Grid(sheet);
    let r = 0;
    while (r < grid.rowCount) {
      if (!rowHasTypedNumber(grid, r) && startsHeader(grid, r)) {
        const table = buildTable(grid, readHeader(grid, r), options);
        if (table) {
          tables.push(table);
          r = Math.max(table.bottom, r) + 1;
          continue;
        }
      }
      r++;
    }
  }
  followMovedCorrections(workbook, tables, options);
  return tables;
}

/** Reads again, with their correction, the tables a stored correction followed after they moved (relocate.ts). */
function followMovedCorrections(workbook: Workbook, tables: RecognizedTable[], options: RecognizeOptions): void {
  const moved = relocateCorrections(options.corrections, tables);
  for (const [id, m] of moved) {
    const at = tables.findIndex((t) => t.id === id);
    const sheet = workbook.sheets.find((s) => s.name === tables[at].sheet);
    if (!sheet) continue;
    const grid = new Grid(sheet);
    const corrections = { ...options.corrections!, tables: { ...options.corrections!.tables, [id]: m.correction } };
    const table = buildTable(grid, readHeader(grid, tables[at].top), { ...options, corrections });
    if (!table || table.id !== id) continue;
    table.correctionFrom = m.from;
    tables[at] = table;
  }
}

function rowHasTypedNumber(grid: Grid, r: number): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  for (const cell of row) {
    const v = cell?.value;
    if (typeof v === "number" && !(Number.isInteger(v) && v >= 1950 && v <= 2100)) return true;
  }
  return false;
}

function firstOf(columns: TableColumn[], ...roles: ColumnRole[]): TableColumn | undefined {
  for (const role of roles) {
    const c = columns.find((x) => x.role === role);
    if (c) return c;
  }
  return undefined;
}

function tableKind(columns: TableColumn[]): TableKind {
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  if (has("predikat") && has("rentang") && !has("realisasi") && !has("jumlah")) return "skala";
  // A recap counts indicators per predikat word; a summary per sasaran (Sasaran | Jumlah Indikator |
  // Rata-rata Capaian | Predikat) names its rows and is a performance table.
  if (
    has("predikat") &&
    has("jumlah") &&
    !has("realisasi") &&
    !has("target") &&
    !has("sasaran") &&
    !has("indikator") &&
    !has("uraian")
  )
    return "rekap";
  const money = has("anggaran") || has("sebelum") || has("setelah");
  // Budget per sasaran (Sasaran | Program | Anggaran | Realisasi | %) is a budget table; with an
  // indicator column, or a sasaran with a target, it is a performance table with money columns.
  if (money && !has("indikator") && (!has("sasaran") || !has("target"))) return "anggaran";
  if (has("target") || has("realisasi") || has("capaian")) return "indikator";
  if (money) return "anggaran";
  return "daftar";
}

function titleAbove(grid: Grid, top: number): string | undefined {
  for (let r = top - 1; r >= Math.max(0, top - 4); r--) {
    for (let c = 0; c < grid.width(r); c++) {
      const t = grid.ownText(r, c);
      if (t !== "") return t;
    }
  }
  return undefined;
}

function buildTable(grid: Grid, layout: HeaderLayout, options: RecognizeOptions): RecognizedTable | null {
  const { columns, left, right } = layout;
  const sheet = grid.sheet.name;
  const top = layout.rows[0];
  const id = `${sheet}!${toA1(top, left)}`;
  const correction = options.corrections?.tables[id];
  const notes = newNotes();
  markScaleColumns(grid, columns, layout.dataStart, left, right);
  correctColumns(columns, correction, notes);
  const kind = tableKind(columns);
  const labelCol = (
    firstOf(columns, "indikator", "uraian", "sasaran") ??
    (kind === "rekap" ? firstOf(columns, "predikat") : undefined) ??
    columns.find((c) => c.role === "lainnya" && !c.chosen)
  )?.index;
  const drafts = scanRows(grid, layout.dataStart, left, right, columns, labelCol, kind === "anggaran" || kind === "daftar");
  if (drafts.length === 0) return null;
  correctRows(grid, drafts, correction, layout.dataStart, notes);
  assignUnits(grid, drafts, columns);
  const rows =
    kind === "anggaran" || kind === "daftar"
      ? classifyBudgetRows(grid, drafts, columns, labelCol)
      : classifyIndicatorRows(grid, drafts, columns, labelCol);
  assignPolarity(grid, rows, columns, sheet, labelCol, options.polarity);
  assignClosings(rows);
  const table: RecognizedTable = {
    id,
    kind,
    sheet,
    title: titleAbove(grid, top),
    headerRows: layout.rows,
    numberingRow: layout.numbering?.row,
    top,
    bottom: drafts[drafts.length - 1].index,
    left,
    right,
    columns,
    blocks: layout.blocks,
    rows,
    ratios: [],
    differences: [],
    hierarchical: rows.some((r) => r.parent !== undefined && r.role !== "sub-indikator"),
  };
  if (table.title === undefined) delete table.title;
  if (table.numberingRow === undefined) delete table.numberingRow;
  resolveMeasures(grid, table);
  assessTable(grid, table, drafts, layout.dataStart);
  recordCorrections(table, correction, notes);
  return table;
}

function closingRow(d: RowDraft): TableRow {
  return { index: d.index, role: d.closing as RowRole, level: 0, label: d.closingLabel ?? "", polarity: "positif", bold: false };
}

function labelOf(grid: Grid, r: number, labelCol: number | undefined, columns: TableColumn[]): string {
  if (labelCol !== undefined) {
    const t = grid.text(r, labelCol);
    if (t !== "") return t;
  }
  for (const c of columns) {
    const t = grid.ownText(r, c.index);
    if (t !== "" && c.role !== "no" && c.role !== "kode" && !/^[\d.,%\s-]+$/.test(t)) return t;
  }
  return "";
}

function classifyIndicatorRows(grid: Grid, drafts: RowDraft[], columns: TableColumn[], labelCol: number | undefined): TableRow[] {
  const sasaranCol = columns.find((c) => c.role === "sasaran")?.index;
  const hasIndikator = columns.some((c) => c.role === "indikator");
  const groupRows = sasaranGroupRows(grid, drafts, columns, labelCol);
  const rows: TableRow[] = [];
  let sasaran: { text: string; row: number } | undefined;
  let lastIndicator: TableRow | undefined;
  for (const d of drafts) {
    if (d.closing) {
      rows.push(closingRow(d));
      continue;
    }
    const r = d.index;
    const label = labelOf(grid, r, labelCol, columns);
    if (sasaranCol !== undefined) {
      const text = grid.text(r, sasaranCol);
      if (text !== "") {
        const m = grid.merge(r, sasaranCol);
        sasaran = { text, row: m ? m.top : r };
      }
    }
    const bold = labelCol !== undefined && grid.bold(r, labelCol);
    let role: RowRole = hasIndikator ? "indikator" : sasaranCol !== undefined ? "sasaran" : "indikator";
    let parent: number | undefined;
    const ownLabel = labelCol !== undefined ? grid.ownText(r, labelCol) : label;
    const rawLabel = labelCol !== undefined ? cellText(grid.value(r, labelCol)) : label;
    if (hasIndikator && lastIndicator && (BULLET.test(rawLabel) || BULLET.test(ownLabel))) {
      role = "sub-indikator";
      parent = lastIndicator.index;
    } else if (hasIndikator && label === "" && sasaranCol !== undefined && grid.ownText(r, sasaranCol) !== "") {
      role = "sasaran";
    } else if (groupRows.has(r)) {
      role = "sasaran";
      sasaran = { text: sasaranText(label), row: r };
    }
    const row: TableRow = {
      index: r,
      role,
      level: role === "sub-indikator" ? 2 : 1,
      label: role === "sasaran" && sasaran?.row === r ? sasaran.text : label.replace(BULLET, "").trim(),
      polarity: "positif",
      bold,
    };
    if (parent !== undefined) row.parent = parent;
    if (sasaran && role !== "sasaran") {
      row.sasaran = sasaran.text;
      row.sasaranRow = sasaran.row;
    }
    const codeCol = columns.find((c) => c.role === "no" || c.role === "kode");
    const codeText = codeCol ? grid.ownText(r, codeCol.index) : "";
    if (codeText) row.code = codeText.replace(/\.$/, "");
    rows.push(row);
    if (role === "indikator") lastIndicator = row;
  }
  return rows;
}

function classifyBudgetRows(grid: Grid, drafts: RowDraft[], columns: TableColumn[], labelCol: number | undefined): TableRow[] {
  // A number column merged down over several rows numbers groups (sasaran), not a hierarchy of rows.
  const codeCols = columns.filter(
    (c) =>
      (c.role === "no" || c.role === "kode") &&
      (labelCol === undefined || c.index < labelCol) &&
      !drafts.some((d) => {
        const m = grid.merge(d.index, c.index);
        return !!m && m.bottom > m.top && m.top >= drafts[0].index;
      }),
  );
  // One entry per data row, in order (closing rows left out).
  const inputs: HierarchyInput[] = [];
  const labels: string[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.closing) continue;
    const r = d.index;
    let code: ParsedCode | undefined;
    for (let k = 0; k < codeCols.length; k++) {
      const c = codeCols[k];
      const t = grid.ownText(r, c.index);
      if (t !== "") {
        code = parseCode(t) ?? undefined;
        if (code) break;
      }
    }
    const label = labelOf(grid, r, labelCol, columns);
    if (!code && codeCols.length === 0) code = codeInLabel(label) ?? undefined;
    labels.push(label);
    const cell = labelCol !== undefined ? grid.cell(r, labelCol) : undefined;
    inputs.push({
      index: r,
      code,
      bold: labelCol !== undefined && grid.bold(r, labelCol),
      indent: cell?.indent ?? leadingSpaces(cell?.value),
    });
  }
  const normalized = normalizeRekening(sequenceCodes(inputs.map((i) => i.code)));
  inputs.forEach((input, i) => (input.code = normalized[i]));
  const hierarchy = buildHierarchy(inputs);
  const rows: TableRow[] = [];
  let i = 0;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d.closing) {
      rows.push(closingRow(d));
      continue;
    }
    const h = hierarchy[i];
    const { code, bold } = inputs[i];
    const label = labels[i];
    i++;
    // One literal with every property (added later they would take a second store per row);
    // code and parent stay undefined where there are none, which JSON leaves out.
    rows.push({
      index: d.index,
      role: budgetRole(code, h.level, label),
      level: h.level,
      label,
      polarity: "positif",
      bold,
      code: code?.text,
      parent: h.parent,
    });
  }
  if (!rows.some((r) => r.parent !== undefined)) for (const r of rows) if (!isClosing(r.role)) r.role = "baris";
  return rows;
}

function leadingSpaces(v: unknown): number {
  // At least two leading spaces are needed; most labels have none (no regex run).
  if (typeof v !== "string" || v.charCodeAt(0) !== 32 || v.charCodeAt(1) !== 32) return 0;
  const m = /^ {2,}/.exec(v);
  return m ? Math.floor(m[0].length / 2) : 0;
}

/**
 * False when the label certainly does not start with SUB KEGIATAN / KEGIATAN / PROGRAM in any case:
 * its first non-space character is ASCII and not s, k or p (no string built; anything non-ASCII,
 * whose upper case may differ, is left to the full test).
 */
function mayNameLevel(label: string): boolean {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c >= 128) return true;
    return c === 83 || c === 115 || c === 75 || c === 107 || c === 80 || c === 112;
  }
  return false;
}

function budgetRole(code: ParsedCode | undefined, level: number, label: string): RowRole {
  if (code?.rekening) return "rekening";
  if (mayNameLevel(label)) {
    const t = label.trim().toUpperCase();
    if (/^SUB ?KEGIATAN\b/.test(t)) return "subkegiatan";
    if (/^KEGIATAN\b/.test(t)) return "kegiatan";
    if (/^PROGRAM\b/.test(t)) return "program";
  }
  if (code?.kind === "dotted" && code.segments.length >= 3 && code.segments[1].length === 2) {
    const n = code.segments.length;
    return n === 3 ? "program" : n === 5 ? "kegiatan" : n >= 6 ? "subkegiatan" : "baris";
  }
  return level === 1 ? "program" : level === 2 ? "kegiatan" : level === 3 ? "subkegiatan" : "rekening";
}

function assignPolarity(
  grid: Grid,
  rows: TableRow[],
  columns: TableColumn[],
  sheet: string,
  labelCol: number | undefined,
  declared: Record<string, Polarity> | undefined,
): void {
  const sources = columns.filter((c) => c.role === "polaritas" || c.role === "keterangan");
  const byParent = new Map<number, Polarity>();
  const inherits = rows.some((r) => r.role === "sub-indikator");
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (isClosing(row.role)) continue;
    let p: Polarity | null = null;
    for (let k = 0; k < sources.length; k++) {
      const c = sources[k];
      p = polarityFromText(grid.ownText(row.index, c.index));
      if (p) break;
    }
    if (!p && row.parent !== undefined && row.role === "sub-indikator") p = byParent.get(row.parent) ?? null;
    if (!p) p = polarityFromName(row.label);
    const d = declared ? declaredPolarity(declared, row.label, sheet, toA1(row.index, labelCol ?? 0)) : null;
    row.polarity = d ?? p ?? "positif";
    if (inherits) byParent.set(row.index, row.polarity);
  }
}

/**
 * Which data rows each closing row closes. A subtotal closes the top-level rows since the previous
 * subtotal; the grand total those of the whole table. An average closes the rows since the previous
 * average (its group: one sasaran), or every row when it follows another closing directly (the
 * table's overall average after the per-group ones).
 */
function assignClosings(rows: TableRow[]): void {
  const all: TableRow[] = [];
  let sinceSubtotal: TableRow[] = [];
  let sinceAverage: TableRow[] = [];
  let subtotals = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!isClosing(row.role)) {
      all.push(row);
      sinceSubtotal.push(row);
      sinceAverage.push(row);
      continue;
    }
    if (row.role === "subtotal") {
      row.closes = topLevel(sinceSubtotal);
      sinceSubtotal = [];
      subtotals++;
    } else if (row.role === "total") {
      row.closes = topLevel(subtotals > 0 ? all : sinceSubtotal);
    } else {
      row.closes = (sinceAverage.length > 0 ? sinceAverage : all).map((r) => r.index);
      sinceAverage = [];
    }
  }
}

function topLevel(rows: TableRow[]): number[] {
  return rows.filter((r) => r.parent === undefined).map((r) => r.index);
}

export { labelKey };
