/** Periksa: the app layer's check, with progress, into the pane's state. */
import { useCallback } from "react";
import { runCheck, type CheckRunOptions } from "../../app";
import type { WorkbookSettings } from "../../core/settings/settings";
import type { WorkbookHost } from "../../core/workbook/host";
import { checkedState, message, type Patch } from "./paneState";

/** `checkOptions` gives the checker, notation and progress callback for a check with `settings`. */
export function useCheckFlow(
  hostRef: { current: WorkbookHost | null },
  checkOptions: (settings?: WorkbookSettings) => CheckRunOptions,
  patch: Patch,
) {
  return useCallback(
    async (settings?: WorkbookSettings) => {
      const host = hostRef.current;
      if (!host) return;
      patch({ busy: "membaca", progress: { done: 0, total: 1 }, error: null });
      try {
        patch(checkedState(await runCheck(host, checkOptions(settings))));
      } catch (e) {
        patch({ busy: null, progress: null, error: message(e) });
      }
    },
    [hostRef, checkOptions, patch],
  );
}
