/** Shapes checker findings for the task pane: groups, labels, and the cell writes that fix them. */
import { valueText } from "../../core/tables/text";
import type { Finding, Severity } from "../../core/check/finding";
import { notationFor, shownFormula } from "../../core/formula";
import { hasFix } from "../../core/check/fixWrite";
import { RULE_INFO } from "../../core/check/rules";

export type { FixMode } from "../../core/check/fixWrite";
export { fixToWrite, hasFix } from "../../core/check/fixWrite";

/** A rule's title as the rule declares it; unknown ids are shown as they are. */
export function ruleName(rule: string): string {
  return RULE_INFO[rule]?.name ?? rule;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Kesalahan", warning: "Peringatan", info: "Info" };

/** "3 temuan: 2 kesalahan, 1 peringatan, 0 info". */
export function countsText(findings: Finding[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return `${findings.length} temuan: ${c.error} kesalahan, ${c.warning} peringatan, ${c.info} info`;
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
    if (hasFix(f)) g.fixable.push(f);
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

/** The fix formula as the user types it: ";" between arguments and a decimal comma on an Indonesian Excel. */
export function shownFixFormula(f: Finding, decimalComma = true): string | null {
  return f.fix?.formula ? shownFormula(f.fix.formula, notationFor(decimalComma ? "," : ".")) : null;
}

/** True when a value is missing (shown as "(kosong)"). */
export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** A value as the user reads it: numbers with the workbook's separators, up to 4 decimals. */
export function formatValue(v: unknown, decimalComma = true): string {
  if (isEmptyValue(v)) return "(kosong)";
  if (typeof v === "number") {
    return v.toLocaleString(decimalComma ? "id-ID" : "en-US", { maximumFractionDigits: 4 });
  }
  if (typeof v === "object" && v && "error" in v) return String((v as { error: string }).error);
  return valueText(v);
}
