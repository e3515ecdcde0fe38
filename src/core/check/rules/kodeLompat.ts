/**
 * kode-lompat: a skipped number in a table's own numbering (1, 2, 4; 2.4 → 2.6; 1.1.1 → 1.1.3;
 * a, b, d; II → IV; A, B, D under a roman program) is a warning, at every level alike.
 *
 * Nomenclature codes are never reported, at any level: program (7.01.01), kegiatan (7.01.01.2.01)
 * and sub kegiatan (7.01.01.2.01.0001) codes in SIPD exports, like the older zero-padded regional
 * codes (1.20.03, 2.06), are taken from the national nomenclature, and an agency runs only the part
 * of it that its plan chose, so 0001 then 0003, or 2.01 then 2.03, is how a correct export looks.
 * Rekening codes are account codes picked the same way. A table numbers by nomenclature when one
 * of its dotted codes of two or more segments is zero-padded, has a segment of more than two digits,
 * or is SIPD-shaped (two-digit second and third segments); its dotted codes are then left alone.
 * Reporting such gaps even as a notice would put one on nearly every correct SIPD export.
 *
 * The missing code is shown as the workbook writes its neighbours: the zero-padding of the level
 * kept (01, 02, 04 → 03).
 */
import type { Rule } from "./rule";
import type { ParsedCode } from "../../tables/codes";
import { codedTables, siblingGroups, Siblings } from "./siblings";

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

/** A code taken from a nomenclature rather than numbered by the agency (a lone `01`, `02` is the agency's own). */
function isNomenclature(code: ParsedCode): boolean {
  if (code.kind !== "dotted" || code.segments.length < 2) return false;
  const s = code.segments;
  return (
    code.rekening ||
    s.some((x) => x.length > 2 || (x.length > 1 && x.charCodeAt(0) === 48)) ||
    (s.length >= 3 && s[1].length === 2 && s[2].length === 2)
  );
}

/** The code between `prev` and `cur` as the workbook would write it (2.01 → 2.02, 0001 → 0002). */
export function missingCode(prev: ParsedCode, cur: ParsedCode): string {
  if (cur.kind !== "dotted") return romanOrLetter(prev.ordinal + 1, cur);
  const last = prev.segments[prev.segments.length - 1];
  const width = last.length > 1 && last.charCodeAt(0) === 48 ? last.length : 1;
  return [...cur.segments.slice(0, -1), String(prev.ordinal + 1).padStart(width, "0")].join(".");
}

function usesNomenclature(s: Siblings): boolean {
  return s.codes.some((c) => c !== undefined && isNomenclature(c));
}

export const kodeLompatRule: Rule = {
  id: "kode-lompat",
  name: "Kode terlewat",
  severity: "warning",
  doc: "Urutan nomor yang disusun sendiri melompat (1, 2, 4; 2.4 lalu 2.6; a, b, d). Kode nomenklatur (SIPD 7.01.01.2.01.0001, kode program/kegiatan/sub kegiatan dan rekening) tidak diperiksa: OPD hanya memakai sebagian nomenklatur nasional, sehingga nomor yang terlewat di sana wajar.",
  run(ctx) {
    for (const table of codedTables(ctx.tables)) {
      const s = siblingGroups(table, ctx.reader(table));
      // A code split over Urusan | Bidang | Program | Kegiatan | Sub Kegiatan columns is the nomenclature's.
      const nomenclature = !!table.codeColumns || usesNomenclature(s);
      for (const group of s.groups) {
        for (let i = 1; i < group.length; i++) {
          const prev = s.code(group[i - 1]);
          const cur = s.code(group[i]);
          if (cur.kind === "dotted" && nomenclature) continue;
          if (cur.ordinal <= prev.ordinal + 1) continue;
          const missing = missingCode(prev, cur);
          ctx.add({
            rule: "kode-lompat",
            severity: "warning",
            sheet: table.sheet,
            cell: s.address(group[i]),
            message: `Kode ${missing} tidak ada: urutan melompat dari ${prev.text} ke ${cur.text}.`,
            expected: missing,
            actual: cur.text,
          });
        }
      }
    }
  },
};
