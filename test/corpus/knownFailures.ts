/**
 * Corpus cases today's checker gets wrong, with the diagnosis (the pattern of layout it misreads).
 * corpus.test.ts shows them as todo instead of asserting them; `npm run eval` lists entries that pass
 * now, so whoever fixes a pattern can remove them and let CI guard the case.
 */
export interface KnownFailure {
  /** Why planted errors are missed. */
  misses?: string;
  /** Why false alarms are raised. */
  falseAlarms?: string;
}

const ROMAN_LETTERS = "letters A–D under roman programs read as roman numerals (C = 100, D = 500): wrong hierarchy and sums";
const SD_BULAN_INI = "realisasi 's.d. bulan lalu / bulan ini / s.d. bulan ini': sisa checked against 's.d. bulan lalu'";
const STOPS_AT_CLOSING = "indicators after the first per-sasaran closing row are not checked";
const TW_ONE = "TW I..IV + JUMLAH REALISASI: sisa checked against TW I instead of the JUMLAH";
const PERCENT_SUMMED = "a 'REALISASI (%)' column summed as money for parents and total";
const SCALE_X = "scale sheet written 'X ≥ 90 / 80 ≤ X < 90 / X < 70' not read: predikat checked against another scale";

export const KNOWN_FAILURES: Record<string, KnownFailure> = {
  "pk-rata-tiap-sasaran": { misses: STOPS_AT_CLOSING },
  "permendagri-kata-baik-bersih": {
    falseAlarms:
      "words Sangat Baik … Sangat Kurang on the Permendagri bounds: the scale chosen by best fit is baik4-86, where 70 is Baik, though every word fits Permendagri",
  },
  "skala-x-ketaksamaan-bersih": {
    falseAlarms: "scale sheet written 'X ≥ 95 / 80 ≤ X < 95 / X < 65' not found: every predikat flagged against Permendagri",
  },
  "capaian-kata-predikat": { misses: "a predikat word in the capaian column is not checked against the scale" },
  "rumus-rata-rentang-salah": {
    misses:
      "an AVERAGE formula over the wrong range (stops one row short; 91,67 for 107,78) after the first closing row is not flagged",
  },
  "lra-romawi-huruf": { misses: ROMAN_LETTERS, falseAlarms: ROMAN_LETTERS },
  "lra-romawi-huruf-bersih": { falseAlarms: ROMAN_LETTERS },
  "lra-triwulan-jumlah": {
    misses: "a JUMLAH REALISASI that is not the sum of TW I..IV on its row is not flagged",
    falseAlarms: "the correct parent is flagged instead (its children's JUMLAH holds the unflagged error)",
  },
  "lra-fisik-keuangan": {
    misses: "the wrong KEUANGAN (%) is missed while the FISIK (%) column is taken for the serapan",
    falseAlarms: "REALISASI FISIK (%) checked as realisasi keuangan / pagu",
  },
  "lra-fisik-keuangan-bersih": { falseAlarms: "REALISASI FISIK (%) checked as realisasi keuangan / pagu" },
  "lra-subtotal-program": {
    misses: "a 'Jumlah Program …' subtotal row is taken for a parent of the next row",
    falseAlarms: "subtotal rows after each program read as parents of the following kegiatan",
  },
  "lra-subtotal-program-bersih": { falseAlarms: "subtotal rows after each program read as parents of the following kegiatan" },
  "dua-tabel-program-beda": {
    misses: "the same program with different realisasi on the budget sheet and the per-sasaran sheet is not reported",
  },
  "renstra-target-beda": { falseAlarms: "the Renstra end target is compared with the PK target of the year" },
  "renstra-bersih": { falseAlarms: "the Renstra end target is compared with the PK target of the year" },
  "ringkasan-rekap-salah": {
    misses: "predikat of a per-sasaran summary row not checked; recap Jumlah row not checked",
    falseAlarms: "a per-sasaran summary (Jumlah Indikator | Rata-rata Capaian | Predikat) is taken for a recap per predikat",
  },
  "ringkasan-rekap-bersih": {
    falseAlarms: "a per-sasaran summary (Jumlah Indikator | Rata-rata Capaian | Predikat) is taken for a recap per predikat",
  },
  "triwulan-kumulatif-salah": {
    misses: "quarterly accumulation is not checked (kumulatif year-end ≠ sum of quarters)",
    falseAlarms: "capaian computed from TW IV instead of the AKHIR TAHUN column",
  },
  "triwulan-kumulatif-bersih": { falseAlarms: "capaian computed from TW IV instead of the AKHIR TAHUN column" },
  "efisiensi-serapan-salah": { falseAlarms: "efficiency words (Efisien / Tidak Efisien) checked as predikat words" },
  "efisiensi-bersih": { falseAlarms: "efficiency words (Efisien / Tidak Efisien) checked as predikat words" },
  "pk-acak-11": {
    misses:
      "negative indicator whose capaian formula is R/T (cached value agrees with its own formula) not flagged; a closing row per sasaran typed wrong after a negative indicator not flagged",
  },
  "pk-acak-12": {
    misses:
      "capaian formula pointing at another row's realisasi not flagged (cached result taken as proof); predikat 'Berhasil' accepted for 66,22 on a scale where 55–<70 is 'Cukup Berhasil'",
  },
  "pk-acak-14": { misses: "wrong 'Rata-rata Capaian Kinerja Sasaran' row after the first sasaran not flagged" },
  "pk-acak-16": { misses: "negative indicator typed as R/T (74,61 for (2T − R)/T = 125,38) not flagged" },
  "pk-acak-17": { misses: STOPS_AT_CLOSING },
  "pk-acak-20": { misses: STOPS_AT_CLOSING },
  "pk-acak-26-bersih": { falseAlarms: SCALE_X },
  "lra-acak-39": { falseAlarms: SD_BULAN_INI },
  "lra-acak-46-bersih": { falseAlarms: `${TW_ONE}; ${PERCENT_SUMMED}` },
  "lra-acak-47-bersih": { falseAlarms: TW_ONE },
  "lra-acak-52-dotted": {
    misses: "a wrong % under 'REALISASI (%)' missed while that column is read as an amount",
    falseAlarms: `${TW_ONE}; ${PERCENT_SUMMED}`,
  },
  "lra-acak-54-sipd-rekening": {
    misses: "a wrong % under 'REALISASI (%)' missed while that column is read as an amount",
    falseAlarms: PERCENT_SUMMED,
  },
  "lra-acak-33": { falseAlarms: SD_BULAN_INI },
  "lra-acak-34": { falseAlarms: PERCENT_SUMMED },
  "lra-acak-41-bersih": { falseAlarms: `${ROMAN_LETTERS}; ${SD_BULAN_INI}` },
  "lra-acak-42-bersih": { falseAlarms: ROMAN_LETTERS },
  "lra-acak-43-bersih": { falseAlarms: SD_BULAN_INI },
};
