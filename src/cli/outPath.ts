/**
 * Where `--out` may write: never over the workbook being checked (compared by real path, so a
 * symlink or another spelling of the same file is caught), over an existing file only with
 * `--timpa`, and only into a folder that exists. Reasons and write failures are in Indonesian.
 */
import { promises as fs } from "fs";
import * as path from "path";

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** Why the copy cannot be written to `out`, or null when it can. */
export async function outPathProblem(input: string, out: string, overwrite: boolean): Promise<string | null> {
  const dir = path.dirname(path.resolve(out));
  const dirStat = await fs.stat(dir).catch(() => null);
  if (!dirStat) return `Folder ${path.dirname(out)} tidak ada; buat foldernya dulu atau pilih folder lain untuk --out.`;
  if (!dirStat.isDirectory()) return `${path.dirname(out)} bukan folder; pilih folder lain untuk --out.`;
  const realInput = await realOrNull(input);
  const realOut = (await realOrNull(out)) ?? path.join((await realOrNull(dir)) ?? dir, path.basename(out));
  if (realInput !== null && realInput === realOut)
    return `--out menunjuk berkas yang sedang diperiksa (${out}); pilih nama lain agar berkas asli tidak tertimpa.`;
  const outStat = await fs.lstat(out).catch(() => null);
  if (outStat) {
    if ((await fs.stat(out).catch(() => null))?.isDirectory()) return `${out} adalah folder; sebutkan nama berkas untuk --out.`;
    if (!overwrite) return `Berkas ${out} sudah ada; tambahkan --timpa untuk menimpanya.`;
  }
  return null;
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: "tidak ada izin menulis ke sana",
  EPERM: "tidak ada izin menulis ke sana",
  EROFS: "tempatnya hanya dapat dibaca",
  ENOSPC: "ruang disk penuh",
  EBUSY: "berkasnya sedang dibuka program lain",
  ENOENT: "foldernya tidak ada",
  EISDIR: "tujuannya sebuah folder",
};

/** An Indonesian sentence for a failed write of `out` (system codes never shown raw). */
export function writeFailure(out: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why = code ? WRITE_ERRORS[code] : undefined;
  if (why) return `Salinan tidak dapat ditulis ke ${out}: ${why}.`;
  if (code) return `Salinan tidak dapat ditulis ke ${out} (kode ${code}).`;
  // Not a system error: the add-in's own (Indonesian) reason, e.g. why the narrative could not be built.
  return `Salinan tidak dapat dibuat di ${out}: ${error instanceof Error ? error.message : String(error)}`;
}
