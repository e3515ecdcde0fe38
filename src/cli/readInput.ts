/**
 * Reads the file to check, never more than the reader accepts: a device or pipe without end
 * (`/dev/zero`) stops at the limit. Failures are one Indonesian sentence, not Node's `ENOENT`.
 */
import { promises as fs } from "fs";
import { LIMITS, fileTooLarge } from "../hosts/xlsx/read/limits";

export class InputError extends Error {}

function reasonOf(code: string | undefined, file: string): string {
  switch (code) {
    case "ENOENT":
      return `Berkas tidak ditemukan: ${file}`;
    case "EISDIR":
      return `${file} adalah folder, bukan berkas buku kerja.`;
    case "EACCES":
    case "EPERM":
      return `Berkas tidak boleh dibaca (izin akses ditolak): ${file}`;
    case "ELOOP":
      return `Tautan simbolik melingkar, berkas tidak dapat dibuka: ${file}`;
    default:
      // Node's error codes (EIO, ENXIO…) mean nothing to the user: one Indonesian sentence only.
      return `Berkas tidak dapat dibuka: ${file}`;
  }
}

export async function readInput(file: string, limit = LIMITS.fileBytes): Promise<Buffer> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    if (stat.isFile() && stat.size > limit) throw fileTooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw fileTooLarge();
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof Error && e.name === "WorkbookReadError") throw e;
    throw new InputError(reasonOf((e as NodeJS.ErrnoException).code, file));
  } finally {
    await handle?.close();
  }
}
