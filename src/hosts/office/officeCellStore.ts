/**
 * CellStore over the open Excel workbook: `inspect` in two syncs (the sheet list, then the cells,
 * sheets and journal asked for), `apply` in one (two when a new sheet must first get its id).
 * Whatever the number of cells, the number of syncs stays the same.
 */
import type {
  CellStore,
  CellChange,
  ChangeSet,
  JournalRowWrite,
  SheetContents,
  StoreQuery,
  StoreView,
} from "../../core/journal/cellStore";
import { cellKey, isJournalSheet, rowToJournalEntry, StoredJournalEntry } from "../../core/journal/journal";
import { JOURNAL_HEADER } from "../../core/journal/journal";
import { rangeA1 } from "../../core/workbook/address";
import type { CellSnapshot, SheetSpec } from "../../core/workbook/host";
import { JOURNAL_SHEET } from "../../core/workbook/host";
import { toCellValue, toFormula } from "./cellValues";
import { readDocumentSettings, writeDocumentSettings, type DocumentSettingsLike } from "./documentSettings";

export interface OfficeStoreDeps {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Lays out a new sheet (contents, styles, widths, merges) with queued operations only. */
  layout(ws: Excel.Worksheet, spec: SheetSpec): void;
  /** The journal sheet can be made very hidden (ExcelApi 1.2). */
  hideSheets: boolean;
  /** The document's settings (absent where this Excel has none). */
  settings?: DocumentSettingsLike;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);
}

/** Writes one cell's content; text is never written where Excel could read it as a formula. */
function applyChange(range: Excel.Range, c: CellChange): void {
  if (c.numFmt) range.numberFormat = [[c.numFmt]];
  const content = c.content;
  switch (content.kind) {
    case "formula":
      range.formulas = [[`=${content.formula}`]];
      return;
    case "empty":
      range.values = [[""]];
      return;
    case "text":
      range.values = [[content.quote ? `'${content.value}` : content.value]];
      return;
    default:
      range.values = [[content.value]];
  }
}

/** Contiguous journal rows become one range write. */
function rowRuns(rows: JournalRowWrite[]): JournalRowWrite[][] {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const runs: JournalRowWrite[][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].row === r.row - 1) last.push(r);
    else runs.push([r]);
  }
  return runs;
}

export class OfficeCellStore implements CellStore {
  constructor(private readonly deps: OfficeStoreDeps) {}

