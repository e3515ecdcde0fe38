/**
 * The zip package of an .xlsx file, part by part: the central directory lists the entries, and only
 * the parts asked for are inflated, one at a time, each against the size limits. Inflating is
 * fflate's by default; Node passes its native zlib (see src/cli/nodeInflate.ts). Part names are
 * matched the way OPC defines them (case-insensitive, without a leading slash).
 */
import { inflateSync } from "fflate";
import { LIMITS, damaged, partTooLarge } from "./limits";

/** Inflates raw DEFLATE data whose inflated size the zip declares (`size`). */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array;

export const fflateInflate: Inflater = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const normal = (name: string) => name.replace(/^\/+/, "").toLowerCase();
const TRUNCATED = "arsipnya terpotong atau tidak lengkap";

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

/** The entries of the central directory (Zip64 sizes and offsets included). */
function centralDirectory(b: Uint8Array): Entry[] {
  let end = b.length - 22;
  const stop = Math.max(0, b.length - 22 - 0xffff);
  while (end >= stop && u32(b, end) !== 0x06054b50) end--;
  if (end < stop) throw damaged(TRUNCATED);
  let count = u16(b, end + 10);
  let at = u32(b, end + 16);
  if (end >= 20 && u32(b, end - 20) === 0x07064b50) {
    const z = u64(b, end - 12);
    if (z + 56 <= b.length && u32(b, z) === 0x06064b50) {
      count = u64(b, z + 32);
      at = u64(b, z + 48);
    }
  }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw damaged(TRUNCATED);
    const nameLength = u16(b, at + 28);
    const extraLength = u16(b, at + 30);
    const entry: Entry = {
      name: new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      offset: u32(b, at + 42),
    };
    // Zip64: the fields set to 0xffffffff are in the 0x0001 extra field, in this order.
    let x = at + 46 + nameLength;
    const xEnd = x + extraLength;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 1) {
        let f = x + 4;
        if (entry.size === 0xffffffff) {
          entry.size = u64(b, f);
          f += 8;
        }
        if (entry.compressedSize === 0xffffffff) {
          entry.compressedSize = u64(b, f);
          f += 8;
        }
        if (entry.offset === 0xffffffff) entry.offset = u64(b, f);
      }
      x += 4 + len;
    }
    entries.push(entry);
    at = xEnd + u16(b, at + 32);
  }
  return entries;
}

export class XlsxPackage {
  private readonly entries = new Map<string, Entry>();
  private readBytes = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflater = fflateInflate,
  ) {
    for (const e of centralDirectory(bytes)) this.entries.set(normal(e.name), e);
  }

  has(path: string): boolean {
    return this.entries.has(normal(path));
  }

  /** The part's text, or null when the package has no such part. */
  text(path: string): string | null {
    const data = this.bytesOf(path);
    return data === null ? null : new TextDecoder(encodingOf(data)).decode(data);
  }

  /**
   * The part's text in pieces, decoded as they are parsed, or null when the package has no such
   * part: a sheet of 200.000 rows is 55 MB of XML, and it is never held as one string.
   */
  textPieces(path: string): Iterable<string> | null {
    const data = this.bytesOf(path);
    return data === null ? null : decodePieces(data);
  }

  /** The part's bytes, inflated and checked against the limits; null when there is no such part. */
  private bytesOf(path: string): Uint8Array | null {
    const entry = this.entries.get(normal(path));
    if (!entry) return null;
    if (entry.size > LIMITS.partBytes) throw partTooLarge(entry.name, LIMITS.partBytes);
    this.readBytes += entry.size;
    if (this.readBytes > LIMITS.totalBytes) throw partTooLarge("XML seluruhnya", LIMITS.totalBytes);
    const b = this.bytes;
    const local = entry.offset;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) throw damaged(`bagian ${entry.name}: ${TRUNCATED}`);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw damaged(`bagian ${entry.name}: ${TRUNCATED}`);
    if (entry.method === 0) return b.subarray(start, end);
    if (entry.method !== 8)
      throw damaged(`bagian ${entry.name} dimampatkan dengan cara yang tidak dikenal (metode ${entry.method})`);
    try {
      return this.inflate(b.subarray(start, end), entry.size);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw damaged(`bagian ${entry.name} tidak dapat diekstrak (${message.replace(/\s+/g, " ").slice(0, 80)})`);
    }
  }
}

/** Encoding of a part's XML: UTF-8 (a BOM is dropped by the decoder), or UTF-16 when it starts with a UTF-16 byte-order mark. */
function encodingOf(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return "utf-16le";
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * Bytes decoded per piece of textPieces (a piece runs on to the next "<"). Pieces stay below V8's
 * large-object size (128 KB), so each dies young instead of filling the old generation until a
 * full collection: 64 KB pieces read a 50.000-row sheet ~7 % faster than 256 KB ones.
 */
const PIECE_BYTES = 1 << 16;
const LT = 0x3c;

/**
 * The text of `data` in pieces. UTF-8 pieces end before a `<`, which is never inside a multi-byte
 * character, so each piece is decoded on its own (a streaming decoder is slower and gives two-byte
 * strings); UTF-16 parts, which nobody writes large, are one piece.
 */
function* decodePieces(data: Uint8Array): Generator<string> {
  const encoding = encodingOf(data);
  const decoder = new TextDecoder(encoding);
  if (encoding !== "utf-8" || data.length <= PIECE_BYTES) {
    yield decoder.decode(data);
    return;
  }
  let at = 0;
  while (at < data.length) {
    let end = Math.min(at + PIECE_BYTES, data.length);
    while (end < data.length && data[end] !== LT) end++;
    // Only the first piece can start with a byte-order mark (the others start with "<").
    yield decoder.decode(data.subarray(at, end));
    at = end;
  }
}

/** Resolves a relationship target against the folder of the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
