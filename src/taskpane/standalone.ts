/**
 * The standalone page's file handling. The file host (readXlsx) is loaded only here, with a
 * dynamic import, so it stays out of the bundle Excel loads; ExcelJS only once the user writes.
 */
import type { FileWorkbookHost } from "../core/workbook/host";
import { LIMITS, fileTooLarge } from "../hosts/xlsx/read/limits";

export const SAMPLE_URL = "sample/contoh-lkjip.xlsx";

/** The file host's chunk (the reader, without ExcelJS), fetched once; started before the file is. */
let xlsxHost: Promise<typeof import("../hosts/xlsx/XlsxHost")> | null = null;
const loadXlsxHost = () => (xlsxHost ??= import(/* webpackChunkName: "xlsx-host" */ "../hosts/xlsx/XlsxHost"));

export async function openWorkbookBytes(
  bytes: ArrayBuffer | Uint8Array,
  fileName: string,
  session: string,
): Promise<FileWorkbookHost> {
  const { XlsxHost } = await loadXlsxHost();
  return XlsxHost.open(bytes, fileName, session);
}

export async function openWorkbookFile(file: File, session: string): Promise<FileWorkbookHost> {
  if (!/\.xlsx$/i.test(file.name)) {
    throw new Error(`"${file.name}" bukan berkas .xlsx. Simpan dulu sebagai Excel Workbook (.xlsx) lalu buka lagi.`);
  }
  // Refused before the browser reads it whole into memory.
  if (file.size > LIMITS.fileBytes) throw fileTooLarge();
  return openWorkbookBytes(await file.arrayBuffer(), file.name, session);
}

/** The bundled sample workbook, fetched relative to the page (works offline from dist/). */
export async function openSample(session: string): Promise<FileWorkbookHost> {
  // The reader's chunk and the sample download in parallel.
  loadXlsxHost().catch(() => undefined);
  let res: Response;
  try {
    res = await fetch(SAMPLE_URL);
  } catch {
    throw new Error("Contoh buku kerja tidak dapat dimuat. Buka buku kerja Anda dengan tombol Buka buku kerja.");
  }
  if (!res.ok)
    throw new Error(`Contoh buku kerja tidak ditemukan (${SAMPLE_URL}). Buka buku kerja Anda dengan tombol Buka buku kerja.`);
  return openWorkbookBytes(await res.arrayBuffer(), "contoh-lkjip.xlsx", session);
}

export function downloadName(fileName: string): string {
  return `${fileName.replace(/\.xlsx$/i, "")}-diperbaiki.xlsx`;
}

/** Hands bytes to the browser as a download. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
