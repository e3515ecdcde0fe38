/**
 * Writes the add-in's changes into the original .xlsx package: edited sheets are patched cell by
 * cell, new sheets become new parts, removed sheets are unlinked, and every other part (charts,
 * drawings, pivot caches, x14 extensions, protections, properties…) is copied byte for byte.
 */
import { isInternalSheetName } from "../../../core/workbook/host";
import { patchAppProperties } from "./appProperties";
import type { NewSheet, PackageChanges, PatchOptions } from "./changes";
import { newSheetXml } from "./newSheet";
import {
  CONTENT_TYPE,
  REL_TYPE,
  Relationship,
  freeRelationshipId,
  overrideXml,
  overrides,
  readRelationships,
  relationshipXml,
  relsPathOf,
  resolveTarget,
} from "./opc";
import { patchSheet } from "./sheetPatch";
import { MINIMAL_STYLES, StyleBook } from "./styles";
import { OutputEntry, PackageError, ZipEntry, entryText, readZip, writeZip } from "./zip";
import { ElementSpan, Splice, applySplices, attrs, elements, prefixOf, removeAttribute, setAttribute } from "./xml";

const CONTENT_TYPES = "[Content_Types].xml";

interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  part: string;
  el: ElementSpan;
}

/** The package as text parts that may be rewritten; untouched entries stay as their original bytes. */
class Package {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly written = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly created: string[] = [];

  constructor(
    bytes: Uint8Array,
    private readonly inflate?: PatchOptions["inflate"],
  ) {
    this.entries = readZip(bytes);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    return !this.removed.has(key) && (this.byName.has(key) || this.written.has(key));
  }

  text(part: string): string {
    const key = part.toLowerCase();
    const w = this.written.get(key);
    if (w !== undefined) return w;
    const e = this.byName.get(key);
    if (!e) throw new PackageError(`Bagian paket tidak ada: ${part}.`);
    return entryText(e, this.inflate);
  }

  write(part: string, text: string): void {
    const key = part.toLowerCase();
    if (!this.byName.has(key) && !this.written.has(key)) this.created.push(part);
    this.removed.delete(key);
    this.written.set(key, text);
  }

  remove(part: string): void {
    this.removed.add(part.toLowerCase());
  }

  output(): OutputEntry[] {
    const out: OutputEntry[] = [];
    for (const e of this.entries) {
      const key = e.name.toLowerCase();
      if (this.removed.has(key)) continue;
      const w = this.written.get(key);
      out.push(w === undefined ? { kept: e } : { name: e.name, data: w });
    }
    for (const part of this.created)
      if (!this.removed.has(part.toLowerCase())) out.push({ name: part, data: this.written.get(part.toLowerCase())! });
    return out;
  }
}

function workbookPartOf(pkg: Package): string {
  const rel = readRelationships(pkg.text("_rels/.rels")).find((r) => r.type === REL_TYPE.officeDocument);
  if (!rel) throw new PackageError("Paket tidak memuat buku kerja (workbook.xml).");
  return resolveTarget("", rel.target);
}

/** The prefix ("r:") the workbook binds to the relationships namespace. */
function relPrefix(root: ElementSpan): string | undefined {
  for (const [k, v] of Object.entries(root.attributes))
    if (k.startsWith("xmlns:") && v === "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
      return `${k.slice(6)}:`;
  return undefined;
}

function sheetEntries(workbookXml: string, workbookPart: string, rels: Relationship[]): SheetEntry[] {
  const all = elements(workbookXml);
  const r = relPrefix(all[0]) ?? "r:";
  return all
    .filter((el) => el.local === "sheet" && el.depth === 2)
    .map((el) => {
      const relId = el.attributes[`${r}id`] ?? "";
      const rel = rels.find((x) => x.id === relId);
      return {
        name: el.attributes.name ?? "",
        sheetId: Number(el.attributes.sheetId ?? 0),
        relId,
        part: rel ? resolveTarget(workbookPart, rel.target) : "",
        el,
      };
    });
}

function freePartName(pkg: Package, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = `xl/worksheets/sheet${n}.xml`;
    if (!pkg.has(name) && !taken.has(name)) return name;
  }
}

/** Relative target of `part` from the folder of `fromPart` (both in the same "xl/" tree). */
function relativeTarget(fromPart: string, part: string): string {
  const folder = fromPart.split("/").slice(0, -1).join("/");
  return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
}

