/** Table recognition: what the tables of a workbook are, host-agnostic. */
export * from "./types";
export { recognizeTables } from "./recognize";
export type { RecognizeOptions } from "./recognize";
export { TableReader } from "./reader";
export { indicatorRows, budgetRows } from "./read";
export type { IndicatorRow, BudgetRow } from "./read";
export { labelKey } from "./text";
export { isClosing } from "./closing";
export { mainColumn, periodRatio, isRenstraColumn } from "./columns";
export { describeTable, tableRange, tableSummary } from "./describe";
export type { TableDescription, ColumnDescription } from "./describe";
