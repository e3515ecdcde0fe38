/*
 * Excel custom functions of Asisten LKjIP. Only thin wrappers live here: each calls the pure
 * implementation in ./impl (shared with the `lkjip hitung` command) and turns error cells into
 * CustomFunctions.Error. Metadata is generated from these JSDoc comments at build time.
 */
import "./runtimeBridge";
import { forExcel } from "./excelResult";
import { CellOut } from "./impl/matrix";
import { pendingNotation } from "./impl/notation";
import { CAPAIAN } from "./impl/capaian";
import { SERAPAN, SISA } from "./impl/budget";
import { PREDIKAT } from "./impl/predikat";
import { CAPAIAN_SASARAN } from "./impl/sasaran";
import { TERBILANG } from "./impl/terbilang";

/**
 * Capaian kinerja dalam persen: realisasi dibagi target dikali 100; indikator negatif dengan metode selisih atau rasio.
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
  return evaluate([target, realisasi, polaritas, metode, batas_atas], () =>
    CAPAIAN(target, realisasi, polaritas, metode, batas_atas),
  );
}

/**
 * Menghitung persentase serapan (realisasi) anggaran: realisasi dibagi anggaran (pagu) dikali 100.
 * @customfunction SERAPAN
 * @param anggaran Anggaran (pagu): angka, teks seperti "Rp 2.659.997.281,-", atau rentang.
 * @param realisasi Realisasi anggaran: angka, teks angka, atau rentang.
 * @returns Serapan anggaran dalam persen.
 */
export function serapan(anggaran: any[][], realisasi: any[][]): any[][] {
  return evaluate([anggaran, realisasi], () => SERAPAN(anggaran, realisasi));
}

/**
 * Menghitung sisa anggaran: anggaran (pagu) dikurangi realisasi.
 * @customfunction SISA
 * @param anggaran Anggaran (pagu): angka, teks angka, atau rentang.
 * @param realisasi Realisasi anggaran: angka, teks angka, atau rentang.
 * @returns Sisa anggaran dalam rupiah.
 */
export function sisa(anggaran: any[][], realisasi: any[][]): any[][] {
  return evaluate([anggaran, realisasi], () => SISA(anggaran, realisasi));
}

/**
 * Predikat capaian menurut skala predikat; tanpa skala dipakai skala pilihan workbook ini, atau permendagri86.
 * @customfunction PREDIKAT
 * @param capaian Capaian dalam persen (misalnya 94,12), atau rentang capaian.
 * @param [skala] Kode skala (permendagri86, baik4-100, berhasil4, baik4-86, baik4-lebih100, sakip, skm, idm) atau rentang tabel skala.
 * @returns Predikat capaian.
 */
export function predikat(capaian: any[][], skala?: any[][]): any[][] {
  return evaluate([capaian, skala], () => PREDIKAT(capaian, skala));
}

/**
 * Menghitung capaian sasaran dari capaian indikator-indikatornya. Sel kosong dan "-" tidak dihitung.
 * @customfunction CAPAIAN_SASARAN
 * @param capaian_range Rentang capaian indikator dalam persen.
 * @param [metode] "rata-rata" (bawaan), "tertimbang" (memakai bobot), atau "kelompok" (nilai tengah kategori 92,5/77,5/62,5/27,5).
 * @param [bobot_range] Rentang bobot indikator, sama besar dengan rentang capaian.
 * @returns Capaian sasaran dalam persen.
 */
export function capaianSasaran(capaian_range: any[][], metode?: any[][], bobot_range?: any[][]): any[][] {
  return evaluate([capaian_range, metode, bobot_range], () => CAPAIAN_SASARAN(capaian_range, metode, bobot_range));
}

/**
 * Menuliskan bilangan dengan kata-kata bahasa Indonesia, misalnya 1500 menjadi "seribu lima ratus".
 * @customfunction TERBILANG
 * @param angka Bilangan: angka, teks angka seperti "Rp 2.659.997.281,-", atau rentang.
 * @param [satuan] Kata yang ditambahkan di belakang, misalnya "rupiah".
 * @returns Bilangan dalam kata-kata.
 */
export function terbilang(angka: any[][], satuan?: any[][]): any[][] {
  return evaluate([angka, satuan], () => TERBILANG(angka, satuan));
}

/**
 * Results for Excel. While this Excel's number notation is still being read (the first moments of
 * the runtime), a call with text arguments returns a promise that settles once it is known, so
 * "3,125" is never read in the wrong notation; Excel accepts a promise from any custom function.
 */
function evaluate(args: unknown[], compute: () => CellOut[][]): any[][] {
  const pending = pendingNotation();
  if (pending && args.some(holdsText)) return pending.then(() => forExcel(compute())) as unknown as any[][];
  return forExcel(compute());
}

function holdsText(arg: unknown): boolean {
  if (!Array.isArray(arg)) return typeof arg === "string";
  return arg.some((row) => (Array.isArray(row) ? row.some((v) => typeof v === "string") : typeof row === "string"));
}
