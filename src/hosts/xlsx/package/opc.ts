/** Open Packaging Conventions pieces of an .xlsx: part names, relationships, content types. */
import { ElementSpan, attrs, elements } from "./xml";

export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  calcChain: `${REL_NS}/calcChain`,
  extendedProperties: `${REL_NS}/extended-properties`,
};
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: ElementSpan;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds the relationship (no leading "/"). */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function readRelationships(xml: string): Relationship[] {
  return elements(xml)
    .filter((el) => el.local === "Relationship")
    .map((el) => ({
      id: el.attributes.Id ?? "",
      type: el.attributes.Type ?? "",
      target: el.attributes.Target ?? "",
      external: el.attributes.TargetMode === "External",
      el,
    }));
}

/** A relationship id not used yet in `rels` ("rId7"). */
export function freeRelationshipId(rels: Relationship[], taken: Set<string> = new Set()): string {
  const used = new Set([...rels.map((r) => r.id), ...taken]);
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship${attrs([
    ["Id", id],
    ["Type", type],
    ["Target", target],
  ])}/>`;
}

export function overrideXml(partName: string, contentType: string): string {
  return `<Override${attrs([
    ["PartName", `/${partName}`],
    ["ContentType", contentType],
  ])}/>`;
}

/** The Override elements of [Content_Types].xml by part name (without leading "/", lower case). */
export function overrides(xml: string): Map<string, ElementSpan> {
  const out = new Map<string, ElementSpan>();
  for (const el of elements(xml))
    if (el.local === "Override" && el.attributes.PartName) out.set(el.attributes.PartName.replace(/^\//, "").toLowerCase(), el);
  return out;
}
