/**
 * The scale money columns are written in: "Anggaran (Rp 000)", "(ribuan Rp)", "(Rp juta)", or a title
 * or note above the table ("Tabel 3.4 Efisiensi … (dalam ribuan rupiah)"). An efficiency or summary
 * table often keeps the LRA's amounts in thousands or millions; compared unscaled with the LRA, every
 * amount would look different. The column's own header wins over the table's title.
 */
import type { TableColumn } from "./types";
import type { Grid } from "./grid";
import { normHeader } from "./text";

/** A money column's header: the column is money already, so the scale word alone suffices. */
const IN_HEADER: { per: number; re: RegExp }[] = [
  { per: 1e9, re: /\b(MILIAR|MILYAR|MILIARAN|MILYARAN)\b/ },
  { per: 1e6, re: /\b(JUTA|JUTAAN|JT)\b|\bRP (X )?(1 )?000 000\b/ },
  { per: 1e3, re: /\b(RIBU|RIBUAN)\b|\bRP (X )?(1 )?000\b|^(.* )?000$|\bX 1 ?000\b/ },
];

/** A title or note above the table speaks of rupiah (or "dalam ribuan") before its scale counts. */
const IN_TITLE: { per: number; re: RegExp }[] = [
  { per: 1e9, re: /\b(MILIAR|MILYAR|MILIARAN|MILYARAN) (RP|RUPIAH)\b|\bRP (MILIAR|MILYAR)\b|\bDALAM (MILIARAN|MILYARAN)\b/ },
  { per: 1e6, re: /\b(JUTA|JUTAAN) (RP|RUPIAH)\b|\bRP (JUTA|JT)\b|\bRP (X )?(1 )?000 000\b|\bDALAM JUTAAN\b/ },
  { per: 1e3, re: /\b(RIBU|RIBUAN) (RP|RUPIAH)\b|\bRP RIBU(AN)?\b|\bRP (X )?(1 )?000\b|\bDALAM RIBUAN\b/ },
];

/** Rows above the header searched for the table's title or a "(dalam ribuan rupiah)" note. */
const ROWS_ABOVE = 4;

function scaleIn(text: string, patterns: { per: number; re: RegExp }[]): number | undefined {
  const h = normHeader(text);
  return patterns.find((p) => p.re.test(h))?.per;
}

/** The scale stated in the rows just above the header, stopping at a row with numbers (another table's data). */
function titleScale(grid: Grid, top: number, left: number, right: number): number | undefined {
  for (let r = top - 1; r >= Math.max(0, top - ROWS_ABOVE); r--) {
    const row = grid.sheet.rows[r];
    if (row?.some((cell) => typeof cell?.value === "number")) return undefined;
    const seen = new Set<string>();
    for (let c = left; c <= right; c++) {
      const t = grid.text(r, c);
      if (t === "" || seen.has(t)) continue;
      seen.add(t);
      const per = scaleIn(t, IN_TITLE);
      if (per) return per;
    }
  }
  return undefined;
}

function isMoney(col: TableColumn): boolean {
  return col.unit === "rupiah" && col.role !== "no" && col.role !== "kode";
}

/** Marks each money column written in thousands, millions or billions of rupiah with `rupiahPer`. */
export function assignAmountScales(grid: Grid, columns: TableColumn[], top: number, left: number, right: number): void {
  const money = columns.filter(isMoney);
  if (money.length === 0) return;
  let title: number | undefined | null = null;
  for (const col of money) {
    const own = scaleIn(col.header, IN_HEADER);
    if (own === undefined && title === null) title = titleScale(grid, top, left, right);
    const per = own ?? title ?? undefined;
    if (!per) continue;
    col.rupiahPer = per;
    const word = per === 1e3 ? "ribuan" : per === 1e6 ? "jutaan" : "miliaran";
    col.evidence = [...(col.evidence ?? []), `skala: ${word} rupiah (${own ? "judul kolom" : "judul tabel"})`];
  }
}
