/** Three indicators, the third not measured this year (realisasi and capaian “-”); capaian 100 and 80. */
export const NOT_MEASURED_PK: (string | number | null)[][] = [
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
  [1, "Persentase layanan tepat waktu", 100, 100, 100],
  [2, "Indeks kepuasan masyarakat", 80, 64, 80],
  [3, "Persentase pegawai mengikuti diklat", 100, "-", "-"],
];
