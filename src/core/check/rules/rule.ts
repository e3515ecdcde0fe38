import type { CheckContext } from "../context";

/** One consistency rule: a stable id and a pass over the recognised tables. */
export interface Rule {
  id: string;
  run(ctx: CheckContext): void;
}
