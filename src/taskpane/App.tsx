import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../core/check/finding";
import type { CheckResult } from "../core/check/index";
import type { FileWorkbookHost, WorkbookHost } from "../core/workbook/host";
import { FindingGroups } from "./components/FindingGroups";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { UndoPanel } from "./components/UndoPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { GridPreview } from "./components/GridPreview";
import { PaneTab, PaneTabs } from "./components/PaneTabs";
import { RecognizedTables } from "./components/RecognizedTables";
import { NarrativePanel } from "./narrative/NarrativePanel";
import { FixMode, appearedAfterFix, countsText, groupBySheet, ruleName } from "./model/findings";
import { useFileDrop, useUnloadWarning } from "./pageHooks";
import { Checker, usePane } from "./usePane";
import { earlierNarratives } from "../app";

/** Five tabs (fixing is done where the findings are); those that do not fit the row go to "Lainnya". */
export type TabId = "periksa" | "batalkan" | "naratif" | "pengaturan" | "fungsi";

const TABS: PaneTab<TabId>[] = [
  { id: "periksa", label: "Periksa" },
  { id: "batalkan", label: "Batalkan" },
  { id: "naratif", label: "Naratif", name: "Tabel Naratif" },
  { id: "pengaturan", label: "Pengaturan" },
  { id: "fungsi", label: "Fungsi" },
];

/** What the standalone page can do besides the pane: open a file or the sample, download. */
export interface StandaloneApi {
  openFile(file: File): Promise<FileWorkbookHost>;
  openSample(): Promise<FileWorkbookHost>;
  download(host: FileWorkbookHost): Promise<void>;
}

export interface AppProps {
  host: WorkbookHost | null;
  checker: Checker;
  session: string;
  standalone?: StandaloneApi;
  /** Messages from start-up (e.g. why the page runs standalone). */
  startupNotes?: string[];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fileBar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fileName: { overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
  main: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    gap: tokens.spacingHorizontalL,
    alignItems: "start",
    "@media (min-width: 900px)": { gridTemplateColumns: "minmax(320px, 420px) minmax(0, 1fr)" },
  },
  dropZone: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-3px" },
  dropHint: {
    position: "fixed",
    inset: 0,
    zIndex: 10,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    pointerEvents: "none",
    backgroundColor: tokens.colorNeutralBackgroundAlpha2,
  },
  dropCard: {
    maxWidth: "80%",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    textAlign: "center",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow16,
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalS,
    boxShadow: tokens.shadow2,
  },
  fixMode: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hiddenInput: { display: "none" },
  // Narrow: above the list and sticky, so a jump to a cell shows beside what was clicked, not a page away.
  // Wide: beside the list, sticky too. Either way the preview scrolls itself, never the page.
  preview: {
    order: -1,
    position: "sticky",
    top: 0,
    zIndex: 1,
    "--lkjip-preview-height": "32vh",
    "@media (min-width: 900px)": { order: 0, top: tokens.spacingVerticalS, "--lkjip-preview-height": "calc(100vh - 160px)" },
    minWidth: 0,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalS,
    boxShadow: tokens.shadow2,
  },
});

