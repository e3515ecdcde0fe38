/**
 * Finds header rows (one or two rows, merged cells resolved), the numbering row under them, and gives
 * every column a role and a block (year, quarter or measure group such as "Nilai", "REALISASI").
 */
import type { ColumnRole, PeriodBlock, TableColumn } from "./types";
import { columnLetters } from "../workbook/address";
import { parseNumber } from "../numbers";
import { Grid } from "./grid";
import { HeaderRole, LABEL_ROLES, VALUE_ROLES, headerRole, periodOf, splitPeriodPrefix } from "./headerRoles";
import { normHeader } from "./text";
import { Numbering, readNumbering } from "./numbering";
import { columnPeriod, RENSTRA } from "./periods";
import { MONTH_NAMES } from "./months";
import { monthlyRealisasi } from "./monthColumns";

export interface HeaderLayout {
  rows: number[];
  numbering?: Numbering;
  /** First row after header and numbering. */
  dataStart: number;
  left: number;
  right: number;
  columns: TableColumn[];
  blocks: PeriodBlock[];
}

interface RoleWithBlock extends HeaderRole {
  period?: string;
}

/** "Kinerja", "Fisik (%)", "Output": a sub-header naming what is measured, not a role. */
const PERFORMANCE_WORD = /^(KINERJA|FISIK|OUTPUT|VOLUME)( %)?$/;
/** "Anggaran (Rp)", "Keuangan", "Rp": a sub-header naming money. */
const MONEY_WORD = /^(ANGGARAN|KEUANGAN|DANA|BIAYA|RP|RUPIAH)( RP| %)?$/;

/**
 * The role of a sub-header that only names the measure ("Kinerja" | "Anggaran (Rp)") under a role
 * header (TARGET, REALISASI, CAPAIAN (%)): the top names the role, the sub-header the measure. TARGET /
 * Anggaran is the pagu; CAPAIAN / Anggaran the budget ratio. Undefined when the pair is not of that kind.
 */
function measureUnder(bottomText: string, top: HeaderRole): HeaderRole | undefined {
  const t = normHeader(bottomText.replace(/\(\s*%\s*\)/g, " % "));
  // "PAGU ANGGARAN: DAU | DAK | DBH | JUMLAH": the JUMLAH of a block is its total amount, of the block's role.
  if (/^(JUMLAH|TOTAL)( RP)?$/.test(t) && (top.role === "anggaran" || top.role === "realisasi" || top.role === "target"))
    return top;
  const money = MONEY_WORD.test(t);
  if (!money && !PERFORMANCE_WORD.test(t)) return undefined;
  switch (top.role) {
    case "target":
      return money ? { role: "anggaran", measure: "keuangan" } : { role: "target", measure: "kinerja" };
    case "realisasi":
      return { role: "realisasi", measure: money ? "keuangan" : "kinerja" };
    case "capaian":
    case "persen":
      return money ? { role: "persen" } : { role: "capaian" };
    default:
      return undefined;
  }
}

/** Role of a header text, with a leading period ("TW I REALISASI") split off as its block. */
export function roleOfHeader(text: string): RoleWithBlock {
  const split = splitPeriodPrefix(text);
  if (split) {
    const r = headerRole(split.rest);
    if (r.role !== "lainnya") return { ...r, period: split.period };
  }
  const r = headerRole(text);
  const yearRoles: ColumnRole[] = ["target", "realisasi", "capaian", "persen"];
  if (yearRoles.includes(r.role) && periodOf(text)?.kind === "tahun") {
    return { ...r, period: periodOf(text)!.label.replace(/^.*?\b((19|20)\d\d)\b.*$/, "$1") };
  }
  return r;
}

const QUARTER_NUMBER = /\b(TW|TRIWULAN|TRIBULAN|SEMESTER)\s*[1-4]\b/gi;
/** A date in a header: `31 Desember 2025`, `31 Des`, `31-12-2025`, `31/12/2025`, `31.12.2025`. */
const HEADER_DATE = new RegExp(
  `\\b\\d{1,2}\\s*(${MONTH_NAMES})\\b\\.?(\\s*(19|20)\\d\\d)?|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]((19|20)\\d\\d|\\d\\d)\\b`,
  "gi",
);

const AMOUNT_ROLES = new Set<ColumnRole>(["target", "realisasi", "capaian", "persen", "anggaran", "sisa", "sebelum", "setelah"]);

