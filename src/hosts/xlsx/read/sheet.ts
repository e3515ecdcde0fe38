/**
 * One worksheet part straight into the model's rows: values as shown (cached formula results),
 * formulas (shared formulas expanded), number format, bold, indent, merged areas by their bounds.
 * Cells covered by a merged area other than its top-left one stay empty, as Excel shows them; that
 * clearing visits only cells that exist, so a merge over the whole sheet costs nothing.
 */
import type { Cell, CellValue, MergedArea } from "../../../core/workbook/model";
import type { CellStyle } from "./parts";
import { unescapeText } from "./parts";
import { LIMITS, damaged, tooManyCells, tooManyMerges } from "./limits";
import { slideFormula } from "./sharedFormula";
import { XmlText, localName, parseXmlTags } from "./xml";
import { lowerBound } from "../../../core/workbook/hiddenPlaces";

/** Excel's grid. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** A row index in the model never gets its own empty array: missing rows share this one. */
const NO_CELLS: (Cell | undefined)[] = Object.freeze([]) as unknown as (Cell | undefined)[];

export interface SheetContext {
  name: string;
  part: string;
  styles: CellStyle[];
  sharedStrings: (string | null)[] | null;
  date1904: boolean;
  /** Cells and merges already read in other sheets (the limits are per workbook). */
  budget: { cells: number; merges: number };
}

export interface SheetContent {
  rows: (Cell | undefined)[][];
  merges: MergedArea[];
  /** 0-based, in the order written. */
  hiddenRows: number[];
  hiddenColumns: number[];
}

