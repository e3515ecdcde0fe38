/**
 * The `lkjip` command: dispatches to `hitung` and `periksa`; help in Indonesian. Each command's
 * modules are loaded only when it runs, so the command starts at once.
 */
import { visibleControls } from "./terminal";

export const HELP = `Asisten LKjIP — alat baris perintah

Penggunaan:
  lkjip periksa BERKAS.xlsx [--skala ID] [--json] [--locale id|en] [--out HASIL.xlsx [--timpa]]
      Memeriksa buku kerja LKjIP: capaian, predikat, persentase realisasi anggaran,
      selisih, jumlah induk dan total, rata-rata, kode ganda/lompat, angka rusak, dll.
      --skala ID   skala predikat (permendagri86, baik4-100, berhasil4, baik4-86,
                   baik4-lebih100); bawaan: tabel skala di buku kerja, atau permendagri86
      --json       keluaran satu objek JSON
      --locale id|en  rumus perbaikan ditulis seperti di Excel berbahasa Indonesia
                   (pemisah ";", bawaan) atau Excel AS (pemisah ",")
      --out BERKAS salinan buku kerja dengan lembar tabel naratif (tidak boleh
                   berkas yang diperiksa; berkas yang sudah ada hanya ditimpa dengan --timpa)
  lkjip hitung ...
      Menghitung capaian, serapan, sisa, rata-rata dan predikat (lihat: lkjip hitung --help)
  lkjip --help
      Menampilkan bantuan ini.

Kode keluar: 0 bila pemeriksaan berjalan (ada temuan atau tidak), 2 bila berkas tidak dapat diperiksa.`;

export async function main(argv: string[]): Promise<number> {
  // Everything printed may hold text from a workbook: control characters are shown, never obeyed.
  const out = (s: string) => process.stdout.write(visibleControls(s) + "\n");
  const err = (s: string) => process.stderr.write(visibleControls(s) + "\n");
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "bantuan") {
    out(HELP);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === "periksa") return await (await import("./commands/periksa")).periksa(rest, out, err);
    if (command === "hitung") return await (await import("./commands/hitung")).hitung(rest, out);
  } catch (e) {
    err(`lkjip: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  err(`lkjip: perintah tidak dikenal “${command}”. Lihat: lkjip --help`);
  return 2;
}
