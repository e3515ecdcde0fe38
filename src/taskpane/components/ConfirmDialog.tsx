import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ConfirmRequest } from "../flows/paneState";
import { formatValue } from "../model/findings";
import { settingName } from "../../core/settings/names";
import type { Conflict } from "../../core/workbook/host";

/** Where a conflict is: the cell, or the setting an undo would put back. */
function place(c: Conflict): string {
  return c.reason === "pengaturan-diubah" ? `Pengaturan ${settingName(c.cell)}` : `${c.sheet}!${c.cell}`;
}

/** A setting that is absent means the add-in's default. */
function shown(c: Conflict, v: unknown, decimalComma: boolean): string {
  if (c.reason === "pengaturan-diubah" && (v === null || v === "")) return "(bawaan)";
  return formatValue(v, decimalComma);
}

const useStyles = makeStyles({
  surface: { maxWidth: "min(560px, calc(100vw - 24px))" },
  scroll: { maxHeight: "40vh", overflowY: "auto", marginTop: tokens.spacingVerticalS },
  cell: { overflowWrap: "anywhere" },
});

export function ConfirmDialog({ request, decimalComma }: { request: ConfirmRequest | null; decimalComma: boolean }) {
  const styles = useStyles();
  if (!request) return null;
  const listed = request.conflicts.slice(0, 50);
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && request.resolve(false)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{request.title}</DialogTitle>
          <DialogContent>
            <Text>{request.intro}</Text>
            <div className={styles.scroll}>
              <Table size="extra-small" aria-label="Sel yang akan ditimpa">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Sel</TableHeaderCell>
                    <TableHeaderCell>Sekarang</TableHeaderCell>
                    <TableHeaderCell>Menjadi</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {listed.map((c) => (
                    <TableRow key={`${c.sheet}!${c.cell}`}>
                      <TableCell className={styles.cell}>{place(c)}</TableCell>
                      <TableCell className={styles.cell}>
                        {c.current.formula ? `=${c.current.formula}` : shown(c, c.current.value, decimalComma)}
                      </TableCell>
                      <TableCell className={styles.cell}>{shown(c, c.next, decimalComma)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {request.conflicts.length > listed.length && (
                <Text size={200}>…dan {request.conflicts.length - listed.length} sel lain.</Text>
              )}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => request.resolve(true)}>
              {request.confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={() => request.resolve(false)}>
              Batal
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
