/**
 * Recognises what a file is from its first bytes, before handing it to ExcelJS, so the user gets a
 * precise reason (old .xls, CSV, password-protected, not a workbook) instead of a parser stack trace.
 */
import { WorkbookReadError } from "./errors";
import { damaged } from "./read/limits";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Parts only a spreadsheet package has, besides the workbook part itself. */
const SPREADSHEET_PARTS = ["xl/worksheets/", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Bounds of a zip's central directory (every entry name, uncompressed) from its end record, so
 * names are searched there instead of through the whole file; null when the record is not found.
 */
function centralDirectory(bytes: Uint8Array): { start: number; end: number } | null {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x05 || bytes[i + 3] !== 0x06) continue;
    const u32 = (at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;
    const size = u32(i + 12);
    const start = u32(i + 16);
    // Zip64 archives store 0xffffffff here; fall back to a full search.
    if (start + size > i || size === 0xffffffff || start === 0xffffffff) return null;
    return { start, end: start + size };
  }
  return null;
}

/** True when the zip's end-of-central-directory record is present (also in Zip64 archives). */
function hasEndRecord(bytes: Uint8Array): boolean {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  return false;
}

/** Searches an ASCII (or UTF-16LE) name in the bytes; zip and OLE2 directories store names uncompressed. */
function containsName(bytes: Uint8Array, name: string, utf16 = false, from = 0, to = bytes.length): boolean {
  const needle: number[] = [];
  for (const ch of name) {
    needle.push(ch.charCodeAt(0));
    if (utf16) needle.push(0);
  }
  const first = needle[0];
  const last = to - needle.length;
  outer: for (let i = from; i <= last; i++) {
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
  const dir = centralDirectory(bytes);
  if (!dir && !hasEndRecord(bytes)) {
    // A zip without its end record was cut short (an interrupted download or copy).
    throw new WorkbookReadError(
      "rusak",
      "Buku kerja rusak dan tidak dapat dibaca: berkasnya terpotong (tidak lengkap); salin atau unduh ulang berkasnya.",
    );
  }
  const has = (name: string) => (dir ? containsName(bytes, name, false, dir.start, dir.end) : containsName(bytes, name));
  const binary = has("xl/workbook.bin");
  if (!binary && !has("xl/workbook.xml")) {
    // Sheets, styles or the workbook's relationships without the workbook part: a damaged workbook.
    if (SPREADSHEET_PARTS.some(has)) throw damaged("bagian utama buku kerja (xl/workbook.xml) tidak ada");
    throw new WorkbookReadError("bukan-workbook", "Berkas ini arsip ZIP atau dokumen lain, bukan buku kerja Excel (.xlsx).");
  }
  if (binary) {
    throw new WorkbookReadError(
      "bukan-workbook",
      "Berkas berformat .xlsb (biner); simpan ulang sebagai .xlsx lalu periksa lagi.",
    );
  }
}
