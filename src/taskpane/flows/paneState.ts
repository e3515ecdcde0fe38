/** The task pane's state, shared by the flow hooks; React only holds it, the app layer decides. */
import type { Conflict, JournalEntry } from "../../core/workbook/host";
import type { CheckResult } from "../../core/check";
import type { Finding } from "../../core/check/finding";
import type { CheckRun } from "../../app";
import { INDONESIAN_NUMBERS } from "../../core/numbers/format";
import type { FixMode } from "../../core/check/fixWrite";
import type { BatchSummary } from "../../core/journal/journal";
import { DEFAULT_SETTINGS, type WorkbookSettings } from "../../core/settings/settings";
import type { NumberLocale, Workbook } from "../../core/workbook/model";

export type { Checker } from "../../app";

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
  settings: WorkbookSettings;
  journal: JournalEntry[];
  batches: BatchSummary[];
  selected: { sheet: string; cell: string } | null;
  confirm: ConfirmRequest | null;
  fixMode: FixMode;
  /** Findings the last fix brought up (it changed a number others depend on); cleared by the next write. */
  appeared: Finding[];
  /** Notation of the numbers in messages, values and formulas: Excel's, else the browser's, else Indonesian. */
  numbers: NumberLocale;
}

export const INITIAL_STATE: PaneState = {
  busy: null,
  progress: null,
  workbook: null,
  checked: null,
  result: null,
  error: null,
  notice: null,
  settings: DEFAULT_SETTINGS,
  journal: [],
  batches: [],
  selected: null,
  confirm: null,
  fixMode: "nilai",
  appeared: [],
  numbers: INDONESIAN_NUMBERS,
};

/** A finished check as the pane's state. */
export function checkedState(run: CheckRun): Partial<PaneState> {
  const { workbook, checked, result, settings, journal, batches, numbers } = run;
  return { workbook, checked, result, settings, journal, batches, numbers, busy: null, progress: null };
}

export type Patch = (p: Partial<PaneState>) => void;

/** A failure as one Indonesian line for the pane. */
export function message(e: unknown): string {
  const m = (e as { reason?: string; message?: string })?.reason ?? (e as Error)?.message ?? String(e);
  return m || "Terjadi kesalahan yang tidak diketahui.";
}
