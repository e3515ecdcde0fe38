import type { CheckContext } from "../context";
import type { Severity } from "../finding";

/**
 * One consistency rule declares what it is (a stable id, its Indonesian title, the most severe
 * level it reports, one line of documentation) and runs one pass over the recognised tables.
 */
export interface Rule {
  id: string;
  /** Title shown to the user, in words ("Capaian tidak sama dengan realisasi ÷ target"). */
  name: string;
  /** The most severe level its findings take. */
  severity: Severity;
  /** What it checks, in one Indonesian sentence. */
  doc: string;
  run(ctx: CheckContext): void;
}
