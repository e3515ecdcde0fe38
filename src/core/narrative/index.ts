export { buildNarrative } from "./build";
export { narrativeSheetSpec, freeSheetName, DEFAULT_SHEET_NAME } from "./sheetSpec";
export { narrativeTableHtml, narrativeTableText } from "./html";
export { layoutDocument } from "./layout";
export type { TablePlacement } from "./layout";
export { displayText } from "./format";
export type * from "./types";
