/** A Formulir PK whose realisasi column is headed "Hasil Pengukuran" (recognition alone leaves it unread): F7 is planted wrong (should be 90). */
export const UNUSUAL_REALISASI_PK: (string | number | null)[][] = [
  ["PENGUKURAN KINERJA KECAMATAN TAHUN 2024"],
  [],
  ["No", "Indikator Kinerja", "Satuan", "Target", "Hasil Pengukuran", "Capaian (%)"],
  [1, "Persentase layanan administrasi tepat waktu", "%", 90, 85.5, 95],
  [2, "Indeks kepuasan masyarakat", "indeks", 80, 82, 102.5],
  [3, "Persentase desa dengan APBDes tepat waktu", "%", 100, 100, 100],
  [4, "Jumlah kegiatan pemberdayaan", "kegiatan", 12, 10.8, 95],
];
