/**
 * The small parts of a workbook package: relationships, the workbook (sheet list, date system),
 * styles (what the model keeps of them: number format, bold, indent) and shared strings.
 * Readings follow what the ExcelJS-based reader produced, so models stay identical (see
 * test/hosts/xlsx/readerParity.test.ts), except where noted.
 */
import { BUILT_IN_FORMATS } from "../builtInFormats";
import { Attributes, XmlText, attributeByLocalName, localName, parseXml, parseXmlTags } from "./xml";

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Relationships by id. */
export function parseRels(xml: string, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml(xml, part, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id) return;
      rels.set(a.Id, { type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
    },
    close() {},
    text() {},
  });
  return rels;
}

export interface SheetEntry {
  name: string;
  relId: string;
  hidden: boolean;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function parseWorkbook(xml: string, part: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false };
  parseXml(xml, part, {
    open(name, a) {
      if (name === "sheet") {
        const state = a.state;
        out.sheets.push({
          name: a.name ?? "",
          relId: attributeByLocalName(a, "id") ?? "",
          hidden: state !== undefined && state !== "visible",
        });
      } else if (name === "workbookPr") {
        out.date1904 = a.date1904 === "1" || a.date1904 === "true";
      }
    },
    close() {},
    text() {},
  });
  return out;
}

/** What a cell keeps of its cell format (cellXfs entry). */
export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  indent?: number;
  /** The number format shows a date (ExcelJS's test: y, m, d, h, s or b outside quotes and brackets). */
  date: boolean;
}

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

const isFalse = (v: string | undefined) => v === "0" || v === "false";

/** Cell formats by index (the `s` attribute of a cell). */
export function parseStyles(xml: string, part: string): CellStyle[] {
  const formats = new Map<number, string>();
  const fontsBold: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number; indent?: number }[] = [];
  let section = "";
  let inFont = false;
  let bold = false;
  parseXml(xml, part, {
    open(name, a: Attributes) {
      switch (name) {
        case "numFmts":
        case "fonts":
        case "cellXfs":
          section = name;
          break;
        case "numFmt":
          // ExcelJS drops backslash escapes from custom codes; kept so for identical models.
          if (section === "numFmts" && a.formatCode !== undefined)
            formats.set(parseInt(a.numFmtId, 10), a.formatCode.replace(/[\\](.)/g, "$1"));
          break;
        case "font":
          if (section === "fonts") {
            inFont = true;
            bold = false;
          }
          break;
        case "b":
          if (inFont) bold = !isFalse(a.val);
          break;
        case "xf":
          if (section === "cellXfs") xfs.push({ numFmtId: parseInt(a.numFmtId, 10), fontId: parseInt(a.fontId, 10) });
          break;
        case "alignment":
          if (section === "cellXfs" && xfs.length > 0 && a.indent !== undefined)
            xfs[xfs.length - 1].indent = parseInt(a.indent, 10);
          break;
        default:
          break;
      }
    },
    close(name) {
      if (name === "font" && inFont) {
        fontsBold.push(bold);
        inFont = false;
      } else if (name === section) section = "";
    },
    text() {},
  });
  return xfs.map((xf) => {
    const style: CellStyle = { date: false };
    if (xf.numFmtId) {
      const code = formats.get(xf.numFmtId) || BUILT_IN_FORMATS[xf.numFmtId];
      if (code) {
        style.date = isDateFormat(code);
        if (code !== "General") style.numFmt = code;
      }
    }
    if (fontsBold[xf.fontId]) style.bold = true;
    if (xf.indent) style.indent = xf.indent;
    return style;
  });
}

/** Excel's escape of characters XML cannot hold: `_x000D_` is a carriage return. */
export function unescapeText(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Shared strings by index: plain text or rich text runs joined; phonetic runs (`rPh`) left out.
 * An entry with neither text nor runs is null (its cells read as empty, as ExcelJS read them).
 */
export function parseSharedStrings(xml: XmlText, part: string): (string | null)[] {
  const out: (string | null)[] = [];
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let found = false;
  let text = "";
  // The item's text so far: most items are one <t>, so no array of runs to join.
  let item = "";
  parseXmlTags(xml, part, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "si") {
        inItem = true;
        found = false;
        item = "";
      } else if (!inItem) return;
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) {
        inText = true;
        found = true;
        text = "";
      } else if (name === "r") found = true;
    },
    close(tag) {
      const name = localName(tag.name);
      if (name === "t" && inText) {
        item += unescapeText(text);
        inText = false;
      } else if (name === "rPh") phonetic--;
      else if (name === "si") {
        out.push(found ? item : null);
        inItem = false;
      }
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return out;
}
