/**
 * Recalculation after a workbook setting the functions read has changed. PREDIKAT without `skala`
 * reads the chosen scale from the document settings, which Excel does not see as a dependency, so
 * its cells would keep the old predikat until every formula is recalculated: a full calculation
 * (Application.calculate("Full"), ExcelApi 1.1) marks all cells dirty and recalculates them.
 * Called by the task pane (its own bundle): the functions in the shared runtime then read the new
 * setting from the same Office.context.document.settings.
 */
export interface ExcelCalculate {
  run<T>(
    batch: (context: { workbook: { application: { calculate(type: string): void } }; sync(): Promise<void> }) => Promise<T>,
  ): Promise<T>;
}

/**
 * Asks Excel to recalculate every formula; false outside Excel (the standalone page has no Excel
 * global) or when Excel refuses, which leaves the saved settings in place.
 */
export async function recalculateFunctions(
  excel: ExcelCalculate | undefined = (globalThis as { Excel?: ExcelCalculate }).Excel,
): Promise<boolean> {
  if (!excel) return false;
  try {
    await excel.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
