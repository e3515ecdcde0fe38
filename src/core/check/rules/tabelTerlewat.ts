/**
 * tabel-terlewat (info): a row that reads like the header of a performance or budget table, with
 * numbers below it, that no recognised table covers. Its numbers are not checked; saying so keeps a
 * finance officer from believing the table was checked.
 */
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { missedHeaders } from "../../tables/missed";

export const tabelTerlewatRule: Rule = {
  id: "tabel-terlewat",
  name: "Tabel yang tidak terbaca",
  severity: "info",
  doc: "Baris yang tampak seperti judul tabel kinerja atau anggaran, dengan angka di bawahnya, tetapi tidak terbaca sebagai tabel: angkanya tidak diperiksa.",
  run(ctx) {
    for (const m of missedHeaders(ctx.workbook, ctx.recognized)) {
      const words = m.words
        .slice(0, 4)
        .map((w) => `“${w}”`)
        .join(", ");
      ctx.note({
        rule: "tabel-terlewat",
        severity: "info",
        sheet: m.sheet,
        cell: toA1(m.row, m.column),
        message: `Baris ${m.row + 1} tampak seperti judul tabel (${words}), tetapi tabelnya tidak terbaca, jadi angkanya tidak diperiksa. Periksa judul kolomnya (satu baris judul atau dua baris bergabung, tanpa angka data di dalamnya).`,
      });
    }
  },
};
