/**
 * An in-memory WorkbookHost for component tests. Its writes, journal and undo are the core's
 * JournaledWorkbook over a small in-memory CellStore, exactly as in the Office and .xlsx hosts.
 */
import type { Cell, Sheet, Workbook } from "../../src/core/workbook/model";
import { parseA1 } from "../../src/core/workbook/address";
import type { CellStore, ChangeSet, StoreQuery, StoreView } from "../../src/core/journal/cellStore";
import { JournaledWorkbook, specContents } from "../../src/core/journal/journaledWorkbook";
import { StoredJournalEntry, mergeSettings, rowToJournalEntry } from "../../src/core/journal/journal";
import type {
  CellWrite,
  HostCapabilities,
  JournalEntry,
  SheetSpec,
  UndoOptions,
  UndoOutcome,
  WorkbookHost,
  WriteOptions,
  WriteOutcome,
} from "../../src/core/workbook/host";

class MemoryStore implements CellStore {
  /** The hidden journal sheet's rows, as text. */
  journalRows: string[][] | null = null;
  private ids = new WeakMap<Sheet, string>();
  private nextId = 1;
  constructor(private readonly host: MemoryHost) {}

  idOf(s: Sheet): string {
    let id = this.ids.get(s);
    if (!id) this.ids.set(s, (id = `m${this.nextId++}`));
    return id;
  }

  inspect(query: StoreQuery): Promise<StoreView> {
    const sheets = this.host.workbook.sheets;
    const sheetsByName = new Map(sheets.map((s) => [s.name.toLowerCase(), { id: this.idOf(s), name: s.name }]));
    const cells = query.cells.map((c) => {
      const s = sheets.find((x) => x.name === c.sheet);
      if (!s) return { sheet: c.sheet, cell: c.cell.toUpperCase(), value: null, missingSheet: true };
      const { row, col } = parseA1(c.cell);
      const cell = s.rows[row]?.[col];
      const v = cell?.value ?? null;
      return {
        sheet: c.sheet,
        cell: c.cell.toUpperCase(),
        value: v !== null && typeof v === "object" ? v.error : v,
        formula: cell?.formula,
        numFmt: cell?.numFmt,
      };
    });
    const sheetsById: StoreView["sheetsById"] = new Map();
    for (const id of query.sheetIds ?? []) {
      const s = sheets.find((x) => this.idOf(x) === id);
      if (!s) continue;
      const contents: StoreView["sheetsById"] extends Map<string, infer T> ? T : never = { name: s.name, cells: [] };
      s.rows.forEach((row, r) =>
        row?.forEach((c, col) => {
          const content = c?.formula ? `=${c.formula}` : c?.value;
          if (content !== null && content !== undefined && content !== "" && typeof content !== "object")
            contents.cells.push({ row: r, col, content });
        }),
      );
      sheetsById.set(id, contents);
    }
    const journal: StoredJournalEntry[] = [];
    (this.journalRows ?? []).forEach((raw, row) => {
      const entry = rowToJournalEntry(raw);
      if (entry) journal.push({ entry, row, raw: [...raw] });
    });
    return Promise.resolve({
      cells,
      sheetsByName,
      sheetsById,
      journal,
      journalEnd: this.journalRows?.length ?? 0,
      journalSheet: this.journalRows !== null,
      settings: Object.fromEntries(
        (query.settingKeys ?? []).filter((k) => k in this.host.settings).map((k) => [k, this.host.settings[k]]),
      ),
    });
  }

  apply(change: ChangeSet): Promise<{ sheetId?: string }> {
    if (change.settings) this.host.settings = mergeSettings(this.host.settings, change.settings);
    for (const c of change.cells) {
      const k = c.content;
      const cell: Cell =
        k.kind === "formula" ? { value: k.cached ?? null, formula: k.formula } : { value: k.kind === "empty" ? null : k.value };
      if (c.numFmt && c.numFmt !== "General") cell.numFmt = c.numFmt;
      this.host.put(c.sheet, c.cell, cell);
    }
    let sheetId: string | undefined;
    if (change.addSheet) {
      const spec = change.addSheet;
      const sheet: Sheet = { name: spec.name, merges: spec.merges ?? [], rows: [] };
      this.host.workbook.sheets.push(sheet);
      for (const c of specContents(spec).cells) {
        const content = c.content;
        const cell: Cell =
          typeof content === "string" && content.startsWith("=")
            ? { value: null, formula: content.slice(1) }
            : { value: content };
        (sheet.rows[c.row] ??= [])[c.col] = cell;
      }
      this.host.added.push(spec);
      sheetId = this.idOf(sheet);
    }
    const rows = change.journal({ sheetId });
    if (rows.length) {
      const journal = (this.journalRows ??= []);
      for (const r of rows) journal[r.row] = [...r.values];
    }
    for (const id of change.deleteSheetIds) {
      this.host.workbook.sheets = this.host.workbook.sheets.filter((s) => this.idOf(s) !== id);
    }
    return Promise.resolve({ sheetId });
  }
}

export class MemoryHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly capabilities: HostCapabilities = { select: true, merges: true, cellFormats: true, settings: true, notes: [] };
  settings: Record<string, string> = {};
  selections: string[] = [];
  /** Specs written by addSheet, in order. */
  added: SheetSpec[] = [];
  private readonly store = new MemoryStore(this);
  private readonly journaled: JournaledWorkbook;
  constructor(
    public workbook: Workbook,
    session: string,
  ) {
    this.journaled = new JournaledWorkbook(this.store, session);
  }

  private cell(sheet: string, a1: string): Cell | undefined {
    const { row, col } = parseA1(a1);
    return this.workbook.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
  }
  put(sheet: string, a1: string, cell: Cell | undefined) {
    const { row, col } = parseA1(a1);
    const s = this.workbook.sheets.find((x) => x.name === sheet)!;
    (s.rows[row] ??= [])[col] = cell;
  }
  value(sheet: string, a1: string) {
    return this.cell(sheet, a1)?.value ?? null;
  }
  /** The journal as stored (tests inspect it). */
  get entries(): JournalEntry[] {
    return (this.store.journalRows ?? []).map((r) => rowToJournalEntry(r)).filter((e): e is JournalEntry => e !== null);
  }
  read(onProgress?: (d: number, t: number) => void) {
    onProgress?.(1, 1);
    return Promise.resolve(JSON.parse(JSON.stringify(this.workbook)) as Workbook);
  }
  write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    return this.journaled.write(writes, options);
  }
  addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    return this.journaled.addSheet(spec, options);
  }
  sheetNames() {
    return Promise.resolve(this.workbook.sheets.map((s) => s.name));
  }
  journal() {
    return this.journaled.journal();
  }
  undo(options: UndoOptions): Promise<UndoOutcome> {
    return this.journaled.undo(options);
  }
  select(sheet: string, cell: string) {
    this.selections.push(`${sheet}!${cell}`);
    return Promise.resolve();
  }
  getSettings() {
    return Promise.resolve({ ...this.settings });
  }
  setSettings(values: Record<string, string | null>, options?: { label?: string }): Promise<WriteOutcome> {
    return this.journaled.setSettings(values, options);
  }
}
