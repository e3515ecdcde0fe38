/** kode-ganda: the same code twice under one parent (e.g. a rekening listed twice under a sub kegiatan). */
import type { Rule } from "./rule";
import { CodedRow, codedTables, siblingGroups } from "./siblings";

export const kodeGandaRule: Rule = {
  id: "kode-ganda",
  name: "Kode ganda",
  severity: "warning",
  doc: "Kode yang sama muncul dua kali di bawah induk yang sama.",
  run(ctx) {
    for (const table of codedTables(ctx.tables)) {
      for (const group of siblingGroups(table, ctx.reader(table))) {
        const seen = new Map<string, CodedRow>();
        for (const c of group) {
          const key = c.code.key;
          const earlier = seen.get(key);
          if (earlier === undefined) {
            seen.set(key, c);
            continue;
          }
          const first = earlier.address;
          ctx.add({
            rule: "kode-ganda",
            severity: "warning",
            sheet: table.sheet,
            cell: c.address,
            message: `Kode ${c.code.text} sudah dipakai di ${first} di bawah induk yang sama; baris ini tercatat dua kali atau kodenya salah.`,
            expected: null,
            actual: c.code.text,
          });
        }
      }
    }
  },
};
