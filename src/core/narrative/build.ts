/**
 * buildNarrative: the Chapter III tables and sentences from a workbook and the checker's result.
 * Values are recomputed with the arithmetic core; findings at the cells a table reads become notes.
 */
import type { CheckResult } from "../check";
import { labelKey } from "../tables/text";
import { tableRange } from "../tables/describe";
import type { RecognizedTable } from "../tables/types";
import type { Workbook } from "../workbook/model";
import { isBudgetTable, readBudget } from "./budget";
import { cell } from "./expr";
import { FindingIndex } from "./findings";
import { mainIndicatorTable, readIndicators } from "./indicators";
import { buildAnggaranProgram, BUDGET_COL, BudgetTotal } from "./tables/anggaranProgram";
import { buildAnggaranSasaran, PlacedBudgetSasaran } from "./tables/anggaranSasaran";
import { buildCapaianIndikator } from "./tables/capaianIndikator";
import { buildCapaianSasaran, CAPAIAN_SASARAN_ID, CapaianSasaranResult, SASARAN_COL } from "./tables/capaianSasaran";
import { buildEfisiensi, EfisiensiLine } from "./tables/efisiensi";
import { buildPeriodTables } from "./tables/periods";
import { buildRekapPredikat } from "./tables/rekapPredikat";
import type { NarrativeDocument, NarrativeOptions, NarrativeTable } from "./types";

/** A money column of the table counts thousands or millions of rupiah (amountScale.ts). */
function inRupiahMultiples(table: RecognizedTable): boolean {
  return table.columns.some((c) => (c.rupiahPer ?? 1) > 1);
}

export function buildNarrative(workbook: Workbook, check: CheckResult, options: NarrativeOptions = {}): NarrativeDocument {
  const findings = new FindingIndex(check.findings);
  const scale = check.scale;
  const tables: NarrativeTable[] = [];
  const notes: string[] = [`Predikat menurut skala ${scale.name}.`];

  let sasaran: CapaianSasaranResult | undefined;
  const main = mainIndicatorTable(workbook, check.tables);
  if (main) {
    const set = readIndicators(workbook, main);
    const capaian = buildCapaianIndikator(set, scale, options);
    sasaran = buildCapaianSasaran(capaian, set, scale, options);
    tables.push(capaian.table, buildRekapPredikat(capaian, scale), sasaran.table);
  } else {
    notes.push("Tabel pengukuran kinerja (indikator dengan target dan realisasi) tidak ditemukan; tabel capaian tidak dibuat.");
  }
  tables.push(...buildPeriodTables(workbook, check.tables, options));

  // A table kept in thousands or millions of rupiah would be written (and spelled out) as if in rupiah.
  const scaled = check.tables.filter((t) => isBudgetTable(t) && inRupiahMultiples(t));
  for (const t of scaled)
    notes.push(
      `Tabel anggaran ${t.sheet}!${tableRange(t)} ditulis dalam ribuan atau jutaan rupiah; tabel anggaran naratif tidak dibuat darinya.`,
    );
  const budgets = check.tables.filter((t) => isBudgetTable(t) && !scaled.includes(t)).map((t) => readBudget(workbook, t));
  let programTotal: BudgetTotal | undefined;
  let perSasaran: { id: string; sasaran: PlacedBudgetSasaran[] } | undefined;
  for (const budget of budgets) {
    if (budget.roots.length === 0) continue;
    if (budget.bySasaran) {
      if (perSasaran) continue;
      const id = "anggaran-sasaran";
      const built = buildAnggaranSasaran(budget, id);
      tables.push(built.table);
      perSasaran = { id, sasaran: built.sasaran };
      continue;
    }
    const id = programTotal
      ? `anggaran-program-${tables.filter((t) => t.kind === "anggaran-program").length + 1}`
      : "anggaran-program";
    const built = buildAnggaranProgram(budget, id, findings);
    tables.push(built.table);
    programTotal ??= built.total;
  }
  if (budgets.length === 0)
    notes.push("Tabel realisasi anggaran (pagu dan realisasi) tidak ditemukan; tabel anggaran tidak dibuat.");

  const lines = efisiensiLines(sasaran, perSasaran, programTotal);
  if (lines) tables.push(buildEfisiensi(lines.lines, lines.what));

  for (const table of tables) {
    for (const note of findings.notesFor(table.sources)) if (!table.notes.includes(note)) table.notes.push(note);
  }
  return { tables, sentences: tables.flatMap((t) => t.sentences), notes, scale };
}

function efisiensiLines(
  sasaran: CapaianSasaranResult | undefined,
  perSasaran: { id: string; sasaran: PlacedBudgetSasaran[] } | undefined,
  programTotal: BudgetTotal | undefined,
): { lines: EfisiensiLine[]; what: string } | null {
  if (!sasaran) return null;
  if (perSasaran && perSasaran.sasaran.length > 0) {
    const lines = perSasaran.sasaran.map((budget): EfisiensiLine => {
      const match = sasaran.sasaran.find((s) => labelKey(s.text) === budget.key);
      return {
        label: budget.text,
        subject: `sasaran “${budget.text}”`,
        capaian: { value: match?.capaian ?? null, ref: cell(match?.bodyRow ?? 0, SASARAN_COL.capaian, CAPAIAN_SASARAN_ID) },
        serapan: { value: budget.serapan, ref: cell(budget.bodyRow, BUDGET_COL.serapan, perSasaran.id) },
      };
    });
    return { lines, what: "sasaran strategis" };
  }
  if (!programTotal) return null;
  return {
    what: "keseluruhan sasaran",
    lines: [
      {
        label: "Seluruh sasaran strategis (rata-rata capaian sasaran dibandingkan serapan seluruh anggaran)",
        subject: "seluruh sasaran strategis",
        capaian: { value: sasaran.average, ref: cell(sasaran.averageRow, SASARAN_COL.capaian, CAPAIAN_SASARAN_ID) },
        serapan: { value: programTotal.serapan, ref: cell(programTotal.row, BUDGET_COL.serapan, programTotal.tableId) },
      },
    ],
  };
}
