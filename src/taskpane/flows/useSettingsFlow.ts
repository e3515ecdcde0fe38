/** Pengaturan: saved in the workbook through the app layer, then the workbook is checked again with them. */
import { useCallback } from "react";
import { saveSettings } from "../../app";
import type { WorkbookSettings } from "../../core/settings/settings";
import type { WorkbookHost } from "../../core/workbook/host";
import { message, type Patch } from "./paneState";
import { recalculateFunctions } from "../../functions/recalculate";

export function useSettingsFlow(
  hostRef: { current: WorkbookHost | null },
  patch: Patch,
  recheck: (settings: WorkbookSettings) => Promise<void>,
) {
  return useCallback(
    async (settings: WorkbookSettings) => {
      const host = hostRef.current;
      if (!host) return;
      patch({ busy: "menyimpan", error: null });
      try {
        await saveSettings(host, settings);
        await recalculateFunctions(); // PREDIKAT without skala reads the scale setting: recalculate it
        patch({ settings, notice: "Pengaturan disimpan di buku kerja." });
        await recheck(settings);
      } catch (e) {
        patch({ busy: null, error: message(e) });
      }
    },
    [hostRef, patch, recheck],
  );
}
