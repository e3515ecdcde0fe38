/**
 * Recalculation after a workbook setting the functions read has changed. PREDIKAT without `skala`
 * reads the chosen scale from the document settings, which Excel does not see as a dependency, so
 * its cells keep the old predikat until every formula is recalculated: a full calculation
 * (Application.calculate, ExcelApi 1.1) marks all cells dirty and recalculates them.
 */
import { refreshExcelNotation } from "./excelNotation";

interface ExcelCalculate {
  run<T>(batch: (context: { workbook: { application: { calculate(type: string): void } }; sync(): Promise<void> }) => Promise<T>): Promise<T>;
}

/** Asks Excel to recalculate every formula (no-op outside Excel, e.g. the standalone page). */
export async function recalculateFunctions(excel: ExcelCalculate | undefined = (globalThis as { Excel?: ExcelCalculate }).Excel): Promise<void> {
  if (!excel) return;
  void refreshExcelNotation();
  await excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}
