/** Shapes checker findings for the task pane: groups, labels, and the cell writes that fix them. */
import type { Finding, Severity } from "../../core/check/finding";
import type { CellWrite } from "../../core/workbook/host";

export type FixMode = "nilai" | "rumus";

/** Indonesian names of the checker's rules, in words (no ≠ or /: they are read aloud and skimmed); unknown ids as they are. */
const RULE_NAMES: Record<string, string> = {
  capaian: "Capaian tidak sama dengan realisasi ÷ target",
  "persen-anggaran": "Persentase realisasi anggaran tidak sesuai",
  total: "Baris jumlah tidak sama dengan penjumlahan barisnya",
  "jumlah-induk": "Induk tidak sama dengan jumlah rinciannya",
  selisih: "Selisih atau sisa tidak sesuai",
  "rata-sasaran": "Capaian sasaran tidak sama dengan rata-rata indikatornya",
  "rata-rata": "Baris rata-rata tidak sesuai",
  predikat: "Predikat tidak sesuai skala",
  "rekap-predikat": "Rekap jumlah per predikat tidak sesuai",
  "realisasi-lebih": "Realisasi melebihi pagu",
  "kode-lompat": "Nomor kode terlewat",
  "kode-ganda": "Kode dipakai dua kali",
  "angka-rusak": "Angka salah ketik",
  "nilai-error": "Sel berisi kesalahan Excel (#DIV/0! dan sejenisnya)",
  "bagi-nol": "Pembagian dengan nol",
  "nilai-kosong": "Nilai kosong atau tanda -",
  "beda-antar-tabel": "Nilai berbeda antar tabel",
  skala: "Skala predikat bercelah atau tumpang tindih",
};

export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Kesalahan", warning: "Peringatan", info: "Info" };

/** "3 temuan: 2 kesalahan, 1 peringatan, 0 info". */
export function countsText(findings: Finding[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return `${findings.length} temuan: ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} info`;
}

/** Findings after a fix that were not there before it (the fixed cells themselves left out). */
export function appearedAfterFix(before: Finding[], after: Finding[], fixed: Finding[]): Finding[] {
  const had = new Set(before.map(findingKey));
  const fixedCells = new Set(fixed.map((f) => `${f.sheet}!${f.cell}`));
  return after.filter((f) => !had.has(findingKey(f)) && !fixedCells.has(`${f.sheet}!${f.cell}`));
}
export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface RuleGroup {
  rule: string;
  findings: Finding[];
  fixable: Finding[];
  /** Worst severity in the group. */
  severity: Severity;
}

export interface SheetGroup {
  sheet: string;
  rules: RuleGroup[];
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function byRule(findings: Finding[]): RuleGroup[] {
  const rules = new Map<string, RuleGroup>();
  for (const f of findings) {
    let g = rules.get(f.rule);
    if (!g) rules.set(f.rule, (g = { rule: f.rule, findings: [], fixable: [], severity: f.severity }));
    g.findings.push(f);
    if (f.fix) g.fixable.push(f);
    if (RANK[f.severity] < RANK[g.severity]) g.severity = f.severity;
  }
  return [...rules.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Findings grouped by sheet (checker order), then by rule (worst first). */
export function groupBySheet(findings: Finding[]): SheetGroup[] {
  const sheets = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = sheets.get(f.sheet) ?? [];
    list.push(f);
    sheets.set(f.sheet, list);
  }
  return [...sheets.entries()].map(([sheet, list]) => ({ sheet, rules: byRule(list), count: list.length }));
}

/** Stable key of a finding for React lists and selection. */
export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}#${f.rule}`;
}

/** The write that applies a finding's fix: its formula in "rumus" mode when it has one, else the value. */
export function fixToWrite(f: Finding, mode: FixMode): CellWrite | null {
  if (!f.fix) return null;
  const useFormula = mode === "rumus" && !!f.fix.formula;
  const w: CellWrite = { sheet: f.sheet, cell: f.cell, value: f.fix.value };
  if (useFormula) w.formula = f.fix.formula;
  if (f.fix.numFmt) w.numFmt = f.fix.numFmt;
  return w;
}

/** A value as the user reads it: numbers with the workbook's separators, up to 4 decimals. */
export function formatValue(v: unknown, decimalComma = true): string {
  if (v === null || v === undefined || v === "") return "(kosong)";
  if (typeof v === "number") {
    return v.toLocaleString(decimalComma ? "id-ID" : "en-US", { maximumFractionDigits: 4 });
  }
  if (typeof v === "object" && v && "error" in v) return String((v as { error: string }).error);
  return String(v);
}
