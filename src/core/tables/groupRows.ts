/**
 * Sasaran written as group rows of an indicator table that has no sasaran column of its own: a row
 * above its indicators, with no target or realisasi, marked as a group by how people write one:
 * - a roman numeral or capital letter (`I`, `II`, `A`) in the NO column or before the text, where
 *   the indicators below are numbered otherwise (`1`, `2`), or a number the codes below extend (`1`
 *   above `1.1`, `1.2`);
 * - a label starting with the word Sasaran (`Sasaran 1: Meningkatnya …`);
 * - one merged cell running across the value columns (a full-width row);
 * - bold, where the indicator below is not;
 * - in a combined `Sasaran / Indikator Kinerja` column, a row without any value above rows with values
 *   is a sasaran even unmarked (the header says the column holds both).
 * A row numbered like the indicator below it (`1` above `2`) is an indicator without values; a group
 * row naming a program, kegiatan or tujuan is not a sasaran; a row followed by bulleted
 * sub-indicators is an indicator whose values sit in them (and may itself sit under a sasaran row).
 */
import type { TableColumn } from "./types";
import type { RowDraft } from "./rows";
import { Grid } from "./grid";
import { BULLET } from "./text";
import { codeInLabel, isPrefix, parseCode, ParsedCode } from "./codes";
import { isCombinedSasaranHeader, VALUE_ROLES } from "./headerRoles";
import { parseNumber } from "../numbers";

/** "Sasaran 1:", "SASARAN STRATEGIS II." at the start of a group row's text. */
const SASARAN_WORD = /^sasaran(\s+strategis)?(\s+(\d+|[IVX]+))?\s*[:.\-–]?\s*/i;
/** A label that names itself a sasaran and says which: "Sasaran 1: …", "SASARAN: Meningkatnya …". */
const NAMED_SASARAN = /^sasaran\b(\s+strategis)?\s*(\d+|[IVX]+)?\s*[:.\-–]?\s*\S/i;
/** A roman numeral or capital letter with its dot before the text: "II. Meningkatnya …". */
const CODE_PREFIX = /^([IVX]+|[A-Z])[.)]\s+/;

/** The sasaran text of a group row: its label without the "Sasaran 1:" word or the leading numeral. */
export function sasaranText(label: string): string {
  const rest = label.replace(CODE_PREFIX, "").replace(SASARAN_WORD, "").trim();
  return rest === "" ? label.trim() : rest;
}

function hasNumber(grid: Grid, r: number, columns: TableColumn[], roles: (c: TableColumn) => boolean): boolean {
  for (const col of columns) {
    if (!roles(col)) continue;
    const own = grid.ownText(r, col.index);
    if (own === "") continue;
    if (typeof grid.value(r, col.index) === "number" || parseNumber(own).kind === "number") return true;
  }
  return false;
}

/** The row's code: in the NO column, or before its text ("II. Menurunnya …", also when that text fills the NO cell). */
function groupCode(grid: Grid, r: number, codeCol: number | undefined, label: string): ParsedCode | null {
  const own = codeCol !== undefined ? grid.ownText(r, codeCol) : "";
  const code = own !== "" ? parseCode(own) : null;
  if (code || (own !== "" && own.length <= 6)) return code;
  const text = own !== "" ? own : label;
  const m = CODE_PREFIX.exec(text);
  return m ? parseCode(m[1]) : codeInLabel(text);
}

/** Group rows of another kind (program, kegiatan, tujuan…): not a sasaran. */
const OTHER_GROUP = /^\s*(([IVX]+|[A-Z\d]+)[.)]\s+)?(program|kegiatan|sub ?kegiatan|tujuan|misi|urusan|bidang)\b/i;

const sameLevel = (a: ParsedCode | null, b: ParsedCode | null) =>
  !!a && !!b && a.kind === "dotted" && b.kind === "dotted" && a.segments.length === b.segments.length;

const isGroupSymbol = (c: ParsedCode | null) => !!c && (c.kind === "roman" || (c.kind === "letter" && !!c.upper));

/** Sheet rows of the sasaran group rows among the drafts (none when the table has a sasaran column). */
export function sasaranGroupRows(
  grid: Grid,
  drafts: RowDraft[],
  columns: TableColumn[],
  labelCol: number | undefined,
): Set<number> {
  const found = new Set<number>();
  if (labelCol === undefined || columns.some((c) => c.role === "sasaran")) return found;
  const labelColumn = columns.find((c) => c.index === labelCol);
  const combined = !!labelColumn && labelColumn.role === "indikator" && isCombinedSasaranHeader(labelColumn.header);
  const codeCol = columns.find((c) => (c.role === "no" || c.role === "kode") && c.index !== labelCol)?.index;
  const anyValue = (c: TableColumn) => VALUE_ROLES.has(c.role);
  // Values of an indicator: its target and realisasi (a capaian-only table: any value column).
  const hasMeasures = columns.some((c) => c.role === "target" || c.role === "realisasi");
  const measured = hasMeasures ? (c: TableColumn) => c.role === "target" || c.role === "realisasi" : anyValue;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    const next = drafts[i + 1];
    if (d.closing || next.closing) continue;
    const r = d.index;
    const label = grid.text(r, labelCol);
    if (label === "" || hasNumber(grid, r, columns, measured)) continue;
    const nextLabel = grid.ownText(next.index, labelCol);
    if (BULLET.test(nextLabel)) continue;
    const merge = grid.merge(r, labelCol);
    const spans =
      !!merge && merge.top === r && columns.some((c) => anyValue(c) && c.index >= merge.left && c.index <= merge.right);
    if (OTHER_GROUP.test(label)) continue;
    const code = groupCode(grid, r, codeCol, label);
    const nextCode = groupCode(grid, next.index, codeCol, nextLabel);
    // The row below is an indicator: it has values, its values sit in the sub-indicators below it, or
    // it is numbered as one.
    const after = drafts[i + 2];
    const subsBelow = !!after && !after.closing && BULLET.test(grid.ownText(after.index, labelCol));
    const numbered = nextCode?.kind === "dotted";
    if (!hasNumber(grid, next.index, columns, measured) && !subsBelow && !numbered) continue;
    const named = NAMED_SASARAN.test(label);
    // Numbered as a sibling of the indicator below (1 then 2, 1.1 then 1.2): an indicator without values.
    if (!named && !spans && sameLevel(code, nextCode)) continue;
    const marked =
      spans ||
      named ||
      (isGroupSymbol(code) && !isGroupSymbol(nextCode)) ||
      (!!code && !!nextCode && isPrefix(code, nextCode)) ||
      // A bold row numbered 1 above rows a, b is an indicator with its sub-indicators, unless the
      // column says it holds sasaran too.
      (grid.bold(r, labelCol) && !grid.bold(next.index, labelCol) && (combined || code?.kind !== "dotted"));
    if (marked || (combined && !hasNumber(grid, r, columns, anyValue))) found.add(r);
  }
  return found;
}