/** docProps/app.xml's worksheet titles follow the sheets added and removed (see appProperties.ts). */
function patchSheetTitles(pkg: Package, sheets: SheetEntry[], rels: Relationship[], changes: PackageChanges): void {
  const rel = readRelationships(pkg.text("_rels/.rels")).find((r) => r.type === REL_TYPE.extendedProperties);
  const part = rel ? resolveTarget("", rel.target) : "docProps/app.xml";
  if (!pkg.has(part)) return;
  const isWorksheet = (s: SheetEntry) => rels.find((r) => r.id === s.relId)?.type === REL_TYPE.worksheet;
  const deleted = new Set(changes.deleted);
  const added = new Set(changes.added.map((s) => s.name));
  const before = sheets.filter(isWorksheet).map((s) => s.name);
  // A new sheet of a removed sheet's name takes its place; the others go at the end (as in workbook.xml).
  const after = [
    ...sheets.filter((s) => isWorksheet(s) && (!deleted.has(s.name) || added.has(s.name))).map((s) => s.name),
    ...changes.added.filter((s) => !(deleted.has(s.name) && before.includes(s.name))).map((s) => s.name),
  ];
  let next: string | null = null;
  try {
    next = patchAppProperties(pkg.text(part), before, after, added);
  } catch {
    return; // an unreadable app.xml is kept as it is: Excel does not rely on it, the copy must not fail for it
  }
  if (next !== null) pkg.write(part, next);
}

function hasFormula(sheet: NewSheet): boolean {
  return sheet.cells.some((c) => c.content.kind === "formula");
}

interface CalcChainChange {
  /** sheetId -> "row:col" cells whose calculation entries go. */
  cells: Map<number, Set<string>>;
  sheets: Set<number>;
}

function patchCalcChain(xml: string, change: CalcChainChange): string | null {
  const splices: Splice[] = [];
  let current = 0;
  let lastKept: number | undefined;
  let kept = 0;
  for (const el of elements(xml)) {
    if (el.local !== "c" || el.depth !== 1) continue;
    if (el.attributes.i !== undefined) current = Number(el.attributes.i);
    const ref = el.attributes.r ?? "";
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    let key = "";
    if (m) {
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      key = `${Number(m[2]) - 1}:${col - 1}`;
    }
    if (change.sheets.has(current) || change.cells.get(current)?.has(key)) {
      splices.push({ start: el.openStart, end: el.closeEnd, text: "" });
      continue;
    }
    if (el.attributes.i === undefined && lastKept !== current)
      splices.push({
        start: el.openStart,
        end: el.openEnd,
        text: setAttribute(xml.slice(el.openStart, el.openEnd), "i", String(current)),
      });
    lastKept = current;
    kept++;
  }
  return kept === 0 ? null : applySplices(xml, splices);
}

/**
 * The original package bytes with `changes` applied; parts not changed are kept byte for byte.
 * Throws PackageError with an Indonesian reason when the package cannot be patched.
 */
export function patchPackage(original: Uint8Array, changes: PackageChanges, options: PatchOptions = {}): Uint8Array {
  try {
    return patch(original, changes, options);
  } catch (e) {
    if (e instanceof PackageError) throw e;
    throw new PackageError("Salinan buku kerja tidak dapat ditulis: sebagian isi paketnya tidak terbaca.");
  }
}

