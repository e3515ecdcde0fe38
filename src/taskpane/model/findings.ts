/** Shapes checker findings for the task pane: groups, labels, and the cell writes that fix them. */
import type { Finding, Severity } from "../../core/check/finding";

export type { FixMode } from "../../core/check/fixWrite";
export { fixToWrite } from "../../core/check/fixWrite";

/** Indonesian names of the checker's rules; unknown ids are shown as they are. */
const RULE_NAMES: Record<string, string> = {
  capaian: "Capaian ≠ realisasi / target",
  "persen-anggaran": "% realisasi anggaran",
  total: "Baris jumlah/total",
  "jumlah-induk": "Induk ≠ jumlah rinciannya",
  selisih: "Kolom selisih/sisa",
  "rata-sasaran": "Rata-rata capaian sasaran",
  "rata-rata": "Baris rata-rata",
  predikat: "Predikat tidak sesuai skala",
  "rekap-predikat": "Rekap jumlah per predikat",
  "realisasi-lebih": "Realisasi melebihi pagu",
  "kode-lompat": "Kode terlewat",
  "kode-ganda": "Kode ganda",
  "angka-rusak": "Angka salah ketik",
  "nilai-error": "Galat Excel (#DIV/0! dll.)",
  "bagi-nol": "Pembagian dengan nol",
  "nilai-kosong": "Nilai kosong atau tanda -",
  "beda-antar-tabel": "Beda nilai antar tabel",
  skala: "Skala predikat bercelah/tumpang tindih",
};

export function ruleName(rule: string): string {
  return RULE_NAMES[rule] ?? rule;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };
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

/** A value as the user reads it: numbers with the workbook's separators, up to 4 decimals. */
export function formatValue(v: unknown, decimalComma = true): string {
  if (v === null || v === undefined || v === "") return "(kosong)";
  if (typeof v === "number") {
    return v.toLocaleString(decimalComma ? "id-ID" : "en-US", { maximumFractionDigits: 4 });
  }
  if (typeof v === "object" && v && "error" in v) return String((v as { error: string }).error);
  return String(v);
}
