/** What the add-in changed in a workbook, as the package patcher applies it to the original bytes. */
import type { SheetCellSpec } from "../../../core/workbook/host";

export type CellContent =
  | { kind: "empty" }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  /**
   * Formula text without the leading "=". `result` is the value the add-in computed for it (written as
   * the cached value, so readers that do not calculate see it); Excel recalculates on load anyway.
   */
  | { kind: "formula"; formula: string; result?: number | string | boolean };

/** An edit of one cell of a sheet that exists in the original package. */
export interface CellEdit {
  /** 0-based. */
  row: number;
  col: number;
  content: CellContent;
  /** Number format code; a new cell style is added only when it differs from the cell's current one. */
  numFmt?: string;
}

/** The look of a new cell: as the host contract describes it, alignment as ExcelJS read it. */
export type CellStyle = Pick<SheetCellSpec, "numFmt" | "bold" | "italic" | "fill" | "border" | "wrap"> & {
  horizontal?: string;
  vertical?: string;
};

export interface NewCell {
  /** 0-based. */
  row: number;
  col: number;
  content: CellContent;
  style?: CellStyle;
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A sheet the add-in created (narrative tables, journal, settings), written as a new worksheet part. */
export interface NewSheet {
  name: string;
  /**
   * The sheet's id as the host knows it (ExcelJS reads a sheet's id from `sheetId`), so a journal row
   * naming the sheet by id still finds it after the copy is reopened; ignored when taken.
   */
  sheetId?: number;
  state?: "visible" | "hidden" | "veryHidden";
  cells: NewCell[];
  /** Character widths by 0-based column. */
  columnWidths?: { col: number; width: number }[];
  /** Heights in points by 0-based row. */
  rowHeights?: { row: number; height: number }[];
  merges?: MergeRange[];
  freezeRows?: number;
  freezeCols?: number;
}

export interface PackageChanges {
  /** Cell edits by the name of an existing sheet. */
  edits: Map<string, CellEdit[]>;
  /** Existing sheets removed. A sheet both removed and added takes the removed one's place. */
  deleted: string[];
  added: NewSheet[];
}

export interface PatchOptions {
  /**
   * The formula of a cell that shares the formula of an edited cell (its explicit text, as Excel
   * shows it); the patcher writes it out so the cell keeps working when the shared master is replaced.
   */
  explicitFormula?(sheet: string, row: number, col: number): string | undefined;
  /** Compresses the rewritten parts (default fflate; Node passes its native zlib, see src/cli/nodeDeflate.ts). */
  deflate?: Deflater;
  /** Inflates the parts it rewrites (default fflate; Node passes its zlib, src/cli/nodeInflate.ts). */
  inflate?: (data: Uint8Array, size: number) => Uint8Array;
}

/** Raw DEFLATE of a part, with the CRC-32 of its uncompressed bytes (the zip entry needs both). */
export type Deflater = (data: Uint8Array) => { compressed: Uint8Array; crc: number };
