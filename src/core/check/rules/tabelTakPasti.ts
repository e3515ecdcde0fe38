/**
 * tabel-tak-pasti (info): a table only partly understood is said once, naming the table and what was
 * uncertain (columns with numbers but no role, ratio columns without operands, a column whose relation
 * failed on most rows), never silently. Runs last: the other rules record their doubts first.
 */
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { tableRange } from "../../tables/describe";

export const tabelTakPastiRule: Rule = {
  id: "tabel-tak-pasti",
  name: "Tabel hanya sebagian dipahami",
  severity: "info",
  doc: "Sekali per tabel: kolom berangka tanpa peran, kolom rasio tanpa pasangan, atau kolom yang hubungannya gagal pada sebagian besar baris (tidak dilaporkan per baris).",
  run(ctx) {
    for (const table of ctx.tables) {
      const notes = table.uncertain ?? [];
      if (notes.length === 0) continue;
      ctx.note({
        rule: "tabel-tak-pasti",
        severity: "info",
        sheet: table.sheet,
        cell: toA1(table.top, table.left),
        message: `Tabel ${tableRange(table)} hanya sebagian dipahami: ${notes.join("; ")}. Periksa peran kolomnya (dan koreksi bila perlu di “Tabel dikenali”) sebelum mengandalkan hasil pemeriksaan tabel ini.`,
      });
    }
  },
};
