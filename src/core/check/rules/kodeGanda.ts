/** kode-ganda: the same code twice under one parent (e.g. a rekening listed twice under a sub kegiatan). */
import type { Rule } from "./rule";
import { codedTables, siblingGroups } from "./siblings";

export const kodeGandaRule: Rule = {
  id: "kode-ganda",
  run(ctx) {
    for (const table of codedTables(ctx.tables)) {
      for (const group of siblingGroups(table, ctx.reader(table))) {
        const seen = new Map<string, string>();
        for (const c of group) {
          const key = c.code.key;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, c.address);
            continue;
          }
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