/**
 * A value header that starts with its word and holds a count or a date ("Target 12 Bulan", "Realisasi
 * s.d. 31 Des"): a header word, not data. Data such as "56 (CC Kategori)" or "86,38%" starts with its number.
 */
function countedHeaderWord(v: unknown, role: ColumnRole): boolean {
  return typeof v === "string" && AMOUNT_ROLES.has(role) && /^\s*[A-Za-z]/.test(v);
}

function isDataNumber(v: unknown): boolean {
  if (typeof v === "number") return !(Number.isInteger(v) && v >= 1950 && v <= 2100);
  if (typeof v === "object" && v !== null) return true;
  if (typeof v !== "string") return false;
  const t = v.trim();
  if (/^[-–—]+$/.test(t) || /^#[A-Z/0!?]+/.test(t)) return true;
  // Digits in a header are years ("Tahun 2022", "TARGET 2024 (%)") or dates ("s.d. 31 Desember 2025",
  // "per 30-06-2025"); "7 Desa/1 Kel", "5 Dokumen" are data.
  if (/[a-z]{3,}/i.test(t) && /(^|[^\d])(\d{1,3}|\d{5,})([^\d]|$)/.test(t.replace(QUARTER_NUMBER, "").replace(HEADER_DATE, " ")))
    return true;
  if (t.length > 25 || /[a-z]{3,}/i.test(t)) return false;
  const p = parseNumber(t);
  return p.kind === "number" && !(p.value.isInteger() && p.value.gte(1950) && p.value.lte(2100) && !p.percent);
}

export interface RowProfile {
  roles: Set<ColumnRole>;
  strong: number;
  numbers: number;
  texts: number;
  longest: number;
}

/** What row r looks like as a header: roles found, numbers present. */
export function profileRow(grid: Grid, r: number): RowProfile {
  const roles = new Set<ColumnRole>();
  let strong = 0;
  let numbers = 0;
  let texts = 0;
  let longest = 0;
  const row = grid.sheet.rows[r];
  if (!row) return { roles, strong, numbers, texts, longest };
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.value === null || cell.value === "") continue;
    const v = cell.value;
    const role = typeof v === "string" && v.length <= 160 ? roleOfHeader(v).role : "lainnya";
    if (isDataNumber(v) && !countedHeaderWord(v, role)) {
      numbers++;
      continue;
    }
    if (typeof v !== "string") continue;
    texts++;
    longest = Math.max(longest, v.length);
    if (role !== "lainnya") {
      strong++;
      roles.add(role);
    }
  }
  return { roles, strong, numbers, texts, longest };
}

/** A header row: at least two header words, a value (or predikat) column, no data numbers. */
export function isHeaderRow(p: RowProfile): boolean {
  if (p.numbers > 0 || p.strong < 2 || p.roles.size < 2 || p.longest > 160) return false;
  let value = false;
  let label = false;
  p.roles.forEach((role) => {
    if (VALUE_ROLES.has(role) || role === "predikat" || role === "rentang") value = true;
    if (LABEL_ROLES.has(role) || role === "predikat" || role === "rentang" || role === "satuan") label = true;
  });
  return value && label;
}

/**
 * Row r starts a table header: a header row itself, or the first row of a two-row header whose label
 * words sit in row r (merged down over r + 1) while row r + 1 holds the value words
 * (`No | Indikator | Satuan` merged over two rows, `Tahun 2021` over `Target | Realisasi | Capaian`).
 */
export function startsHeader(grid: Grid, r: number): boolean {
  const p = profileRow(grid, r);
  if (isHeaderRow(p)) return true;
  if (p.numbers > 0 || p.strong === 0 || r + 1 >= grid.rowCount) return false;
  const q = profileRow(grid, r + 1);
  if (q.numbers > 0 || q.strong === 0 || isHeaderRow(q)) return false;
  const { left, right } = extent(grid, r);
  if (right < 0 || !isContinuation(grid, r, left, right)) return false;
  const roles = new Set<ColumnRole>([...p.roles, ...q.roles]);
  return isHeaderRow({
    roles,
    strong: p.strong + q.strong,
    numbers: 0,
    texts: p.texts + q.texts,
    longest: Math.max(p.longest, q.longest),
  });
}

function spansBelow(grid: Grid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = grid.merge(r, c);
    if (m && m.top === r && m.bottom > r) return true;
    if (m && m.top === r && m.right > m.left) {
      for (let cc = m.left; cc <= m.right; cc++) if (grid.ownText(r + 1, cc) !== "") return true;
    }
  }
  return false;
}

