/**
 * docProps/app.xml lists the workbook's parts by title: TitlesOfParts holds the names, HeadingPairs
 * says how many of them belong to each heading, in order ("Worksheets" 3, "Named Ranges" 1; the
 * heading words are in Excel's language). When the add-in adds or removes sheets, the worksheet
 * group follows; everything else in the part is kept as written. A part whose worksheet group
 * cannot be told apart (LibreOffice writes no titles; a list that does not match the workbook) is
 * left as it is: Excel does not check it.
 */
import { ElementSpan, Splice, applySplices, escapeText, scanXml, setAttribute } from "./xml";

interface Titled {
  el: ElementSpan;
  text: string;
}

interface Parsed {
  /** vt:vector of TitlesOfParts. */
  titlesVector?: ElementSpan;
  titles: Titled[];
  /** The count element (vt:i4) of each heading pair, in order. */
  counts: Titled[];
}

function parse(xml: string): Parsed {
  const out: Parsed = { titles: [], counts: [] };
  const texts = new Map<ElementSpan, string>();
  const path: string[] = [];
  scanXml(xml, {
    open: (el) => {
      path.length = el.depth;
      path.push(el.local);
      const [, block, vector] = path;
      if (block === "TitlesOfParts" && vector === "vector" && el.depth === 2) out.titlesVector = el;
      if (block === "TitlesOfParts" && el.depth === 3 && el.local === "lpstr") out.titles.push({ el, text: "" });
      // HeadingPairs / vector / variant / (lpstr heading | i4 count)
      if (block === "HeadingPairs" && el.depth === 4 && (el.local === "i4" || el.local === "int"))
        out.counts.push({ el, text: "" });
    },
    text: (el, t) => texts.set(el, (texts.get(el) ?? "") + t),
  });
  for (const t of [...out.titles, ...out.counts]) t.text = texts.get(t.el) ?? "";
  return out;
}

/** The run of titles a heading pair covers. */
interface Group {
  count: Titled;
  from: number;
  to: number;
}

function groupsOf(p: Parsed): Group[] | null {
  const groups: Group[] = [];
  let at = 0;
  for (const count of p.counts) {
    const n = Number(count.text.trim());
    if (!Number.isInteger(n) || n < 0) return null;
    groups.push({ count, from: at, to: at + n });
    at += n;
  }
  return at === p.titles.length ? groups : null;
}

/** The group listing the worksheets: every title a worksheet's name, in the workbook's order. */
function worksheetGroup(p: Parsed, groups: Group[], before: string[]): Group | undefined {
  const position = new Map(before.map((name, i) => [name, i]));
  const fits = (g: Group) => {
    let last = -1;
    for (let i = g.from; i < g.to; i++) {
      const at = position.get(p.titles[i].text);
      if (at === undefined || at <= last) return false;
      last = at;
    }
    return g.to > g.from;
  };
  return groups.filter(fits).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
}

/**
 * The part with its worksheet titles following the change (`before`/`after`: the workbook's
 * worksheet names in order), or null when it stays as it is.
 */
export function patchAppProperties(xml: string, before: string[], after: string[], added: Set<string>): string | null {
  const p = parse(xml);
  const groups = p.titlesVector ? groupsOf(p) : null;
  if (!groups || !p.titlesVector) return null;
  const group = worksheetGroup(p, groups, before);
  if (!group) return null;
  const listed = new Set(p.titles.slice(group.from, group.to).map((t) => t.text));
  // The sheets the group listed that are still there, and the new ones, in the workbook's order.
  const next = after.filter((name) => listed.has(name) || added.has(name));
  const old = p.titles.slice(group.from, group.to).map((t) => t.text);
  if (next.length === old.length && next.every((n, i) => n === old[i])) return null;

  const first = p.titles[group.from].el;
  const last = p.titles[group.to - 1].el;
  const tag = first.name;
  const splices: Splice[] = [
    { start: first.openStart, end: last.closeEnd, text: next.map((n) => `<${tag}>${escapeText(n)}</${tag}>`).join("") },
    { start: group.count.el.openEnd, end: group.count.el.closeStart, text: String(next.length) },
  ];
  const vector = p.titlesVector;
  const total = p.titles.length - old.length + next.length;
  if (vector.attributes.size !== undefined)
    splices.push({
      start: vector.openStart,
      end: vector.openEnd,
      text: setAttribute(xml.slice(vector.openStart, vector.openEnd), "size", String(total)),
    });
  return applySplices(xml, splices);
}
