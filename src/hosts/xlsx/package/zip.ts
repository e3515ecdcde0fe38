/**
 * The zip container of an .xlsx package, read entry by entry from its central directory so an entry
 * the add-in does not change is written back with its original compressed bytes (same CRC, same
 * deflate stream). fflate inflates the parts that are edited and deflates the new ones.
 */
import { Zip, ZipDeflate, ZipInputFile, inflateSync, strFromU8, strToU8 } from "fflate";
import type { Deflater } from "./changes";

/** One stored entry: its compressed bytes as they are in the file. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
}

const CENTRAL_END = 0x06054b50;
const CENTRAL_FILE = 0x02014b50;
const LOCAL_FILE = 0x04034b50;

export class PackageError extends Error {}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function findCentralEnd(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 65535); at--) {
    if (u32(b, at) === CENTRAL_END) return at;
  }
  throw new PackageError("Paket zip tidak lengkap (direktori pusat tidak ditemukan).");
}

/** Entries in central-directory order (the order the package is written back in). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const end = findCentralEnd(bytes);
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_FILE) throw new PackageError("Direktori pusat paket zip rusak.");
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const local = u32(bytes, at + 42);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL_FILE) throw new PackageError(`Bagian paket rusak: ${name}.`);
    const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (dataStart + compressedSize > bytes.length) throw new PackageError(`Bagian paket terpotong: ${name}.`);
    entries.push({ name, method, crc, size, compressed: bytes.subarray(dataStart, dataStart + compressedSize) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates raw DEFLATE data to its declared size (the reader's Inflater; Node passes its zlib). */
type Inflate = (data: Uint8Array, size: number) => Uint8Array;
const fflateInflate: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry, inflate: Inflate = fflateInflate): Uint8Array {
  if (entry.method === 0) return entry.compressed;
  if (entry.method === 8) return inflate(entry.compressed, entry.size);
  throw new PackageError(`Metode kompresi ${entry.method} tidak didukung (${entry.name}).`);
}

export function entryText(entry: ZipEntry, inflate?: Inflate): string {
  return strFromU8(entryBytes(entry, inflate));
}

/** What goes into the new package: an original entry kept as it is, or new content. */
export type OutputEntry = { kept: ZipEntry } | { name: string; data: Uint8Array | string };

/** An entry whose compressed bytes are known (an original kept as it is, or pre-compressed): written as they are. */
function rawFile(entry: ZipEntry): ZipInputFile & { push(): void } {
  const file: ZipInputFile & { push(): void } = {
    filename: entry.name,
    size: entry.size,
    crc: entry.crc,
    compression: entry.method,
    push() {
      file.ondata!(null, entry.compressed as Uint8Array<ArrayBuffer>, true);
    },
  };
  return file;
}

export function writeZip(entries: OutputEntry[], deflate?: Deflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    if ("kept" in e) {
      const file = rawFile(e.kept);
      zip.add(file);
      file.push();
    } else if (deflate) {
      const data = typeof e.data === "string" ? strToU8(e.data) : e.data;
      const { compressed, crc } = deflate(data);
      const file = rawFile({ name: e.name, method: 8, crc, size: data.length, compressed });
      zip.add(file);
      file.push();
    } else {
      const file = new ZipDeflate(e.name, { level: 6 });
      zip.add(file);
      file.push(typeof e.data === "string" ? strToU8(e.data) : e.data, true);
    }
  }
  zip.end();
  if (failure) throw failure as Error;
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
