/**
 * The signature block under a table: "Kepala Dinas Kesehatan", "Plt. Camat Tanah Sepenggal",
 * "a.n. Bupati …", "Mengetahui,", "Muara Bungo, 15 Januari 2026", "NIP 19700512 199803 1 004",
 * "Pembina Tk. I". It ends the table when it follows a blank row: a row of such lines only, no amount.
 */
import { Grid } from "./grid";

const OFFICE =
  /^((a\.?\s?n\.?|plt\.?|plh\.?|pj\.?|u\.?\s?b\.?)\s+)?(kepala|sekretaris|camat|lurah|bupati|wakil bupati|wali ?kota|wakil wali ?kota|gubernur|direktur|kabid|kasubag|kasubbag|pejabat pembuat|mengetahui|menyetujui|disetujui|disahkan|dibuat oleh|diperiksa oleh|yang membuat)\b/i;
const NIP = /^nip\.?(\s|:|$|\d)/i;
const RANK = /^(pembina|penata)(\s+(utama|muda|tingkat|tk)\b.*)?\s*$/i;
/** "Muara Bungo, 15 Januari 2026", "Jakarta, 31 Des 2025". */
const PLACE_DATE = /^[A-Za-z][A-Za-z .'-]{1,40},\s*\d{1,2}\s+[A-Za-z]{3,10}\.?\s+(19|20)\d\d$/;

/** True when row r holds text only, and every filled cell is a signature-block line (office, NIP, rank, place and date). */
export function isSignatureRow(grid: Grid, r: number): boolean {
  const row = grid.sheet.rows[r];
  if (!row) return false;
  let line = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c]?.value;
    if (v === null || v === undefined || v === "") continue;
    if (typeof v !== "string") return false;
    const t = v.trim();
    if (t === "") continue;
    if (OFFICE.test(t) || NIP.test(t) || RANK.test(t) || PLACE_DATE.test(t)) line = true;
    else return false;
  }
  return line;
}
