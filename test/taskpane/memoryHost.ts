/** An in-memory WorkbookHost for component tests, running the same core journal logic as the real hosts. */
import type { Cell, Workbook } from "../../src/core/workbook/model";
import { parseA1, rangeA1 } from "../../src/core/workbook/address";
import { sheetAddedEntry } from "../../src/core/journal/sheetSpec";
import { cellsOf, mergeSettings, newId, planUndo, planWrites, selectForUndo } from "../../src/core/journal/journal";
import type {
  CellSnapshot,
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

export class MemoryHost implements WorkbookHost {
  readonly kind = "excel" as const;
  readonly capabilities: HostCapabilities = { select: true, merges: true, cellFormats: true, settings: true, notes: [] };
  entries: JournalEntry[] = [];
  settings: Record<string, string> = {};
  selections: string[] = [];
  /** Specs written by addSheet, in order. */
  added: SheetSpec[] = [];
  constructor(
    public workbook: Workbook,
    private session: string,
  ) {}

  private cell(sheet: string, a1: string): Cell | undefined {
    const { row, col } = parseA1(a1);
    return this.workbook.sheets.find((s) => s.name === sheet)?.rows[row]?.[col];
  }
  private put(sheet: string, a1: string, cell: Cell | undefined) {
    const { row, col } = parseA1(a1);
    const s = this.workbook.sheets.find((x) => x.name === sheet)!;
    (s.rows[row] ??= [])[col] = cell;
  }
  value(sheet: string, a1: string) {
    return this.cell(sheet, a1)?.value ?? null;
  }
  private snap(sheet: string, a1: string): CellSnapshot {
    const c = this.cell(sheet, a1);
    const v = c?.value ?? null;
    return { sheet, cell: a1, value: v !== null && typeof v === "object" ? v.error : v, formula: c?.formula, numFmt: c?.numFmt };
  }
  async read(onProgress?: (d: number, t: number) => void) {
    onProgress?.(1, 1);
    return JSON.parse(JSON.stringify(this.workbook)) as Workbook;
  }
  async write(writes: CellWrite[], options: WriteOptions): Promise<WriteOutcome> {
    const batch = newId("b");
    const plan = planWrites(
      writes,
      writes.map((w) => this.snap(w.sheet, w.cell)),
      { batch, label: options.label, session: this.session },
    );
    if (plan.conflicts.length && !options.confirmed) return { status: "needs-confirmation", conflicts: plan.conflicts };
    for (const w of writes) this.put(w.sheet, w.cell, { value: w.value ?? null, formula: w.formula, numFmt: w.numFmt });
    this.entries.push(...plan.entries);
    return { status: "written", batch, entries: plan.entries };
  }
  /** A new sheet only (journaled as one "sheet-added" entry); an existing name asks for confirmation. */
  async addSheet(spec: SheetSpec, options: WriteOptions): Promise<WriteOutcome> {
    if (this.workbook.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase())) {
      return { status: "needs-confirmation", conflicts: [] };
    }
    this.workbook.sheets.push({ name: spec.name, merges: spec.merges ?? [], rows: [] });
    for (const c of spec.cells) {
      if (c.formula === undefined && (c.value === undefined || c.value === null)) continue;
      this.put(spec.name, rangeA1(c.row, c.col, c.row, c.col), { value: c.value ?? null, formula: c.formula, numFmt: c.numFmt });
    }
    this.added.push(spec);
    const entry = sheetAddedEntry(spec.name, { batch: newId("b"), label: options.label, session: this.session });
    this.entries.push(entry);
    return { status: "written", batch: entry.batch, entries: [entry] };
  }
  sheetNames() {
    return this.workbook.sheets.map((s) => s.name);
  }
  async journal() {
    return this.entries.map((e) => ({ ...e }));
  }
  async undo(options: UndoOptions): Promise<UndoOutcome> {
    const selected = selectForUndo(this.entries, options);
    if (!selected.length) return { status: "nothing" };
    const { restores, conflicts } = planUndo(
      selected,
      cellsOf(selected).map((c) => this.snap(c.sheet, c.cell)),
    );
    if (conflicts.length && !options.confirmed) return { status: "needs-confirmation", conflicts };
    for (const r of restores) {
      if (r.kind === "cell") this.put(r.sheet, r.cell, { value: r.value as Cell["value"], formula: r.formula });
      else this.workbook.sheets = this.workbook.sheets.filter((s) => s.name !== r.sheet);
    }
    for (const e of selected) e.undone = new Date().toISOString();
    return { status: "undone", batches: [...new Set(selected.map((e) => e.batch))], restored: restores.length };
  }
  async select(sheet: string, cell: string) {
    this.selections.push(`${sheet}!${cell}`);
  }
  async getSettings() {
    return { ...this.settings };
  }
  async setSettings(values: Record<string, string | null>) {
    this.settings = mergeSettings(this.settings, values);
  }
}
