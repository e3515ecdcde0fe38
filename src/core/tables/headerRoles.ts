/**
 * Header synonyms: which role a header text gives its column. Tested in order on the normalised text
 * (`normHeader`); the first match wins. Add new synonyms here.
 */
import type { ColumnRole } from "./types";
import { normHeader } from "./text";

interface Synonym {
  role: ColumnRole;
  test: RegExp;
  measure?: "kinerja" | "keuangan";
}

/** A count of those served ("Terlayani", "Jumlah Tertangani"), measured against the count to serve. */
const SERVED = /^(JUMLAH )?(TERTANGANI|TERLAYANI|DITANGANI|DILAYANI)\b/;

/** True for the header of a served count: its capaian divides it by a count (SPM "Jumlah Sasaran"). */
export function isServedCount(header: string): boolean {
  return SERVED.test(normHeader(header));
}

const SYNONYMS: Synonym[] = [
  { role: "sisa", test: /\b(SISA|SELISIH|BERTAMBAH|BERKURANG|DEVIASI)\b|\bLEBIH (ATAU )?KURANG\b/ },
  { role: "polaritas", test: /\b(POLARITAS|SIFAT|ARAH( INDIKATOR)?)\b/ },
  { role: "predikat", test: /\b(PREDIKAT|INTERPRETASI|KATEGORI|KRITERIA|STATUS|NILAI HURUF)\b/ },
  { role: "keterangan", test: /^(KETERANGAN|KET|CATATAN|KET ERANGAN)\b/ },
  { role: "satuan", test: /^SATUAN\b/ },
  { role: "kode", test: /^(KODE|KD)\b/ },
  { role: "no", test: /^(NO|NOMOR|NOMER|NO URUT)( URUT)?$/ },
  { role: "rentang", test: /\b(RENTANG|INTERVAL|RANGE|KLASIFIKASI|SKALA NILAI|NILAI CAPAIAN KINERJA|BATAS)\b/ },
  // PBB and retribusi tables: the assessed amount ("Ketetapan Pokok (Rp)") is what realisasi is measured against.
  { role: "target", test: /^(JUMLAH |NILAI )?KETETAPAN\b(?!.*\b(NOMOR|NO|TANGGAL|TGL|DASAR)\b)/ },
  // What was served out of a count ("JUMLAH PMKS | TERTANGANI (jiwa)", SPM "Jumlah Sasaran | Jumlah Terlayani"):
  // before JUMLAH, which "Jumlah Terlayani" also starts with.
  { role: "realisasi", test: SERVED },
  { role: "jumlah", test: /^(JUMLAH|BANYAKNYA|BANYAK)( INDIKATOR| IKU| SASARAN)?\b(?!.*(RP|ANGGARAN|REALISASI))/ },
  // "Kenaikan / (Penurunan) Realisasi": a difference between two years' values (growthColumns.ts), no realisasi.
  { role: "nilai", test: /^(KENAIKAN|PENURUNAN|PENINGKATAN|PERTUMBUHAN)\b/ },
  // "Bobot (%)": an indicator's weight, never its capaian however it is written.
  { role: "nilai", test: /^BOBOT\b/ },
  // "Target Anggaran (Rp)" beside "Target Kinerja": the pagu.
  // "Rencana Kas", "Rencana Penarikan Dana": the cash plan, an anggaran that is not the pagu (cashPlan.ts).
  { role: "anggaran", test: /^(TARGET|RENCANA) (ANGGARAN|KEUANGAN|DANA|BIAYA|KAS|PENARIKAN)\b/, measure: "keuangan" },
  { role: "target", test: /^(TARGET|RENCANA|T)\b/ },
  { role: "persen", test: /(SERAPAN|% KEUANGAN|% REALISASI ANGGARAN|% ANGGARAN|PERSENTASE (REALISASI )?(ANGGARAN|KEUANGAN))/ },
  { role: "realisasi", test: /^REALISASI\b(?!.*\b(CAPAIAN|PERSENTASE)\b)/ },
  { role: "capaian", test: /^(%|CAPAIAN|PERSENTASE|PERSEN|PROSENTASE|TINGKAT CAPAIAN|% CAPAIAN)\b|^%|%$|\bCAPAIAN\b.*%/ },
  { role: "realisasi", test: /\b(REALISASI|R)\b/, measure: undefined },
  { role: "anggaran", test: /\b(ANGGARAN|PAGU|DPA|ALOKASI|APBD)\b/, measure: "keuangan" },
  { role: "sebelum", test: /\b(SEBELUM|MURNI|SEMULA)\b/, measure: "keuangan" },
  { role: "setelah", test: /\b(SETELAH|SESUDAH|MENJADI|PERUBAHAN)\b/, measure: "keuangan" },
  // "Indikator Sasaran", "Indikator Kinerja Sasaran" name the indicators of a sasaran; a combined
  // "Sasaran / Indikator Kinerja" column lists both, sasaran as group rows (see groupRows.ts).
  { role: "indikator", test: /^INDIKATOR\b|\bSASARAN\b.*\bINDIKATOR\b/ },
  { role: "sasaran", test: /\bSASARAN\b/ },
  { role: "indikator", test: /\bINDIKATOR\b/ },
  { role: "nilai", test: /^(INDEKS|SKOR)\b|^(NILAI )?IDM\b/ },
  { role: "uraian", test: /\b(URAIAN|PROGRAM|KEGIATAN|NAMA|JENIS BELANJA|REKENING|DESA|KELURAHAN|BELANJA|RINCIAN)\b/ },
  { role: "realisasi", test: /^(KEUANGAN|FISIK|KINERJA)\b/ },
  { role: "nilai", test: /\b(NILAI|INDEKS|SKOR|JUMLAH|TOTAL|IKS|IKE|IKL|IDM|IKM)\b/ },
];

