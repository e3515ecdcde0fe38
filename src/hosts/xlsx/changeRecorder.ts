/**
 * Remembers which cells and sheets the file host changed in its ExcelJS workbook, and turns that into
 * the package changes the patcher writes into the original bytes (everything else stays as it was).
 */
import ExcelJS from "exceljs";
import type { CellContent, CellEdit, CellStyle, MergeRange, NewCell, NewSheet, PackageChanges } from "./package/changes";

const MERGE_TYPE = 1;

function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/** The content of an ExcelJS cell as the package stores it. */
export function cellContent(c: ExcelJS.Cell): CellContent {
  if ((c.type as number) === MERGE_TYPE) return { kind: "empty" };
  const v = c.value as unknown;
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string") return v === "" ? { kind: "empty" } : { kind: "text", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (v instanceof Date) return { kind: "number", value: excelSerial(v) };
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) {
    if (!c.formula) return { kind: "empty" };
    const r = o.result;
    const result = typeof r === "number" || typeof r === "string" || typeof r === "boolean" ? r : undefined;
    return { kind: "formula", formula: c.formula, result };
  }
  if (typeof o.error === "string") return { kind: "error", value: o.error };
  if (Array.isArray(o.richText))
    return { kind: "text", value: (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("") };
  if (typeof o.text === "string") return { kind: "text", value: o.text };
  return { kind: "empty" };
}

function cellStyle(c: ExcelJS.Cell): CellStyle | undefined {
  const s = c.style ?? {};
  const style: CellStyle = {};
  if (s.numFmt && s.numFmt !== "General") style.numFmt = s.numFmt;
  if (s.font?.bold) style.bold = true;
  if (s.font?.italic) style.italic = true;
  const fill = s.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid" && fill.fgColor?.argb) style.fill = fill.fgColor.argb.slice(-6);
  const b = s.border;
  if (b && (b.top?.style || b.bottom?.style || b.left?.style || b.right?.style)) style.border = true;
  const a = s.alignment;
  if (a?.wrapText) style.wrap = true;
  if (a?.horizontal) style.horizontal = a.horizontal;
  if (a?.vertical) style.vertical = a.vertical;
  return Object.keys(style).length > 0 ? style : undefined;
}

function merges(ws: ExcelJS.Worksheet): MergeRange[] {
  const stored = (ws as unknown as { _merges?: Record<string, { model?: MergeRange }> })._merges ?? {};
  return Object.values(stored)
    .map((m) => m.model)
    .filter((m): m is MergeRange => !!m)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
}

/** A whole sheet created by the add-in, read back from ExcelJS. */
export function newSheetOf(ws: ExcelJS.Worksheet): NewSheet {
  const cells: NewCell[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height) rowHeights.push({ row: rowNumber - 1, height: row.height });
    row.eachCell({ includeEmpty: true }, (c, colNumber) => {
      const content = cellContent(c);
      const style = cellStyle(c);
      if (content.kind !== "empty" || style) cells.push({ row: rowNumber - 1, col: colNumber - 1, content, style });
    });
  });
  const columnWidths: { col: number; width: number }[] = [];
  for (let col = 1; col <= ws.columnCount; col++) {
    const width = ws.getColumn(col).width;
    if (width) columnWidths.push({ col: col - 1, width });
  }
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const frozen = view?.state === "frozen";
  return {
    name: ws.name,
    sheetId: ws.id,
    state: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible",
    cells,
    columnWidths,
    rowHeights,
    merges: merges(ws),
    freezeRows: frozen ? (view.ySplit ?? 0) : 0,
    freezeCols: frozen ? (view.xSplit ?? 0) : 0,
  };
}

export class ChangeRecorder {
  private readonly original = new Map<ExcelJS.Worksheet, string>();
  /** Touched cells by sheet, with the number format each had before the host's first write. */
  private readonly touched = new Map<ExcelJS.Worksheet, Map<string, string | undefined>>();

  constructor(wb: ExcelJS.Workbook) {
    wb.eachSheet((ws) => this.original.set(ws, ws.name));
  }

  /** A cell the host is about to write (value, formula or number format); new sheets are written whole. */
  cell(c: ExcelJS.Cell): void {
    const cells = this.touched.get(c.worksheet) ?? new Map<string, string | undefined>();
    if (!cells.has(c.address)) cells.set(c.address, c.numFmt || undefined);
    this.touched.set(c.worksheet, cells);
  }

  changes(wb: ExcelJS.Workbook): PackageChanges {
    const current = new Set<ExcelJS.Worksheet>();
    wb.eachSheet((ws) => current.add(ws));
    const out: PackageChanges = { edits: new Map(), deleted: [], added: [] };
    for (const [ws, name] of this.original) {
      if (!current.has(ws)) out.deleted.push(name);
      else if (this.touched.has(ws)) {
        const edits: CellEdit[] = [...this.touched.get(ws)!].map(([address, before]) => {
          const c = ws.getCell(address);
          const numFmt = c.numFmt || undefined;
          return {
            row: Number(c.row) - 1,
            col: Number(c.col) - 1,
            content: cellContent(c),
            numFmt: numFmt !== before ? (numFmt ?? "General") : undefined,
          };
        });
        out.edits.set(name, edits);
      }
    }
    for (const ws of current) if (!this.original.has(ws)) out.added.push(newSheetOf(ws));
    return out;
  }
}