export function App({ host: initialHost, checker, session, standalone, startupNotes = [] }: AppProps) {
  const styles = useStyles();
  const [host, setHost] = useState<WorkbookHost | null>(initialHost);
  const [tab, setTab] = useState<TabId>("periksa");
  const [openError, setOpenError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  const [gridSheet, setGridSheet] = useState<string>("");
  const [appeared, setAppeared] = useState<Finding[]>([]);
  const [fixedFrom, setFixedFrom] = useState<{ before: CheckResult | null; fixed: Finding[] } | null>(null);
  /** Journal and settings as last opened or downloaded; null until the first check of a new file. */
  const [savedMark, setSavedMark] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const pane = usePane(host, checker, session);
  const { state } = pane;
  const busy = state.busy !== null || opening;
  const decimalComma = (state.workbook?.locale?.decimalSeparator ?? ",") === ",";

  const open = useCallback(async (load: () => Promise<FileWorkbookHost>) => {
    setOpening(true);
    setOpenError(null);
    try {
      setHost(await load());
      setSavedMark(null);
      setAppeared([]);
      setTab("periksa");
    } catch (e) {
      setOpenError((e as { reason?: string }).reason ?? (e as Error).message);
    } finally {
      setOpening(false);
    }
  }, []);

  // Without a file, the standalone page opens the bundled sample so a newcomer sees the product work.
  useEffect(() => {
    if (standalone && !initialHost) void open(() => standalone.openSample());
  }, [standalone, initialHost, open]);

  useEffect(() => {
    if (state.selected) setGridSheet(state.selected.sheet);
  }, [state.selected]);
  useEffect(() => {
    if (state.workbook && !state.workbook.sheets.some((s) => s.name === gridSheet))
      setGridSheet(state.workbook.sheets[0]?.name ?? "");
  }, [state.workbook, gridSheet]);

  const findings = useMemo(() => state.result?.findings ?? [], [state.result]);
  const tables = state.result?.tables ?? [];
  /** Every recognised table, the ones the user excluded too (so they can be taken back). */
  const listed = useMemo(() => {
    const order = new Map((state.workbook?.sheets ?? []).map((s, i) => [s.name, i]));
    const all = [...(state.result?.tables ?? []), ...(state.result?.excludedTables ?? [])];
    return all.sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.top - b.top || a.left - b.left);
  }, [state.result, state.workbook]);
  const groups = useMemo(() => groupBySheet(findings), [findings]);
  const marked = useMemo(() => new Set(findings.filter((f) => f.sheet === gridSheet).map((f) => f.cell)), [findings, gridSheet]);
  const selectedKey = state.selected ? `${state.selected.sheet}!${state.selected.cell}` : null;

  // Changes not downloaded yet: the journal (fixes, undos, inserted sheets) or the settings moved since the
  // file was opened or last downloaded.
  const mark = state.result ? JSON.stringify([state.batches.map((b) => [b.batch, b.undone]), state.settings]) : null;
  useEffect(() => {
    if (savedMark === null && mark !== null) setSavedMark(mark);
  }, [mark, savedMark]);
  const unsaved = !!standalone && savedMark !== null && mark !== null && mark !== savedMark;
  useUnloadWarning(unsaved);

  const drop = useFileDrop(
    useCallback((file: File) => standalone && void open(() => standalone.openFile(file)), [standalone, open]),
    !!standalone && !busy,
  );

  /** A fix, then the findings it brought up (a fixed capaian changes an average): the user is told. */
  const fixAndReport = async (list: Finding[], label: string) => {
    const before = state.result;
    setAppeared([]);
    await pane.fix(list, label);
    setFixedFrom({ before, fixed: list });
  };
  useEffect(() => {
    if (!fixedFrom || !state.result || state.result === fixedFrom.before) return;
    setAppeared(appearedAfterFix(fixedFrom.before?.findings ?? [], state.result.findings, fixedFrom.fixed));
    setFixedFrom(null);
  }, [fixedFrom, state.result]);

  const fixOne = (f: Finding) => fixAndReport([f], `Perbaiki ${f.sheet}!${f.cell} (${ruleName(f.rule)})`);
  const fixAll = (list: Finding[], rule: string, sheet: string) =>
    fixAndReport(list, `Perbaiki semua: ${ruleName(rule)} di ${sheet}`);
  const fileHost = host && host.kind === "file" ? (host as FileWorkbookHost) : null;
  const download = async (h: FileWorkbookHost) => {
    await standalone?.download(h);
    setSavedMark(mark);
  };

  const progressValue = state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined;

  return (
    <div className={mergeClasses(styles.root, drop.dragging && styles.dropZone)} {...(standalone ? drop.handlers : {})}>
      {drop.dragging && (
        <div className={styles.dropHint} aria-hidden="true">
          <div className={styles.dropCard}>Lepaskan berkas .xlsx untuk membukanya</div>
        </div>
      )}
      <header className={styles.header}>
        <Title3 as="h1">Asisten LKjIP</Title3>
        {standalone && (
          <div className={styles.fileBar}>
            <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
              Buka buku kerja
            </Button>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label="Pilih berkas buku kerja .xlsx"
              data-testid="file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void open(() => standalone.openFile(file));
              }}
            />
            <Button disabled={busy || !fileHost} onClick={() => fileHost && void download(fileHost)}>
              Unduh
            </Button>
            {fileHost && <Caption1 className={styles.fileName}>{fileHost.fileName}</Caption1>}
            {unsaved && <Caption1 role="status">Ada perubahan yang belum diunduh.</Caption1>}
            {!fileHost && <Caption1>atau seret berkas .xlsx ke halaman ini</Caption1>}
          </div>
        )}
      </header>

      {[...startupNotes, ...(host?.capabilities.notes ?? [])].map((n) => (
        <MessageBar key={n} intent="warning">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {(openError || state.error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{openError ?? state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{state.notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Tutup pesan" onClick={pane.dismiss}>
                Tutup
              </Button>
            }
          />
        </MessageBar>
      )}
      {appeared.length > 0 && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            Perbaikan ini memunculkan {appeared.length} temuan baru:{" "}
            {appeared
              .slice(0, 3)
              .map((f) => `${f.sheet}!${f.cell} (${ruleName(f.rule)})`)
              .join("; ")}
            {appeared.length > 3 ? "; …" : ""}. Angka lain bergantung pada sel yang diperbaiki; periksa temuannya di bawah.
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Tutup pesan temuan baru" onClick={() => setAppeared([])}>
                Tutup
              </Button>
            }
          />
        </MessageBar>
      )}

      <div className={styles.main}>
        <main className={styles.pane}>
          <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} label="Menu Asisten LKjIP" />

          {(state.busy || opening) && (
            <div aria-live="polite">
              {progressValue !== undefined ? (
                <Field validationMessage={`Membaca buku kerja… ${Math.round(progressValue * 100)}%`} validationState="none">
                  <ProgressBar value={progressValue} />
                </Field>
              ) : (
                <Spinner
                  size="tiny"
                  label={opening ? "Membuka buku kerja…" : `${state.busy?.[0].toUpperCase()}${state.busy?.slice(1)}…`}
                />
              )}
            </div>
          )}

          {!host && !opening && (
            <Body1>
              {standalone
                ? "Buka buku kerja LKjIP (.xlsx), atau seret berkasnya ke sini, untuk memeriksanya."
                : "Buku kerja belum tersedia."}
            </Body1>
          )}

          {host && tab === "periksa" && (
            <div className={styles.panel} role="tabpanel" aria-label="Periksa">
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy} onClick={() => void pane.runCheck()}>
                  Periksa ulang
                </Button>
                {state.result && (
                  <Text aria-live="polite">
                    {findings.length > 0
                      ? countsText(findings)
                      : tables.length > 0
                        ? `Tidak ada temuan pada ${tables.length} tabel yang dikenali.`
                        : ""}
                  </Text>
                )}
              </div>
              {state.result && tables.length === 0 && listed.length > 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    Semua tabel yang dikenali ({listed.length}) dikecualikan oleh koreksi yang tersimpan, jadi tidak ada yang
                    diperiksa. Buka “Tabel dikenali” untuk mengembalikannya.
                  </MessageBarBody>
                </MessageBar>
              )}
              {state.result && listed.length === 0 && (
                <MessageBar intent="warning">
                  <MessageBarBody>
                    Tidak ada tabel LKjIP yang dikenali di buku kerja ini, jadi angkanya belum diperiksa. Asisten mencari tabel
                    dengan judul kolom seperti Target, Realisasi, Capaian atau Anggaran/Pagu di atas angkanya.
                  </MessageBarBody>
                </MessageBar>
              )}
              {groups.some((g) => g.rules.some((r) => r.fixable.length > 0)) && (
                <div className={styles.fixMode}>
                  <Caption1 id="lkjip-fix-mode">Tulis perbaikan sebagai:</Caption1>
                  <RadioGroup
                    layout="horizontal"
                    value={state.fixMode}
                    onChange={(_, d) => pane.setFixMode(d.value as FixMode)}
                    aria-labelledby="lkjip-fix-mode"
                  >
                    <Radio value="nilai" label="Nilai" />
                    <Radio value="rumus" label="Rumus (bila ada)" />
                  </RadioGroup>
                </div>
              )}
              <FindingGroups
                groups={groups}
                selectedKey={selectedKey}
                onSelect={(f) => void pane.select(f)}
                onFix={(f) => void fixOne(f)}
                onFixAll={(list, rule, sheet) => void fixAll(list, rule, sheet)}
                busy={busy}
                decimalComma={decimalComma}
              />
              {listed.length > 0 && (
                <Accordion collapsible>
                  <AccordionItem value="tabel">
                    <AccordionHeader as="h2" size="small">
                      Tabel dikenali ({listed.length})
                    </AccordionHeader>
                    <AccordionPanel>
                      <RecognizedTables
                        tables={listed}
                        onShow={(sheet, cell) => void pane.select({ sheet, cell })}
                        corrections={state.settings.corrections}
                        onSave={(corrections) => void pane.saveSettings({ ...state.settings, corrections })}
                        busy={busy}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
              )}
              <Caption1>Sel yang sudah berisi hanya ditimpa setelah Anda setujui; semua perubahan dapat dibatalkan.</Caption1>
            </div>
          )}

          {host && tab === "batalkan" && (
            <div className={styles.panel} role="tabpanel" aria-label="Batalkan">
              <UndoPanel
                batches={state.batches}
                session={session}
                busy={busy}
                onUndo={(b) => void pane.undo({ batch: b.batch }, `Batalkan: ${b.label}`)}
                onUndoSession={() => void pane.undoSession()}
              />
            </div>
          )}

          {host && tab === "naratif" && (
            <div className={styles.panel} role="tabpanel" aria-label="Tabel Naratif">
              <NarrativePanel
                host={host}
                workbook={state.checked}
                result={state.result}
                busy={busy}
                onCheck={() => void pane.runCheck()}
                earlier={earlierNarratives(state.journal)}
                onInserted={(sheet) => void pane.afterInsert().then(() => setGridSheet(sheet))}
              />
            </div>
          )}

          {host && tab === "pengaturan" && (
            <div className={styles.panel} role="tabpanel" aria-label="Pengaturan">
              <SettingsPanel
                settings={state.settings}
                result={state.result}
                busy={busy}
                onSave={(s) => void pane.saveSettings(s)}
                storedWhere={
                  host.kind === "excel" ? "di dokumen Excel ini" : "di lembar tersembunyi buku kerja ini (ikut terunduh)"
                }
              />
            </div>
          )}

          {tab === "fungsi" && (
            <div className={styles.panel} role="tabpanel" aria-label="Fungsi">
              <FunctionsPanel initialConvention={decimalComma ? "id" : "us"} scaleId={state.settings.scale} />
            </div>
          )}
        </main>

        {standalone && state.workbook && (
          <aside className={styles.preview} aria-label="Pratinjau buku kerja">
            <GridPreview
              workbook={state.workbook}
              sheet={gridSheet}
              onSheet={setGridSheet}
              highlight={state.selected && state.selected.sheet === gridSheet ? state.selected.cell : null}
              marked={marked}
            />
          </aside>
        )}
      </div>

      <ConfirmDialog request={state.confirm} decimalComma={decimalComma} />
    </div>
  );
}
