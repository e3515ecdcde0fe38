/** Fix: turn findings into cell writes and write them as one journaled batch. */
import type { Finding } from "../core/check/finding";
import { fixToWrite, type FixMode } from "../core/check/fixWrite";
import type { CellWrite, WorkbookHost, WriteOutcome } from "../core/workbook/host";

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