  inspect(query: StoreQuery): Promise<StoreView> {
    return this.deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id,items/visibility");
      await context.sync();
      const byName = new Map(sheets.items.map((ws) => [ws.name.toLowerCase(), { id: ws.id, name: ws.name }]));
      const byId = new Map(sheets.items.map((ws) => [ws.id, ws.name]));

      const unique = new Map<string, { sheet: string; cell: string }>();
      for (const c of query.cells) unique.set(cellKey(c.sheet, c.cell), c);
      const cells = [...unique.values()].map((c) => {
        const found = byName.get(c.sheet.toLowerCase());
        if (!found) return { c, range: null };
        const range = sheets.getItem(found.name).getRange(c.cell);
        range.load("values,formulas,numberFormat");
        return { c, range };
      });

      const journalSheet = byName.get(JOURNAL_SHEET.toLowerCase());
      const journalRange =
        journalSheet && query.journal ? sheets.getItem(journalSheet.name).getUsedRangeOrNullObject(true) : null;
      journalRange?.load(query.journal === "rows" ? "values,rowIndex,rowCount" : "rowIndex,rowCount");
      const journalHead = journalSheet
        ? sheets.getItem(journalSheet.name).getRange(rangeA1(0, 0, 0, JOURNAL_HEADER.length - 1))
        : null;
      journalHead?.load("values");
      const journalVisible = sheets.items.some((ws) => ws.name === journalSheet?.name && ws.visibility === "Visible");

      const madeSheets = (query.sheetIds ?? [])
        .filter((id) => byId.has(id))
        .map((id) => {
          const used = sheets.getItem(id).getUsedRangeOrNullObject(true);
          used.load("formulas,rowIndex,columnIndex");
          return { id, used };
        });

      if (cells.some((c) => c.range) || journalHead !== null || madeSheets.length) await context.sync();
      const journalForeign = !!journalHead && !isJournalSheet(journalVisible, (journalHead.values as unknown[][])[0] ?? []);

      const snapshots = cells.map(({ c, range }) => {
        if (!range) return { sheet: c.sheet, cell: c.cell.toUpperCase(), value: null, missingSheet: true };
        const raw: unknown = range.values[0][0];
        const v = toCellValue(raw);
        const snap: CellSnapshot = {
          sheet: c.sheet,
          cell: c.cell.toUpperCase(),
          value: v !== null && typeof v === "object" ? v.error : v,
          numFmt: cellText(range.numberFormat[0][0]) || "General",
        };
        const f = toFormula(range.formulas[0][0], raw);
        if (f) snap.formula = f;
        return snap;
      });

      const journal: StoredJournalEntry[] = [];
      let journalEnd = 0;
      if (journalRange !== null && !journalRange.isNullObject && !journalForeign) {
        journalEnd = journalRange.rowIndex + journalRange.rowCount;
        if (query.journal === "rows") {
          const top = journalRange.rowIndex;
          (journalRange.values as unknown[][]).forEach((r, i) => {
            const entry = rowToJournalEntry(r);
            if (entry) journal.push({ entry, row: top + i, raw: r.map(cellText) });
          });
        }
      }

      const sheetsById = new Map<string, SheetContents>();
      for (const { id, used } of madeSheets) {
        const contents: SheetContents = { name: byId.get(id) ?? "", cells: [] };
        if (!used.isNullObject) {
          (used.formulas as unknown[][]).forEach((row, r) =>
            row.forEach((content, c) => {
              if (content !== "" && content !== null && content !== undefined)
                contents.cells.push({
                  row: used.rowIndex + r,
                  col: used.columnIndex + c,
                  content: content as string | number | boolean,
                });
            }),
          );
        }
        sheetsById.set(id, contents);
      }
      const settings = this.deps.settings ? readDocumentSettings(this.deps.settings, query.settingKeys ?? []) : {};
      return {
        cells: snapshots,
        sheetsByName: byName,
        sheetsById,
        journal,
        journalEnd,
        journalSheet: !!journalSheet,
        journalForeign,
        settings,
      };
    });
  }

  async apply(change: ChangeSet): Promise<{ sheetId?: string }> {
    // Settings first: the workbook's part may delete sheets, and nothing may fail after a deletion.
    if (change.settings) {
      if (!this.deps.settings) throw new Error("Pengaturan tidak dapat disimpan di workbook ini.");
      await writeDocumentSettings(this.deps.settings, change.settings);
    }
    return this.deps.run(async (context) => {
      const sheets = context.workbook.worksheets;
      for (const c of change.cells) applyChange(sheets.getItem(c.sheet).getRange(c.cell), c);
      let sheetId: string | undefined;
      if (change.addSheet) {
        const ws = sheets.add(change.addSheet.name);
        this.deps.layout(ws, change.addSheet);
        ws.load("id");
        await context.sync();
        sheetId = ws.id;
      }
      const rows = change.journal({ sheetId });
      if (rows.length) {
        const journal = change.createJournal ? sheets.add(JOURNAL_SHEET) : sheets.getItem(JOURNAL_SHEET);
        if (change.createJournal && this.deps.hideSheets) journal.visibility = "VeryHidden";
        const width = JOURNAL_HEADER.length;
        for (const run of rowRuns(rows)) {
          const target = journal.getRange(rangeA1(run[0].row, 0, run[run.length - 1].row, width - 1));
          target.numberFormat = run.map((r) => new Array<string>(width).fill(r.blank ? "General" : "@"));
          target.values = run.map((r) => Array.from({ length: width }, (_, i) => r.values[i] ?? ""));
        }
      }
      for (const id of change.deleteSheetIds) sheets.getItem(id).delete();
      await context.sync();
      return { sheetId };
    });
  }
}
