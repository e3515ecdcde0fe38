/**
 * One streaming pass over an XML part with saxes: element names without their namespace prefix
 * (some writers emit `<x:c>`), text and CDATA both as text. A malformed part is a damaged workbook.
 */
import { SaxesParser, SaxesTagPlain } from "saxes";
import { damaged } from "./limits";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text(text: string): void;
}

export function localName(name: string): string {
  // One-letter names (c, v, f, t, r: most elements of a sheet) cannot have a prefix.
  if (name.length === 1) return name;
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by its local name (`r:id` is found as "id"), for the few prefixed ones we read. */
export function attributeByLocalName(attributes: Attributes, local: string): string | undefined {
  for (const key of Object.keys(attributes)) if (localName(key) === local) return attributes[key];
  return undefined;
}

/** What the parser found wrong, in Indonesian (saxes words its errors in English). */
const PARSER_PROBLEMS: [RegExp, string][] = [
  [/entity/i, "memuat entitas yang tidak dikenal"],
  [/unexpected end|unclosed tag/i, "terpotong: ada tag yang tidak ditutup"],
  [/close tag|closing tag/i, "ada tag penutup yang tidak cocok"],
  [/root|outside of root/i, "tidak punya tepat satu elemen akar"],
  [/XML declaration|version number/i, "deklarasi XML di awalnya salah"],
  [/namespace|prefix/i, "ada namespace yang tidak sah"],
  [/attribute|quoted|value required|name\/value/i, "ada atribut yang tidak sah"],
  [/character/i, "memuat karakter yang tidak diizinkan"],
];

function problemOf(e: Error): string {
  return PARSER_PROBLEMS.find(([pattern]) => pattern.test(e.message))?.[1] ?? "susunannya tidak sah";
}

/** OPC forbids DTDs in package parts; one here is a damaged (or hostile: entity expansion) workbook. */
class DoctypeFound extends Error {}

/** A part's XML: one string, or its text in pieces (see XlsxPackage.textPieces). */
export type XmlText = string | Iterable<string>;

export function parseXml(xml: XmlText, part: string, handler: XmlHandler): void {
  parseXmlTags(xml, part, {
    open: (tag) => handler.open(localName(tag.name), tag.attributes),
    close: (tag) => handler.close(localName(tag.name)),
    text: (t) => handler.text(t),
  });
}

/** saxes' own tags (names as written, prefix included), handed on without a wrapper. */
export interface TagHandler {
  open(this: void, tag: SaxesTagPlain): void;
  close(this: void, tag: SaxesTagPlain): void;
  text(this: void, text: string): void;
}

/**
 * parseXml for the one loop that runs per cell (the sheet): handlers registered on the parser
 * directly, names left to the handler (see localName), so no wrapper call per event.
 */
export function parseXmlTags(xml: XmlText, part: string, handler: TagHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("doctype", () => {
    failure ??= new DoctypeFound();
  });
  parser.on("opentag", handler.open);
  parser.on("closetag", handler.close);
  parser.on("text", handler.text);
  parser.on("cdata", handler.text);
  try {
    if (typeof xml === "string") parser.write(xml);
    else for (const piece of xml) parser.write(piece);
    parser.close();
  } catch (e) {
    // Limits thrown by a handler pass through; anything saxes throws means malformed XML.
    if (e instanceof Error && e.name === "WorkbookReadError") throw e;
    failure ??= e instanceof Error ? e : new Error(String(e));
  }
  if (failure instanceof DoctypeFound)
    throw damaged(`bagian ${part} memuat deklarasi DTD, yang tidak diizinkan dalam buku kerja Excel`);
  if (failure) throw damaged(`bagian ${part} bukan XML yang utuh (${problemOf(failure)})`);
}
