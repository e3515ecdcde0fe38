/**
 * Whether this Excel runs custom functions (CustomFunctionsRuntime 1.1): missing in volume-licensed
 * Excel 2016/2019, where the add-in is a plain task pane. Null outside Excel (standalone page).
 */
interface OfficeRequirements {
  context?: { requirements?: { isSetSupported(name: string, version: string): boolean } };
}

export function customFunctionsAvailable(
  office: OfficeRequirements | undefined = (globalThis as { Office?: OfficeRequirements }).Office,
): boolean | null {
  const requirements = office?.context?.requirements;
  if (!requirements) return null;
  try {
    return requirements.isSetSupported("CustomFunctionsRuntime", "1.1");
  } catch {
    return null;
  }
}
