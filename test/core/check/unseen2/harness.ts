/** Compares checker findings with a case's expectations; `rule` may list alternatives as "a|b". */
import type { Expect } from "./cases";

export interface Found {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message?: string;
}

const matches = (e: Expect, f: Found) =>
  e.rule.split("|").includes(f.rule) && e.sheet === f.sheet && (e.cell === "*" || e.cell === f.cell);

export function compare(findings: Found[], expect: Expect[]): { missing: Expect[]; unexpected: Found[] } {
  const missing = expect.filter((e) => !e.optional && !findings.some((f) => matches(e, f)));
  const unexpected = findings.filter(
    (f) => (f.severity === "error" || f.severity === "warning") && !expect.some((e) => matches(e, f)),
  );
  return { missing, unexpected };
}
