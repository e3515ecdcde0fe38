/**
 * The task pane's state and flows over any WorkbookHost: one hook per flow (check, fix and undo,
 * settings), each a thin shell around the app layer. React only holds the state.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../core/check/finding";
import type { FixMode } from "../core/check/fixWrite";
import type { WorkbookHost } from "../core/workbook/host";
import { useCheckFlow } from "./flows/useCheckFlow";
import { useConfirmation } from "./flows/useConfirmation";
import { useSettingsFlow } from "./flows/useSettingsFlow";
import { useWriteFlows } from "./flows/useWriteFlows";
import { INITIAL_STATE, message, type Checker, type PaneState } from "./flows/paneState";

export type { Checker, ConfirmRequest, PaneState } from "./flows/paneState";

export function usePane(host: WorkbookHost | null, checker: Checker, session: string) {
  const [state, setState] = useState<PaneState>(INITIAL_STATE);
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const hostRef = useRef(host);
  hostRef.current = host;
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;

  const ask = useConfirmation(patch);
  const runCheck = useCheckFlow(hostRef, checker, patch);
  // After a fix or an undo the stored settings count (an undo may have put back earlier ones); the
  // pane's own only where this Excel cannot store settings.
  const recheck = useCallback(
    () => runCheck(hostRef.current?.capabilities.settings ? undefined : settingsRef.current),
    [runCheck],
  );
  const { fix, undo } = useWriteFlows(hostRef, patch, ask, recheck, state.fixMode);
  const saveSettings = useSettingsFlow(hostRef, patch, runCheck);

  // A new host (Excel at start, or a file opened on the standalone page) is checked at once.
  const fixModeRef = useRef(state.fixMode);
  fixModeRef.current = state.fixMode;
  useEffect(() => {
    setState({ ...INITIAL_STATE, fixMode: fixModeRef.current });
    if (host) void runCheck();
  }, [host, runCheck]);

  const select = useCallback(
    async (f: Pick<Finding, "sheet" | "cell">) => {
      patch({ selected: { sheet: f.sheet, cell: f.cell } });
      try {
        await hostRef.current?.select(f.sheet, f.cell);
      } catch (e) {
        patch({ error: `Sel ${f.sheet}!${f.cell} tidak dapat dipilih: ${message(e)}` });
      }
    },
    [patch],
  );

  return {
    state,
    runCheck: () => runCheck(),
    /** After the add-in inserted a sheet: re-read (preview, Batalkan list) and check again. */
    afterInsert: recheck,
    select,
    fix,
    undo,
    undoSession: () => undo({ session }, "Batalkan semua perbaikan sesi ini"),
    saveSettings,
    setFixMode: (fixMode: FixMode) => patch({ fixMode }),
    dismiss: () => patch({ error: null, notice: null }),
  };
}

export type Pane = ReturnType<typeof usePane>;
