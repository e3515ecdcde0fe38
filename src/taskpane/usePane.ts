/**
 * The task pane's state and flows (check, select, fix, undo, settings) over any WorkbookHost.
 * React only holds the state; every decision is made by the core and the host.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../core/check/finding";
import type { CheckOptions, CheckResult } from "../core/check/index";
import type { Workbook } from "../core/workbook/model";
import { BatchSummary, insertedSheets, summarizeBatches } from "../core/journal/journal";
import type { CellWrite, Conflict, UndoOptions, UndoOutcome, WorkbookHost, WriteOutcome } from "../core/workbook/host";
import { FixMode, fixToWrite } from "./model/findings";
import { DEFAULT_SETTINGS, PaneSettings, parseSettings, serializeSettings, toCheckOptions } from "./model/settings";

export type Checker = (workbook: Workbook, options?: CheckOptions) => CheckResult;

export interface ConfirmRequest {
  title: string;
  intro: string;
  conflicts: Conflict[];
  confirmLabel: string;
  resolve: (ok: boolean) => void;
}

export interface PaneState {
  busy: null | "membaca" | "memeriksa" | "menulis" | "membatalkan" | "menyimpan";
  progress: { done: number; total: number } | null;
  /** Every sheet, as the preview shows it. */
  workbook: Workbook | null;
  /** The workbook as checked: without the sheets the add-in inserted (its own output). */
  checked: Workbook | null;
  result: CheckResult | null;
  error: string | null;
  notice: string | null;
  settings: PaneSettings;
  batches: BatchSummary[];
  selected: { sheet: string; cell: string } | null;
  confirm: ConfirmRequest | null;
  fixMode: FixMode;
}

const INITIAL: PaneState = {
  busy: null,
  progress: null,
  workbook: null,
  checked: null,
  result: null,
  error: null,
  notice: null,
  settings: DEFAULT_SETTINGS,
  batches: [],
  selected: null,
  confirm: null,
  fixMode: "nilai",
};

function message(e: unknown): string {
  const m = (e as { reason?: string; message?: string })?.reason ?? (e as Error)?.message ?? String(e);
  return m || "Terjadi kesalahan yang tidak diketahui.";
}

export function usePane(host: WorkbookHost | null, checker: Checker, session: string) {
  const [state, setState] = useState<PaneState>(INITIAL);
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const hostRef = useRef(host);
  hostRef.current = host;

  const ask = useCallback(
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

  const runCheck = useCallback(
    async (settingsOverride?: PaneSettings) => {
      const h = hostRef.current;
      if (!h) return;
      patch({ busy: "membaca", progress: { done: 0, total: 1 }, error: null });
      try {
        const workbook = await h.read((done, total) => patch({ progress: { done, total } }));
        const settings = settingsOverride ?? parseSettings(await h.getSettings());
        const journal = await h.journal();
        const inserted = insertedSheets(journal);
        const checked = { ...workbook, sheets: workbook.sheets.filter((s) => !inserted.has(s.name.toLowerCase())) };
        patch({ busy: "memeriksa", workbook, settings });
        const result = checker(checked, toCheckOptions(settings));
        patch({ result, checked, busy: null, progress: null, batches: summarizeBatches(journal) });
      } catch (e) {
        patch({ busy: null, progress: null, error: message(e) });
      }
    },
    [checker, patch],
  );

  // A new host (Excel at start, or a file opened on the standalone page) is checked at once.
  useEffect(() => {
    setState({ ...INITIAL, fixMode: state.fixMode });
    if (host) void runCheck();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

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

  /** Runs a write or undo; when the host answers "needs-confirmation", asks the user, then retries confirmed. */
  const withConfirmation = useCallback(
    async <O extends WriteOutcome | UndoOutcome>(
      busy: NonNullable<PaneState["busy"]>,
      attempt: (confirmed: boolean) => Promise<O>,
      dialog: { title: string; intro: string; confirmLabel: string; declined: string },
      done: (outcome: O) => string,
    ) => {
      patch({ busy, error: null, notice: null });
      try {
        let outcome = await attempt(false);
        if (outcome.status === "needs-confirmation") {
          patch({ busy: null });
          const ok = await ask(dialog.title, dialog.intro, outcome.conflicts, dialog.confirmLabel);
          if (!ok) {
            patch({ notice: dialog.declined });
            return;
          }
          patch({ busy });
          outcome = await attempt(true);
        }
        patch({ busy: null, notice: done(outcome) });
        await runCheck(state.settings);
      } catch (e) {
        patch({ busy: null, error: message(e) });
      }
    },
    [ask, patch, runCheck, state.settings],
  );

  const fix = useCallback(
    (findings: Finding[], label: string) => {
      const h = hostRef.current;
      const writes = findings.map((f) => fixToWrite(f, state.fixMode)).filter((w): w is CellWrite => w !== null);
      if (!h || writes.length === 0) return Promise.resolve();
      return withConfirmation(
        "menulis",
        (confirmed) => h.write(writes, { label, confirmed }),
        {
          title: "Timpa sel yang sudah berisi?",
          intro: "Sel berikut sudah berisi nilai. Nilai lama dicatat dan dapat dipulihkan di tab Batalkan.",
          confirmLabel: "Timpa",
          declined: "Tidak ada yang diubah.",
        },
        (o) => (o.status === "written" ? `${label}: ${o.entries.length} sel diperbarui.` : "Tidak ada yang diubah."),
      );
    },
    [withConfirmation, state.fixMode],
  );

  const undo = useCallback(
    (options: UndoOptions, label: string) => {
      const h = hostRef.current;
      if (!h) return Promise.resolve();
      return withConfirmation(
        "membatalkan",
        (confirmed) => h.undo({ ...options, confirmed }),
        {
          title: "Sel sudah diubah sejak perbaikan",
          intro: "Sel berikut diubah setelah add-in menulisnya. Pulihkan tetap ke nilai sebelum perbaikan?",
          confirmLabel: "Pulihkan",
          declined: "Pembatalan dihentikan; tidak ada yang diubah.",
        },
        (o) => (o.status === "undone" ? `${label}: ${o.restored} perubahan dipulihkan.` : "Tidak ada yang perlu dibatalkan."),
      );
    },
    [withConfirmation],
  );

  const saveSettings = useCallback(
    async (settings: PaneSettings) => {
      const h = hostRef.current;
      if (!h) return;
      patch({ busy: "menyimpan", error: null });
      try {
        await h.setSettings(serializeSettings(settings));
        patch({ settings, notice: "Pengaturan disimpan di buku kerja." });
        await runCheck(settings);
      } catch (e) {
        patch({ busy: null, error: message(e) });
      }
    },
    [patch, runCheck],
  );

  return {
    state,
    runCheck: () => runCheck(),
    /** After the add-in inserted a sheet: re-read (preview, Batalkan list) and check again. */
    afterInsert: () => runCheck(state.settings),
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
