/**
 * A small fake of the Excel JavaScript API: enough of Excel.run / context.sync / load / worksheets /
 * ranges for the Office host. Loaded properties are only readable after a sync (like Office.js),
 * every sync is counted, and a sync whose loaded data exceeds 5 MB fails like Excel on the web.
 * Writing "=..." to a cell not formatted as text makes a formula, as typing it in Excel would.
 */
import { parseA1, rangeA1 } from "../../../src/core/workbook/address";

export interface FakeCell {
  value: number | string | boolean | null;
  formula?: string;
  numFmt?: string;
  bold?: boolean;
  indent?: number;
}

export interface FakeSheet {
  /** Excel's stable worksheet id (survives a rename). */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: { top: number; left: number; bottom: number; right: number }[];
  frozenRows?: number;
  columnWidths: Map<number, number>;
  /** Row heights in points by 0-based row, as set through range.format.rowHeight. */
  rowHeights: Map<number, number>;
  /** How many rowHeight assignments were queued (one per range). */
  rowHeightSets: number;
  /** Rows and columns hidden (grouped, filtered), 0-based. */
  hiddenRows?: Set<number>;
  hiddenColumns?: Set<number>;
}

export interface FakeOptions {
  /** Fail a sync whose loaded data exceeds this many bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** getMergedAreasOrNullObject fails above this many areas (Excel: 512). */
  mergeLimit?: number;
  sets?: Record<string, boolean>;
  decimalSeparator?: string;
  groupSeparator?: string;
}

type Bounds = { top: number; left: number; bottom: number; right: number };
const key = (r: number, c: number) => `${r},${c}`;

export class FakeExcel {
  sheets: FakeSheet[] = [];
  syncCount = 0;
  maxSyncBytes = 0;
  selected: { sheet: string; cell: string } | null = null;
  private nextSheetId = 0;
  /**
   * Fault injection: the n-th write operation from now (1-based) and every later one of the same
   * batch are not applied, and that batch's sync throws, as when Excel fails part-way through a batch.
   */
  failAtWrite?: number;
  private writesSeen = 0;
  private failing = false;

  /** Whether a write operation goes through (false once an injected failure has begun). */
  writeGate(): boolean {
    if (this.failing) return false;
    if (this.failAtWrite !== undefined && ++this.writesSeen >= this.failAtWrite) {
      this.failing = true;
      this.failAtWrite = undefined;
      this.writesSeen = 0;
      return false;
    }
    return true;
  }

  /** Called by sync: throws the injected failure once. */
  takeFailure(): Error | null {
    if (!this.failing) return null;
    this.failing = false;
    return Object.assign(new Error("GeneralException: injected failure"), { code: "GeneralException" });
  }
  activeSheet = "";
  readonly options: Required<Omit<FakeOptions, "sets">> & { sets?: Record<string, boolean> };

  constructor(options: FakeOptions = {}) {
    this.options = {
      payloadLimit: options.payloadLimit ?? 5_000_000,
      mergeLimit: options.mergeLimit ?? 512,
      decimalSeparator: options.decimalSeparator ?? ",",
      groupSeparator: options.groupSeparator ?? ".",
      sets: options.sets,
    };
  }

