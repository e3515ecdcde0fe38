/**
 * "Tabel dikenali": which tables the checker read and how (column roles, rows, what was uncertain),
 * and where the user corrects it: a column's role, a row that is a total or an average (or is not), a
 * table left out, the scale table to use. Corrections are saved in the workbook as a setting, so every
 * front end (and the next person) reads the tables the same way.
 */
import { useEffect, useId, useState } from "react";
import { Badge, Button, Caption1, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RecognizedTable } from "../../core/tables/types";
import { tableSummary } from "../../core/tables/describe";
import { rangeA1 } from "../../core/workbook/address";
import { relocateCorrections, withMovedCorrections } from "../../core/tables/relocate";
import {
  CHOOSABLE_ROLES,
  anchorCorrections,
  roleLabel,
  setColumnRole,
  setExcluded,
  setRowMark,
  setScaleTable,
  type RowMark,
  type TableCorrections,
} from "../../core/settings/corrections";
import type { ColumnRole } from "../../core/tables/types";

const KIND_LABEL: Record<string, string> = {
  indikator: "capaian kinerja",
  anggaran: "realisasi anggaran",
  rekap: "rekap predikat",
  skala: "skala predikat",
  daftar: "daftar dengan rata-rata",
};

const MARK_LABEL: Record<RowMark, string> = {
  jumlah: "Baris jumlah (total)",
  "rata-rata": "Baris rata-rata",
  data: "Baris data biasa (bukan penutup)",
};

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  columns: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  column: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  rowMark: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  rowInput: { width: "6em" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type ShownTable = Pick<
  RecognizedTable,
  "id" | "sheet" | "kind" | "title" | "top" | "left" | "bottom" | "right" | "columns" | "rows" | "blocks"
> &
  Partial<Pick<RecognizedTable, "excluded" | "corrected" | "uncertain" | "confidence" | "coverage" | "unmatchedCorrections">>;

export interface RecognizedTablesProps {
  tables: ShownTable[];
  onShow: (sheet: string, cell: string) => void;
  /** The corrections stored in the workbook; with `onSave`, the tables can be corrected. */
  corrections?: TableCorrections;
  onSave?: (corrections: TableCorrections) => void;
  busy?: boolean;
}

export function RecognizedTables({ tables, onShow, corrections, onSave, busy = false }: RecognizedTablesProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  // A stored correction whose table moved (rows inserted above) is shown, and saved, at its new place.
  const [draft, setDraft] = useState<TableCorrections>(() => placedCorrections(corrections, tables));
  useEffect(() => setDraft(placedCorrections(corrections, tables)), [corrections, tables]);
  const editable = !!onSave && !!corrections;
  const changed = editable && JSON.stringify(draft) !== JSON.stringify(corrections);
  // Ids for aria-controls/labelledby: table ids hold spaces and "!", which ids cannot.
  const baseId = useId();

  return (
    <ul className={styles.list} aria-label="Tabel yang dikenali">
      {tables.map((t, i) => {
        const range = rangeA1(t.top, t.left, t.bottom, t.right);
        const isOpen = open === t.id;
        const editorId = `${baseId}-koreksi-${i}`;
        return (
          <li key={t.id} className={styles.item}>
            <div className={styles.line}>
              <Button
                size="small"
                appearance="transparent"
                onClick={() => onShow(t.sheet, range.split(":")[0])}
                aria-label={`Tampilkan tabel ${KIND_LABEL[t.kind] ?? t.kind} di ${t.sheet}!${range}`}
              >
                {t.sheet}!{range}
              </Button>
              <Caption1>{KIND_LABEL[t.kind] ?? t.kind}</Caption1>
              {t.excluded && (
                <Badge appearance="tint" color="warning">
                  dikecualikan
                </Badge>
              )}
              {!t.excluded && t.corrected && t.corrected.length > 0 && (
                <Badge appearance="tint" color="informative">
                  dikoreksi
                </Badge>
              )}
              {draft.scaleTable === t.id && (
                <Badge appearance="tint" color="brand">
                  skala dipakai
                </Badge>
              )}
            </div>
            {t.title && <Caption1 className={styles.muted}>{t.title}</Caption1>}
            <Caption1 className={styles.muted}>{summaryWords(t)}</Caption1>
            {editable && (
              <div>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-expanded={isOpen}
                  aria-controls={editorId}
                  onClick={() => setOpen(isOpen ? null : t.id)}
                >
                  {isOpen ? "Tutup koreksi" : "Koreksi pembacaan tabel ini"}
                </Button>
              </div>
            )}
            {editable && isOpen && (
              <TableEditor
                id={editorId}
                table={t}
                draft={draft}
                onChange={setDraft}
                busy={busy}
                changed={changed}
                onSave={() => onSave?.(anchorCorrections(draft, tables))}
                onReset={() => setDraft(placedCorrections(corrections, tables))}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function placedCorrections(c: TableCorrections | undefined, tables: ShownTable[]): TableCorrections {
  return c ? withMovedCorrections(c, relocateCorrections(c, tables)) : { tables: {} };
}

const UNIT_WORDS: Record<string, string> = {
  rupiah: "rupiah",
  persen: "persen",
  jumlah: "banyaknya",
  indeks: "indeks",
  kata: "kata",
};
const PERIOD_WORDS: Record<string, string> = {
  periode: "satu periode",
  kumulatif: "kumulatif/jumlah",
  "kumulatif-lalu": "s.d. periode lalu",
  renstra: "target akhir Renstra",
  tahun: "tahun",
};

/** Unit, period and block of a column, as the checker read them ("rupiah · kumulatif/jumlah · Tahun 2024"). */
function columnFacts(c: ShownTable["columns"][number]): string {
  return [c.unit && UNIT_WORDS[c.unit], c.period && PERIOD_WORDS[c.period], c.block].filter(Boolean).join(" · ");
}

const CLOSING_WORDS: Record<string, string> = {
  total: "jumlah",
  subtotal: "subjumlah",
  "rata-rata": "rata-rata",
  "capaian-sasaran": "capaian sasaran",
  saldo: "surplus/defisit",
};

/** "Dikenali: baris 12 (rata-rata), 18 (jumlah)", so the user sees what to correct. */
function closingRowsText(t: ShownTable): string {
  const closing = t.rows.filter((r) => CLOSING_WORDS[r.role]);
  if (closing.length === 0) return "Tidak ada baris penutup yang dikenali.";
  const shown = closing.slice(0, 12).map((r) => `${r.index + 1} (${CLOSING_WORDS[r.role]})`);
  return `Dikenali: baris ${shown.join(", ")}${closing.length > 12 ? `, dan ${closing.length - 12} lagi` : ""}.`;
}

/** The summary line without the range (the button shows it). */
function summaryWords(t: ShownTable): string {
  const line = tableSummary(t as RecognizedTable);
  const at = line.indexOf(" — ");
  return at >= 0 ? line.slice(at + 3) : line;
}

interface TableEditorProps {
  id: string;
  table: ShownTable;
  draft: TableCorrections;
  onChange: (c: TableCorrections) => void;
  onSave: () => void;
  onReset: () => void;
  busy: boolean;
  changed: boolean;
}

function TableEditor({ id, table, draft, onChange, onSave, onReset, busy, changed }: TableEditorProps) {
  const styles = useStyles();
  const own = draft.tables[table.id] ?? {};
  const [row, setRow] = useState("");
  const [mark, setMark] = useState<RowMark>("jumlah");
  const rowNumber = Number(row);
  const rowValid = Number.isInteger(rowNumber) && rowNumber > table.top + 1 && rowNumber <= table.bottom + 2;
  const isScale = table.kind === "skala" || table.kind === "rekap";

  return (
    <div
      id={id}
      className={styles.editor}
      role="group"
      aria-label={`Koreksi tabel ${table.sheet}!${rangeA1(table.top, table.left, table.bottom, table.right)}`}
    >
      <Checkbox
        checked={own.excluded === true}
        onChange={(_, d) => onChange(setExcluded(draft, table.id, d.checked === true))}
        label="Kecualikan tabel ini (tidak diperiksa, tidak dipakai untuk tabel naratif)"
      />
      {isScale && (
        <Checkbox
          checked={draft.scaleTable === table.id}
          onChange={(_, d) => onChange(setScaleTable(draft, d.checked === true ? table.id : undefined))}
          label="Pakai tabel ini sebagai skala predikat (bila di Pengaturan skala “Otomatis”)"
        />
      )}
      {table.unmatchedCorrections && table.unmatchedCorrections.length > 0 && (
        <Caption1>Tidak cocok lagi: {table.unmatchedCorrections.join("; ")}.</Caption1>
      )}
      <Text weight="semibold" size={200}>
        Peran kolom
      </Text>
      <ul className={styles.columns}>
        {table.columns.map((c) => {
          const labelId = `${id}-kolom-${c.letter}`;
          const stored = own.columns?.[c.letter];
          return (
            <li key={c.letter} className={styles.column}>
              <div>
                <Text size={200} id={labelId} className={styles.muted}>
                  {c.letter}
                  {c.header ? ` — ${c.header}` : ""}
                </Text>
                {columnFacts(c) && (
                  <Caption1 block className={styles.muted}>
                    {columnFacts(c)}
                  </Caption1>
                )}
              </div>
              <Select
                size="small"
                aria-labelledby={labelId}
                value={stored ?? ""}
                onChange={(_, d) =>
                  onChange(setColumnRole(draft, table.id, c.letter, d.value === "" ? undefined : (d.value as ColumnRole)))
                }
              >
                <option value="">Otomatis{stored ? "" : ` (${roleLabel(c.role)})`}</option>
                {CHOOSABLE_ROLES.map((r) => (
                  <option key={r.role} value={r.role}>
                    {r.label}
                  </option>
                ))}
              </Select>
            </li>
          );
        })}
      </ul>
      <Text weight="semibold" size={200}>
        Baris penutup
      </Text>
      <Caption1 className={styles.muted}>{closingRowsText(table)}</Caption1>
      <div className={styles.rowMark}>
        <Field label="Baris ke" validationMessage={row !== "" && !rowValid ? "Di luar tabel ini" : undefined}>
          <Input className={styles.rowInput} type="number" value={row} onChange={(_, d) => setRow(d.value)} />
        </Field>
        <Field label="adalah">
          <Select value={mark} onChange={(_, d) => setMark(d.value as RowMark)}>
            {(Object.keys(MARK_LABEL) as RowMark[]).map((m) => (
              <option key={m} value={m}>
                {MARK_LABEL[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!rowValid}
          onClick={() => {
            onChange(setRowMark(draft, table.id, rowNumber, mark));
            setRow("");
          }}
        >
          Tandai
        </Button>
      </div>
      {own.rows && (
        <ul className={styles.columns} aria-label="Baris yang ditandai">
          {Object.entries(own.rows).map(([r, m]) => (
            <li key={r} className={styles.column}>
              <Text size={200}>
                Baris {r}: {MARK_LABEL[m]}
              </Text>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => onChange(setRowMark(draft, table.id, Number(r), undefined))}
              >
                Hapus tanda baris {r}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || !changed} onClick={onSave}>
          Simpan koreksi dan periksa ulang
        </Button>
        <Button disabled={busy || !changed} onClick={onReset}>
          Batalkan perubahan
        </Button>
      </div>
      <Caption1 className={styles.muted}>
        Koreksi disimpan di buku kerja bersama pengaturan lain dan dipakai juga oleh halaman mandiri dan perintah lkjip.
      </Caption1>
    </div>
  );
}
