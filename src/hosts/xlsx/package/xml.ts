/**
 * XML helpers for patching package parts in place: elements found with their exact offsets in the
 * part's text (saxes positions), splices applied to that text, escaping of new text and attributes.
 */
import { SaxesParser, SaxesTag } from "saxes";

export interface ElementSpan {
  /** Qualified name as written (with its prefix, e.g. "x:c"). */
  name: string;
  /** Local name without prefix. */
  local: string;
  attributes: Record<string, string>;
  /** Offsets of the opening tag: `<name ...>` or the whole `<name .../>`. */
  openStart: number;
  openEnd: number;
  /** Offsets of the closing tag; equal to openEnd for an empty element. */
  closeStart: number;
  closeEnd: number;
  selfClosing: boolean;
  depth: number;
}

export interface ScanHandlers {
  /** Called when an element opens (close offsets are not known yet). */
  open?(el: ElementSpan): void;
  /** Called when an element closes, with every offset known. */
  close?(el: ElementSpan): void;
  /** Text (entities decoded) directly inside the innermost open element. */
  text?(el: ElementSpan, text: string): void;
}

export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export function prefixOf(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? "" : name.slice(0, i + 1);
}

/** Walks every element of `xml` with the offsets of its tags. Throws on malformed XML. */
export function scanXml(xml: string, handlers: ScanHandlers): void {
  const parser = new SaxesParser({ position: true });
  const stack: ElementSpan[] = [];
  let error: Error | null = null;
  parser.on("error", (e) => {
    error ??= e;
  });
  parser.on("opentag", (tag: SaxesTag) => {
    const end = parser.position;
    const start = xml.lastIndexOf("<", end - 1);
    const el: ElementSpan = {
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      openStart: start,
      openEnd: end,
      closeStart: end,
      closeEnd: end,
      selfClosing: tag.isSelfClosing,
      depth: stack.length,
    };
    stack.push(el);
    handlers.open?.(el);
  });
  if (handlers.text) {
    const onText = (t: string) => {
      const el = stack[stack.length - 1];
      if (el) handlers.text!(el, t);
    };
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  parser.on("closetag", () => {
    const el = stack.pop()!;
    if (!el.selfClosing) {
      el.closeEnd = parser.position;
      el.closeStart = xml.lastIndexOf("<", el.closeEnd - 1);
    }
    handlers.close?.(el);
  });
  parser.write(xml).close();
  if (error) throw error as Error;
}

/** All elements, in document order of their opening tags. */
export function elements(xml: string): ElementSpan[] {
  const out: ElementSpan[] = [];
  scanXml(xml, { open: (el) => out.push(el) });
  return out;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices; splices at the same offset keep their given order. */
export function applySplices(text: string, splices: Splice[]): string {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = "";
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error("overlapping XML splices");
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

// Characters XML 1.0 cannot carry: controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Cell text as SpreadsheetML stores it: a literal `_xHHHH_` is escaped as `_x005F_xHHHH_`, control
 * characters (and CR, which XML parsers would turn into LF) become `_xHHHH_`, lone surrogates U+FFFD.
 */
export function encodeCellText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/\r/g, "_x000D_")
    .replace(INVALID_XML, (ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : `_x${hex4(code)}_`;
    });
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(INVALID_XML, "\uFFFD");
}

/** Sets (or adds) one attribute in the text of an opening tag, keeping everything else as written. */
export function setAttribute(openTag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeAttr(value)}"`;
  if (pattern.test(openTag)) return openTag.replace(pattern, (_m, head: string) => `${head}${quoted}`);
  const close = openTag.endsWith("/>") ? openTag.length - 2 : openTag.length - 1;
  return `${openTag.slice(0, close).replace(/\s+$/, "")} ${name}=${quoted}${openTag.slice(close)}`;
}

export function removeAttribute(openTag: string, name: string): string {
  return openTag.replace(new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/** Serialises attributes given in order, skipping undefined ones. */
export function attrs(values: [string, string | number | undefined][]): string {
  return values
    .filter((v): v is [string, string | number] => v[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join("");
}