  addSheet(name: string, rows: (number | string | null | FakeCell)[][] = [], merges: Bounds[] = []): FakeSheet {
    const s: FakeSheet = {
      id: `{sheet-${++this.nextSheetId}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges,
      columnWidths: new Map(),
      rowHeights: new Map(),
      rowHeightSets: 0,
    };
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        s.cells.set(key(r, c), typeof v === "object" ? v : { value: v });
      }),
    );
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: "ItemNotFound" });
    return s;
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    const { row, col } = parseA1(a1);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  isSetSupported = (name: string, version: string): boolean => {
    if (name !== "ExcelApi") return false;
    const v = this.options.sets?.[version];
    return v === undefined ? true : v;
  };

  run = async <T>(batch: (context: any) => Promise<T>): Promise<T> => batch(new FakeContext(this));
}

class FakeContext {
  private pending: (() => number)[] = [];
  workbook: any;
  constructor(readonly excel: FakeExcel) {
    const ctx = this;
    const numberFormat = loadable(ctx, () => ({
      numberDecimalSeparator: excel.options.decimalSeparator,
      numberGroupSeparator: excel.options.groupSeparator,
    }));
    this.workbook = {
      worksheets: new FakeWorksheets(ctx),
      application: { cultureInfo: { numberFormat } },
    };
  }

  /** Queue a load: `fill` runs at sync and returns the bytes it "transferred". */
  queue(fill: () => number) {
    this.pending.push(fill);
  }

  async sync(): Promise<void> {
    this.excel.syncCount++;
    const injected = this.excel.takeFailure();
    if (injected) {
      this.pending = [];
      throw injected;
    }
    const pending = this.pending;
    this.pending = [];
    let bytes = 0;
    for (const fill of pending) bytes += fill();
    this.excel.maxSyncBytes = Math.max(this.excel.maxSyncBytes, bytes);
    if (bytes > this.excel.options.payloadLimit) {
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
  }
}

/** An object whose properties appear only after load + sync. */
function loadable(ctx: FakeContext, read: () => Record<string, unknown>): any {
  const obj: any = {
    load() {
      ctx.queue(() => {
        const data = read();
        Object.assign(obj, data, { __loaded: true });
        return JSON.stringify(data).length;
      });
      return obj;
    },
  };
  return obj;
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  constructor(private ctx: FakeContext) {}
  load() {
    this.ctx.queue(() => {
      this.items = this.ctx.excel.sheets.map((s) => new FakeWorksheet(this.ctx, () => s, s.name, s.visibility, s.id));
      return this.items.length * 40;
    });
    return this;
  }
  /** By name or by id, as Office.js accepts either. */
  getItem(name: string) {
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name));
  }
  getItemOrNullObject(name: string) {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets.find((s) => s.name === name || s.id === name) ?? null);
    return ws;
  }
  add(name: string) {
    if (this.ctx.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`ItemAlreadyExists: ${name}`);
    if (!this.ctx.excel.writeGate()) return new FakeWorksheet(this.ctx, () => null);
    const s = this.ctx.excel.addSheet(name);
    return new FakeWorksheet(this.ctx, () => s);
  }
}

class FakeWorksheet {
  isNullObject = false;
  freezePanes = {
    freezeRows: (n: number) => {
      if (this.ctx.excel.writeGate()) this.sheet().frozenRows = n;
    },
  };
  constructor(
    private ctx: FakeContext,
    private resolve: () => FakeSheet | null,
    public name?: string,
    private _visibility?: string,
    private _id?: string,
  ) {}
  get id() {
    if (this._id === undefined) throw new Error("PropertyNotLoaded: id");
    return this._id;
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error("ItemNotFound");
    return s;
  }
  load() {
    this.ctx.queue(() => {
      const s = this.resolve();
      this.isNullObject = !s;
      if (s) {
        this.name = s.name;
        this._visibility = s.visibility;
        this._id = s.id;
      }
      return 40;
    });
    return this;
  }
  get visibility() {
    if (this._visibility === undefined) throw new Error("PropertyNotLoaded: visibility");
    return this._visibility;
  }
  set visibility(v: string) {
    if (!this.ctx.excel.writeGate()) return;
    this.sheet().visibility = v as FakeSheet["visibility"];
  }
  getRange(address: string) {
    return new FakeRange(this.ctx, this, () => parseRange(address));
  }
  usedBounds(valuesOnly: boolean): Bounds | null {
    const s = this.sheet();
    let b: Bounds | null = null;
    for (const [k, c] of s.cells) {
      if (valuesOnly && (c.value === null || c.value === "") && !c.formula) continue;
      const [r, col] = k.split(",").map(Number);
      b = b
        ? { top: Math.min(b.top, r), left: Math.min(b.left, col), bottom: Math.max(b.bottom, r), right: Math.max(b.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    if (!valuesOnly)
      for (const m of s.merges)
        b = b
          ? {
              top: Math.min(b.top, m.top),
              left: Math.min(b.left, m.left),
              bottom: Math.max(b.bottom, m.bottom),
              right: Math.max(b.right, m.right),
            }
          : { ...m };
    return b;
  }
  getUsedRangeOrNullObject(valuesOnly = false) {
    return new FakeRange(this.ctx, this, () => this.usedBounds(valuesOnly));
  }
  getUsedRange(valuesOnly = false) {
    return new FakeRange(this.ctx, this, () => this.usedBounds(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  activate() {
    this.ctx.excel.activeSheet = this.sheet().name;
  }
  delete() {
    if (!this.ctx.excel.writeGate()) return;
    const s = this.sheet();
    this.ctx.excel.sheets = this.ctx.excel.sheets.filter((x) => x !== s);
  }
}

function parseRange(address: string): Bounds {
  const ref = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = ref.split(":");
  const s = parseA1(a);
  const e = b ? parseA1(b) : s;
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

class FakeRange {
  isNullObject = false;
  private loaded: Record<string, unknown> = {};
  constructor(
    private ctx: FakeContext,
    private ws: FakeWorksheet,
    private bounds: () => Bounds | null,
  ) {}

  private b(): Bounds {
    const b = this.bounds();
    if (!b) throw new Error("ItemNotFound (null range)");
    return b;
  }
  private cells(): FakeSheet["cells"] {
    return this.ws.sheet().cells;
  }
  private matrix<T>(f: (c: FakeCell | undefined) => T): T[][] {
    const b = this.b();
    const cells = this.cells();
    const out: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(cells.get(key(r, c))));
      out.push(row);
    }
    return out;
  }

  load(props: string) {
    this.ctx.queue(() => {
      const b = this.bounds();
      this.isNullObject = !b;
      if (!b) return 10;
      const data: Record<string, unknown> = {
        rowIndex: b.top,
        columnIndex: b.left,
        rowCount: b.bottom - b.top + 1,
        columnCount: b.right - b.left + 1,
        address: `${this.ws.sheet().name}!${rangeA1(b.top, b.left, b.bottom, b.right)}`,
      };
      let bytes = 60;
      for (const p of props.split(",").map((x) => x.trim())) {
        if (p === "values") data.values = this.matrix((c) => (c ? (c.value ?? "") : ""));
        if (p === "formulas") data.formulas = this.matrix((c) => (c?.formula ? `=${c.formula}` : c ? (c.value ?? "") : ""));
        if (p === "numberFormat") data.numberFormat = this.matrix((c) => c?.numFmt ?? "General");
        if (data[p] !== undefined && Array.isArray(data[p])) bytes += JSON.stringify(data[p]).length;
      }
      this.loaded = data;
      return bytes;
    });
    return this;
  }
  private get(p: string): any {
    if (!(p in this.loaded)) throw new Error(`PropertyNotLoaded: ${p}`);
    return this.loaded[p];
  }
  get rowIndex() {
    return this.get("rowIndex");
  }
  get columnIndex() {
    return this.get("columnIndex");
  }
  get rowCount() {
    return this.get("rowCount");
  }
  get columnCount() {
    return this.get("columnCount");
  }
  get address() {
    return this.get("address");
  }
  get values() {
    return this.get("values");
  }
  get formulas() {
    return this.get("formulas");
  }
  get numberFormat() {
    return this.get("numberFormat");
  }

  private each(m: unknown[][], f: (c: FakeCell, v: any, r: number, col: number) => void) {
    if (!this.ctx.excel.writeGate()) return;
    const b = this.b();
    const cells = this.cells();
    m.forEach((row, i) =>
      row.forEach((v, j) => {
        const k = key(b.top + i, b.left + j);
        const c = cells.get(k) ?? { value: null };
        f(c, v, b.top + i, b.left + j);
        if ((c.value === null || c.value === "") && !c.formula && !c.numFmt && !c.bold) cells.delete(k);
        else cells.set(k, c);
      }),
    );
  }
  set values(m: any[][]) {
    this.each(m, (c, v) => {
      if (typeof v === "string" && v.startsWith("'")) {
        c.value = v.slice(1);
        c.formula = undefined;
      } else if (typeof v === "string" && v.startsWith("=") && c.numFmt !== "@") {
        c.formula = v.slice(1);
        c.value = 0; // not calculated by the fake
      } else {
        c.value = v === "" ? null : v;
        c.formula = undefined;
      }
    });
  }
  set formulas(m: any[][]) {
    this.values = m;
  }
  set numberFormat(m: string[][]) {
    this.each(m, (c, v) => {
      c.numFmt = v === "General" ? undefined : v;
    });
  }

  getCellProperties() {
    const result: any = {};
    this.ctx.queue(() => {
      result.value = this.matrix((c) => ({ format: { font: { bold: !!c?.bold }, indentLevel: c?.indent ?? 0 } }));
      return JSON.stringify(result.value).length;
    });
    return new Proxy(result, {
      get: (t, p) => {
        if (p === "value" && !("value" in t)) throw new Error("PropertyNotLoaded: value");
        return t[p];
      },
    });
  }
  getRowProperties() {
    return this.properties(() => {
      const b = this.b();
      const hidden = this.ws.sheet().hiddenRows;
      return Array.from({ length: b.bottom - b.top + 1 }, (_, i) => ({
        rowIndex: b.top + i,
        rowHidden: !!hidden?.has(b.top + i),
      }));
    });
  }
  getColumnProperties() {
    return this.properties(() => {
      const b = this.b();
      const hidden = this.ws.sheet().hiddenColumns;
      return Array.from({ length: b.right - b.left + 1 }, (_, i) => ({
        columnIndex: b.left + i,
        columnHidden: !!hidden?.has(b.left + i),
      }));
    });
  }
  /** A ClientResult filled at sync, like getCellProperties'. */
  private properties(read: () => unknown) {
    const result: any = {};
    this.ctx.queue(() => {
      result.value = read();
      return JSON.stringify(result.value).length;
    });
    return new Proxy(result, {
      get: (t, p) => {
        if (p === "value" && !("value" in t)) throw new Error("PropertyNotLoaded: value");
        return t[p];
      },
    });
  }
  getMergedAreasOrNullObject() {
    const areas: any = { isNullObject: false };
    areas.load = () => {
      this.ctx.queue(() => {
        const b = this.b();
        const inside = this.ws
          .sheet()
          .merges.filter((m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left);
        if (inside.length > this.ctx.excel.options.mergeLimit) {
          throw Object.assign(new Error("Too many merged areas"), { code: "GeneralException" });
        }
        areas.isNullObject = inside.length === 0;
        const name = this.ws.sheet().name;
        areas.address = inside
          .map((m) => `${name}!${rangeA1(Math.max(m.top, b.top), m.left, Math.min(m.bottom, b.bottom), m.right)}`)
          .join(",");
        return areas.address.length;
      });
      return areas;
    };
    return areas;
  }
  getLastRow() {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.b();
      return { ...b, top: b.bottom };
    });
  }
  getCell(r: number, c: number) {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.b();
      return { top: b.top + r, left: b.left + c, bottom: b.top + r, right: b.left + c };
    });
  }
  getOffsetRange(dr: number, dc: number) {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.b();
      return { top: b.top + dr, left: b.left + dc, bottom: b.bottom + dr, right: b.right + dc };
    });
  }
  getResizedRange(dr: number, dc: number) {
    return new FakeRange(this.ctx, this.ws, () => {
      const b = this.b();
      return { ...b, bottom: b.bottom + dr, right: b.right + dc };
    });
  }
  getEntireColumn() {
    return new FakeRange(this.ctx, this.ws, () => ({ ...this.b(), top: 0, bottom: 1048575 }));
  }
  get format() {
    const self = this;
    const gate = () => this.ctx.excel.writeGate();
    const setBold = (v: boolean) => {
      if (!gate()) return;
      this.each(
        this.matrix(() => v),
        (c, b) => (c.bold = b),
      );
    };
    return {
      font: {
        set bold(v: boolean) {
          setBold(v);
        },
        set italic(_v: boolean) {},
      },
      fill: { color: "" },
      borders: { getItem: () => ({ style: "" }) },
      set wrapText(_v: boolean) {},
      set horizontalAlignment(_v: string) {},
      set verticalAlignment(_v: string) {},
      set columnWidth(w: number) {
        if (!gate()) return;
        const b = self.b();
        for (let c = b.left; c <= b.right; c++) self.ws.sheet().columnWidths.set(c, w);
      },
      set rowHeight(h: number) {
        if (!gate()) return;
        const b = self.b();
        const sheet = self.ws.sheet();
        sheet.rowHeightSets++;
        for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, h);
      },
    };
  }
  merge() {
    if (!this.ctx.excel.writeGate()) return;
    const b = this.b();
    this.ws.sheet().merges.push(b);
  }
  select() {
    const b = this.b();
    this.ctx.excel.selected = { sheet: this.ws.sheet().name, cell: rangeA1(b.top, b.left, b.bottom, b.right) };
  }
}
