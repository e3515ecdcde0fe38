/** Compares checker findings with a case's expectations. */
import type { Expect } from "./cases";

export interface Found {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  expected?: unknown;
  actual?: unknown;
  message?: string;
}

export interface Comparison {
  /** Required expectations not reported. */
  missing: Expect[];
  /** Error/warning findings not covered by any expectation (false positives). */
  unexpected: Found[];
}

const matches = (e: Expect, f: Found) => e.rule === f.rule && e.sheet === f.sheet && (e.cell === "*" || e.cell === f.cell);

export function compare(findings: Found[], expect: Expect[]): Comparison {
  const missing = expect.filter((e) => !e.optional && !findings.some((f) => matches(e, f)));
  const unexpected = findings.filter(
    (f) => (f.severity === "error" || f.severity === "warning") && !expect.some((e) => matches(e, f)),
  );
  return { missing, unexpected };
}
