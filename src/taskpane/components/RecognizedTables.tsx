/** "Tabel dikenali": which tables the checker read, so a user sees why a sheet has no findings. Read-only. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { RecognizedTable } from "../../core/tables/types";
import { rangeA1 } from "../../core/workbook/address";

const KIND_LABEL: Record<string, string> = {
  indikator: "capaian kinerja",
  anggaran: "realisasi anggaran",
  rekap: "rekap predikat",
  skala: "skala predikat",
  daftar: "daftar dengan rata-rata",
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface RecognizedTablesProps {
  tables: Pick<RecognizedTable, "id" | "sheet" | "kind" | "title" | "top" | "left" | "bottom" | "right">[];
  onShow: (sheet: string, cell: string) => void;
}

export function RecognizedTables({ tables, onShow }: RecognizedTablesProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Tabel yang dikenali">
      {tables.map((t) => {
        const range = rangeA1(t.top, t.left, t.bottom, t.right);
        return (
          <li key={t.id} className={styles.item}>
            <Button
              size="small"
              appearance="transparent"
              onClick={() => onShow(t.sheet, range.split(":")[0])}
              aria-label={`Tampilkan tabel ${KIND_LABEL[t.kind] ?? t.kind} di ${t.sheet}!${range}`}
            >
              {t.sheet}!{range}
            </Button>
            <Caption1>{KIND_LABEL[t.kind] ?? t.kind}</Caption1>
            {t.title && <Caption1 className={styles.title}>{t.title}</Caption1>}
          </li>
        );
      })}
    </ul>
  );
}
