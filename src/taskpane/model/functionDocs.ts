/** What the Fungsi tab explains: the custom functions, with examples in the user's separator convention. */
import type Decimal from "decimal.js";
import type { PredicateScale } from "../../core/scales/types";

export type SeparatorConvention = "id" | "us";

export interface FunctionExample {
  /** Written in the Indonesian convention (";" between arguments, "," as decimal mark). */
  formula: string;
  result: string;
  note?: string;
}

export interface FunctionDoc {
  name: string;
  signature: string;
  summary: string;
  examples: FunctionExample[];
}

export const FUNCTION_DOCS: FunctionDoc[] = [
  {
    name: "CAPAIAN",
    signature: "CAPAIAN(target; realisasi; [polaritas]; [metode]; [batas_atas])",
    summary:
      'Capaian kinerja dalam persen: realisasi / target × 100. Untuk indikator negatif (makin rendah makin baik) dipakai (2·target − realisasi) / target × 100, atau target / realisasi × 100 dengan metode "rasio".',
    examples: [
      { formula: "=CAPAIAN(85;80)", result: "94,12" },
      { formula: '=CAPAIAN(10;12;"negatif")', result: "80", note: "indikator negatif" },
      { formula: '=CAPAIAN(10;12;"negatif";"rasio")', result: "83,33" },
      { formula: "=CAPAIAN(50;80;;;120)", result: "120", note: "dibatasi 120 %" },
    ],
  },
  {
    name: "SERAPAN",
    signature: "SERAPAN(anggaran; realisasi)",
    summary: "Persentase realisasi (serapan) anggaran: realisasi / anggaran × 100.",
    examples: [{ formula: "=SERAPAN(88680000;87916000)", result: "99,14" }],
  },
  {
    name: "SISA",
    signature: "SISA(anggaran; realisasi)",
    summary: "Sisa anggaran: anggaran − realisasi, dihitung tepat tanpa galat pembulatan.",
    examples: [{ formula: "=SISA(88680000;87916000)", result: "764.000" }],
  },
  {
    name: "PREDIKAT",
    signature: "PREDIKAT(capaian; [skala])",
    summary:
      "Predikat capaian menurut skala: id preset (permendagri86, baik4-100, berhasil4, baik4-86, baik4-lebih100, sakip, skm) atau rentang tabel skala di lembar Anda. Tanpa skala dipakai skala pilihan di tab Pengaturan.",
    examples: [
      { formula: '=PREDIKAT(94,12;"berhasil4")', result: "Sangat Berhasil" },
      { formula: "=PREDIKAT(G7;$K$3:$M$7)", result: "sesuai tabel", note: "skala dari tabel di lembar" },
    ],
  },
  {
    name: "CAPAIAN_SASARAN",
    signature: "CAPAIAN_SASARAN(capaian; [metode]; [bobot])",
    summary:
      "Capaian sasaran dari capaian indikatornya: rata-rata, rata-rata berbobot, atau metode kelompok (nilai tengah kategori).",
    examples: [
      { formula: "=CAPAIAN_SASARAN(G7:G13)", result: "rata-rata" },
      { formula: '=CAPAIAN_SASARAN(G7:G32;"kelompok")', result: "rata-rata tertimbang kelompok" },
    ],
  },
  {
    name: "TERBILANG",
    signature: "TERBILANG(angka; [satuan])",
    summary: 'Bilangan dalam kata untuk kalimat laporan: "sebanyak 23 (dua puluh tiga) indikator".',
    examples: [
      { formula: "=TERBILANG(23)", result: "dua puluh tiga" },
      { formula: '=TERBILANG(1500;"rupiah")', result: "seribu lima ratus rupiah" },
    ],
  },
];

/**
 * Rewrites an example written in the Indonesian convention for the US one: ";" → "," between
 * arguments and "," → "." as decimal mark, outside quoted text only.
 */
export function inConvention(formula: string, convention: SeparatorConvention): string {
  if (convention === "id") return formula;
  let out = "";
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ";") out += ",";
    else if (!quoted && ch === "," && /\d/.test(formula[i - 1] ?? "") && /\d/.test(formula[i + 1] ?? "")) out += ".";
    else out += ch;
  }
  return out;
}

/** Results shown with the convention's decimal mark and digit grouping. */
export function resultInConvention(result: string, convention: SeparatorConvention): string {
  if (convention === "id" || !/^[\d.,]+$/.test(result)) return result;
  return result.replace(/[.,]/g, (m) => (m === "," ? "." : ","));
}

/** A plain Excel formula computing what a custom function computes, for Excel without custom functions. */
export interface PlainFormula {
  label: string;
  /** In the Indonesian convention, like the examples; shown through inConvention. */
  formula: string;
}

/** Indonesian number text of a bound, with a decimal comma: 88.31 → "88,31". */
function bound(value: Decimal): string {
  return value.toFixed().replace(".", ",");
}

/**
 * Plain formulas for row 7 (target E7, realisasi F7, capaian G7; pagu C7, realisasi anggaran D7),
 * with the same rules as the custom functions, target 0 included, and PREDIKAT as nested IF on the
 * chosen scale (best band first, each from its lower bound).
 */
export function plainFormulas(scale: PredicateScale): PlainFormula[] {
  return [
    { label: "Capaian (indikator positif)", formula: "=IF(AND(E7=0;F7=0);100;F7/E7*100)" },
    { label: "Capaian (indikator negatif, metode selisih)", formula: "=IF(E7=0;IF(F7>0;0;100);MAX(0;(2*E7-F7)/E7*100))" },
    { label: "Capaian (indikator negatif, metode rasio)", formula: "=IF(E7=0;IF(F7>0;0;100);E7/F7*100)" },
    { label: "Serapan anggaran", formula: "=D7/C7*100" },
    { label: `Predikat (${scale.name})`, formula: `=${nestedIf(scale, "G7")}` },
  ];
}

function nestedIf(scale: PredicateScale, cell: string): string {
  const text = (label: string) => `"${label.replace(/"/g, '""')}"`;
  const open: string[] = [];
  let fallback = "NA()";
  for (const band of scale.bands) {
    if (band.min === null) {
      fallback = text(band.label);
      break;
    }
    open.push(`IF(${cell}${band.minInclusive ? ">=" : ">"}${bound(band.min)};${text(band.label)};`);
  }
  const top = scale.bands[0];
  // Above a closed top (sakip: AA up to 100) PREDIKAT is #N/A, as here.
  if (top && top.max !== null) open.unshift(`IF(${cell}${top.maxInclusive ? ">" : ">="}${bound(top.max)};NA();`);
  return open.join("") + fallback + ")".repeat(open.length);
}
