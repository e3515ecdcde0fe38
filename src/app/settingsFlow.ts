/**
 * Settings: stored in the workbook, so the next person (and the CLI) sees the same. A change is one
 * journaled batch ("Pengaturan diubah (skala, …)") that the Batalkan list can undo.
 */
import { serializeSettings, type WorkbookSettings } from "../core/settings/settings";
import type { WorkbookHost, WriteOutcome } from "../core/workbook/host";

export function saveSettings(host: Pick<WorkbookHost, "setSettings">, settings: WorkbookSettings): Promise<WriteOutcome> {
  return host.setSettings(serializeSettings(settings));
}
