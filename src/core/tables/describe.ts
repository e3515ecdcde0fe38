/**
 * What was read from a recognised table, for the user: its range, a one-line summary
 * ("Formulir PK!A3:G27 — 17 indikator dari 5 sasaran, 5 baris rata-rata") and a plain description
 * (kind, confidence, columns with letter/role/unit/period, coverage) for `lkjip periksa --json` and the
 * task pane.
 */
import type { ColumnPeriod, ColumnRole, ColumnUnit, RecognizedTable, RowRole, TableCoverage, TableKind } from "./types";
import { toA1 } from "../workbook/address";
import { isClosing } from "./closing";

/** `Sheet!A3:G27`. */
export function tableRange(table: RecognizedTable): string {
  return `${table.sheet}!${toA1(table.top, table.left)}:${toA1(table.bottom, table.right)}`;
}

export interface ColumnDescription {
  letter: string;
  header: string;
  role: ColumnRole;
  unit: ColumnUnit | null;
  period: ColumnPeriod | null;
  block: string | null;
  evidence: string[];
}

export interface TableDescription {
  id: string;
  sheet: string;
  range: string;
  kind: TableKind;
  confidence: number;
  summary: string;
  columns: ColumnDescription[];
  coverage: TableCoverage;
  uncertain: string[];
  /** The user excluded it (stored correction): not checked. */
  excluded: boolean;
  /** The user's corrections applied to it, and those that no longer match. */
  corrected: string[];
  unmatchedCorrections: string[];
}

const KIND_LABEL: Record<TableKind, string> = {
  indikator: "tabel capaian kinerja",
  anggaran: "tabel realisasi anggaran",
  rekap: "rekap per predikat",
  skala: "tabel skala predikat",
  daftar: "daftar",
};

function distinctSasaran(table: RecognizedTable): number {
  const seen = new Set<string>();
  for (const r of table.rows) {
    if (r.role === "sasaran") seen.add(`row:${r.index}`);
    else if (r.sasaran) seen.add(r.sasaranRow !== undefined ? `row:${r.sasaranRow}` : r.sasaran);
  }
  return seen.size;
}

/** What the table's rows are, in words. */
function rowsInWords(table: RecognizedTable): string {
  const count = (pred: (role: RowRole) => boolean) => table.rows.filter((r) => pred(r.role)).length;
  const parts: string[] = [];
  if (table.kind === "indikator") {
    const indikator = count((r) => r === "indikator");
    const sub = count((r) => r === "sub-indikator");
    const sasaran = distinctSasaran(table);
    if (indikator > 0) parts.push(`${indikator} indikator${sasaran > 0 ? ` dari ${sasaran} sasaran` : ""}`);
    else if (sasaran > 0) parts.push(`${sasaran} sasaran`);
    if (sub > 0) parts.push(`${sub} sub-indikator`);
  } else if (table.kind === "anggaran" || table.kind === "daftar") {
    const named = (role: RowRole, word: string) => {
      const n = count((r) => r === role);
      if (n > 0) parts.push(`${n} ${word}`);
    };
    named("kelompok", "kelompok");
    named("program", "program");
    named("kegiatan", "kegiatan");
    named("subkegiatan", "sub kegiatan");
    named("rekening", "rekening");
    named("baris", "baris");
  } else {
    parts.push(`${count((r) => !isClosing(r))} baris`);
  }
  const averages = count((r) => r === "rata-rata" || r === "capaian-sasaran");
  const totals = count((r) => r === "total" || r === "subtotal");
  if (averages > 0) parts.push(`${averages} baris rata-rata`);
  if (totals > 0) parts.push(`${totals} baris jumlah`);
  if (count((r) => r === "saldo") > 0) parts.push("baris surplus/defisit");
  return parts.join(", ");
}

/** "Formulir PK!A3:G27 — 17 indikator dari 5 sasaran, 5 baris rata-rata". */
export function tableSummary(table: RecognizedTable): string {
  const words = rowsInWords(table);
  const doubt = (table.confidence ?? 1) < 0.75 ? " (sebagian tidak pasti)" : "";
  const corrected = table.corrected?.length ? ` (dikoreksi pengguna: ${table.corrected.join("; ")})` : "";
  if (table.excluded) return `${tableRange(table)} — dikecualikan pengguna, tidak diperiksa`;
  return `${tableRange(table)} — ${words || KIND_LABEL[table.kind]}${doubt}${corrected}`;
}

export function describeTable(table: RecognizedTable): TableDescription {
  return {
    id: table.id,
    sheet: table.sheet,
    range: tableRange(table),
    kind: table.kind,
    confidence: Math.round((table.confidence ?? 1) * 100) / 100,
    summary: tableSummary(table),
    columns: table.columns.map((c) => ({
      letter: c.letter,
      header: c.header,
      role: c.role,
      unit: c.unit ?? null,
      period: c.period ?? null,
      block: c.block ?? null,
      evidence: c.evidence ?? [],
    })),
    coverage: shownCoverage(table.coverage),
    uncertain: table.uncertain ?? [],
    excluded: table.excluded === true,
    corrected: table.corrected ?? [],
    unmatchedCorrections: table.unmatchedCorrections ?? [],
  };
}

/** The coverage as a reader counts rows: the unused ones by their row number in the sheet (1-based). */
function shownCoverage(c: TableCoverage | undefined): TableCoverage {
  if (!c) return { used: 0, closing: 0, unused: [] };
  return { ...c, unused: c.unused.map((u) => ({ row: u.row + 1, reason: u.reason })) };
}
