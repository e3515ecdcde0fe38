/**
 * A revised budget's two pagu columns: "ANGGARAN MURNI | ANGGARAN PERUBAHAN" (also APBD / PAGU / DPA
 * MURNI, SEMULA, and PERUBAHAN / SETELAH / MENJADI) are the pagu before and after the revision, as
 * "SEBELUM PERUBAHAN | SETELAH PERUBAHAN" are: a BERTAMBAH/(BERKURANG) column is their difference and
 * the % serapan divides by the revised one. Only the pair says so: a table with "Pagu Perubahan"
 * alone keeps it as its pagu.
 */
import type { TableColumn } from "./types";
import { normHeader } from "./text";

const BEFORE = /\b(MURNI|SEMULA|SEBELUM)\b/;
const AFTER = /\b(PERUBAHAN|SETELAH|SESUDAH|MENJADI)\b/;

/** Retypes the one murni and the one perubahan pagu column of a table as sebelum and setelah. */
export function markRevisionPair(columns: TableColumn[]): void {
  const pagu = columns.filter((c) => c.role === "anggaran" && !c.chosen);
  const before = pagu.filter((c) => BEFORE.test(normHeader(c.header)));
  const after = pagu.filter((c) => !BEFORE.test(normHeader(c.header)) && AFTER.test(normHeader(c.header)));
  if (before.length !== 1 || after.length !== 1 || before[0].block !== after[0].block) return;
  before[0].role = "sebelum";
  after[0].role = "setelah";
  before[0].evidence = [...(before[0].evidence ?? []), "peran: anggaran sebelum perubahan (pasangan murni/perubahan)"];
  after[0].evidence = [...(after[0].evidence ?? []), "peran: anggaran setelah perubahan (pasangan murni/perubahan)"];
}