function patch(original: Uint8Array, changes: PackageChanges, options: PatchOptions): Uint8Array {
  const pkg = new Package(original, options.inflate);
  const workbookPart = workbookPartOf(pkg);
  const workbookRelsPart = relsPathOf(workbookPart);
  let workbookXml = pkg.text(workbookPart);
  let relsXml = pkg.text(workbookRelsPart);
  let typesXml = pkg.text(CONTENT_TYPES);
  const rels = readRelationships(relsXml);
  const sheets = sheetEntries(workbookXml, workbookPart, rels);
  const sheetByName = new Map(sheets.map((s) => [s.name, s]));

  let styles: StyleBook | undefined;
  const stylesRel = rels.find((r) => r.type === REL_TYPE.styles);
  const stylesPart = stylesRel ? resolveTarget(workbookPart, stylesRel.target) : "xl/styles.xml";
  const styleBook = () => (styles ??= new StyleBook(pkg.has(stylesPart) ? pkg.text(stylesPart) : MINIMAL_STYLES));

  // 1. Cell edits in existing sheets.
  const calc: CalcChainChange = { cells: new Map(), sheets: new Set() };
  let edited = false;
  for (const [name, edits] of changes.edits) {
    if (edits.length === 0) continue;
    const sheet = sheetByName.get(name);
    if (!sheet || !sheet.part || !pkg.has(sheet.part)) throw new PackageError(`Lembar "${name}" tidak ada di paket.`);
    if (changes.deleted.includes(name)) continue;
    const result = patchSheet(pkg.text(sheet.part), edits, styleBook, (row, col) => options.explicitFormula?.(name, row, col));
    pkg.write(sheet.part, result.xml);
    calc.cells.set(sheet.sheetId, new Set(result.changedCells.map((c) => `${c.row}:${c.col}`)));
    // The add-in's own sheets (journal, settings) hold only text nothing calculates from.
    if (!isInternalSheetName(name)) edited = true;
  }

  // 2. Sheets removed: unlinked from the workbook, their part and its relationships dropped.
  const wbSplices: Splice[] = [];
  const relSplices: Splice[] = [];
  const typeSplices: Splice[] = [];
  const typeOverrides = overrides(typesXml);
  const deleted = new Set(changes.deleted);
  for (const s of sheets) {
    if (!deleted.has(s.name)) continue;
    calc.sheets.add(s.sheetId);
    const rel = rels.find((r) => r.id === s.relId);
    if (rel) relSplices.push({ start: rel.el.openStart, end: rel.el.closeEnd, text: "" });
    const override = typeOverrides.get(s.part.toLowerCase());
    if (override) typeSplices.push({ start: override.openStart, end: override.closeEnd, text: "" });
    pkg.remove(s.part);
    pkg.remove(relsPathOf(s.part));
  }

  // 3. Sheets added: a new part each, in the place of a removed sheet of the same name or at the end.
  const sheetsEl = elements(workbookXml).find((el) => el.local === "sheets" && el.depth === 1);
  if (!sheetsEl) throw new PackageError("Buku kerja tanpa daftar lembar.");
  const wbRoot = elements(workbookXml)[0];
  const r = relPrefix(wbRoot);
  const p = prefixOf(sheetsEl.name);
  const usedIds = new Set(sheets.filter((s) => !deleted.has(s.name)).map((s) => s.sheetId));
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const sheetIdFor = (wanted: number | undefined): number => {
    let id = wanted !== undefined && Number.isInteger(wanted) && wanted > 0 && !usedIds.has(wanted) ? wanted : undefined;
    if (id === undefined) {
      while (usedIds.has(nextSheetId)) nextSheetId++;
      id = nextSheetId;
    }
    usedIds.add(id);
    return id;
  };
  const takenParts = new Set<string>();
  const takenIds = new Set<string>();
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const placed = new Map<string, string>();
  const appended: string[] = [];
  for (const sheet of changes.added) {
    const part = freePartName(pkg, takenParts);
    takenParts.add(part);
    const id = freeRelationshipId(rels, takenIds);
    takenIds.add(id);
    pkg.write(part, newSheetXml(sheet, styleBook));
    newRels.push(relationshipXml(id, REL_TYPE.worksheet, relativeTarget(workbookPart, part)));
    newTypes.push(overrideXml(part, CONTENT_TYPE.worksheet));
    const el = `<${p}sheet${attrs([
      ["name", sheet.name],
      ["sheetId", sheetIdFor(sheet.sheetId)],
      ["state", sheet.state && sheet.state !== "visible" ? sheet.state : undefined],
      [`${r ?? "r:"}id`, id],
    ])}${r ? "" : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'}/>`;
    if (deleted.has(sheet.name) && sheetByName.has(sheet.name)) placed.set(sheet.name, el);
    else appended.push(el);
    if (hasFormula(sheet)) edited = true;
  }

  // Sheet order after the change, for local defined names and the active tab.
  const newIndex = new Map<number, number>();
  let index = 0;
  sheets.forEach((s, i) => {
    if (deleted.has(s.name)) {
      if (placed.has(s.name)) index++;
      wbSplices.push({ start: s.el.openStart, end: s.el.closeEnd, text: placed.get(s.name) ?? "" });
      return;
    }
    newIndex.set(i, index++);
  });
  if (appended.length > 0) wbSplices.push({ start: sheetsEl.closeStart, end: sheetsEl.closeStart, text: appended.join("") });
  if (changes.added.length > 0 || deleted.size > 0) patchSheetTitles(pkg, sheets, rels, changes);

  if (deleted.size > 0) {
    for (const el of elements(workbookXml)) {
      if (el.local === "definedName" && el.attributes.localSheetId !== undefined) {
        const to = newIndex.get(Number(el.attributes.localSheetId));
        const open = workbookXml.slice(el.openStart, el.openEnd);
        if (to === undefined) wbSplices.push({ start: el.openStart, end: el.closeEnd, text: "" });
        else if (String(to) !== el.attributes.localSheetId)
          wbSplices.push({ start: el.openStart, end: el.openEnd, text: setAttribute(open, "localSheetId", String(to)) });
      } else if (el.local === "workbookView") {
        let open = workbookXml.slice(el.openStart, el.openEnd);
        for (const a of ["activeTab", "firstSheet"]) {
          if (el.attributes[a] === undefined) continue;
          const to = newIndex.get(Number(el.attributes[a])) ?? 0;
          open = to === 0 ? removeAttribute(open, a) : setAttribute(open, a, String(to));
        }
        if (open !== workbookXml.slice(el.openStart, el.openEnd))
          wbSplices.push({ start: el.openStart, end: el.openEnd, text: open });
      }
    }
  }

  // 4. Excel recalculates everything on open when a value or formula changed.
  if (edited) {
    const calcPr = elements(workbookXml).find((el) => el.local === "calcPr" && el.depth === 1);
    if (calcPr) {
      const open = workbookXml.slice(calcPr.openStart, calcPr.openEnd);
      wbSplices.push({ start: calcPr.openStart, end: calcPr.openEnd, text: setAttribute(open, "fullCalcOnLoad", "1") });
    } else {
      const after = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing"]
        .concat(["fileRecoveryPr", "webPublishObjects", "extLst"])
        .map((n) => elements(workbookXml).find((el) => el.local === n && el.depth === 1))
        .find((el) => el !== undefined);
      const at = after ? after.openStart : wbRoot.closeStart;
      wbSplices.push({ start: at, end: at, text: `<${prefixOf(wbRoot.name)}calcPr fullCalcOnLoad="1"/>` });
    }
  }

  const calcRel = rels.find((x) => x.type === REL_TYPE.calcChain);
  if (calcRel && (calc.cells.size > 0 || calc.sheets.size > 0)) {
    const part = resolveTarget(workbookPart, calcRel.target);
    if (pkg.has(part)) {
      const next = patchCalcChain(pkg.text(part), calc);
      if (next === null) {
        pkg.remove(part);
        relSplices.push({ start: calcRel.el.openStart, end: calcRel.el.closeEnd, text: "" });
        const override = typeOverrides.get(part.toLowerCase());
        if (override) typeSplices.push({ start: override.openStart, end: override.closeEnd, text: "" });
      } else if (next !== pkg.text(part)) pkg.write(part, next);
    }
  }

  // 5. Styles: appended entries only.
  const stylesXml = styles?.serialize();
  if (stylesXml) {
    if (!pkg.has(stylesPart)) {
      const id = freeRelationshipId(rels, takenIds);
      newRels.push(relationshipXml(id, REL_TYPE.styles, relativeTarget(workbookPart, stylesPart)));
      newTypes.push(overrideXml(stylesPart, CONTENT_TYPE.styles));
    }
    pkg.write(stylesPart, stylesXml);
  }

  const relsRoot = elements(relsXml)[0];
  if (newRels.length > 0) relSplices.push({ start: relsRoot.closeStart, end: relsRoot.closeStart, text: newRels.join("") });
  const typesRoot = elements(typesXml)[0];
  if (newTypes.length > 0) typeSplices.push({ start: typesRoot.closeStart, end: typesRoot.closeStart, text: newTypes.join("") });

  if (wbSplices.length > 0) {
    workbookXml = applySplices(workbookXml, wbSplices);
    pkg.write(workbookPart, workbookXml);
  }
  if (relSplices.length > 0) {
    relsXml = applySplices(relsXml, relSplices);
    pkg.write(workbookRelsPart, relsXml);
  }
  if (typeSplices.length > 0) {
    typesXml = applySplices(typesXml, typeSplices);
    pkg.write(CONTENT_TYPES, typesXml);
  }
  return writeZip(pkg.output(), options.deflate);
}
