import { Badge, Body1, Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BatchSummary } from "../../core/journal/journal";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
});

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString("id-ID", { dateStyle: "short", timeStyle: "short" });
}

export interface UndoPanelProps {
  batches: BatchSummary[];
  session: string;
  busy: boolean;
  onUndo: (batch: BatchSummary) => void;
  onUndoSession: () => void;
}

export function UndoPanel({ batches, session, busy, onUndo, onUndoSession }: UndoPanelProps) {
  const styles = useStyles();
  const open = batches.filter((b) => !b.undone);
  const inSession = open.filter((b) => b.session === session);
  return (
    <div className={styles.root}>
      <Body1>
        Setiap perubahan oleh add-in dicatat di lembar tersembunyi <code>_lkjip_jurnal</code>, sehingga tetap dapat dibatalkan
        setelah buku kerja disimpan dan dibuka lagi.
      </Body1>
      <Button appearance="primary" disabled={busy || inSession.length === 0} onClick={onUndoSession}>
        Batalkan semua perbaikan sesi ini ({inSession.length})
      </Button>
      {batches.length === 0 ? (
        <Text>Belum ada perubahan yang dicatat.</Text>
      ) : (
        <ul className={styles.list} aria-label="Riwayat perubahan">
          {batches.map((b) => (
            <li key={b.batch} className={styles.item}>
              <div className={styles.text}>
                <Text weight="semibold">{b.label}</Text>
                <Caption1>
                  {when(b.time)} · {b.cells > 0 ? `${b.cells} sel` : b.settings > 0 ? "pengaturan" : "lembar baru"}
                  {b.session === session ? " · sesi ini" : ""}
                </Caption1>
              </div>
              {b.undone ? (
                <Badge appearance="outline" color="subtle">
                  Dibatalkan
                </Badge>
              ) : (
                <Button size="small" disabled={busy} onClick={() => onUndo(b)} aria-label={`Batalkan: ${b.label}`}>
                  Batalkan
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