/** An OOXML boolean attribute ("1" / "true"). */
const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** Column index of an A1 reference's letters, row index of its digits; -1 when not a reference. */
function decodeRef(ref: string): { row: number; col: number } | null {
  let i = 0;
  let col = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++; // $
  const start = i;
  for (; i < n; i++) {
    const ch = ref.charCodeAt(i) | 0x20;
    if (ch < 97 || ch > 122) break;
    col = col * 26 + (ch - 96);
  }
  if (i === start || i - start > 3) return null;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  for (; i < n; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (i === digits || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

function decodeRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(":");
  const from = decodeRef(a);
  const to = decodeRef(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** Excel serial day -> ISO date, as ExcelJS converted date-formatted numbers ("" when out of range). */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

const [MINUS, POINT, ZERO, NINE] = ["-", ".", "0", "9"].map((ch) => ch.charCodeAt(0));
/** Exact powers of ten (10^22 is the last one a double holds exactly). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A plain decimal (`2438675000`, `79.23`, `-0.5`: at most 15 digits, no exponent) without the
 * general string-to-number conversion; undefined for any other text. Exactly Number(text): an
 * integer below 2^53 divided by an exact power of ten is correctly rounded by the division.
 */
function plainDecimal(text: string): number | undefined {
  const n = text.length;
  const negative = text.charCodeAt(0) === MINUS;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (let i = negative ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
    } else if (c === POINT && point < 0) {
      point = i;
    } else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  const v = point < 0 ? mantissa : mantissa / POWERS_OF_TEN[n - point - 1];
  return negative ? -v : v;
}

/** parseInt(text, 10), with the common case (only digits, at most 15) counted directly. */
function integerOf(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return parseInt(text, 10);
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return parseInt(text, 10);
    v = v * 10 + (c - ZERO);
  }
  return v;
}

/** A stored number; NaN when the text is not a finite number (`1e309`, `NaN`, `abc`). */
function storedNumber(text: string): number {
  const plain = plainDecimal(text);
  if (plain !== undefined) return plain;
  const n = Number(text);
  // Number("") and Number(" ") are 0: blank text is no number.
  if (n === 0 && text.trim() === "") return NaN;
  return Number.isFinite(n) ? n : NaN;
}

/**
 * A model cell with every property it has in one object literal. Properties added to an object
 * after its literal go to a separate backing store: about 20 bytes more per cell and one more
 * object for the garbage collector to trace, hundreds of thousands of times in a large sheet.
 */
function newCell(value: CellValue, formula: string | undefined, style: CellStyle | undefined, broken: boolean): Cell {
  const numFmt = style?.numFmt || undefined;
  const bold = style?.bold === true;
  if (!broken && !style?.indent) {
    if (formula === undefined) {
      if (numFmt === undefined) return bold ? { value, bold } : { value };
      return bold ? { value, numFmt, bold } : { value, numFmt };
    }
    if (numFmt === undefined) return bold ? { value, formula, bold } : { value, formula };
    return bold ? { value, formula, numFmt, bold } : { value, formula, numFmt };
  }
  // Rare (indented or broken number cells): built step by step.
  const cell: Cell = { value };
  if (broken) cell.brokenNumber = true;
  if (formula !== undefined) cell.formula = formula;
  if (numFmt !== undefined) cell.numFmt = numFmt;
  if (bold) cell.bold = true;
  if (style?.indent) cell.indent = style.indent;
  return cell;
}

export function parseSheet(xml: XmlText, ctx: SheetContext): SheetContent {
  const rows: (Cell | undefined)[][] = [];
  /** Row indexes that hold cells, ascending as written (checked before merges are cleared). */
  const rowOrder: number[] = [];
  let ordered = true;
  const merges: MergedArea[] = [];
  const hiddenRows: number[] = [];
  const hiddenColumns = new Set<number>();
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const { styles, budget } = ctx;

  let inSheetData = false;
  let rowIndex = -1;
  let cells: (Cell | undefined)[] | null = null;
  let colIndex = -1;

  // The cell being read.
  let inCell = false;
  let type: string | undefined;
  let style: CellStyle | undefined;
  let hasFormula = false;
  let formula = "";
  let shareType: string | undefined;
  let sharedIndex: string | undefined;
  let sharedRef: string | undefined;
  let value: string | undefined;
  let reading = 0; // 0 none, 1 <v>, 2 <f>, 3 <t> of an inline string
  let inInline = false;
  let phonetic = 0;
  let inlineText = "";

  function startRow(a: Record<string, string>): void {
    const r = a.r !== undefined ? integerOf(a.r) - 1 : rowIndex + 1;
    if (!(r >= 0 && r < MAX_ROWS)) throw damaged(`lembar “${ctx.name}” memuat nomor baris tidak sah (${a.r})`);
    rowIndex = r;
    colIndex = -1;
    if (isTrue(a.hidden)) hiddenRows.push(r);
    // A row written twice replaces the first, as ExcelJS read it.
    cells = null;
    if (rows[r] !== undefined) rows[r] = NO_CELLS;
  }

  function startCell(a: Record<string, string>): void {
    inCell = true;
    let col = colIndex + 1;
    if (a.r !== undefined) {
      const ref = decodeRef(a.r);
      if (!ref) throw damaged(`lembar “${ctx.name}” memuat alamat sel tidak sah (${a.r})`);
      col = ref.col;
    }
    if (col >= MAX_COLS) throw damaged(`lembar “${ctx.name}” memuat kolom di luar XFD (${a.r})`);
    colIndex = col;
    type = a.t;
    const s = a.s !== undefined ? integerOf(a.s) : 0;
    style = s ? styles[s] : undefined;
    hasFormula = false;
    formula = "";
    shareType = sharedIndex = sharedRef = undefined;
    value = undefined;
    inInline = false;
    phonetic = 0;
  }

  function put(cell: Cell): void {
    if (++budget.cells > LIMITS.cells) throw tooManyCells(ctx.name);
    if (cells === null) {
      cells = [];
      if (rows[rowIndex] === undefined) {
        if (rowOrder.length > 0 && rowOrder[rowOrder.length - 1] > rowIndex) ordered = false;
        rowOrder.push(rowIndex);
      }
      rows[rowIndex] = cells;
    }
    cells[colIndex] = cell;
  }

  /** Set by numberValue when a number cell stores no number. */
  let broken = false;

  function numberValue(text: string): CellValue {
    const n = storedNumber(text);
    if (Number.isNaN(n)) {
      broken = true;
      return text;
    }
    return style && style.date ? serialToIsoDate(n, ctx.date1904) : n;
  }

  function endCell(): void {
    inCell = false;
    let cellValue: CellValue = null;
    broken = false;
    let formulaText: string | undefined;
    if (hasFormula && (formula !== "" || shareType !== undefined)) {
      if (value) {
        if (type === "str") cellValue = value;
        else if (type === "b") cellValue = parseInt(value, 10) !== 0;
        else if (type === "e") cellValue = { error: value };
        else cellValue = numberValue(value);
      }
      formulaText = formula;
      if (shareType === "shared" && sharedIndex !== undefined) {
        if (sharedRef !== undefined) shared.set(sharedIndex, { formula, row: rowIndex, col: colIndex });
        else if (formula === "") {
          // A shared formula's other cells hold only its index: the master's formula, moved.
          const master = shared.get(sharedIndex);
          if (master) formulaText = slideFormula(master.formula, master.row, master.col, rowIndex, colIndex);
        }
      }
    } else if (value !== undefined) {
      switch (type) {
        case "s": {
          const strings = ctx.sharedStrings;
          if (!strings) throw damaged("bagian daftar teks (sharedStrings) tidak ada, padahal lembar memakainya");
          const index = integerOf(value);
          if (!(index >= 0 && index < strings.length))
            throw damaged(`lembar “${ctx.name}” merujuk teks nomor ${value} yang tidak ada dalam daftar teks`);
          const text = strings[index];
          if (text === null) return;
          cellValue = text;
          break;
        }
        case "str":
        case "inlineStr":
          cellValue = value;
          break;
        case "b":
          cellValue = parseInt(value, 10) !== 0;
          break;
        case "e":
          cellValue = { error: value };
          break;
        case "d":
          cellValue = /^\d{4}-\d\d-\d\d/.test(value) ? value.slice(0, 10) : value;
          break;
        default:
          cellValue = numberValue(value);
          break;
      }
    }
    if (cellValue === null && !formulaText) return;
    put(newCell(cellValue, formulaText || undefined, style, broken));
  }

  /** A cell's child element opens: its value, formula or inline string. */
  function openInCell(name: string, a: Record<string, string>): void {
    switch (name) {
      case "v":
        reading = 1;
        break;
      case "f":
        reading = 2;
        hasFormula = true;
        shareType = a.t;
        sharedIndex = a.si;
        sharedRef = a.ref;
        break;
      case "is":
        inInline = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        if (inInline && phonetic === 0) {
          reading = 3;
          inlineText = "";
        }
        break;
      default:
        break;
    }
  }

  function closeInCell(name: string): void {
    if (name === "c") endCell();
    else if (name === "v" || name === "f") reading = 0;
    else if (name === "t" && reading === 3) {
      value = (value ?? "") + unescapeText(inlineText);
      reading = 0;
    } else if (name === "rPh") phonetic--;
    else if (name === "is") inInline = false;
  }

  /** `<col min="3" max="5" hidden="1"/>`: columns C–E (1-based, inclusive), bounded to the grid. */
  function hideColumns(a: Record<string, string>): void {
    const min = integerOf(a.min ?? "");
    const max = Math.min(integerOf(a.max ?? a.min ?? ""), MAX_COLS);
    if (!(min >= 1 && max >= min)) return;
    for (let c = min; c <= max && hiddenColumns.size < MAX_COLS; c++) hiddenColumns.add(c - 1);
  }

  parseXmlTags(xml, ctx.part, {
    open(tag) {
      const name = localName(tag.name);
      if (inCell) openInCell(name, tag.attributes);
      else if (name === "c" && inSheetData) startCell(tag.attributes);
      else if (name === "row" && inSheetData) startRow(tag.attributes);
      else if (name === "sheetData") inSheetData = true;
      else if (name === "col" && isTrue(tag.attributes.hidden)) hideColumns(tag.attributes);
      else if (name === "mergeCell" && tag.attributes.ref) {
        const area = decodeRange(tag.attributes.ref);
        if (!area) return;
        if (++budget.merges > LIMITS.merges) throw tooManyMerges(ctx.name);
        merges.push(area);
      }
    },
    close(tag) {
      const name = localName(tag.name);
      if (inCell) closeInCell(name);
      else if (name === "row" && cells !== null) {
        // Growing one cell at a time leaves an array room for 17; the copy holds just the row.
        cells = cells.slice();
        rows[rowIndex] = cells;
      } else if (name === "sheetData") inSheetData = false;
    },
    text(t) {
      if (reading === 1) value = value === undefined ? t : value + t;
      else if (reading === 2) formula += t;
      else if (reading === 3) inlineText += t;
    },
  });

  clearMergedCells(rows, ordered ? rowOrder : rowOrder.sort((x, y) => x - y), merges, ctx.name);
  let used = rows.length;
  while (used > 0 && (rows[used - 1] === undefined || rows[used - 1].length === 0)) used--;
  rows.length = used;
  for (let r = 0; r < used; r++) if (rows[r] === undefined) rows[r] = NO_CELLS;
  return {
    rows,
    merges,
    hiddenRows,
    hiddenColumns: [...hiddenColumns],
  };
}

/**
 * Empties the cells a merged area covers, except its top-left one, visiting only rows that hold
 * cells and columns up to each row's last cell. Overlapping areas (a damaged file) could repeat
 * that work, so it is bounded.
 */
function clearMergedCells(rows: (Cell | undefined)[][], rowOrder: number[], merges: MergedArea[], sheet: string): void {
  let work = 0;
  const limit = 4 * LIMITS.cells;
  for (const m of merges) {
    for (let i = lowerBound(rowOrder, m.top); i < rowOrder.length && rowOrder[i] <= m.bottom; i++) {
      const r = rowOrder[i];
      const row = rows[r];
      const end = Math.min(m.right, row.length - 1);
      work += Math.max(0, end - m.left + 1) + 1;
      if (work > limit) throw tooManyMerges(sheet);
      let emptied = false;
      for (let c = m.left; c <= end; c++) {
        if (row[c] !== undefined && (r !== m.top || c !== m.left)) {
          // A hole, as the model's rows have always had where a cell is empty.
          // eslint-disable-next-line @typescript-eslint/no-array-delete
          delete row[c];
          emptied = true;
        }
      }
      if (emptied) trimRow(row);
    }
  }
}

/** Drops trailing holes, so a row's length stays its last cell + 1. */
function trimRow(row: (Cell | undefined)[]): void {
  let n = row.length;
  while (n > 0 && row[n - 1] === undefined) n--;
  row.length = n;
}
