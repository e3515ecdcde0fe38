/**
 * koreksi (info): what the user's stored corrections did, said once, so a reviewer opening the
 * workbook knows a table was read by hand: an excluded table (not checked, not in the narrative), and a
 * correction that no longer matches (the table moved, a column or row is gone). Never silent.
 */
import type { Rule } from "./rule";
import { toA1 } from "../../workbook/address";
import { tableRange } from "../../tables/describe";
import { idPlace } from "../../tables/relocate";

/** Sheet and cell of a table id (`Sheet!A3`). */
function idCell(id: string): { sheet: string; cell: string } | null {
  const place = idPlace(id);
  return place ? { sheet: place.sheet, cell: toA1(place.row, place.col) } : null;
}

export const koreksiRule: Rule = {
  id: "koreksi",
  name: "Koreksi pembacaan tabel oleh pengguna",
  severity: "info",
  doc: "Tabel yang dikecualikan pengguna, dan koreksi tersimpan (peran kolom, baris penutup, tabel skala) yang tidak lagi cocok dengan tabelnya.",
  run(ctx) {
    const corrections = ctx.options.corrections;
    if (!corrections) return;
    const known = new Set(ctx.recognized.flatMap((t) => (t.correctionFrom ? [t.id, t.correctionFrom] : [t.id])));
    for (const table of ctx.recognized) {
      const cell = toA1(table.top, table.left);
      if (table.correctionFrom)
        ctx.note({
          rule: "koreksi",
          severity: "info",
          sheet: table.sheet,
          cell,
          message: `Koreksi yang tersimpan untuk tabel di ${table.correctionFrom} dipakai untuk tabel ${tableRange(table)}: judul kolomnya sama, tabelnya bergeser (baris atau kolom disisipkan di atasnya). Simpan koreksi sekali lagi di “Tabel dikenali” agar tercatat di tempat barunya.`,
        });
      if (table.excluded)
        ctx.note({
          rule: "koreksi",
          severity: "info",
          sheet: table.sheet,
          cell,
          message: `Tabel ${tableRange(table)} dikecualikan atas pilihan pengguna: tidak diperiksa dan tidak dipakai untuk tabel naratif.`,
        });
      else if (table.unmatchedCorrections?.length)
        ctx.note({
          rule: "koreksi",
          severity: "info",
          sheet: table.sheet,
          cell,
          message: `Sebagian koreksi tersimpan untuk tabel ${tableRange(table)} tidak cocok lagi (${table.unmatchedCorrections.join("; ")}) dan tidak dipakai.`,
        });
    }
    for (const id of Object.keys(corrections.tables)) {
      if (known.has(id)) continue;
      const place = idCell(id);
      if (!place) continue;
      ctx.note({
        rule: "koreksi",
        severity: "info",
        sheet: place.sheet,
        cell: place.cell,
        message: `Koreksi tersimpan untuk tabel di ${id} tidak dipakai: tabel itu tidak ditemukan lagi (baris atau kolom di atasnya mungkin berubah). Buka “Tabel dikenali” untuk mengoreksi ulang.`,
      });
    }
    const scaleId = corrections.scaleTable;
    const chosen = scaleId ? ctx.recognized.find((t) => t.id === scaleId) : undefined;
    const place = scaleId ? idCell(scaleId) : null;
    if (scaleId && place && (!chosen || (chosen.kind !== "skala" && chosen.kind !== "rekap")))
      ctx.note({
        rule: "koreksi",
        severity: "info",
        sheet: place.sheet,
        cell: place.cell,
        message: `Tabel skala yang dipilih (${scaleId}) tidak ditemukan lagi sebagai tabel skala; predikat diperiksa dengan skala ${ctx.scale.name}.`,
      });
  },
};
