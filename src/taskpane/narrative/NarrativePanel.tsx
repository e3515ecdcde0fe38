/**
 * "Sisipkan tabel naratif": one click builds the Chapter III tables and sentences and writes them to
 * a new sheet through the host (journaled, undoable); every table can be copied for Word.
 */
import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/check";
import type { Workbook } from "../../core/workbook/model";
import type { JournalEntry, WorkbookHost } from "../../core/workbook/host";
import { buildNarrative, narrativeTableHtml, narrativeTableText } from "../../core/narrative";
import type { NarrativeOptions, NarrativeTable } from "../../core/narrative";
import { insertNarrativeTables } from "../../app";
import { copyRichText } from "./clipboard";

export interface NarrativePanelProps {
  host: WorkbookHost;
  workbook: Workbook | null;
  result: CheckResult | null;
  options?: NarrativeOptions;
  busy?: boolean;
  /** Called after the sheet is written (e.g. to refresh the undo list). */
  onInserted?: (sheetName: string) => void;
  /** Runs the check when there is no result yet ("Periksa sekarang"). */
  onCheck?: () => void;
  /** Narrative sheets the add-in inserted earlier and that are still there, newest first. */
  earlier?: JournalEntry[];
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  sentences: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; text: string }
  | { kind: "error"; text: string }
  /** Replacing the earlier sheet needs the user's word: it was changed since it was inserted. */
  | { kind: "confirm-replace"; earlier: JournalEntry; sheet: string };

export function NarrativePanel({
  host,
  workbook,
  result,
  options,
  busy = false,
  onInserted,
  onCheck,
  earlier = [],
}: NarrativePanelProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [copied, setCopied] = useState<string | null>(null);
  const doc = useMemo(() => (workbook && result ? buildNarrative(workbook, result, options) : null), [workbook, result, options]);

  if (!workbook || !result || !doc) {
    return (
      <div className={styles.panel}>
        <Body1>Periksa buku kerja terlebih dahulu; tabel naratif disusun dari hasil pemeriksaan.</Body1>
        {onCheck && (
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy} onClick={onCheck}>
              Periksa sekarang
            </Button>
          </div>
        )}
      </div>
    );
  }

  const insert = async (replace?: JournalEntry, confirmed = false) => {
    setStatus({ kind: "working" });
    try {
      const outcome = await insertNarrativeTables(host, workbook, result, { ...options, replace, confirmed });
      if (outcome.status === "needs-confirmation") {
        setStatus({ kind: "confirm-replace", earlier: replace as JournalEntry, sheet: outcome.undo.conflicts[0]?.sheet ?? "" });
        return;
      }
      const { inserted, replaced } = outcome;
      const where = replaced
        ? `menggantikan lembar “${replaced}”, di lembar “${inserted.sheetName}”`
        : `di lembar baru “${inserted.sheetName}”`;
      setStatus({
        kind: "done",
        text: `Tabel naratif (${inserted.doc.tables.length} tabel) disisipkan ${where}. Lembar lain tidak diubah; sisipan ini dapat dibatalkan di menu Batalkan.`,
      });
      onInserted?.(inserted.sheetName);
    } catch (e) {
      setStatus({ kind: "error", text: `Tabel naratif gagal disisipkan: ${(e as Error).message}` });
    }
  };
  const previous = earlier[0];

  const copy = async (table: NarrativeTable) => {
    try {
      await copyRichText(narrativeTableHtml(table), narrativeTableText(table));
      setCopied(`“${table.title}” disalin. Tempel di Word dengan Ctrl+V.`);
    } catch (e) {
      setCopied(`Gagal menyalin: ${(e as Error).message}`);
    }
  };

  return (
    <div className={styles.panel} role="region" aria-label="Tabel naratif Bab III">
      <Caption1>
        Tabel dan kalimat Bab III disusun dari buku kerja ini, ditulis ke lembar baru dengan rumus yang tertaut ke sel sumber.
      </Caption1>
      <div className={styles.row}>
        {previous && (
          <Button appearance="primary" disabled={busy || status.kind === "working"} onClick={() => void insert(previous)}>
            Ganti lembar “{previous.sheet}”
          </Button>
        )}
        <Button
          appearance={previous ? "secondary" : "primary"}
          disabled={busy || status.kind === "working"}
          onClick={() => void insert()}
        >
          {previous ? "Sisipkan sebagai lembar baru" : "Sisipkan tabel naratif"}
        </Button>
        {status.kind === "working" && <Spinner size="tiny" label="Menyisipkan…" />}
      </div>
      <div aria-live="polite">
        {status.kind === "done" && (
          <MessageBar intent="success">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "confirm-replace" && (
          <MessageBar intent="warning">
            <MessageBarBody>
              Lembar “{status.sheet}” sudah diubah sejak disisipkan. Menggantinya membuang perubahan itu.{" "}
              <Button size="small" onClick={() => void insert(status.earlier, true)}>
                Ganti tetap
              </Button>{" "}
              <Button size="small" appearance="subtle" onClick={() => setStatus({ kind: "idle" })}>
                Jangan ganti
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {status.kind === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
        {copied && <Text>{copied}</Text>}
      </div>
      {doc.notes.map((n) => (
        <Caption1 key={n}>{n}</Caption1>
      ))}
      {doc.tables.map((table) => (
        <Card key={table.id} size="small">
          <CardHeader
            header={<Text weight="semibold">{table.title}</Text>}
            description={
              <Caption1>{`${table.rows.length} baris${table.notes.length ? `, ${table.notes.length} catatan` : ""}`}</Caption1>
            }
          />
          {/* Below the title, not beside it: in a 320-360 px task pane a side button squeezes the title to a few words a line. */}
          <div className={styles.row}>
            <Button size="small" onClick={() => void copy(table)} aria-label={`Salin untuk Word: ${table.title}`}>
              Salin untuk Word
            </Button>
          </div>
          {table.sentences.length > 0 && (
            <ul className={styles.sentences} aria-label={`Kalimat laporan: ${table.title}`}>
              {table.sentences.map((s) => (
                <li key={s}>
                  <Body1>{s}</Body1>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}
