/**
 * The task pane's state and flows over any WorkbookHost: one hook per flow (check, fix and undo,
 * settings), each a thin shell around the app layer. React only holds the state.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CheckRunOptions } from "../app";
import type { Finding } from "../core/check/finding";
import type { FixMode } from "../core/check/fixWrite";
import type { WorkbookSettings } from "../core/settings/settings";
import type { WorkbookHost } from "../core/workbook/host";
import type { NumberLocale } from "../core/workbook/model";
import { useCheckFlow } from "./flows/useCheckFlow";
import { useConfirmation } from "./flows/useConfirmation";
import { useSettingsFlow } from "./flows/useSettingsFlow";
import { useWriteFlows } from "./flows/useWriteFlows";
import { INITIAL_STATE, message, type Checker, type PaneState } from "./flows/paneState";

export type { Checker, ConfirmRequest, PaneState } from "./flows/paneState";

/** `numbers`: the notation of messages where the workbook does not give Excel's (the browser's, standalone). */
export function usePane(host: WorkbookHost | null, checker: Checker, session: string, numbers?: NumberLocale) {
  const [state, setState] = useState<PaneState>(INITIAL_STATE);
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const hostRef = useRef(host);
  hostRef.current = host;
  const settingsRef = useRef(state.settings);
  settingsRef.current = state.settings;
  const findingsRef = useRef<Finding[]>([]);
  findingsRef.current = state.result?.findings ?? [];
  const numbersRef = useRef(numbers);
  numbersRef.current = numbers;

  const ask = useConfirmation(patch);
  const checkOptions = useCallback(
    (settings?: WorkbookSettings): CheckRunOptions => ({
      settings,
      checker,
      numbers: numbersRef.current,
      onProgress: (done, total) => patch({ progress: { done, total } }),
    }),
    [checker, patch],
  );
  const runCheck = useCheckFlow(hostRef, checkOptions, patch);
  // After a fix or an undo the stored settings count (an undo may have put back earlier ones); the
  // pane's own only where this Excel cannot store settings.
  const afterWrite = () => (hostRef.current?.capabilities.settings ? undefined : settingsRef.current);
  const recheck = useCallback(() => runCheck(afterWrite()), [runCheck]);
  const fixContext = useMemo(
    () => ({ before: () => findingsRef.current, check: () => checkOptions(afterWrite()) }),
    [checkOptions],
  );
  const { fix, undo } = useWriteFlows(hostRef, patch, ask, recheck, state.fixMode, fixContext);
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
    dismissAppeared: () => patch({ appeared: [] }),
  };
}

export type Pane = ReturnType<typeof usePane>;
