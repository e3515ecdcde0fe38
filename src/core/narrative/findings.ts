/** Notes under a narrative table for the checker's findings at the source cells the table reads. */
import type { Finding } from "../check/finding";
import { quoteSheet } from "./expr";
import { sourceKey } from "./source";

export class FindingIndex {
  private readonly byCell = new Map<string, Finding[]>();

  constructor(findings: Finding[]) {
    for (const f of findings) {
      const key = sourceKey(f.sheet, f.cell);
      const list = this.byCell.get(key) ?? [];
      list.push(f);
      this.byCell.set(key, list);
    }
  }

  at(sheet: string, cell: string): Finding[] {
    return this.byCell.get(sourceKey(sheet, cell)) ?? [];
  }

  /** One note per finding at the given cells (errors and warnings; "info" findings stay in the checker). */
  notesFor(sources: Iterable<string>): string[] {
    const notes: string[] = [];
    const seen = new Set<Finding>();
    for (const key of sources) {
      for (const f of this.byCell.get(key) ?? []) {
        if (seen.has(f) || f.severity === "info") continue;
        seen.add(f);
        notes.push(findingNote(f));
      }
    }
    return notes;
  }
}

export function findingNote(f: Finding): string {
  const message = f.message.trim().replace(/\.$/, "");
  return `Sel ${quoteSheet(f.sheet)}!${f.cell}: ${message}. Tabel ini memakai nilai hasil hitung ulang, bukan nilai yang tertulis.`;
}