function isContinuation(grid: Grid, r: number, left: number, right: number): boolean {
  const next = r + 1;
  if (next >= grid.rowCount || grid.isBlankRow(next, left, right)) return false;
  const p = profileRow(grid, next);
  if (p.numbers > 0 || p.longest > 80) return false;
  if (readNumbering(grid, next, left, right)) return false;
  return spansBelow(grid, r, left, right);
}

/** A table's caption merged over its header ("Tabel 3.2 Realisasi Anggaran … Tahun 2025"): a title, not a block. */
const TABLE_TITLE = /^\s*(tabel|table|lampiran|gambar|grafik)\b|^.{81,}$/i;

function isBlockRowAbove(grid: Grid, r: number, left: number, right: number): boolean {
  if (r === 0) return false;
  const above = r - 1;
  let periods = 0;
  for (let c = left; c <= right; c++) {
    const m = grid.merge(above, c);
    const t = grid.ownText(above, c);
    if (t && m && m.right > m.left && periodOf(t) && !TABLE_TITLE.test(t)) periods++;
  }
  return periods > 0 && profileRow(grid, above).numbers === 0;
}

/** First and last column of row r showing text (merged areas resolved); right is -1 for an empty row. */
function extent(grid: Grid, r: number): { left: number; right: number } {
  let left = Infinity;
  let right = -1;
  const width = grid.width(r);
  for (let c = 0; c < width; c++) {
    if (grid.text(r, c) !== "") {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return { left, right };
}

/** A unit written in brackets, without digits: "(Nilai)", "(%)", "(Rp)", "(Orang)". */
const BRACKETED_UNIT = /^\([^()\d]{1,24}\)$/;

/**
 * Row r under the header holds only units in brackets (two or more), its other cells empty or
 * covered by the header's merged cells from above.
 */
function isUnitRow(grid: Grid, r: number, left: number, right: number): boolean {
  if (r >= grid.rowCount) return false;
  let units = 0;
  for (let c = left; c <= right; c++) {
    const m = grid.merge(r, c);
    if (m && m.top < r) continue;
    const t = grid.ownText(r, c);
    if (t === "") continue;
    if (!BRACKETED_UNIT.test(t)) return false;
    units++;
  }
  return units >= 2;
}

/** Reads the header starting at row r (a row for which isHeaderRow holds). */
export function readHeader(grid: Grid, r: number): HeaderLayout {
  let { left, right } = extent(grid, r);
  let rows = [r];
  if (isContinuation(grid, r, left, right)) rows = [r, r + 1];
  else if (isBlockRowAbove(grid, r, left, right)) rows = [r - 1, r];
  for (const hr of rows) {
    for (let c = 0; c < grid.width(hr); c++) {
      if (grid.text(hr, c) !== "") {
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  }
  // A third header row of units only ("(Nilai) | (Nilai) | (%)") is read past, not as data.
  const last = rows[rows.length - 1] + (isUnitRow(grid, rows[rows.length - 1] + 1, left, right) ? 1 : 0);
  const numbering = readNumbering(grid, last + 1, left, right) ?? undefined;
  const columns = buildColumns(grid, rows, left, right, numbering);
  monthlyRealisasi(columns);
  totalsOfRuns(columns);
  moneyTargets(columns);
  impliedRealisasi(columns);
  return {
    rows,
    numbering,
    dataStart: last + 1 + (numbering ? 1 : 0),
    left,
    right,
    columns,
    blocks: buildBlocks(columns),
  };
}

const BARE_TOTAL = /^(JUMLAH|TOTAL)( RP)?$/;

/**
 * A column headed only "JUMLAH"/"TOTAL" right after a run of quarter or month columns of one role
 * (REALISASI: TW I … TW IV | JUMLAH) is that role's total over the run, not a count.
 */
function totalsOfRuns(columns: TableColumn[]): void {
  for (let i = 2; i < columns.length; i++) {
    const col = columns[i];
    if (!BARE_TOTAL.test(normHeader(col.header.split(" / ").pop() ?? ""))) continue;
    if (col.role !== "jumlah" && col.role !== "nilai" && col.role !== "lainnya") continue;
    const a = columns[i - 1];
    const b = columns[i - 2];
    if (a.period !== "periode" || b.period !== "periode" || a.role !== b.role || !VALUE_ROLES.has(a.role)) continue;
    col.role = a.role;
    col.period = "kumulatif";
    if (a.measure) col.measure = a.measure;
    col.evidence = [...(col.evidence ?? []), `peran: jumlah dari kolom ${b.letter}…${a.letter} di kirinya`];
  }
}

/** A header that is only a reporting period: "s.d. Bulan Lalu", "Bulan Ini", "s.d. Triwulan Ini". */
const PERIOD_ONLY = /^((S D|SD|SAMPAI DENGAN) )?(BULAN|TRIWULAN|TW) (INI|LALU)$/;

/**
 * A target in rupiah ("KETETAPAN (Rp)" of PBB, "Target (Rp)" of a revenue table) beside a realisasi in
 * rupiah, with no pagu column: the amount the realisasi is measured against, read as the table's
 * anggaran, so its Sub Total and Jumlah rows are read and added up as a budget list's are.
 */
function moneyTargets(columns: TableColumn[]): void {
  // "Target Pendapatan", "Ketetapan", "Penerimaan": amounts to collect, whatever role they read as.
  // "Target / Anggaran" of an LRA holds both: its belanja rows have a pagu (incomeRows.ts tells them apart).
  for (const col of columns) {
    const h = normHeader(col.header);
    if (
      col.role === "anggaran" &&
      /\b(TARGET|KETETAPAN|PENDAPATAN|PENERIMAAN)\b/.test(h) &&
      !/\b(ANGGARAN|PAGU|BELANJA)\b/.test(h)
    )
      col.income = true;
  }
  if (columns.some((c) => c.role === "anggaran" || c.role === "indikator" || c.role === "sasaran")) return;
  const rupiah = (c: TableColumn) => /\b(RP|RUPIAH)\b/.test(normHeader(c.header));
  if (!columns.some((c) => c.role === "realisasi" && rupiah(c))) return;
  for (const col of columns) {
    if (col.role !== "target" || !rupiah(col)) continue;
    col.role = "anggaran";
    col.measure = "keuangan";
    col.income = true;
    col.evidence = [...(col.evidence ?? []), "peran: target dalam rupiah, dibaca sebagai anggaran"];
  }
}

/**
 * In a budget table (it has a pagu column), columns headed only by a reporting period
 * (KODE | URAIAN | PAGU | s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini | SISA | %) hold the
 * realisasi of that period: the report names no other amount per period.
 */
function impliedRealisasi(columns: TableColumn[]): void {
  if (!columns.some((c) => c.role === "anggaran")) return;
  for (const col of columns) {
    if (col.role !== "lainnya" || !col.period) continue;
    if (!PERIOD_ONLY.test(normHeader(col.header.split(" / ").pop() ?? ""))) continue;
    col.role = "realisasi";
    col.measure = "keuangan";
    col.evidence = [...(col.evidence ?? []), "peran: realisasi per periode di tabel anggaran (judul hanya menyebut periode)"];
  }
}

/** Roles whose values belong to a period (a count of indicators, a budget revision or a label does not). */
const PERIOD_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  ...[...VALUE_ROLES].filter((r) => r !== "jumlah" && r !== "sebelum" && r !== "setelah"),
  "lainnya",
]);

function buildColumns(grid: Grid, rows: number[], left: number, right: number, numbering?: Numbering): TableColumn[] {
  const columns: TableColumn[] = [];
  const top = rows[0];
  const bottom = rows.length > 1 ? rows[1] : undefined;
  for (let c = left; c <= right; c++) {
    const topText = grid.text(top, c);
    let bottomText = bottom === undefined ? "" : grid.text(bottom, c);
    const topMerge = grid.merge(top, c);
    if (topMerge && bottom !== undefined && topMerge.bottom >= bottom) bottomText = "";
    const topSpansColumns = !!topMerge && topMerge.right > topMerge.left && topMerge.top === top;
    let role: RoleWithBlock;
    let block: string | undefined;
    let header: string;
    if (bottomText !== "") {
      role = roleOfHeader(bottomText);
      const topRole = roleOfHeader(topText);
      if (role.role === "lainnya" || (role.role === "realisasi" && topRole.role === "realisasi")) {
        if (role.role === "lainnya") role = topRole;
      }
      if (!role.measure && topRole.measure) role = { ...role, measure: topRole.measure };
      role = measureUnder(bottomText, topRole) ?? role;
      if (topText !== "" && (topSpansColumns || periodOf(topText))) block = topText;
      header = topText !== "" ? `${topText} / ${bottomText}` : bottomText;
    } else if (
      topSpansColumns &&
      bottom !== undefined &&
      topMerge &&
      siblingsHaveBottom(grid, bottom, topMerge.left, topMerge.right)
    ) {
      role = { role: "lainnya" };
      header = topText;
      block = topText;
    } else {
      role = roleOfHeader(topText);
      header = topText;
    }
    if (role.period) block = role.period;
    const col: TableColumn = { index: c, letter: columnLetters(c), role: role.role, header };
    if (block) col.block = block;
    if (role.measure) col.measure = role.measure;
    const n = numbering?.numberOf.get(c);
    if (n !== undefined) col.number = n;
    const f = numbering?.formulas.find((x) => x.result === c);
    if (f) col.formula = f;
    const period = PERIOD_ROLES.has(col.role)
      ? columnPeriod(bottomText !== "" ? bottomText : topText, block ?? (bottomText !== "" ? topText : undefined))
      : null;
    if (period) {
      col.period = period.period;
      if (period.quarter !== undefined) col.quarter = period.quarter;
      col.evidence = [`periode: ${period.evidence}`];
    }
    columns.push(col);
  }
  return columns;
}

function siblingsHaveBottom(grid: Grid, bottom: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (grid.ownText(bottom, c) !== "") return true;
  return false;
}

/**
 * A year block whose roles also appear unblocked ("Target | Realisasi | Target 2021") is an earlier
 * period; a Renstra column beside it ("Capaian terhadap Target Akhir Renstra") is no such role.
 */
function shadowed(block: PeriodBlock, columns: TableColumn[]): boolean {
  const roles = new Set(columns.filter((c) => block.columns.includes(c.index)).map((c) => c.role));
  return columns.some((c) => c.block === undefined && c.period !== "renstra" && roles.has(c.role));
}

/**
 * A block of earlier years: named so ("Realisasi Tahun Sebelumnya", "Tahun Lalu") or holding only
 * columns headed by years before the table's latest year block ("Realisasi: 2022 | 2023 | 2024"
 * beside "Tahun 2025").
 */
function earlierYears(block: PeriodBlock, columns: TableColumn[], maxYear: number | undefined): boolean {
  if (/\bTAHUN( \w+)? (SEBELUMNYA|LALU)\b/.test(normHeader(block.label))) return true;
  if (maxYear === undefined) return false;
  const own = columns
    .filter((c) => block.columns.includes(c.index))
    .map((c) => periodOf(c.header.split(" / ").pop() ?? "")?.year);
  return own.length > 0 && own.every((y) => y !== undefined && y < maxYear);
}

function buildBlocks(columns: TableColumn[]): PeriodBlock[] {
  const byLabel = new Map<string, PeriodBlock>();
  for (const col of columns) {
    if (!col.block) continue;
    let b = byLabel.get(col.block);
    if (!b) {
      const p = periodOf(col.block);
      b = { label: col.block, kind: p ? p.kind : "lainnya", columns: [], current: false };
      if (p?.year !== undefined) b.year = p.year;
      if (p?.quarter !== undefined) b.quarter = p.quarter;
      byLabel.set(col.block, b);
    }
    b.columns.push(col.index);
  }
  const blocks = [...byLabel.values()];
  // In a block with a pagu column ("Nilai: Anggaran | Realisasi | %"), realisasi is money.
  for (const b of blocks) {
    const inBlock = columns.filter((c) => b.columns.includes(c.index));
    if (!inBlock.some((c) => c.role === "anggaran")) continue;
    for (const c of inBlock) if (c.role === "realisasi" && !c.measure) c.measure = "keuangan";
  }
  // The Renstra end target's block ("Target Akhir Renstra 2026", or a "2026" over a column headed so)
  // is never the reporting period.
  const renstra = (b: PeriodBlock) =>
    RENSTRA.test(b.label) || columns.filter((c) => b.columns.includes(c.index)).every((c) => c.period === "renstra");
  const years = blocks.filter((b) => b.kind === "tahun" && b.year !== undefined && !renstra(b)).map((b) => b.year as number);
  const maxYear = years.length ? Math.max(...years) : undefined;
  const hasAkhir = blocks.some((b) => b.kind === "akhir-tahun");
  for (const b of blocks) {
    if (b.kind === "lainnya") b.current = !earlierYears(b, columns, maxYear);
    else if (b.kind === "akhir-tahun") b.current = true;
    else if (b.kind === "tahun") b.current = !hasAkhir && b.year === maxYear && !renstra(b) && !shadowed(b, columns);
  }
  return blocks;
}
