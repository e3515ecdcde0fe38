/**
 * The package's styles part, extended in place: new number formats, fonts, fills, borders and cell
 * formats (xf) are appended after the existing ones, so every existing style index keeps its meaning.
 */
import type { CellStyle } from "./changes";
import { BUILT_IN_FORMATS, LOCALE_NEUTRAL_FORMAT_IDS } from "../builtInFormats";
import { PackageError } from "./zip";
import { ElementSpan, Splice, applySplices, attrs, escapeAttr, prefixOf, scanXml, setAttribute } from "./xml";

/** Styles part for a package that has none (Excel's minimal defaults). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const COLLECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;
type Collection = (typeof COLLECTIONS)[number];

interface CollectionState {
  span?: ElementSpan;
  items: ElementSpan[];
  added: string[];
}

export class StyleBook {
  private readonly root: ElementSpan;
  private readonly collections = new Map<Collection, CollectionState>();
  private readonly formatIds = new Map<string, number>();
  private readonly formatCodes = new Map<number, string>();
  private readonly reuse = new Map<string, number>();
  private readonly indexed = new Set<Collection>();
  private nextFormatId = 164;

  constructor(private readonly xml: string) {
    let root: ElementSpan | undefined;
    let current: CollectionState | undefined;
    for (const c of COLLECTIONS) this.collections.set(c, { items: [], added: [] });
    scanXml(xml, {
      open: (el) => {
        if (el.depth === 0) root = el;
        if (el.depth === 1) {
          current = (COLLECTIONS as readonly string[]).includes(el.local)
            ? this.collections.get(el.local as Collection)
            : undefined;
          if (current) current.span = el;
        }
      },
      close: (el) => {
        if (el.depth === 2) current?.items.push(el);
      },
    });
    if (!root) throw new PackageError("Bagian gaya (styles.xml) kosong.");
    this.root = root;
    for (const f of this.collections.get("numFmts")!.items) {
      const id = Number(f.attributes.numFmtId);
      const code = f.attributes.formatCode ?? "";
      this.formatCodes.set(id, code);
      if (!this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    for (const c of ["fonts", "fills", "borders", "cellXfs"] as const)
      if (!this.collections.get(c)!.span) throw new PackageError(`Bagian gaya tidak memuat ${c}.`);
  }

  private state(c: Collection): CollectionState {
    return this.collections.get(c)!;
  }

  private count(c: Collection): number {
    const s = this.state(c);
    return s.items.length + s.added.length;
  }

  private prefix(c: Collection): string {
    return prefixOf(this.state(c).span?.name ?? this.root.name);
  }

  /** An existing entry written exactly like `xml` (one added by an earlier save) is reused, not repeated. */
  private add(c: Collection, xml: string): number {
    const key = `${c}\u0000${xml}`;
    if (!this.indexed.has(c)) {
      this.indexed.add(c);
      this.state(c).items.forEach((el, i) => {
        const text = `${c}\u0000${this.xml.slice(el.openStart, el.closeEnd)}`;
        if (!this.reuse.has(text)) this.reuse.set(text, i);
      });
    }
    const known = this.reuse.get(key);
    if (known !== undefined) return known;
    const index = this.count(c);
    this.state(c).added.push(xml);
    this.reuse.set(key, index);
    return index;
  }

  formatCode(xfIndex: number): string {
    const xf = this.state("cellXfs").items[xfIndex];
    const id = Number(xf?.attributes.numFmtId ?? 0);
    return this.formatCodes.get(id) ?? BUILT_IN_FORMATS[id] ?? "General";
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    for (const id of LOCALE_NEUTRAL_FORMAT_IDS) if (BUILT_IN_FORMATS[id] === code) return id;
    const id = this.nextFormatId++;
    this.state("numFmts").added.push(
      `<${this.prefix("numFmts")}numFmt${attrs([
        ["numFmtId", id],
        ["formatCode", code],
      ])}/>`,
    );
    this.formatIds.set(code, id);
    this.formatCodes.set(id, code);
    return id;
  }

  /** The cell format `xfIndex` with another number format (the same index when it already has it). */
  withNumFmt(xfIndex: number, code: string): number {
    if (this.formatCode(xfIndex) === code) return xfIndex;
    const id = this.formatId(code);
    const xf = this.state("cellXfs").items[xfIndex] ?? this.state("cellXfs").items[0];
    let text = this.xml.slice(xf.openStart, xf.closeEnd);
    let open = this.xml.slice(xf.openStart, xf.openEnd);
    const rest = text.slice(open.length);
    open = setAttribute(setAttribute(open, "numFmtId", String(id)), "applyNumberFormat", "1");
    text = open + rest;
    return this.add("cellXfs", text);
  }

  /** A new cell format for a cell of a sheet the add-in creates. */
  cellFormat(style: CellStyle): number {
    const p = this.prefix("cellXfs");
    const numFmtId = style.numFmt ? this.formatId(style.numFmt) : 0;
    const fontId = style.bold || style.italic ? this.font(style) : 0;
    const fillId = style.fill ? this.solidFill(style.fill) : 0;
    const borderId = style.border ? this.thinBorder() : 0;
    const aligned = style.wrap || style.horizontal || style.vertical;
    const alignment = aligned
      ? `<${p}alignment${attrs([
          ["horizontal", style.horizontal],
          ["vertical", style.vertical === "middle" ? "center" : style.vertical],
          ["wrapText", style.wrap ? 1 : undefined],
        ])}/>`
      : "";
    const head = `<${p}xf${attrs([
      ["numFmtId", numFmtId],
      ["fontId", fontId],
      ["fillId", fillId],
      ["borderId", borderId],
      ["xfId", 0],
      ["applyNumberFormat", numFmtId ? 1 : undefined],
      ["applyFont", fontId ? 1 : undefined],
      ["applyFill", fillId ? 1 : undefined],
      ["applyBorder", borderId ? 1 : undefined],
      ["applyAlignment", aligned ? 1 : undefined],
    ])}`;
    return this.add("cellXfs", alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`);
  }

  /** The default font (font 0) made bold and/or italic. */
  private font(style: CellStyle): number {
    const p = this.prefix("fonts");
    const base = this.state("fonts").items[0];
    const marks = `${style.bold ? `<${p}b/>` : ""}${style.italic ? `<${p}i/>` : ""}`;
    if (!base || base.selfClosing) return this.add("fonts", `<${p}font>${marks}</${p}font>`);
    const open = this.xml.slice(base.openStart, base.openEnd);
    const inner = this.xml.slice(base.openEnd, base.closeStart).replace(new RegExp(`<${p}[bi](\\s[^>]*)?/>`, "g"), "");
    return this.add("fonts", `${open}${marks}${inner}${this.xml.slice(base.closeStart, base.closeEnd)}`);
  }

  private solidFill(rgb: string): number {
    const p = this.prefix("fills");
    const argb = `FF${rgb.replace("#", "").toUpperCase()}`;
    return this.add(
      "fills",
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${escapeAttr(argb)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  private thinBorder(): number {
    const p = this.prefix("borders");
    const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    return this.add(
      "borders",
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
  }

  get changed(): boolean {
    return COLLECTIONS.some((c) => this.state(c).added.length > 0);
  }

  /** The styles part with the additions, or null when nothing was added. */
  serialize(): string | null {
    if (!this.changed) return null;
    const splices: Splice[] = [];
    for (const c of COLLECTIONS) {
      const s = this.state(c);
      if (s.added.length === 0) continue;
      const total = s.items.length + s.added.length;
      if (!s.span) {
        // Only numFmts may be missing; it is the first child of the style sheet.
        const p = prefixOf(this.root.name);
        splices.push({
          start: this.root.openEnd,
          end: this.root.openEnd,
          text: `<${p}numFmts count="${total}">${s.added.join("")}</${p}numFmts>`,
        });
        continue;
      }
      const open = setAttribute(this.xml.slice(s.span.openStart, s.span.openEnd), "count", String(total));
      if (s.span.selfClosing) {
        splices.push({
          start: s.span.openStart,
          end: s.span.closeEnd,
          text: `${open.slice(0, -2)}>${s.added.join("")}</${s.span.name}>`,
        });
      } else {
        splices.push({ start: s.span.openStart, end: s.span.openEnd, text: open });
        splices.push({ start: s.span.closeStart, end: s.span.closeStart, text: s.added.join("") });
      }
    }
    return applySplices(this.xml, splices);
  }
}
