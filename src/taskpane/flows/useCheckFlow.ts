/** Periksa: the app layer's check, with progress, into the pane's state. */
import { useCallback } from "react";
import { runCheck, type Checker } from "../../app";
import type { WorkbookSettings } from "../../core/settings/settings";
import type { WorkbookHost } from "../../core/workbook/host";
import { message, type Patch } from "./paneState";

export function useCheckFlow(hostRef: { current: WorkbookHost | null }, checker: Checker, patch: Patch) {
  return useCallback(
    async (settings?: WorkbookSettings) => {
      const host = hostRef.current;
      if (!host) return;
      patch({ busy: "membaca", progress: { done: 0, total: 1 }, error: null });
      try {
        const run = await runCheck(host, {
          settings,
          checker,
          onProgress: (done, total) => patch({ progress: { done, total } }),
        });
        patch({
          workbook: run.workbook,
          checked: run.checked,
          result: run.result,
          settings: run.settings,
          journal: run.journal,
          batches: run.batches,
          busy: null,
          progress: null,
        });
      } catch (e) {
        patch({ busy: null, progress: null, error: message(e) });
      }
    },
    [hostRef, checker, patch],
  );
}
