/** kode-ganda: the same code twice under one parent (e.g. a rekening listed twice under a sub kegiatan). */
import type { Rule } from "./rule";
import { codedTables, siblingGroups, Siblings } from "./siblings";

/**
 * True when the group's ordinals rise strictly: then no code repeats (a group holds one kind and
 * level, whose ordinal follows from its key), and no key needs looking up.
 */
function rising(s: Siblings, group: number[]): boolean {
  for (let i = 1; i < group.length; i++) if (s.code(group[i]).ordinal <= s.code(group[i - 1]).ordinal) return false;
  return true;
}

export const kodeGandaRule: Rule = {
  id: "kode-ganda",
  name: "Kode ganda",
  severity: "warning",
  doc: "Kode yang sama muncul dua kali di bawah induk yang sama.",
  run(ctx) {
    for (const table of codedTables(ctx.tables)) {
      const s = siblingGroups(table, ctx.reader(table));
      for (const group of s.groups) {
        if (rising(s, group)) continue;
        const seen = new Map<string, number>();
        for (const pos of group) {
          const code = s.code(pos);
          const earlier = seen.get(code.key);
          if (earlier === undefined) {
            seen.set(code.key, pos);
            continue;
          }
          const first = s.address(earlier);
          ctx.add({
            rule: "kode-ganda",
            severity: "warning",
            sheet: table.sheet,
            cell: s.address(pos),
            message: `Kode ${code.text} sudah dipakai di ${first} di bawah induk yang sama; baris ini tercatat dua kali atau kodenya salah.`,
            expected: null,
            actual: code.text,
          });
        }
      }
    }
  },
};
