/**
 * Table corrections: what the user told the add-in about a table it misread, stored in the workbook
 * (setting `lkjip.koreksi`, JSON) so the task pane, the standalone page and the CLI all read the
 * table the same way. Keyed by table id (`Sheet!A3`, the top-left header cell), column letter and
 * sheet row number as the user sees them (1-based).
 *
 * Everything here is a pure value: the pane edits a copy and saves it; recognition applies it
 * (`core/tables/corrections.ts`).
 */
import type { ColumnRole } from "../tables/types";

/** What the user can say a row is: a total, an average, or an ordinary data row (not a closing row). */
export type RowMark = "jumlah" | "rata-rata" | "data";

export interface TableCorrection {
  /** Left out of the check and the narrative tables. */
  excluded?: boolean;
  /** Column letter → role the user chose (`lainnya` = the column is not used). */
  columns?: Record<string, ColumnRole>;
  /** Sheet row number (1-based, as a string key) → what the row is. */
  rows?: Record<string, RowMark>;
  /**
   * The table's column headers when the correction was saved (`headerSignature`): when rows or
   * columns are inserted above or before the table, its id moves, and this finds it again.
   */
  header?: string;
}

export interface TableCorrections {
  /** By table id. */
  tables: Record<string, TableCorrection>;
  /** Id of the scale table (a `skala` table of the workbook) the user chose, when a preset is not chosen. */
  scaleTable?: string;
}

export const NO_CORRECTIONS: TableCorrections = { tables: {} };

/** The roles a user can give a column, with the words the pane shows. */
export const CHOOSABLE_ROLES: { role: ColumnRole; label: string }[] = [
  { role: "no", label: "Nomor" },
  { role: "kode", label: "Kode rekening / nomenklatur" },
  { role: "sasaran", label: "Sasaran" },
  { role: "indikator", label: "Indikator" },
  { role: "uraian", label: "Uraian (program/kegiatan)" },
  { role: "satuan", label: "Satuan" },
  { role: "target", label: "Target" },
  { role: "realisasi", label: "Realisasi" },
  { role: "capaian", label: "Capaian (%)" },
  { role: "anggaran", label: "Anggaran / pagu" },
  { role: "sebelum", label: "Anggaran sebelum perubahan" },
  { role: "setelah", label: "Anggaran setelah perubahan" },
  { role: "persen", label: "Persentase realisasi anggaran (%)" },
  { role: "sisa", label: "Sisa / selisih" },
  { role: "predikat", label: "Predikat" },
  { role: "keterangan", label: "Keterangan" },
  { role: "polaritas", label: "Polaritas / sifat indikator" },
  { role: "jumlah", label: "Jumlah (banyaknya)" },
  { role: "rentang", label: "Rentang nilai (skala)" },
  { role: "nilai", label: "Nilai lain (angka)" },
  { role: "lainnya", label: "Tidak dipakai" },
];

const ROLES = new Set<string>(CHOOSABLE_ROLES.map((r) => r.role));
const MARKS = new Set<string>(["jumlah", "rata-rata", "data"]);
const LETTERS = /^[A-Z]{1,3}$/;
const ROW_NUMBER = /^[1-9]\d{0,6}$/;
/** A header signature longer than this is not one the add-in wrote. */
const MAX_SIGNATURE = 4000;

