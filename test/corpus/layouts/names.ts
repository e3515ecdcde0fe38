/** Names of sasaran, indicators, programs and kegiatan as Indonesian offices write them (own wording). */
import type { PkIndicator } from "./pk";

export interface Office {
  /** e.g. "Kecamatan Sukamaju", "Dinas Perhubungan", "Badan Kepegawaian dan Pengembangan SDM". */
  name: string;
  kind: "kecamatan" | "dinas" | "badan";
  /** SIPD urusan/unit prefix of its program codes. */
  prefix: string;
}

export const OFFICES: Office[] = [
  { name: "Kecamatan Sungai Raya", kind: "kecamatan", prefix: "7.01" },
  { name: "Kecamatan Tanjung Harapan", kind: "kecamatan", prefix: "7.01" },
  { name: "Dinas Perhubungan", kind: "dinas", prefix: "2.15" },
  { name: "Dinas Kesehatan", kind: "dinas", prefix: "1.02" },
  { name: "Dinas Pendidikan dan Kebudayaan", kind: "dinas", prefix: "1.01" },
  { name: "Dinas Lingkungan Hidup", kind: "dinas", prefix: "2.11" },
  { name: "Badan Perencanaan Pembangunan Daerah", kind: "badan", prefix: "5.01" },
  { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: "badan", prefix: "5.03" },
  { name: "Badan Penanggulangan Bencana Daerah", kind: "badan", prefix: "1.05" },
  { name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "dinas", prefix: "2.12" },
];

export const SASARAN: Record<Office["kind"], string[]> = {
  kecamatan: [
    "Meningkatnya kualitas pelayanan publik di tingkat kecamatan",
    "Meningkatnya penyelenggaraan pemerintahan desa yang akuntabel",
    "Meningkatnya ketenteraman dan ketertiban umum",
    "Meningkatnya partisipasi masyarakat dalam pembangunan",
  ],
  dinas: [
    "Meningkatnya kualitas layanan kepada masyarakat",
    "Meningkatnya cakupan dan mutu layanan dasar",
    "Meningkatnya akuntabilitas kinerja perangkat daerah",
    "Menurunnya angka kejadian yang merugikan masyarakat",
  ],
  badan: [
    "Meningkatnya kualitas perencanaan pembangunan daerah",
    "Meningkatnya kapasitas dan profesionalitas aparatur",
    "Meningkatnya akuntabilitas kinerja dan keuangan",
    "Menurunnya risiko dan dampak bencana",
  ],
};

/** Indicators with realistic targets; `negative` marks lower-is-better ones. */
export const INDICATORS: Omit<PkIndicator, "realisasi">[] = [
  { name: "Indeks Kepuasan Masyarakat (IKM)", satuan: "Indeks", target: 82.5 },
  { name: "Persentase pelayanan administrasi yang selesai tepat waktu", satuan: "%", target: 95 },
  { name: "Jumlah desa yang menyampaikan laporan keuangan tepat waktu", satuan: "Desa", target: 14 },
  { name: "Persentase pengaduan masyarakat yang ditindaklanjuti", satuan: "%", target: 90 },
  { name: "Nilai SAKIP perangkat daerah", satuan: "Nilai", target: 70 },
  { name: "Jumlah dokumen perencanaan dan pelaporan yang tersusun", satuan: "Dokumen", target: 8 },
  { name: "Persentase ASN yang mengikuti pengembangan kompetensi", satuan: "%", target: 60 },
  { name: "Rata-rata lama waktu penyelesaian layanan", satuan: "Hari", target: 3, negative: true },
  { name: "Jumlah kasus gangguan ketertiban umum", satuan: "Kasus", target: 24, negative: true },
  { name: "Persentase realisasi fisik kegiatan", satuan: "%", target: 100 },
  { name: "Cakupan rekam KTP elektronik", satuan: "%", target: 98.5 },
  { name: "Persentase desa dengan status IDM Maju", satuan: "%", target: 35 },
  { name: "Jumlah temuan BPK yang belum ditindaklanjuti", satuan: "Temuan", target: 10, negative: true },
  { name: "Persentase sekolah terakreditasi minimal B", satuan: "%", target: 85 },
  { name: "Angka kesakitan demam berdarah per 100.000 penduduk", satuan: "Per 100.000", target: 40, negative: true },
  { name: "Persentase penyelesaian musrenbang tepat waktu", satuan: "%", target: 100 },
  { name: "Jumlah kelompok masyarakat yang dibina", satuan: "Kelompok", target: 30 },
  { name: "Indeks Profesionalitas ASN", satuan: "Indeks", target: 75 },
  { name: "Persentase titik rawan kemacetan yang tertangani", satuan: "%", target: 70 },
  { name: "Tingkat pengangguran terbuka", satuan: "%", target: 5.2, negative: true },
];

export const PROGRAMS = [
  "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
  "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
  "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
  "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
  "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
  "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
];

export const KEGIATAN = [
  "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
  "Administrasi Keuangan Perangkat Daerah",
  "Administrasi Kepegawaian Perangkat Daerah",
  "Administrasi Umum Perangkat Daerah",
  "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
  "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
  "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Desa",
  "Koordinasi Kegiatan Pemberdayaan Desa",
  "Koordinasi Penerapan dan Penegakan Peraturan Daerah",
  "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan",
];

export const SUB_KEGIATAN = [
  "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
  "Evaluasi Kinerja Perangkat Daerah",
  "Penyediaan Gaji dan Tunjangan ASN",
  "Penyediaan Administrasi Pelaksanaan Tugas ASN",
  "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
  "Penyediaan Alat Tulis Kantor",
  "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
  "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
  "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
  "Penyediaan Jasa Pelayanan Umum Kantor",
  "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
  "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas",
  "Fasilitasi Penyusunan Program Pembangunan Desa",
  "Pembinaan Teknis Administrasi Pemerintahan Desa",
  "Sosialisasi Peraturan Daerah dan Peraturan Kepala Daerah",
  "Pelayanan Perizinan Non Usaha di Kecamatan",
  "Fasilitasi Kerja Sama Antar Desa",
];

export const REKENING: [string, string][] = [
  ["5.1.01.01.01.0001", "Belanja Gaji Pokok PNS"],
  ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"],
  ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak"],
  ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat"],
  ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi"],
  ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa"],
  ["5.1.02.03.02.0035", "Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor"],
];
