/**
 * Which period a value column refers to, from its header words and its block: a quarter or a month,
 * the cumulative/total of those (`JUMLAH REALISASI`, `s.d. bulan ini`, `akhir tahun`), the cumulative
 * up to the previous report (`s.d. bulan lalu`), the Renstra end target, or a year.
 */
import type { ColumnPeriod } from "./types";
import { normHeader } from "./text";
import { periodOf } from "./headerRoles";
import { mentionsMonth } from "./months";

/**
 * A column of the Renstra end: its target (not this year's), or the tingkat kemajuan towards it
 * (realisasi ÷ target akhir Renstra), which is no capaian of the year.
 */
export const RENSTRA = /renstra|akhir\s+(periode|rpjmd)|jangka\s+menengah|kondisi\s+akhir|tingkat\s+kemajuan/i;

const UP_TO = /\b(S D|SD|SAMPAI DENGAN|HINGGA|KUMULATIF|AKUMULASI)\b/;
const PREVIOUS = /\b(BULAN|TW|TRIWULAN|TRIBULAN|PERIODE|SEMESTER) (LALU|SEBELUMNYA)\b|\bSEBELUMNYA\b/;
const TOTAL = /^(JUMLAH|TOTAL)\b|\b(JUMLAH|TOTAL) REALISASI\b|\bKUMULATIF\b|\bAKUMULASI\b|\bAKHIR TAHUN\b|\bSELAMA TAHUN\b/;

export interface ColumnPeriodInfo {
  period: ColumnPeriod;
  quarter?: number;
  evidence: string;
}

/** The period of a column from its own header text (bottom header row first) and its block label. */
export function columnPeriod(own: string, block: string | undefined): ColumnPeriodInfo | null {
  const texts = [own, block ?? ""].filter((t) => t !== "");
  for (const text of texts) {
    if (RENSTRA.test(text)) return { period: "renstra", evidence: `judul “${text}” (Renstra)` };
  }
  for (const text of texts) {
    const t = normHeader(text);
    if (UP_TO.test(t) && PREVIOUS.test(t)) return { period: "kumulatif-lalu", evidence: `judul “${text}” (s.d. periode lalu)` };
    if (UP_TO.test(t) || TOTAL.test(t)) return { period: "kumulatif", evidence: `judul “${text}” (kumulatif/jumlah)` };
    const p = periodOf(text);
    if (p?.kind === "triwulan") return { period: "periode", quarter: p.quarter, evidence: `judul “${text}” (triwulan)` };
    if (p?.kind === "semester") return { period: "periode", evidence: `judul “${text}” (semester)` };
    if (/\b(BULAN|TW|TRIWULAN) INI\b/.test(t) || mentionsMonth(t))
      return { period: "periode", evidence: `judul “${text}” (bulan/periode)` };
    if (p?.kind === "tahun") return { period: "tahun", evidence: `judul “${text}” (tahun)` };
  }
  return null;
}