/** A single column headed "Sasaran / Indikator Kinerja" (or "Sasaran Strategis/Indikator"): both in one column. */
export function isCombinedSasaranHeader(text: string): boolean {
  return /\bSASARAN\b.*\bINDIKATOR\b/.test(normHeader(text));
}

export interface HeaderRole {
  role: ColumnRole;
  measure?: "kinerja" | "keuangan";
}

/** The role of a header text; "lainnya" when nothing matches. */
export function headerRole(text: string): HeaderRole {
  const t = normHeader(text.replace(/\(\s*%\s*\)/g, " % "));
  if (t === "") return { role: "lainnya" };
  for (const s of SYNONYMS) {
    if (s.test.test(t)) return { role: s.role, measure: s.measure ?? measureOf(t, s.role) };
  }
  return { role: "lainnya" };
}

function measureOf(t: string, role: ColumnRole): "kinerja" | "keuangan" | undefined {
  if (role !== "realisasi" && role !== "target") return undefined;
  if (/\b(RP|RUPIAH|KEUANGAN|ANGGARAN|DANA|BIAYA)\b/.test(t)) return "keuangan";
  if (/\b(KINERJA|FISIK|OUTPUT|VOLUME)\b/.test(t)) return "kinerja";
  return undefined;
}

/** Roles that hold numbers to check. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "target",
  "realisasi",
  "capaian",
  "persen",
  "anggaran",
  "sisa",
  "sebelum",
  "setelah",
  "jumlah",
  "nilai",
  "efisiensi",
]);

/** Roles that label a row. */
export const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["no", "kode", "sasaran", "indikator", "uraian"]);

/** Strong header words: a row with two of them (one a value role) is a header row. */
export function isStrongRole(role: ColumnRole): boolean {
  return role !== "lainnya";
}

/** Period text in a header: `Tahun 2018`, `2021`, `TRIWULAN I`, `TW II`, `Semester 1`, `AKHIR TAHUN 2024`. */
export interface PeriodInfo {
  kind: "tahun" | "triwulan" | "semester" | "akhir-tahun";
  label: string;
  year?: number;
  quarter?: number;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

export function periodOf(text: string): PeriodInfo | null {
  const t = normHeader(text);
  const yearMatch = /\b(19[5-9]\d|20\d\d)\b/.exec(t);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  if (/\bAKHIR TAHUN\b|\bS D (TW|TRIWULAN) IV\b|\bKUMULATIF\b/.test(t)) {
    return { kind: "akhir-tahun", label: text.trim(), year };
  }
  const q = /\b(TRIWULAN|TRIBULAN|TW|TRW)\s*(IV|III|II|I|[1-4])\b/.exec(t);
  if (q) return { kind: "triwulan", label: text.trim(), year, quarter: ROMAN[q[2]] ?? Number(q[2]) };
  const s = /\bSEMESTER\s*(II|I|[12])\b/.exec(t);
  if (s) return { kind: "semester", label: text.trim(), year };
  if (year !== undefined) return { kind: "tahun", label: text.trim(), year };
  return null;
}

/** Splits a one-row composite header "TW I REALISASI" / "AKHIR TAHUN CAPAIAN (%)" into period and role text. */
export function splitPeriodPrefix(text: string): { period: string; rest: string } | null {
  const m =
    /^\s*((?:TRIWULAN|TRIBULAN|TW|TRW)\s*(?:IV|III|II|I|[1-4])|SEMESTER\s*(?:II|I|[12])|AKHIR\s+TAHUN(?:\s+\d{4})?|TAHUN\s+\d{4})\s+(.+)$/i.exec(
      text,
    );
  if (!m) return null;
  return { period: m[1].trim(), rest: m[2].trim() };
}
