/**
 * kode-lompat: a skipped code among siblings (2.4 → 2.6, c → e, II → IV). SIPD sub kegiatan and
 * rekening codes are picked from a nomenclature and skip by nature, so they are left alone.
 */
import type { Rule } from "./rule";
import { codedTables, siblingGroups } from "./siblings";

function romanOrLetter(n: number, like: string): string {
  if (/^[a-z]$/.test(like)) return String.fromCharCode(96 + n);
  if (/^[A-Z]$/.test(like) && !/^[IVX]$/.test(like)) return String.fromCharCode(64 + n);
  const table: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

export const kodeLompatRule: Rule = {
  id: "kode-lompat",
  name: "Kode terlewat",
  severity: "warning",
  doc: "Urutan kode atau nomor melompat (2.4 lalu 2.6).",
  run(ctx) {
    for (const table of codedTables(ctx.tables)) {
      for (const group of siblingGroups(table, ctx.reader(table))) {
        for (let i = 1; i < group.length; i++) {
          const prev = group[i - 1].code;
          const cur = group[i].code;
          if (cur.rekening || cur.segments[cur.segments.length - 1].length > 2) continue;
          if (cur.ordinal <= prev.ordinal + 1) continue;
          const missing =
            cur.kind === "dotted"
              ? [...cur.segments.slice(0, -1), String(prev.ordinal + 1)].join(".")
              : romanOrLetter(prev.ordinal + 1, cur.text);
          ctx.add({
            rule: "kode-lompat",
            severity: "info",
            sheet: table.sheet,
            cell: group[i].address,
            message: `Kode ${missing} tidak ada: urutan melompat dari ${prev.text} ke ${cur.text}.`,
            expected: missing,
            actual: cur.text,
          });
        }
      }
    }
  },
};
