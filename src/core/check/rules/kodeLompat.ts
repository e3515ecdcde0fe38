/**
 * kode-lompat: a skipped code among siblings (2.4 → 2.6, c → e, II → IV; A, B, D under a roman
 * program) is a warning. SIPD sub kegiatan and rekening codes are picked from a nomenclature and
 * skip by nature, so they are left alone; in tables with other nomenclature-like codes (three
 * segments or zero-padded) a skip is a notice only.
 */
import type { Rule } from "./rule";
import type { ParsedCode } from "../../tables/codes";
import { codedTables, siblingGroups } from "./siblings";

function romanOrLetter(n: number, like: ParsedCode): string {
  if (like.kind === "letter") return String.fromCharCode((like.upper ? 64 : 96) + n);
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
      const groups = siblingGroups(table, ctx.reader(table));
      // Regional nomenclature codes (7.01.01, 2.06, 1.2.05) are picked from a national list and may skip.
      const nomenclature = groups.some((g) =>
        g.some((x) => x.code.kind === "dotted" && (x.code.segments.length >= 3 || x.code.segments.some((s) => /^0\d/.test(s)))),
      );
      for (const group of groups) {
        for (let i = 1; i < group.length; i++) {
          const prev = group[i - 1].code;
          const cur = group[i].code;
          if (cur.rekening || cur.segments[cur.segments.length - 1].length > 2) continue;
          if (cur.ordinal <= prev.ordinal + 1) continue;
          const missing =
            cur.kind === "dotted"
              ? [...cur.segments.slice(0, -1), String(prev.ordinal + 1)].join(".")
              : romanOrLetter(prev.ordinal + 1, cur);
          ctx.add({
            rule: "kode-lompat",
            severity: nomenclature ? "info" : "warning",
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
