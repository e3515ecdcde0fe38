/** The readable Indonesian report of a check: grouped by sheet, with counts per severity. */
import type { Finding, Severity } from "./finding";
import { INDONESIAN, shownFormula } from "../formula";
import type { Notation } from "../formula";

const LABEL: Record<Severity, string> = { error: "kesalahan", warning: "peringatan", info: "info" };
const MARK: Record<Severity, string> = { error: "[KESALAHAN]", warning: "[PERINGATAN]", info: "[INFO]" };

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function summaryLine(findings: Finding[]): string {
  const c = countBySeverity(findings);
  return `${c.error} ${LABEL.error}, ${c.warning} ${LABEL.warning}, ${c.info} ${LABEL.info}`;
}

/**
 * The report; fix formulas in `notation`, as the user would type them (Indonesian `;` by default);
 * `tables` are the one-line summaries of what was read per table
 * ("Formulir PK!A3:G27 — 17 indikator dari 5 sasaran, 5 baris rata-rata"), listed under the count.
 */
export function textReport(
  file: string,
  findings: Finding[],
  tableCount: number,
  scaleName: string,
  notation: Notation = INDONESIAN,
  tables: string[] = [],
): string {
  const lines: string[] = [];
  lines.push(`Hasil pemeriksaan ${file}`);
  lines.push(`${tableCount} tabel dikenali; skala predikat: ${scaleName}.`);
  for (const t of tables) lines.push(`  ${t}`);
  if (findings.length === 0) {
    lines.push("Tidak ditemukan ketidakkonsistenan.");
    return lines.join("\n");
  }
  lines.push(`Ditemukan ${findings.length} temuan: ${summaryLine(findings)}.`);
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    lines.push("");
    lines.push(`Lembar "${sheet}" (${summaryLine(list)})`);
    for (const f of list) {
      lines.push(`  ${f.cell.padEnd(6)} ${MARK[f.severity]} ${f.rule}: ${f.message}`);
      if (f.fix?.formula) lines.push(`         Perbaikan: ${shownFormula(f.fix.formula, notation)}`);
    }
  }
  return lines.join("\n");
}

/**
 * After fixes were written: how many cells, the findings they brought up (a fixed capaian puts the
 * sasaran average off: "Perbaikan memunculkan 1 temuan baru: …") and the fixed cells still flagged (a
 * fix computed from a value another fix changed), each with its place and message.
 */
export function fixReport(written: number, appeared: Finding[], unresolved: Finding[], where: string): string {
  if (written === 0)
    return "Perbaikan: tidak ada temuan yang dapat diperbaiki otomatis; salinan tidak diubah selain tabel naratif.";
  const lines = [`Perbaikan: ${written} sel ditulis ke ${where}.`];
  const list = (fs: Finding[]) =>
    fs.forEach((f) => lines.push(`  ${f.sheet}!${f.cell} ${MARK[f.severity]} ${f.rule}: ${f.message}`));
  if (appeared.length === 0) lines.push("Perbaikan tidak memunculkan temuan baru.");
  else {
    lines.push(`Perbaikan memunculkan ${appeared.length} temuan baru (angka lain bergantung pada sel yang diperbaiki):`);
    list(appeared);
  }
  if (unresolved.length > 0) {
    lines.push(
      `${unresolved.length} sel yang diperbaiki masih bertemuan (perbaikannya dihitung dari angka yang ikut diperbaiki); periksa salinannya lagi:`,
    );
    list(unresolved);
  }
  return lines.join("\n");
}
