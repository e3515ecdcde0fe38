/**
 * Applies the user's stored corrections (`core/settings/corrections.ts`) while a table is recognised:
 * a column's role replaces the one its header gave (and nothing later overrides it), a marked row
 * becomes a closing row or a data row. What could not be applied is kept on the table, so the check
 * says it instead of ignoring it.
 */
import type { RowMark, TableCorrection } from "../settings/corrections";
import { roleLabel } from "../settings/corrections";
import type { RecognizedTable, RowRole, TableColumn } from "./types";
import type { RowDraft } from "./rows";
import type { Grid } from "./grid";

const MARK_ROLE: Record<Exclude<RowMark, "data">, RowRole> = { jumlah: "total", "rata-rata": "rata-rata" };
const MARK_WORDS: Record<RowMark, string> = { jumlah: "baris jumlah", "rata-rata": "baris rata-rata", data: "baris data" };

export interface CorrectionNotes {
  /** What was applied, in Indonesian ("kolom F: Realisasi"). */
  applied: string[];
  /** What did not match the table as it is now. */
  unmatched: string[];
}

export function newNotes(): CorrectionNotes {
  return { applied: [], unmatched: [] };
}

/** Sets the roles the user chose; those columns are marked `chosen` so later inference leaves them. */
export function correctColumns(columns: TableColumn[], correction: TableCorrection | undefined, notes: CorrectionNotes): void {
  for (const [letter, role] of Object.entries(correction?.columns ?? {})) {
    const col = columns.find((c) => c.letter === letter);
    if (!col) {
      notes.unmatched.push(`kolom ${letter} tidak ada di tabel`);
      continue;
    }
    col.role = role;
    col.chosen = true;
    col.evidence = ["peran: dipilih pengguna"];
    delete col.unit;
    notes.applied.push(`kolom ${letter}: ${roleLabel(role)}`);
  }
}

/**
 * Marks rows as the user said. A row between the first data row and one row past the last (a closing
 * row the scan stopped before) can be marked; a row elsewhere is reported as not matching.
 */
export function correctRows(
  grid: Grid,
  drafts: RowDraft[],
  correction: TableCorrection | undefined,
  dataStart: number,
  notes: CorrectionNotes,
): void {
  const marks = Object.entries(correction?.rows ?? {})
    .map(([row, mark]) => ({ index: Number(row) - 1, mark }))
    .sort((a, b) => a.index - b.index);
  if (marks.length === 0 || drafts.length === 0) {
    for (const m of marks) notes.unmatched.push(`baris ${m.index + 1} di luar tabel`);
    return;
  }
  const last = drafts[drafts.length - 1].index;
  for (const { index, mark } of marks) {
    if (index < dataStart || index > last + 1) {
      notes.unmatched.push(`baris ${index + 1} di luar tabel`);
      continue;
    }
    let draft = drafts.find((d) => d.index === index);
    if (!draft) {
      draft = { index };
      const at = drafts.findIndex((d) => d.index > index);
      if (at < 0) drafts.push(draft);
      else drafts.splice(at, 0, draft);
    }
    if (mark === "data") {
      delete draft.closing;
      delete draft.closingLabel;
    } else {
      draft.closing = MARK_ROLE[mark];
      draft.closingLabel = draft.closingLabel ?? rowText(grid, index);
    }
    notes.applied.push(`baris ${index + 1}: ${MARK_WORDS[mark]}`);
  }
}

function rowText(grid: Grid, r: number): string {
  for (let c = 0; c < grid.width(r); c++) {
    const t = grid.ownText(r, c);
    if (t !== "" && !/^[\d.,%\s-]+$/.test(t)) return t;
  }
  return "";
}

/** Keeps what was applied and what did not match on the table (for the pane, the report and the check). */
export function recordCorrections(table: RecognizedTable, correction: TableCorrection | undefined, notes: CorrectionNotes): void {
  if (correction?.excluded) table.excluded = true;
  if (notes.applied.length) table.corrected = notes.applied;
  if (notes.unmatched.length) table.unmatchedCorrections = notes.unmatched;
}
