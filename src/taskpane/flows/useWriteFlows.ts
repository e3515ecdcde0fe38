/**
 * Perbaiki and Batalkan: each runs its app-layer flow; when the host answers "needs-confirmation"
 * the user is asked, and the flow runs again confirmed. Afterwards the workbook is checked again (a fix
 * checks within its flow, which says which findings the fix brought up).
 */
import { useCallback } from "react";
import { fixAndRecheck, undoChanges, undoSummary, type CheckRunOptions, type FixRun } from "../../app";
import type { Finding } from "../../core/check/finding";
import type { FixMode } from "../../core/check/fixWrite";
import type { Conflict, UndoOptions, UndoOutcome, WorkbookHost, WriteOutcome } from "../../core/workbook/host";
import { checkedState, message, type PaneState, type Patch } from "./paneState";
import { recalculateFunctions } from "../../functions/recalculate";

type Ask = (title: string, intro: string, conflicts: Conflict[], confirmLabel: string) => Promise<boolean>;

interface Dialog {
  title: string;
  intro: string;
  confirmLabel: string;
  declined: string;
}

/** What a fix compares with and checks with: the findings the user saw, the options of the pane's check. */
export interface FixContext {
  before(): Finding[];
  check(): CheckRunOptions;
}

/** What the undo asks: about sheets it would delete, about settings changed again since, or both. */
function undoDialog(conflicts: Conflict[]): Dialog {
  const settings = conflicts.filter((c) => c.reason === "pengaturan-diubah").length;
  const declined = "Pembatalan dihentikan; tidak ada yang diubah.";
  if (settings === conflicts.length)
    return {
      title: "Kembalikan pengaturan yang sudah diubah lagi?",
      intro:
        "Pengaturan berikut sudah diubah lagi setelah perubahan ini. Membatalkannya mengganti nilai sekarang dengan nilai sebelum perubahan ini.",
      confirmLabel: "Kembalikan pengaturan",
      declined,
    };
  return {
    title: settings ? "Hapus lembar dan kembalikan pengaturan?" : "Hapus lembar yang sudah diubah?",
    intro:
      "Lembar berikut dibuat oleh add-in, tetapi sudah diubah sejak itu (atau jurnal tidak dapat membuktikan bahwa add-in yang membuatnya). Menghapusnya membuang isinya." +
      (settings ? " Pengaturan yang tercantum sudah diubah lagi sejak itu dan akan dikembalikan." : ""),
    confirmLabel: settings ? "Lanjutkan" : "Hapus lembar",
    declined,
  };
}

export function useWriteFlows(
  hostRef: { current: WorkbookHost | null },
  patch: Patch,
  ask: Ask,
  recheck: () => Promise<void>,
  fixMode: FixMode,
  fixContext: FixContext,
) {
  const withConfirmation = useCallback(
    async <O extends FixRun | WriteOutcome | UndoOutcome>(
      busy: NonNullable<PaneState["busy"]>,
      attempt: (confirmed: boolean) => Promise<O>,
      dialogFor: (conflicts: Conflict[]) => Dialog,
      done: (outcome: O) => string | Promise<string>,
      after: (outcome: O) => Promise<void> = recheck,
    ) => {
      patch({ busy, error: null, notice: null, appeared: [] });
      try {
        let outcome = await attempt(false);
        if (outcome.status === "needs-confirmation") {
          patch({ busy: null });
          const dialog = dialogFor(outcome.conflicts);
          const ok = await ask(dialog.title, dialog.intro, outcome.conflicts, dialog.confirmLabel);
          if (!ok) {
            patch({ notice: dialog.declined });
            return;
          }
          patch({ busy });
          outcome = await attempt(true);
        }
        patch({ busy: null, notice: await done(outcome) });
        await after(outcome);
      } catch (e) {
        patch({ busy: null, error: message(e) });
      }
    },
    [ask, patch, recheck],
  );

  const fix = useCallback(
    (findings: Finding[], label: string) => {
      const host = hostRef.current;
      if (!host) return Promise.resolve();
      const before = fixContext.before();
      return withConfirmation(
        "menulis",
        (confirmed) => fixAndRecheck(host, before, findings, fixMode, { label, confirmed, check: fixContext.check() }),
        () => ({
          title: "Timpa sel yang sudah berisi?",
          intro: "Sel berikut sudah berisi nilai. Nilai lama dicatat dan dapat dipulihkan di tab Batalkan.",
          confirmLabel: "Timpa",
          declined: "Tidak ada yang diubah.",
        }),
        (o) => (o.status === "written" ? `${label}: ${o.entries.length} sel diperbarui.` : "Tidak ada yang diubah."),
        async (o) => (o.run ? patch({ ...checkedState(o.run), appeared: o.appeared }) : recheck()),
      );
    },
    [hostRef, withConfirmation, fixMode, fixContext, patch, recheck],
  );

  const undo = useCallback(
    (options: UndoOptions, label: string) => {
      const host = hostRef.current;
      if (!host) return Promise.resolve();
      return withConfirmation(
        "membatalkan",
        (confirmed) => undoChanges(host, { ...options, confirmed }),
        undoDialog,
        async (o) => {
          // PREDIKAT without skala reads the scale setting: recalculate once a setting is put back.
          if (o.status === "undone" && o.settings?.length) await recalculateFunctions();
          return undoSummary(label, o);
        },
      );
    },
    [hostRef, withConfirmation],
  );

  return { fix, undo };
}
