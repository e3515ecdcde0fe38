/** Limits of an Excel cell that every host writes within. */

/** Characters one cell can hold. */
export const EXCEL_CELL_CHARS = 32767;

/** Text cut to what a cell holds, without splitting a surrogate pair. */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text[EXCEL_CELL_CHARS - 1]) ? EXCEL_CELL_CHARS - 1 : EXCEL_CELL_CHARS;
  return text.slice(0, end);
}
