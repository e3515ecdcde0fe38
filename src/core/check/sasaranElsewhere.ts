/**
 * A sasaran listed in a table of its own ("Capaian Kinerja per Sasaran": sasaran | rata-rata capaian)
 * and its indicators in the Pengukuran table on another sheet: which rows of which table they are.
 */
import type { RecognizedTable, TableRow } from "../tables/types";
import { isClosing } from "../tables/closing";
import { labelKey } from "../tables/text";
import { periodRatio } from "../tables/columns";
import type { CheckContext } from "./context";
import { closingCandidates, recomputedRatio, type Candidates } from "./rules/averages";

/** A table that lists sasaran with a capaian each, and no indicators. */
export function isSasaranTable(table: RecognizedTable): boolean {
  if (table.kind !== "indikator" || !table.columns.some((c) => c.role === "capaian")) return false;
  const data = table.rows.filter((r) => !isClosing(r.role));
  return data.length > 0 && data.every((r) => r.role === "sasaran");
}

export interface SasaranIndicators {
  table: RecognizedTable;
  rows: TableRow[];
  /** The indicator table's capaian column (its ratio's, when it has one). */
  capaian: number;
}

/** The indicators of the sasaran named `label` in another indicator table (the first that has them). */
export function indicatorsOf(tables: RecognizedTable[], own: RecognizedTable, label: string): SasaranIndicators | undefined {
  const key = labelKey(label);
  if (key.length < 8) return undefined;
  for (const t of tables) {
    if (t === own || t.kind !== "indikator") continue;
    // The reporting period's capaian (2025 beside 2024), never a tingkat kemajuan.
    const capaian = periodRatio(t, "capaian")?.column;
    if (capaian === undefined) continue;
    const rows = t.rows.filter(
      (r) => (r.role === "indikator" || r.role === "sub-indikator") && r.sasaran && labelKey(r.sasaran) === key,
    );
    if (rows.length > 0) return { table: t, rows, capaian };
  }
  return undefined;
}

/** The usual averagings of a sasaran's indicator capaian in the table that computes them. */
export function sasaranCandidates(ctx: CheckContext, found: SasaranIndicators): Candidates {
  const closing: TableRow = {
    index: found.rows[0].index,
    role: "capaian-sasaran",
    level: 0,
    label: "",
    polarity: "positif",
    bold: false,
    closes: found.rows.map((r) => r.index),
  };
  const recomputed = recomputedRatio(ctx, found.table, found.capaian);
  return closingCandidates(ctx.reader(found.table), found.table, closing, found.capaian, recomputed, ctx.scale);
}
