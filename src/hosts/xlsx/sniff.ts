/**
 * Recognises what a file is from its first bytes, before handing it to ExcelJS, so the user gets a
 * precise reason (old .xls, CSV, password-protected, not a workbook) instead of a parser stack trace.
 */
import { WorkbookReadError } from "./errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Searches an ASCII (or UTF-16LE) name in the bytes; zip and OLE2 directories store names uncompressed. */
function containsName(bytes: Uint8Array, name: string, utf16 = false): boolean {
  const needle: number[] = [];
  for (const ch of name) {
    needle.push(ch.charCodeAt(0));
    if (utf16) needle.push(0);
  }
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 9 && b !== 0)) return false;
  }
  return true;
}

/** Throws WorkbookReadError unless the bytes are a zip package holding an Excel workbook. */
export function assertXlsxPackage(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookReadError("kosong", "Berkas kosong, tidak ada isinya.");
  if (startsWith(bytes, OLE2)) {
    if (containsName(bytes, "EncryptionInfo", true) || containsName(bytes, "EncryptedPackage", true)) {
      throw new WorkbookReadError(
        "terkunci",
        "Buku kerja dilindungi kata sandi; buka di Excel, hapus kata sandinya, simpan, lalu periksa lagi.",
      );
    }
    throw new WorkbookReadError(
      "xls",
      "Berkas berformat Excel lama (.xls); simpan ulang sebagai .xlsx (File > Save As > Excel Workbook) lalu periksa lagi.",
    );
  }
  if (!startsWith(bytes, ZIP)) {
    if (looksLikeText(bytes)) {
      throw new WorkbookReadError(
        "csv",
        "Berkas berisi teks (CSV atau sejenisnya), bukan buku kerja Excel; buka di Excel dan simpan sebagai .xlsx.",
      );
    }
    throw new WorkbookReadError("bukan-workbook", "Berkas ini bukan buku kerja Excel (.xlsx).");
  }
  if (!containsName(bytes, "xl/workbook.xml") && !containsName(bytes, "xl/workbook.bin")) {
    throw new WorkbookReadError("bukan-workbook", "Berkas ini arsip ZIP atau dokumen lain, bukan buku kerja Excel (.xlsx).");
  }
  if (containsName(bytes, "xl/workbook.bin")) {
    throw new WorkbookReadError("bukan-workbook", "Berkas berformat .xlsb (biner); simpan ulang sebagai .xlsx lalu periksa lagi.");
  }
}
