/**
 * Reads an .xlsx file into the workbook model without a spreadsheet library: fflate unzips the
 * parts it needs, saxes streams their XML straight into the model (values as shown, formulas,
 * number formats, bold, indentation, merged areas, hidden sheets). The same reader runs in Node
 * (CLI) and in the browser (standalone page, through XlsxHost). Every failure is a
 * WorkbookReadError with one Indonesian sentence: not a workbook, damaged, or too large.
 */
import { withHiddenPlaces } from "../../core/workbook/hiddenPlaces";
import type { Sheet, Workbook } from "../../core/workbook/model";
import { WorkbookReadError } from "./errors";
import { assertXlsxPackage } from "./sniff";
import { LIMITS, damaged, fileTooLarge } from "./read/limits";
import { Inflater, XlsxPackage, relsPathOf, resolveTarget } from "./read/package";
import { Relationship, parseRels, parseSharedStrings, parseStyles, parseWorkbook } from "./read/parts";
import { parseSheet } from "./read/sheet";

export { WorkbookReadError } from "./errors";
export { LIMITS as READ_LIMITS } from "./read/limits";
export type { Inflater } from "./read/package";

type Input = ArrayBuffer | Uint8Array;

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
/** Sheets that hold no cells to check (charts, dialogs, Excel 4 macros), skipped as ExcelJS skipped them. */
const NOT_A_WORKSHEET = /\/(chartsheet|dialogsheet|macrosheet|xlIntlMacrosheet)$/i;

function bytesOf(data: Input): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function rels(pkg: XlsxPackage, part: string): Map<string, Relationship> {
  const path = relsPathOf(part);
  const xml = pkg.text(path);
  return xml === null ? new Map<string, Relationship>() : parseRels(xml, path);
}

function findByType(relations: Map<string, Relationship>, type: RegExp): Relationship | undefined {
  for (const r of relations.values()) if (!r.external && type.test(r.type)) return r;
  return undefined;
}

/** The workbook part: named by the package's root relationships, else where Excel puts it. */
function workbookPath(pkg: XlsxPackage): string {
  const root = rels(pkg, "");
  const main = findByType(root, OFFICE_DOCUMENT);
  const path = main ? resolveTarget("", main.target.trim()) : "xl/workbook.xml";
  if (!pkg.has(path)) throw damaged(`bagian utama buku kerja (${path}) tidak ada`);
  return path;
}

/** A part named by the workbook's relationships (styles, shared strings), or its usual name. */
function relatedPart(book: string, relations: Map<string, Relationship>, type: RegExp, usual: string) {
  const rel = findByType(relations, type);
  const path = rel ? resolveTarget(book, rel.target.trim()) : usual;
  return { path, declared: rel !== undefined };
}

export interface ReadOptions {
  /** Inflates zip entries (default fflate; the CLI passes Node's native zlib). */
  inflate?: Inflater;
}

export function readXlsx(data: Input, options: ReadOptions = {}): Promise<Workbook> {
  return new Promise((resolve) => resolve(readXlsxSync(bytesOf(data), options)));
}

export function readXlsxSync(bytes: Uint8Array, options: ReadOptions = {}): Workbook {
  if (bytes.length > LIMITS.fileBytes) throw fileTooLarge();
  assertXlsxPackage(bytes);
  const pkg = new XlsxPackage(bytes, options.inflate);
  const book = workbookPath(pkg);
  const bookRels = rels(pkg, book);
  const { sheets: entries, date1904 } = parseWorkbook(pkg.text(book)!, book);

  const stylesPart = relatedPart(book, bookRels, /\/styles$/, "xl/styles.xml");
  const stylesXml = pkg.text(stylesPart.path);
  if (stylesXml === null && stylesPart.declared) throw damaged(`bagian gaya sel (${stylesPart.path}) tidak ada`);
  const styles = stylesXml === null ? [] : parseStyles(stylesXml, stylesPart.path);

  const stringsPart = relatedPart(book, bookRels, /\/sharedStrings$/, "xl/sharedStrings.xml");
  const stringsXml = pkg.textPieces(stringsPart.path);
  if (stringsXml === null && stringsPart.declared) throw damaged(`bagian daftar teks (${stringsPart.path}) tidak ada`);
  const sharedStrings = stringsXml === null ? null : parseSharedStrings(stringsXml, stringsPart.path);

  const budget = { cells: 0, merges: 0 };
  const sheets: Sheet[] = [];
  for (const entry of entries) {
    const rel = bookRels.get(entry.relId);
    if (rel && NOT_A_WORKSHEET.test(rel.type)) continue;
    if (!rel || rel.external || !WORKSHEET.test(rel.type))
      throw damaged(`lembar “${entry.name}” tidak punya isi dalam berkas (rujukan ${entry.relId || "kosong"} tidak ditemukan)`);
    const part = resolveTarget(book, rel.target.trim());
    const xml = pkg.textPieces(part);
    if (xml === null) throw damaged(`isi lembar “${entry.name}” (${part}) tidak ada dalam berkas`);
    const content = parseSheet(xml, { name: entry.name, part, styles, sharedStrings, date1904, budget });
    const sheet: Sheet = {
      name: entry.name,
      rows: content.rows,
      merges: content.merges,
      hidden: entry.hidden ? true : undefined,
    };
    sheets.push(withHiddenPlaces(sheet, content.hiddenRows, content.hiddenColumns));
  }
  return { sheets };
}

/** True for the reader's own refusals (with an Indonesian reason), as opposed to a program error. */
export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
