/*
 * Excel custom functions of Asisten LKjIP. Only thin wrappers live here: each calls the pure
 * implementation in ./impl (shared with the `lkjip hitung` command) and turns error cells into
 * CustomFunctions.Error. Metadata is generated from these JSDoc comments at build time.
 */
import "./runtimeBridge";
import { forExcel } from "./excelResult";
import { CAPAIAN } from "./impl/capaian";
import { SERAPAN, SISA } from "./impl/budget";
import { PREDIKAT } from "./impl/predikat";
import { CAPAIAN_SASARAN } from "./impl/sasaran";
import { TERBILANG } from "./impl/terbilang";

/**
 * Menghitung capaian kinerja dalam persen: realisasi dibagi target dikali 100. Untuk indikator negatif (makin rendah makin baik) memakai metode selisih (2×target − realisasi)/target×100, tidak kurang dari 0, atau metode rasio target/realisasi×100.
 * @customfunction CAPAIAN
 * @param target Target kinerja: angka, teks angka seperti "1.234,5", atau rentang.
 * @param realisasi Realisasi kinerja: angka, teks angka, atau rentang.
 * @param [polaritas] "positif" (bawaan, makin tinggi makin baik) atau "negatif" (makin rendah makin baik); juga 1 atau -1.
 * @param [metode] Untuk indikator negatif: "selisih" (bawaan) atau "rasio".
 * @param [batas_atas] Batas atas capaian dalam persen, misalnya 120.
 * @returns Capaian dalam persen.
 */
export function capaian(
  target: any[][],
  realisasi: any[][],
  polaritas?: any[][],
  metode?: any[][],
  batas_atas?: any[][],
): any[][] {
  return forExcel(CAPAIAN(target, realisasi, polaritas, metode, batas_atas));
}

/**
 * Menghitung persentase serapan (realisasi) anggaran: realisasi dibagi anggaran (pagu) dikali 100.
 * @customfunction SERAPAN
 * @param anggaran Anggaran (pagu): angka, teks seperti "Rp 2.659.997.281,-", atau rentang.
 * @param realisasi Realisasi anggaran: angka, teks angka, atau rentang.
 * @returns Serapan anggaran dalam persen.
 */
export function serapan(anggaran: any[][], realisasi: any[][]): any[][] {
  return forExcel(SERAPAN(anggaran, realisasi));
}

/**
 * Menghitung sisa anggaran: anggaran (pagu) dikurangi realisasi.
 * @customfunction SISA
 * @param anggaran Anggaran (pagu): angka, teks angka, atau rentang.
 * @param realisasi Realisasi anggaran: angka, teks angka, atau rentang.
 * @returns Sisa anggaran dalam rupiah.
 */
export function sisa(anggaran: any[][], realisasi: any[][]): any[][] {
  return forExcel(SISA(anggaran, realisasi));
}

/**
 * Menentukan predikat capaian menurut skala predikat. Tanpa skala dipakai skala yang dipilih untuk workbook ini, selain itu permendagri86.
 * @customfunction PREDIKAT
 * @param capaian Capaian dalam persen (misalnya 94,12), atau rentang capaian.
 * @param [skala] Kode skala bawaan (permendagri86, baik4-100, berhasil4, baik4-86, baik4-lebih100, sakip, skm, idm) atau rentang tabel skala: batas bawah, [batas atas], predikat.
 * @returns Predikat capaian.
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  return forExcel(PREDIKAT(capaian, skala));
}

/**
 * Menghitung capaian sasaran dari capaian indikator-indikatornya. Sel kosong dan "-" tidak dihitung.
 * @customfunction CAPAIAN_SASARAN
 * @param capaian_range Rentang capaian indikator dalam persen.
 * @param [metode] "rata-rata" (bawaan), "tertimbang" (memakai bobot), atau "kelompok" (nilai tengah kategori 92,5 / 77,5 / 62,5 / 27,5).
 * @param [bobot_range] Rentang bobot indikator, sama besar dengan rentang capaian.
 * @returns Capaian sasaran dalam persen.
 */
export function capaianSasaran(capaian_range: any[][], metode?: any[][], bobot_range?: any[][]): any[][] {
  return forExcel(CAPAIAN_SASARAN(capaian_range, metode, bobot_range));
}

/**
 * Menuliskan bilangan dengan kata-kata bahasa Indonesia, misalnya 1500 menjadi "seribu lima ratus".
 * @customfunction TERBILANG
 * @param angka Bilangan: angka, teks angka seperti "Rp 2.659.997.281,-", atau rentang.
 * @param [satuan] Kata yang ditambahkan di belakang, misalnya "rupiah".
 * @returns Bilangan dalam kata-kata.
 */
export function terbilang(angka: any[][], satuan?: any[][]): any[][] {
  return forExcel(TERBILANG(angka, satuan));
}
