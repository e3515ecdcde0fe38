/**
 * The zip package of an .xlsx file, part by part: fflate lists the entries and inflates only the
 * parts asked for, one at a time, each against the size limits. Part names are matched the way OPC
 * defines them (case-insensitive, without a leading slash).
 */
import { unzipSync } from "fflate";
import { LIMITS, damaged, partTooLarge } from "./limits";

interface Entry {
  name: string;
  originalSize: number;
}

const normal = (name: string) => name.replace(/^\/+/, "").toLowerCase();

function zipProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/invalid zip|unexpected EOF/i.test(message)) return "arsipnya terpotong atau tidak lengkap";
  return `isi arsipnya tidak dapat diekstrak (${message.replace(/\s+/g, " ").slice(0, 80)})`;
}

export class XlsxPackage {
  private readonly entries = new Map<string, Entry>();
  private readBytes = 0;

  constructor(private readonly bytes: Uint8Array) {
    try {
      unzipSync(bytes, {
        filter: (f) => {
          this.entries.set(normal(f.name), { name: f.name, originalSize: f.originalSize });
          return false;
        },
      });
    } catch (err) {
      throw damaged(zipProblem(err));
    }
  }

  has(path: string): boolean {
    return this.entries.has(normal(path));
  }

  /** The part's text, or null when the package has no such part. */
  text(path: string): string | null {
    const entry = this.entries.get(normal(path));
    if (!entry) return null;
    if (entry.originalSize > LIMITS.partBytes) throw partTooLarge(entry.name, LIMITS.partBytes);
    this.readBytes += entry.originalSize;
    if (this.readBytes > LIMITS.totalBytes) throw partTooLarge("XML seluruhnya", LIMITS.totalBytes);
    let data: Uint8Array | undefined;
    try {
      data = unzipSync(this.bytes, { filter: (f) => f.name === entry.name })[entry.name];
    } catch (err) {
      throw damaged(`bagian ${entry.name}: ${zipProblem(err)}`);
    }
    if (!data) throw damaged(`bagian ${entry.name} tidak dapat diekstrak`);
    return decode(data);
  }
}

/** XML text of a part: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 byte-order mark. */
function decode(data: Uint8Array): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return new TextDecoder("utf-8").decode(data);
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
