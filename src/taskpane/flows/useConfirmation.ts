/** Asks the user (through the pane's dialog) and resolves with the answer. */
import { useCallback } from "react";
import type { Conflict } from "../../core/workbook/host";
import type { Patch } from "./paneState";

export function useConfirmation(patch: Patch) {
  return useCallback(
    (title: string, intro: string, conflicts: Conflict[], confirmLabel: string) =>
      new Promise<boolean>((resolve) =>
        patch({
          confirm: {
            title,
            intro,
            conflicts,
            confirmLabel,
            resolve: (ok) => {
              patch({ confirm: null });
              resolve(ok);
            },
          },
        }),
      ),
    [patch],
  );
}