export function roleLabel(role: ColumnRole): string {
  return CHOOSABLE_ROLES.find((r) => r.role === role)?.label ?? role;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads the stored JSON, keeping only what is well formed (a hand-edited or damaged value never
 * breaks the check: what cannot be read is dropped).
 */
export function parseCorrections(stored: string | undefined): TableCorrections {
  if (!stored) return { tables: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return { tables: {} };
  }
  if (!isRecord(raw)) return { tables: {} };
  const tables: Record<string, TableCorrection> = {};
  if (isRecord(raw.tables)) {
    for (const [id, value] of Object.entries(raw.tables)) {
      if (!isRecord(value) || !id.includes("!")) continue;
      const correction = readCorrection(value);
      if (!isEmpty(correction)) tables[id] = correction;
    }
  }
  const result: TableCorrections = { tables };
  if (typeof raw.scaleTable === "string" && raw.scaleTable.includes("!")) result.scaleTable = raw.scaleTable;
  return result;
}

function readCorrection(value: Record<string, unknown>): TableCorrection {
  const correction: TableCorrection = {};
  if (value.excluded === true) correction.excluded = true;
  if (isRecord(value.columns)) {
    const columns: Record<string, ColumnRole> = {};
    for (const [letter, role] of Object.entries(value.columns))
      if (LETTERS.test(letter) && typeof role === "string" && ROLES.has(role)) columns[letter] = role as ColumnRole;
    if (Object.keys(columns).length) correction.columns = columns;
  }
  if (isRecord(value.rows)) {
    const rows: Record<string, RowMark> = {};
    for (const [row, mark] of Object.entries(value.rows))
      if (ROW_NUMBER.test(row) && typeof mark === "string" && MARKS.has(mark)) rows[row] = mark as RowMark;
    if (Object.keys(rows).length) correction.rows = rows;
  }
  if (typeof value.header === "string" && value.header.length <= MAX_SIGNATURE) correction.header = value.header;
  return correction;
}

function isEmpty(c: TableCorrection): boolean {
  return !c.excluded && !c.columns && !c.rows;
}

/** A table's column headers in one line, the same however the cells are spaced or cased. */
export function headerSignature(columns: { header: string }[]): string {
  return columns
    .map((c) => c.header.replace(/\s+/g, " ").trim().toUpperCase())
    .join(" | ")
    .slice(0, MAX_SIGNATURE);
}

/** Each corrected table's header signature, from the tables as recognised now (stored with the corrections). */
export function anchorCorrections(
  c: TableCorrections,
  tables: { id: string; columns: { header: string }[] }[],
): TableCorrections {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const anchored: Record<string, TableCorrection> = {};
  for (const [id, correction] of Object.entries(c.tables)) {
    const table = byId.get(id);
    anchored[id] = table ? { ...correction, header: headerSignature(table.columns) } : correction;
  }
  return { ...c, tables: anchored };
}

/** The stored value, or null (the setting is removed) when there is nothing to store. */
export function serializeCorrections(c: TableCorrections): string | null {
  const tables: Record<string, TableCorrection> = {};
  for (const id of Object.keys(c.tables).sort()) if (!isEmpty(c.tables[id])) tables[id] = c.tables[id];
  if (Object.keys(tables).length === 0 && !c.scaleTable) return null;
  return JSON.stringify(c.scaleTable ? { tables, scaleTable: c.scaleTable } : { tables });
}

export function hasCorrections(c: TableCorrections | undefined): boolean {
  return !!c && (!!c.scaleTable || Object.values(c.tables).some((t) => !isEmpty(t)));
}

function withTable(c: TableCorrections, id: string, edit: (t: TableCorrection) => TableCorrection): TableCorrections {
  const next = edit({ ...(c.tables[id] ?? {}) });
  const tables = { ...c.tables };
  if (isEmpty(next)) delete tables[id];
  else tables[id] = next;
  return { ...c, tables };
}

/** The user's role for a column; `undefined` takes the choice back (recognition decides again). */
export function setColumnRole(c: TableCorrections, id: string, letter: string, role: ColumnRole | undefined): TableCorrections {
  return withTable(c, id, (t) => {
    const columns = { ...(t.columns ?? {}) };
    if (role === undefined) delete columns[letter];
    else columns[letter] = role;
    if (Object.keys(columns).length) t.columns = columns;
    else delete t.columns;
    return t;
  });
}

/** What a row is (1-based sheet row); `undefined` takes the mark back. */
export function setRowMark(c: TableCorrections, id: string, row: number, mark: RowMark | undefined): TableCorrections {
  return withTable(c, id, (t) => {
    const rows = { ...(t.rows ?? {}) };
    if (mark === undefined) delete rows[String(row)];
    else rows[String(row)] = mark;
    if (Object.keys(rows).length) t.rows = rows;
    else delete t.rows;
    return t;
  });
}

export function setExcluded(c: TableCorrections, id: string, excluded: boolean): TableCorrections {
  return withTable(c, id, (t) => {
    if (excluded) t.excluded = true;
    else delete t.excluded;
    return t;
  });
}

export function setScaleTable(c: TableCorrections, id: string | undefined): TableCorrections {
  const next = { ...c };
  if (id) next.scaleTable = id;
  else delete next.scaleTable;
  return next;
}
