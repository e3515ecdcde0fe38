/**
 * Cell edits written into an existing worksheet part in place: only the edited `<c>` elements are
 * replaced (rows and cells created in order where missing); every other byte of the part is kept.
 */
import { rangeA1, parseA1 } from "../../../core/workbook/address";
import type { CellEdit } from "./changes";
import { cellXml } from "./cellXml";
import type { StyleBook } from "./styles";
import { PackageError } from "./zip";
import { ElementSpan, Splice, applySplices, escapeText, encodeCellText, prefixOf, scanXml, setAttribute } from "./xml";

interface CellSpan {
  col: number;
  el: ElementSpan;
  explicitRef: boolean;
  style: number;
}

interface RowSpan {
  row: number;
  el: ElementSpan;
  explicitRef: boolean;
  cells: CellSpan[];
}

interface SharedFormulaCell {
  row: number;
  col: number;
  si: string;
  master: boolean;
  f: ElementSpan;
}

interface SheetLayout {
  sheetData?: ElementSpan;
  dimension?: ElementSpan;
  rows: RowSpan[];
  shared: SharedFormulaCell[];
}

/** Rows (with their cells for the rows that are edited) and shared formulas, with their offsets. */
function layout(xml: string, editedRows: Set<number>): SheetLayout {
  const out: SheetLayout = { rows: [], shared: [] };
  let row: RowSpan | undefined;
  let cell: CellSpan | undefined;
  let inSheetData = false;
  let lastRow = -1;
  // A cell's column is worked out only where it is needed (edited rows, shared formulas): the last
  // explicit reference of the row and how many cells followed it. Parsing every reference of a
  // 50.000-row sheet cost more than the rest of the scan.
  let lastRef: string | undefined;
  let sinceRef = 0;
  const currentCol = () => (lastRef === undefined ? sinceRef - 1 : parseA1(lastRef).col + sinceRef);
  scanXml(xml, {
    open: (el) => {
      if (el.depth === 1) {
        if (el.local === "sheetData") {
          out.sheetData = el;
          inSheetData = true;
        } else if (el.local === "dimension") out.dimension = el;
        return;
      }
      if (!inSheetData) return;
      if (el.depth === 2 && el.local === "row") {
        const r = el.attributes.r;
        lastRow = r ? Number(r) - 1 : lastRow + 1;
        row = { row: lastRow, el, explicitRef: !!r, cells: [] };
        lastRef = undefined;
        sinceRef = 0;
        out.rows.push(row);
      } else if (el.depth === 3 && el.local === "c" && row) {
        const ref = el.attributes.r;
        if (ref) {
          lastRef = ref;
          sinceRef = 0;
        } else sinceRef++;
        const edited = editedRows.has(row.row);
        cell = { col: edited ? currentCol() : -1, el, explicitRef: !!ref, style: Number(el.attributes.s ?? 0) };
        if (edited) row.cells.push(cell);
      } else if (el.depth === 4 && el.local === "f" && el.attributes.t === "shared" && row && cell) {
        out.shared.push({
          row: row.row,
          col: cell.col >= 0 ? cell.col : currentCol(),
          si: el.attributes.si ?? "",
          master: el.attributes.ref !== undefined,
          f: el,
        });
      }
    },
    close: (el) => {
      if (el.depth === 1 && el.local === "sheetData") inSheetData = false;
    },
  });
  return out;
}

function expandRange(ref: string | undefined, rows: number[], cols: number[]): string {
  // Loops, not Math.min(...rows): a change to every row of a long sheet would overflow the stack.
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rows) [top, bottom] = [Math.min(top, r), Math.max(bottom, r)];
  for (const c of cols) [left, right] = [Math.min(left, c), Math.max(right, c)];
  if (ref) {
    const [a, b = a] = ref.split(":");
    try {
      const from = parseA1(a);
      const to = parseA1(b);
      top = Math.min(top, from.row);
      left = Math.min(left, from.col);
      bottom = Math.max(bottom, to.row);
      right = Math.max(right, to.col);
    } catch {
      // An unreadable dimension is replaced by the edited cells' bounds.
    }
  }
  return rangeA1(top, left, bottom, right);
}

export interface SheetPatchResult {
  xml: string;
  /** Cells whose formula or value changed (for the calculation chain). */
  changedCells: { row: number; col: number }[];
}

/**
 * Applies `edits` to the worksheet XML. `explicitFormula` gives the formula of a cell that shares the
 * formula of an edited master cell, so that cell keeps its own formula.
 */
