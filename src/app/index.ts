/**
 * The application layer: each user flow written once (check, fix, undo, narrative, settings) and used
 * by the task pane, the standalone page and the CLI. Every effect on a workbook goes through a host.
 */
export { runCheck, type CheckRun, type CheckRunOptions, type Checker, type WorkbookSource } from "./checkFlow";
export { appearedAfterFix, applyFixes, fixAndRecheck, fixWrites, type FixOutcome, type FixRun } from "./fixFlow";
export { undoChanges, undoSummary } from "./undoFlow";
export { saveSettings } from "./settingsFlow";
export { earlierNarratives, insertNarrativeTables, NARRATIVE_LABEL, type NarrativeOutcome } from "./narrativeFlow";
export { modelSource } from "../core/workbook/modelSource";
