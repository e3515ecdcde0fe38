/** The CLI's help texts (Indonesian). The scale ids come from the presets, so a new scale is listed at once. */
import { DEFAULT_SCALE_ID, listPresets } from "../core/scales";

function scaleLines(indent: string): string[] {
  const presets = listPresets().map((p) => ({ id: p.id ?? "", name: p.name }));
  const width = Math.max(...presets.map((p) => p.id.length));
  return presets.map((p) => `${indent}${p.id.padEnd(width)}  ${p.name}${p.id === DEFAULT_SCALE_ID ? " (bawaan)" : ""}`);
}

export function periksaHelp(): string {
  return [
    "Penggunaan: lkjip periksa BERKAS.xlsx [--skala ID] [--json] [--locale id|en] [--out HASIL.xlsx [--timpa] [--perbaiki]]",
    "            lkjip periksa BERKAS.xlsx BERKAS2.xlsx … | FOLDER [--skala ID] [--json] [--locale id|en]",
    "",
    "Memeriksa buku kerja LKjIP: capaian, predikat, persentase realisasi anggaran, selisih, jumlah induk",
    "dan total, rata-rata, kode ganda/lompat, angka rusak, nilai berbeda antar tabel, dll.",
    "Beberapa berkas atau satu folder: laporan tiap berkas, lalu ringkasan satu baris per berkas",
    '(--json: satu objek {"files": [...]}).',
    "",
    "Opsi:",
    "  --skala ID     skala predikat; bawaan: tabel skala di buku kerja, selain itu " + DEFAULT_SCALE_ID,
    "  --json         keluaran satu objek JSON (angka sebagai angka JSON, pesan temuan sesuai --locale)",
    "  --locale id|en angka dalam pesan temuan dan rumus perbaikan seperti di Excel berbahasa Indonesia",
    '                 (94,12 dan 1.234.567, pemisah ";"; bawaan) atau Excel AS (94.12 dan 1,234,567, pemisah ",")',
    "  --out BERKAS   salinan buku kerja dengan lembar Tabel Naratif (tidak boleh berkas yang diperiksa;",
    "                 berkas yang sudah ada hanya ditimpa dengan --timpa)",
    "  --perbaiki     dengan --out: salinan juga berisi semua perbaikan yang ditawarkan (nilai yang",
    "                 seharusnya; --perbaiki=rumus menulis rumusnya), lalu diperiksa lagi dan temuan yang",
    "                 muncul karena perbaikan disebutkan. Perbaikan dicatat dan dapat dibatalkan di panel.",
    "  --help         bantuan ini",
    "",
    "Skala (--skala):",
    ...scaleLines("  "),
    "",
    "Kode keluar: 0 bila pemeriksaan berjalan (ada temuan atau tidak), 2 bila berkas tidak dapat diperiksa.",
  ].join("\n");
}

export function mainHelp(): string {
  return [
    "Asisten LKjIP — alat baris perintah",
    "",
    "Penggunaan:",
    "  lkjip periksa BERKAS.xlsx [--skala ID] [--json] [--locale id|en] [--out HASIL.xlsx [--timpa] [--perbaiki]]",
    "      Memeriksa buku kerja LKjIP (lihat: lkjip periksa --help).",
    "  lkjip hitung NAMA_FUNGSI ARGUMEN... [--locale id|en]",
    "      Menghitung capaian, serapan, sisa, rata-rata dan predikat (lihat: lkjip hitung --help).",
    "      --locale id|en: angka hasil ditulis 94,12 dan 1.234.567 (id, bawaan) atau 94.12 dan 1,234,567 (en).",
    "  lkjip --version",
    "      Menampilkan versi.",
    "  lkjip --help",
    "      Menampilkan bantuan ini.",
    "",
    "Skala predikat yang dikenali (--skala, atau argumen skala PREDIKAT):",
    ...scaleLines("  "),
    "",
    "Kode keluar: 0 bila pemeriksaan berjalan (ada temuan atau tidak), 2 bila berkas tidak dapat diperiksa.",
  ].join("\n");
}