export function patchSheet(
  xml: string,
  edits: CellEdit[],
  styles: () => StyleBook,
  explicitFormula: (row: number, col: number) => string | undefined,
): SheetPatchResult {
  const byCell = new Map<string, CellEdit>();
  for (const e of edits) byCell.set(`${e.row}:${e.col}`, e);
  const unique = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const sheet = layout(xml, new Set(unique.map((e) => e.row)));
  if (!sheet.sheetData) throw new PackageError("Lembar kerja tanpa sheetData.");
  const p = prefixOf(sheet.sheetData.name);
  const splices: Splice[] = [];
  const changedCells: { row: number; col: number }[] = [];

  const styleFor = (edit: CellEdit, current: number): number =>
    edit.numFmt === undefined ? current : styles().withNumFmt(current, edit.numFmt);
  const render = (edit: CellEdit, current: number) => cellXml(p, edit.row, edit.col, edit.content, styleFor(edit, current));

  const rowsByNumber = new Map(sheet.rows.map((r) => [r.row, r]));
  const editsByRow = new Map<number, CellEdit[]>();
  for (const e of unique) {
    const list = editsByRow.get(e.row) ?? [];
    list.push(e);
    editsByRow.set(e.row, list);
  }

  const newRows: { at: number; text: string }[] = [];
  for (const [rowNumber, rowEdits] of editsByRow) {
    const row = rowsByNumber.get(rowNumber);
    if (!row) {
      const cells = rowEdits
        .filter((e) => e.content.kind !== "empty" || e.numFmt !== undefined)
        .map((e) => render(e, 0))
        .join("");
      if (!cells) continue;
      const next = sheet.rows.find((r) => r.row > rowNumber);
      if (next && !next.explicitRef)
        splices.push({
          start: next.el.openStart,
          end: next.el.openEnd,
          text: setAttribute(xml.slice(next.el.openStart, next.el.openEnd), "r", String(next.row + 1)),
        });
      newRows.push({
        at: next ? next.el.openStart : sheet.sheetData.closeStart,
        text: `<${p}row r="${rowNumber + 1}">${cells}</${p}row>`,
      });
      rowEdits.forEach((e) => changedCells.push(e));
      continue;
    }
    const rowStyle = row.el.attributes.customFormat === "1" ? Number(row.el.attributes.s ?? 0) : 0;
    const inserts: { at: number; text: string }[] = [];
    const explicitNext = new Set<CellSpan>();
    for (const e of rowEdits) {
      const existing = row.cells.find((c) => c.col === e.col);
      if (existing) {
        splices.push({ start: existing.el.openStart, end: existing.el.closeEnd, text: render(e, existing.style) });
        changedCells.push(e);
        continue;
      }
      if (e.content.kind === "empty" && e.numFmt === undefined) continue;
      const next = row.cells.find((c) => c.col > e.col);
      if (next && !next.explicitRef && !byCell.has(`${rowNumber}:${next.col}`)) explicitNext.add(next);
      inserts.push({ at: next ? next.el.openStart : row.el.closeStart, text: render(e, rowStyle) });
      changedCells.push(e);
    }
    for (const c of explicitNext)
      splices.push({
        start: c.el.openStart,
        end: c.el.openEnd,
        text: setAttribute(xml.slice(c.el.openStart, c.el.openEnd), "r", rangeA1(rowNumber, c.col, rowNumber, c.col)),
      });
    if (inserts.length === 0) continue;
    let open = xml.slice(row.el.openStart, row.el.openEnd);
    const spans = row.el.attributes.spans;
    if (spans && /^\d+:\d+$/.test(spans)) {
      const [from, to] = spans.split(":").map(Number);
      const cols = rowEdits.map((e) => e.col + 1);
      open = setAttribute(open, "spans", `${Math.min(from, ...cols)}:${Math.max(to, ...cols)}`);
    }
    if (row.el.selfClosing) {
      splices.push({
        start: row.el.openStart,
        end: row.el.closeEnd,
        text: `${open.replace(/\s*\/>$/, ">")}${inserts.map((i) => i.text).join("")}</${row.el.name}>`,
      });
    } else {
      if (open !== xml.slice(row.el.openStart, row.el.openEnd))
        splices.push({ start: row.el.openStart, end: row.el.openEnd, text: open });
      for (const i of inserts) splices.push({ start: i.at, end: i.at, text: i.text });
    }
  }

  if (newRows.length > 0) {
    const sd = sheet.sheetData;
    if (sd.selfClosing) {
      const open = xml.slice(sd.openStart, sd.openEnd).replace(/\s*\/>$/, ">");
      splices.push({
        start: sd.openStart,
        end: sd.closeEnd,
        text: `${open}${newRows.map((r) => r.text).join("")}</${sd.name}>`,
      });
    } else for (const r of newRows) splices.push({ start: r.at, end: r.at, text: r.text });
  }

  // A shared formula whose master cell is replaced: the cells sharing it get their own formula text.
  const editedMasters = new Set(sheet.shared.filter((s) => s.master && byCell.has(`${s.row}:${s.col}`)).map((s) => s.si));
  for (const s of sheet.shared) {
    if (s.master || !editedMasters.has(s.si) || byCell.has(`${s.row}:${s.col}`)) continue;
    const formula = explicitFormula(s.row, s.col);
    if (formula === undefined) throw new PackageError("Rumus bersama tidak dapat dijabarkan.");
    splices.push({
      start: s.f.openStart,
      end: s.f.closeEnd,
      text: `<${s.f.name}>${escapeText(encodeCellText(formula))}</${s.f.name}>`,
    });
  }

  const written = changedCells;
  if (sheet.dimension && written.length > 0) {
    const d = sheet.dimension;
    const ref = expandRange(
      d.attributes.ref,
      written.map((c) => c.row),
      written.map((c) => c.col),
    );
    if (ref !== d.attributes.ref)
      splices.push({ start: d.openStart, end: d.openEnd, text: setAttribute(xml.slice(d.openStart, d.openEnd), "ref", ref) });
  }
  return { xml: applySplices(xml, splices), changedCells };
}
