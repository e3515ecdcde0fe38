import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../core/check/finding";
import type { FileWorkbookHost, WorkbookHost } from "../core/workbook/host";
import { FindingGroups } from "./components/FindingGroups";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { UndoPanel } from "./components/UndoPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import { FunctionsPanel } from "./components/FunctionsPanel";
import { GridPreview } from "./components/GridPreview";
import { NarrativePanel } from "./narrative/NarrativePanel";
import { FixMode, groupBySheet, ruleName } from "./model/findings";
import { Checker, usePane } from "./usePane";
import { earlierNarratives } from "../app";

export type TabId = "periksa" | "perbaiki" | "batalkan" | "naratif" | "pengaturan" | "fungsi";

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
  tabs: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hiddenInput: { display: "none" },
  preview: {
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
  const groups = useMemo(() => groupBySheet(findings), [findings]);
  const fixableGroups = useMemo(() => groupBySheet(findings.filter((f) => f.fix)), [findings]);
  const marked = useMemo(() => new Set(findings.filter((f) => f.sheet === gridSheet).map((f) => f.cell)), [findings, gridSheet]);
  const selectedKey = state.selected ? `${state.selected.sheet}!${state.selected.cell}` : null;
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);

  const fixOne = (f: Finding) => pane.fix([f], `Perbaiki ${f.sheet}!${f.cell} (${ruleName(f.rule)})`);
  const fixAll = (list: Finding[], rule: string, sheet: string) =>
    pane.fix(list, `Perbaiki semua: ${ruleName(rule)} di ${sheet}`);
  const fileHost = host && host.kind === "file" ? (host as FileWorkbookHost) : null;

  const progressValue = state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">Asisten LKjIP</Title3>
        {standalone && (
          <div className={styles.fileBar}>
            <Button appearance="primary" disabled={busy} onClick={() => fileInput.current?.click()}>
              Buka workbook
            </Button>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label="Pilih berkas workbook .xlsx"
              data-testid="file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void open(() => standalone.openFile(file));
              }}
            />
            <Button disabled={busy || !fileHost} onClick={() => fileHost && void standalone.download(fileHost)}>
              Unduh
            </Button>
            {fileHost && <Caption1 className={styles.fileName}>{fileHost.fileName}</Caption1>}
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
        </MessageBar>
      )}

      <div className={styles.main}>
        <main className={styles.pane}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabId)}
            aria-label="Menu Asisten LKjIP"
          >
            <Tab value="periksa">Periksa</Tab>
            <Tab value="perbaiki">Perbaiki</Tab>
            <Tab value="batalkan">Batalkan</Tab>
            <Tab value="naratif">Tabel Naratif</Tab>
            <Tab value="pengaturan">Pengaturan</Tab>
            <Tab value="fungsi">Fungsi</Tab>
          </TabList>

          {(state.busy || opening) && (
            <div aria-live="polite">
              {progressValue !== undefined ? (
                <Field validationMessage={`Membaca workbook… ${Math.round(progressValue * 100)}%`} validationState="none">
                  <ProgressBar value={progressValue} />
                </Field>
              ) : (
                <Spinner
                  size="tiny"
                  label={opening ? "Membuka workbook…" : `${state.busy?.[0].toUpperCase()}${state.busy?.slice(1)}…`}
                />
              )}
            </div>
          )}

          {!host && !opening && (
            <Body1>{standalone ? "Buka workbook LKjIP (.xlsx) untuk memeriksanya." : "Workbook belum tersedia."}</Body1>
          )}

          {host && tab === "periksa" && (
            <div className={styles.panel} role="tabpanel" aria-label="Periksa">
              <div className={styles.row}>
                <Button appearance="primary" disabled={busy} onClick={() => void pane.runCheck()}>
                  Periksa ulang
                </Button>
                {state.result && (
                  <Text aria-live="polite">
                    {findings.length === 0
                      ? "Tidak ada temuan."
                      : `${findings.length} temuan: ${counts.error} galat, ${counts.warning} peringatan, ${counts.info} info`}
                  </Text>
                )}
              </div>
              <FindingGroups
                groups={groups}
                selectedKey={selectedKey}
                onSelect={(f) => void pane.select(f)}
                onFix={fixOne}
                busy={busy}
                decimalComma={decimalComma}
              />
            </div>
          )}

          {host && tab === "perbaiki" && (
            <div className={styles.panel} role="tabpanel" aria-label="Perbaiki">
              <Field label="Tulis perbaikan sebagai">
                <RadioGroup value={state.fixMode} onChange={(_, d) => pane.setFixMode(d.value as FixMode)}>
                  <Radio value="nilai" label="Nilai yang seharusnya" />
                  <Radio value="rumus" label="Rumus yang menghitungnya (bila ada)" />
                </RadioGroup>
              </Field>
              <Caption1>Sel yang sudah berisi hanya ditimpa setelah Anda setujui; semua perubahan dapat dibatalkan.</Caption1>
              {fixableGroups.length === 0 ? (
                <Text>Tidak ada temuan yang dapat diperbaiki otomatis.</Text>
              ) : (
                <FindingGroups
                  groups={fixableGroups}
                  selectedKey={selectedKey}
                  onSelect={(f) => void pane.select(f)}
                  onFix={fixOne}
                  onFixAll={fixAll}
                  busy={busy}
                  decimalComma={decimalComma}
                />
              )}
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
                  host.kind === "excel" ? "di dokumen Excel ini" : "di lembar tersembunyi workbook ini (ikut terunduh)"
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
          <aside className={styles.preview} aria-label="Pratinjau workbook">
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
