/** Text helpers for recognition: normalised header/label text and label keys for matching across tables. */
import type { CellValue } from "../workbook/model";
import { isErrorValue } from "../workbook/model";

/** The text a cell shows (numbers as JS prints them, errors as their code), trimmed. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isErrorValue(v)) return v.error;
  return "";
}

/** Text of any value a cell or a function argument may carry (objects other than errors as JSON). */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return cellText(v);
  if (typeof (v as { error?: unknown }).error === "string") return (v as { error: string }).error;
  return JSON.stringify(v);
}

/** Uppercase, punctuation (except %) to spaces, spaces collapsed: "Jumlah Anggaran (Rp.)" -> "JUMLAH ANGGARAN RP". */
export function normHeader(s: string): string {
  return s
    .toUpperCase()
    .replace(/[^A-Z0-9%]+/g, " ")
    .trim();
}

/** Bullet marks that open a sub-indicator line. */
export const BULLET = /^[\s\u00A0]*[❖✚•◦▪►➢➤✓✔■□●○◆◇\u2022\u25AA\u25CF*]\s*/;

/** Key for matching the same indicator/kegiatan across tables: numbering, bullets, case and punctuation dropped. */
export function labelKey(s: string): string {
  return s
    .replace(BULLET, "")
    .replace(/^\s*(\d+[.)]|[a-z][.)]|[IVX]+[.)])\s+/i, "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function wordCount(s: string): number {
  const t = s.trim();
  return t === "" ? 0 : t.split(/\s+/).length;
}
