/**
 * How much of a workbook the reader accepts. Real LKjIP workbooks are a few MB; these bounds keep a
 * hostile or broken file (a zip bomb, a stream without end, a 20-million-cell sheet) from exhausting
 * memory, and tell the user the limit in one Indonesian sentence.
 */
import { WorkbookReadError } from "../errors";

export const LIMITS = {
  /** The .xlsx file itself. */
  fileBytes: 100 * 1024 * 1024,
  /** One XML part once unzipped (a V8 string holds at most ~512 M characters). */
  partBytes: 256 * 1024 * 1024,
  /** All XML parts read, unzipped. */
  totalBytes: 512 * 1024 * 1024,
  /** Cells with a value or a formula, over all sheets. */
  cells: 5_000_000,
  /** Merged areas, over all sheets. */
  merges: 100_000,
};

const grouped = (n: number) => n.toLocaleString("id-ID");
const megabytes = (n: number) => `${grouped(Math.round(n / (1024 * 1024)))} MB`;

export function fileTooLarge(): WorkbookReadError {
  return new WorkbookReadError(
    "terlalu-besar",
    `Berkas terlalu besar untuk diperiksa: lebih dari ${megabytes(LIMITS.fileBytes)} (batas ${megabytes(LIMITS.fileBytes)}).`,
  );
}

export function partTooLarge(part: string, limit: number): WorkbookReadError {
  return new WorkbookReadError(
    "terlalu-besar",
    `Buku kerja terlalu besar untuk diperiksa: bagian ${part} lebih dari ${megabytes(limit)} setelah diekstrak (batas ${megabytes(limit)}).`,
  );
}

export function tooManyCells(sheet: string): WorkbookReadError {
  return new WorkbookReadError(
    "terlalu-besar",
    `Buku kerja terlalu besar untuk diperiksa: lembar “${sheet}” membuat jumlah sel berisi melebihi ${grouped(LIMITS.cells)} (batas ${grouped(LIMITS.cells)} sel).`,
  );
}

export function tooManyMerges(sheet: string): WorkbookReadError {
  return new WorkbookReadError(
    "terlalu-besar",
    `Buku kerja terlalu besar untuk diperiksa: lembar “${sheet}” membuat jumlah sel gabungan melebihi ${grouped(LIMITS.merges)} (batas ${grouped(LIMITS.merges)}).`,
  );
}

export function damaged(detail: string): WorkbookReadError {
  return new WorkbookReadError("rusak", `Buku kerja rusak dan tidak dapat dibaca: ${detail}.`);
}
