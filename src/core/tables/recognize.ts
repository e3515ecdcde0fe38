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
import { rowHasCode, scanRows, RowDraft } from "./rows";
import { endsSection, isClosing } from "./closing";
import { markRevisionPair } from "./revisionColumns";
import { BULLET, cellText, labelKey } from "./text";
import { codeInLabel, parseCode, ParsedCode, sequenceCodes } from "./codes";
import { buildHierarchy, HierarchyInput, normalizeRekening } from "./hierarchy";
import { recordRowCodes } from "./rowCodes";
import { declaredPolarity, polarityFromName, polarityFromNote, polarityFromText } from "./polarity";
import { resolveMeasures } from "./measures";
import { markScaleColumns } from "./scaleColumns";
import { markEfficiencyColumns } from "./efficiencyColumns";
import { resolveGrowth } from "./growthColumns";
import { assignUnits } from "./units";
import { assignAmountScales } from "./amountScale";
import { assessTable } from "./coverage";
import { sasaranGroupRows, sasaranText } from "./groupRows";
import { isSectionRow } from "./sectionRows";
import type { TableCorrections } from "../settings/corrections";
import { correctColumns, correctRows, newNotes, recordCorrections } from "./corrections";
import { relocateCorrections } from "./relocate";
import { findSplitCode, SplitCode } from "./splitCode";
import { splitSideBySide } from "./sideBySide";
import { adoptUnderHeadings, groupHeadingDepths } from "./groupHeadings";
import { adoptUnderSummingHeadings } from "./summingHeadings";
import { headsSubIndicators, isLetteredLine } from "./letteredItems";
import { markGradeColumns } from "./gradeColumns";
import { markSignColumns } from "./signColumns";
import { adoptUnderProgramRows } from "./programHeads";
import { joinContinuedLabels } from "./continuedLabels";
import { namesUnitRows } from "./unitSummary";

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
        let bottom = -1;
        for (const layout of splitSideBySide(grid, readHeader(grid, r))) {
          const table = buildTable(grid, layout, options);
          if (!table) continue;
          tables.push(table);
          bottom = Math.max(bottom, table.bottom);
        }
        if (bottom >= 0) {
          r = Math.max(bottom, r) + 1;
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
    const layout = splitSideBySide(grid, readHeader(grid, tables[at].top)).find((l) => l.left === tables[at].left);
    const table = layout && buildTable(grid, layout, { ...options, corrections });
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

/** `unitRows`: the rows name misi, sasaran or bidang (unitSummary.ts), so the table is no recap per predikat. */
function tableKind(columns: TableColumn[], unitRows = false): TableKind {
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  if (has("predikat") && has("rentang") && !has("realisasi") && !has("jumlah")) return "skala";
  // A recap counts indicators per predikat word; a summary per sasaran (Sasaran | Jumlah Indikator |
  // Rata-rata Capaian | Predikat) names its rows and is a performance table.
  // An "INDIKATOR" column beside the intervals lists which indicators each band counts ("IK 1, IK 2").
  if (
    !unitRows &&
    has("predikat") &&
    has("jumlah") &&
    !has("realisasi") &&
    !has("target") &&
    !has("sasaran") &&
    (!has("indikator") || has("rentang")) &&
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

/** The column that names the rows: the predikat word in a recap, else the indicator (or uraian, sasaran). */
function labelColumn(columns: TableColumn[], kind: TableKind): number | undefined {
  return (
    (kind === "rekap" ? firstOf(columns, "predikat") : undefined) ??
    firstOf(columns, "indikator", "uraian", "sasaran") ??
    columns.find((c) => c.role === "lainnya" && !c.chosen)
  )?.index;
}

function buildTable(grid: Grid, layout: HeaderLayout, options: RecognizeOptions): RecognizedTable | null {
  const { columns, left, right } = layout;
  const sheet = grid.sheet.name;
  const top = layout.rows[0];
  const id = `${sheet}!${toA1(top, left)}`;
  const correction = options.corrections?.tables[id];
  const notes = newNotes();
  markScaleColumns(grid, columns, layout.dataStart, left, right);
  markEfficiencyColumns(grid, columns, layout.dataStart, left, right);
  markRevisionPair(columns);
  correctColumns(columns, correction, notes);
  const split = findSplitCode(grid, columns, layout.dataStart);
  let kind = tableKind(columns);
  let labelCol = labelColumn(columns, kind);
  const scan = () => scanRows(grid, layout.dataStart, left, right, columns, labelCol, kind === "anggaran" || kind === "daftar");
  let scanned = scan();
  if (kind === "rekap" && namesUnitRows(grid, scanned, columns)) {
    kind = tableKind(columns, true);
    labelCol = labelColumn(columns, kind);
    scanned = scan();
  }
  const drafts = split ? scanned.filter((d) => !split.headerRows.includes(d.index)) : scanned;
  if (drafts.length === 0) return null;
  correctRows(grid, drafts, correction, layout.dataStart, notes);
  const dataRows = drafts.filter((d) => !d.closing).map((d) => d.index);
  markSignColumns(grid, columns, dataRows);
  markGradeColumns(grid, columns, dataRows);
  assignUnits(grid, drafts, columns);
  assignAmountScales(grid, columns, top, left, right);
  const rows =
    kind === "anggaran" || kind === "daftar"
      ? classifyBudgetRows(grid, drafts, columns, labelCol, split)
      : joinContinuedLabels(grid, classifyIndicatorRows(grid, drafts, columns, labelCol, split), columns, labelCol);
  if (kind === "indikator") adoptUnderProgramRows(grid, rows, columns);
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
  if (split) table.codeColumns = split.columns;
  if (table.title === undefined) delete table.title;
  if (table.numberingRow === undefined) delete table.numberingRow;
  resolveMeasures(grid, table);
  resolveGrowth(grid, table);
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

const TUJUAN = /^\s*tujuan\b/i;
/** "- Jenjang SMP": a dash as a bullet (only where the line has no number and sub-indicators are expected). */
const DASH_BULLET = /^\s*[-–]\s+\S/;

/**
 * A line under an indicator heading: "a. …", "- …", a letter alone in the No column ("a | Cakupan …"),
 * or a label indented under the heading, on a row without a number of its own.
 */
function subLine(grid: Grid, r: number, labelCol: number | undefined, columns: TableColumn[]): boolean {
  if (labelCol === undefined) return false;
  const label = grid.ownText(r, labelCol);
  if ((isLetteredLine(label) || DASH_BULLET.test(label)) && !rowHasCode(grid, r, columns)) return true;
  const letter = columns.some((c) => (c.role === "no" || c.role === "kode") && /^[a-z][.)]?$/.test(grid.ownText(r, c.index)));
  if (letter) return true;
  return (grid.cell(r, labelCol)?.indent ?? 0) > 0 && !rowHasCode(grid, r, columns);
}

/** No target, realisasi or capaian on row r. */
function holdsNoValues(grid: Grid, r: number, columns: TableColumn[]): boolean {
  return columns.every(
    (c) => (c.role !== "target" && c.role !== "realisasi" && c.role !== "capaian") || cellText(grid.value(r, c.index)) === "",
  );
}

function classifyIndicatorRows(
  grid: Grid,
  drafts: RowDraft[],
  columns: TableColumn[],
  labelCol: number | undefined,
  split: SplitCode | null,
): TableRow[] {
  const sasaranCol = columns.find((c) => c.role === "sasaran")?.index;
  const hasIndikator = columns.some((c) => c.role === "indikator");
  const sections = new Set(
    drafts.filter((d) => !d.closing && isSectionRow(grid, d.index, labelCol, columns)).map((d) => d.index),
  );
  // A sasaran row is told by the indicator rows under it, past the section rows between them.
  const groupRows = sasaranGroupRows(
    grid,
    drafts.filter((d) => !sections.has(d.index)),
    columns,
    labelCol,
  );
  // "1.1 Persentase capaian SPM:" over "a. …", "b. …": an indicator heading its sub-indicators, no sasaran.
  if (labelCol !== undefined) {
    for (let k = 0; k + 1 < drafts.length; k++) {
      const r = drafts[k].index;
      if (!groupRows.has(r)) continue;
      // Its label ends with ":", or it is numbered under a sasaran ("1.1").
      const numberedUnder = columns.some(
        (c) => (c.role === "no" || c.role === "kode") && /^\d+\.\d+\.?$/.test(grid.ownText(r, c.index)),
      );
      if (!/:\s*$/.test(grid.ownText(r, labelCol)) && !numberedUnder) continue;
      const next = drafts[k + 1];
      if (!next.closing && (subLine(grid, next.index, labelCol, columns) || BULLET.test(grid.ownText(next.index, labelCol))))
        groupRows.delete(r);
    }
  }
  const rows: TableRow[] = [];
  let sasaran: { text: string; row: number } | undefined;
  let lastIndicator: TableRow | undefined;
  // The last indicator heads lettered sub-indicators ("a. …", "b. …"): it has no values of its own.
  let headsLettered = false;
  let lastRole: RowRole | undefined;
  for (const d of drafts) {
    if (d.closing) {
      rows.push(closingRow(d));
      continue;
    }
    const r = d.index;
    const label = labelOf(grid, r, labelCol, columns);
    // "Tujuan 1: …" above its sasaran (a TUJUAN / SASARAN column) heads a group; it is no sasaran.
    const tujuan = sasaranCol !== undefined && TUJUAN.test(grid.text(r, sasaranCol));
    if (sasaranCol !== undefined && !tujuan) {
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
    } else if (
      hasIndikator &&
      lastIndicator &&
      (headsLettered || lastRole === "sub-indikator") &&
      subLine(grid, r, labelCol, columns)
    ) {
      role = "sub-indikator";
      parent = lastIndicator.index;
    } else if (sections.has(r)) {
      role = "kelompok";
    } else if (tujuan && (!hasIndikator || labelCol === sasaranCol || grid.ownText(r, labelCol ?? -1) === "")) {
      role = "kelompok";
    } else if ((TUJUAN.test(ownLabel) || TUJUAN.test(label)) && holdsNoValues(grid, r, columns)) {
      // "Tujuan: …" in a TUJUAN / SASARAN / INDIKATOR column: the group above the sasaran rows.
      role = "kelompok";
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
    const codeText = split ? (split.codes.get(r) ?? "") : codeCol ? grid.ownText(r, codeCol.index) : "";
    if (codeText) row.code = codeText.replace(/\.$/, "");
    rows.push(row);
    lastRole = role;
    if (role === "indikator") {
      lastIndicator = row;
      headsLettered = headsSubIndicators(grid, r, ownLabel, rowHasCode(grid, r, columns), columns);
    }
  }
  return rows;
}

function classifyBudgetRows(
  grid: Grid,
  drafts: RowDraft[],
  columns: TableColumn[],
  labelCol: number | undefined,
  split: SplitCode | null,
): TableRow[] {
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
  // One entry per data row, in order (closing rows left out), in lists (no object per row).
  const afterClosing: boolean[] = [];
  const input: HierarchyInput = { index: [], code: [], bold: [], indent: [], afterClosing };
  const labels: string[] = [];
  const cells = grid.sheet.rows;
  let closed = false;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.closing) {
      closed ||= endsSection(d.closingLabel ?? "");
      continue;
    }
    const r = d.index;
    const line = cells[r];
    let code: ParsedCode | undefined;
    // In a row without merged cells the code and label cells are read directly (most rows of a long table).
    const plain = !grid.hasMerges(r);
    if (split) {
      const joined = split.codes.get(r);
      code = joined === undefined ? undefined : (parseCode(joined) ?? undefined);
    } else
      for (let k = 0; k < codeCols.length; k++) {
        const c = line ? line[codeCols[k].index] : undefined;
        const t = plain ? cellText(c ? c.value : null) : grid.ownText(r, codeCols[k].index);
        if (t !== "") {
          code = parseCode(t) ?? undefined;
          if (code) break;
        }
      }
    const cell = labelCol !== undefined && line ? line[labelCol] : undefined;
    let label = plain && cell ? cellText(cell.value) : "";
    if (label === "") label = labelOf(grid, r, labelCol, columns);
    if (!code && codeCols.length === 0) code = codeInLabel(label) ?? undefined;
    input.index.push(r);
    input.code.push(code);
    input.bold.push(labelCol !== undefined && (plain ? !!(cell && cell.bold) : grid.bold(r, labelCol)));
    input.indent.push(cell?.indent ?? leadingSpaces(cell?.value));
    afterClosing.push(closed);
    closed = false;
    labels.push(label);
  }
  input.code = normalizeRekening(sequenceCodes(input.code));
  const adopted = adoptUnderHeadings(grid, input, buildHierarchy(input), labels, columns);
  const hierarchy = adoptUnderSummingHeadings(grid, input, adopted, columns);
  const depths = groupHeadingDepths(grid, input, hierarchy, labels, columns);
  // A list without money (desa with their IDM) has rows, not programs, unless codes or labels say so.
  const budget = tableKind(columns) === "anggaran";
  const rows: TableRow[] = [];
  // The parsed code of each row (closing rows: none), kept for the code rules.
  const rowCodes: (ParsedCode | undefined)[] = [];
  let i = 0;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (d.closing) {
      rows.push(closingRow(d));
      rowCodes.push(undefined);
      continue;
    }
    const code = input.code[i];
    const level = hierarchy.level[i];
    const parent = hierarchy.parent[i];
    const label = labels[i];
    const depth = depths[i];
    const bold = input.bold[i];
    i++;
    // One literal with every property (added later they would take a second store per row);
    // code and parent stay undefined where there are none, which JSON leaves out.
    rows.push({
      index: d.index,
      role: depth < 0 ? "kelompok" : budgetRole(code, level - depth, label, budget),
      level,
      label,
      polarity: "positif",
      bold,
      code: code?.text,
      parent: parent < 0 ? undefined : parent,
    });
    rowCodes.push(code);
  }
  recordRowCodes(rows, rowCodes);
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

function budgetRole(code: ParsedCode | undefined, level: number, label: string, budget: boolean): RowRole {
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
  if (!budget) return "baris";
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
  const measures = columns.filter((c) => c.role === "target" || c.role === "realisasi");
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (isClosing(row.role)) continue;
    let p: Polarity | null = null;
    for (let k = 0; k < sources.length; k++) {
      const c = sources[k];
      const text = grid.ownText(row.index, c.index);
      p = c.role === "keterangan" ? polarityFromNote(text) : polarityFromText(text);
      if (p) break;
    }
    if (!p && row.parent !== undefined && row.role === "sub-indikator") p = byParent.get(row.parent) ?? null;
    if (!p) p = polarityFromName(row.label);
    const d = declared ? declaredPolarity(declared, row.label, sheet, toA1(row.index, labelCol ?? 0)) : null;
    row.polarity = d ?? p ?? "positif";
    // Sub-indicators take the direction of an indicator heading them; an indicator with its own target
    // and realisasi is measured by itself, and bullet rows under it are indicators of their own.
    if (inherits && !measuredByItself(grid, row.index, measures)) byParent.set(row.index, row.polarity);
  }
}

function measuredByItself(grid: Grid, r: number, measures: TableColumn[]): boolean {
  return (
    measures.length === 2 && measures.every((c) => typeof grid.value(r, c.index) === "number" || /\d/.test(grid.text(r, c.index)))
  );
}

/**
 * Which data rows each closing row closes. A subtotal closes the top-level rows since the previous
 * subtotal; the grand total those of the whole table. An average closes the rows since the previous
 * average (its group: one sasaran), or every row when it follows another closing directly (the
 * table's overall average after the per-group ones).
 */
function assignClosings(rows: TableRow[]): void {
  // Positions in `rows` where the current subtotal and average groups start (no per-row copies).
  let subtotalStart = 0;
  let averageStart = 0;
  let subtotals = 0;
  const headsGroups = subtotalsHeadGroups(rows);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    // A surplus row balances the sections (surplus-defisit reads them); it closes no rows.
    if (!isClosing(row.role) || row.role === "saldo") continue;
    if (row.role === "subtotal" && headsGroups) {
      // A subtotal above its group closes the rows below it, up to the next closing row.
      let end = i + 1;
      while (end < rows.length && !isClosing(rows[end].role)) end++;
      row.closes = shallowestRows(rows, i + 1, end);
      subtotalStart = end;
      subtotals++;
    } else if (row.role === "subtotal") {
      row.closes = shallowestRows(rows, subtotalStart, i);
      subtotalStart = i + 1;
      subtotals++;
    } else if (row.role === "total" && i === 0) {
      // A total above its rows closes the rows below it, up to the next total.
      let end = 1;
      while (end < rows.length && rows[end].role !== "total") end++;
      row.closes = dataRows(rows, 1, end, true);
    } else if (row.role === "total") {
      // "JUMLAH BELANJA" after "JUMLAH PENDAPATAN" totals its own section, not both.
      const section = /^(jumlah|total) belanja\b/i.test(row.label.trim());
      row.closes = dataRows(rows, subtotals > 0 && !section ? 0 : subtotalStart, i, true);
    } else {
      // After per-sasaran averages, an average closes its own sasaran only: a sasaran above it that
      // has no average row of its own is not part of it.
      const from = averageStart > 0 ? lastSasaranStart(rows, averageStart, i) : averageStart;
      const group = dataRows(rows, from, i, false);
      row.closes = group.length > 0 ? group : dataRows(rows, 0, i, false);
      averageStart = i + 1;
    }
  }
}

