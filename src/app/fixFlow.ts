/**
 * Fix: turn findings into cell writes and write them as one journaled batch; then check again and say
 * which findings the fix brought up (a fixed capaian changes the sasaran average below it).
 */
import type { Finding } from "../core/check/finding";
import { fixToWrite, type FixMode } from "../core/check/fixWrite";
import type { CellWrite, WorkbookHost, WriteOutcome } from "../core/workbook/host";
import { runCheck, type CheckRun, type CheckRunOptions } from "./checkFlow";

export type FixOutcome = WriteOutcome | { status: "nothing" };

export function fixWrites(findings: Finding[], mode: FixMode): CellWrite[] {
  return findings.map((f) => fixToWrite(f, mode)).filter((w): w is CellWrite => w !== null);
}

export async function applyFixes(
  host: WorkbookHost,
  findings: Finding[],
  mode: FixMode,
  options: { label: string; confirmed?: boolean },
): Promise<FixOutcome> {
  const writes = fixWrites(findings, mode);
  if (writes.length === 0) return { status: "nothing" };
  return host.write(writes, options);
}

/** Where a finding is and what it says is wrong there; its message (numbers) may change with a fix. */
const place = (f: Pick<Finding, "rule" | "sheet" | "cell">) => `${f.rule}|${f.sheet}!${f.cell}`;

/**
 * Findings after a fix that were not there before it, by rule, sheet and cell; findings at the fixed
 * cells themselves are left out (a fixed cell that is still wrong is not news of another cell).
 */
export function appearedAfterFix(before: Finding[], after: Finding[], fixed: Finding[]): Finding[] {
  const had = new Set(before.map(place));
  const fixedCells = new Set(fixed.map((f) => `${f.sheet}!${f.cell}`));
  return after.filter((f) => !had.has(place(f)) && !fixedCells.has(`${f.sheet}!${f.cell}`));
}

/** Findings after a fix at the cells it wrote: fixes written together from values another of them changed. */
export function unresolvedAfterFix(after: Finding[], fixed: Finding[]): Finding[] {
  const fixedCells = new Set(fixed.map((f) => `${f.sheet}!${f.cell}`));
  return after.filter((f) => fixedCells.has(`${f.sheet}!${f.cell}`));
}

/** A fix and what followed it: the check after a written fix, and the findings that fix brought up. */
export type FixRun = FixOutcome & {
  /** The check after the fix; null when nothing was written (declined, nothing to fix). */
  run: CheckRun | null;
  appeared: Finding[];
  /**
   * Findings at the fixed cells after the fix: where several fixes were written at once, one computed
   * from a value another one changed (a capaian and the average of it fixed together).
   */
  unresolved: Finding[];
};

/**
 * Fixes `findings`, checks the workbook again with `check` and compares with the findings `before` the
 * fix (the check the user saw). The pane, the standalone page and the CLI report the result alike.
 */
export async function fixAndRecheck(
  host: WorkbookHost,
  before: Finding[],
  findings: Finding[],
  mode: FixMode,
  options: { label: string; confirmed?: boolean; check?: CheckRunOptions },
): Promise<FixRun> {
  const outcome = await applyFixes(host, findings, mode, options);
  if (outcome.status !== "written") return { ...outcome, run: null, appeared: [], unresolved: [] };
  const run = await runCheck(host, options.check);
  const after = run.result.findings;
  return {
    ...outcome,
    run,
    appeared: appearedAfterFix(before, after, findings),
    unresolved: unresolvedAfterFix(after, findings),
  };
}
