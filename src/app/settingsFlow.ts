/** Settings: stored in the workbook, so the next person (and the CLI) sees the same. */
import { serializeSettings, type WorkbookSettings } from "../core/settings/settings";
import type { WorkbookHost } from "../core/workbook/host";

export function saveSettings(host: Pick<WorkbookHost, "setSettings">, settings: WorkbookSettings): Promise<void> {
  return host.setSettings(serializeSettings(settings));
}