/**
 * Subtotals written at the top of their groups ("Jumlah Bidang Sekretariat" above its kegiatan, the
 * grand total above them all): the first subtotal has no data row before it, only the table's start or
 * a grand total at the top, and data rows follow it. A subtotal under its rows always has rows above.
 */
function subtotalsHeadGroups(rows: TableRow[]): boolean {
  for (let i = 0; i < rows.length; i++) {
    const role = rows[i].role;
    if (role === "subtotal") return i + 1 < rows.length && !isClosing(rows[i + 1].role);
    if (role !== "total" || i > 0) return false;
  }
  return false;
}

/** Where, among rows[from..to), the rows of the sasaran of the last data row start (from when none is known). */
function lastSasaranStart(rows: TableRow[], from: number, to: number): number {
  let last = to - 1;
  while (last >= from && isClosing(rows[last].role)) last--;
  const key = (r: TableRow) => (r.sasaranRow !== undefined ? `row:${r.sasaranRow}` : r.sasaran);
  const sasaran = last >= from ? key(rows[last]) : undefined;
  if (sasaran === undefined) return from;
  let start = last;
  while (start > from) {
    const prev = rows[start - 1];
    if (prev.role === "sasaran" || (!isClosing(prev.role) && key(prev) !== sasaran)) break;
    start--;
  }
  return start;
}

/** Sheet rows of the data rows among rows[from..to) (top-level ones only when `topLevel`). */
/**
 * The rows a subtotal adds up: the top-level data rows of its group, or, under a heading above them
 * all ("BELANJA LANGSUNG" over every program), the group's shallowest rows (its program and kegiatan).
 */
function shallowestRows(rows: TableRow[], from: number, to: number): number[] {
  const top = dataRows(rows, from, to, true);
  if (top.length > 0) return top;
  let level = Infinity;
  for (let i = from; i < to; i++) if (!isClosing(rows[i].role) && rows[i].level < level) level = rows[i].level;
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!isClosing(rows[i].role) && rows[i].level === level) out.push(rows[i].index);
  return out;
}

function dataRows(rows: TableRow[], from: number, to: number, topLevel: boolean): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const r = rows[i];
    if (!isClosing(r.role) && (!topLevel || r.parent === undefined)) out.push(r.index);
  }
  return out;
}

export { labelKey };
