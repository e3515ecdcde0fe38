/*
 * Connects the custom functions to the runtime they are loaded in. Imported first by functions.ts,
 * so it runs before the `CustomFunctions.associate` calls the metadata plugin appends there.
 * - Outside Excel (the standalone page) there is no CustomFunctions global: a no-op stands in.
 * - PREDIKAT without `skala` reads the workbook's chosen scale from the document settings itself,
 *   because taskpane.js and functions.js are separate bundles with separate module instances.
 * - Text arguments are read in the notation of this Excel, read once from it (excelNotation.ts).
 */
import { setDefaultScaleProvider } from "./impl/defaultScale";
import { SETTING_KEYS, scaleSetting } from "../core/settings/settings";
import { refreshExcelNotation } from "./excelNotation";

declare const Office: { context?: { document?: { settings?: { get(name: string): unknown } } } } | undefined;

const runtime = globalThis as { CustomFunctions?: unknown };
const inExcel = typeof runtime.CustomFunctions !== "undefined";
if (!inExcel) {
  runtime.CustomFunctions = { associate: () => undefined };
}

setDefaultScaleProvider(() => {
  const settings = typeof Office !== "undefined" ? Office?.context?.document?.settings : undefined;
  return scaleSetting(settings ? settings.get(SETTING_KEYS.scale) : null) || null;
});

if (inExcel) void refreshExcelNotation();
