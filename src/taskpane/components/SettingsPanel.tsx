import { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/check/index";
import { listPresets } from "../../core/scales/index";
import type { WorkbookSettings, Polarity } from "../../core/settings/settings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  indicators: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  indicator: { display: "grid", gridTemplateColumns: "1fr auto", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { overflowWrap: "anywhere", minWidth: 0 },
  dropdown: { minWidth: 0, width: "100%" },
});

interface IndicatorRow {
  label: string;
  detected: Polarity;
}

function indicatorsOf(result: CheckResult | null): IndicatorRow[] {
  const seen = new Map<string, IndicatorRow>();
  for (const t of result?.tables ?? []) {
    if (t.kind !== "indikator") continue;
    for (const r of t.rows) {
      if ((r.role === "indikator" || r.role === "sub-indikator") && r.label && !seen.has(r.label)) {
        seen.set(r.label, { label: r.label, detected: r.polarity });
      }
    }
  }
  return [...seen.values()];
}

export interface SettingsPanelProps {
  settings: WorkbookSettings;
  result: CheckResult | null;
  busy: boolean;
  onSave: (s: WorkbookSettings) => void;
  storedWhere: string;
}

export function SettingsPanel({ settings, result, busy, onSave, storedWhere }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  useEffect(() => setDraft(settings), [settings]);
  const presets = useMemo(() => listPresets(), []);
  const indicators = useMemo(() => indicatorsOf(result), [result]);
  const scaleText = (id: string) =>
    id
      ? (presets.find((p) => p.id === id)?.name ?? id)
      : settings.corrections.scaleTable
        ? `Otomatis: tabel skala yang dipilih (${settings.corrections.scaleTable})`
        : "Otomatis: tabel skala di buku kerja, bila ada";

  return (
    <div className={styles.root}>
      <Body1>Pengaturan disimpan {storedWhere}, sehingga pemeriksa berikutnya melihat pengaturan yang sama.</Body1>
      <Field label="Skala predikat">
        <Dropdown
          className={styles.dropdown}
          value={scaleText(draft.scale)}
          selectedOptions={[draft.scale]}
          onOptionSelect={(_, d) => setDraft({ ...draft, scale: d.optionValue ?? "" })}
        >
          <Option value="" text={scaleText("")}>
            {scaleText("")}
          </Option>
          {presets.map((p) => (
            <Option key={p.id} value={p.id ?? ""} text={p.name}>
              {p.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {result?.scale && (
        <div>
          <Caption1>Skala yang dipakai: {result.scale.name}</Caption1>
          <Table size="extra-small" aria-label="Rentang skala predikat">
            <TableBody>
              {result.scale.bands.map((b) => (
                <TableRow key={b.label}>
                  <TableCell>{b.interval}</TableCell>
                  <TableCell>{b.label}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Field label="Capaian indikator negatif (makin rendah makin baik)">
        <RadioGroup
          value={draft.negativeMethod}
          onChange={(_, d) => setDraft({ ...draft, negativeMethod: d.value as WorkbookSettings["negativeMethod"] })}
        >
          <Radio value="selisih" label="(2 × target − realisasi) / target × 100" />
          <Radio value="rasio" label="target / realisasi × 100" />
        </RadioGroup>
      </Field>
      <div>
        <Subtitle2 as="h3">Polaritas indikator</Subtitle2>
        {indicators.length === 0 ? (
          <Text size={200}>Periksa buku kerja dulu untuk melihat daftar indikator.</Text>
        ) : (
          <ul className={styles.indicators}>
            {indicators.map((ind) => (
              <li key={ind.label} className={styles.indicator}>
                <Text size={200} className={styles.label} id={`pol-${ind.label}`}>
                  {ind.label}
                </Text>
                <Select
                  size="small"
                  aria-labelledby={`pol-${ind.label}`}
                  value={draft.polarity[ind.label] ?? ind.detected}
                  onChange={(_, d) => setDraft({ ...draft, polarity: { ...draft.polarity, [ind.label]: d.value as Polarity } })}
                >
                  <option value="positif">positif</option>
                  <option value="negatif">negatif</option>
                </Select>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Button appearance="primary" disabled={busy} onClick={() => onSave(draft)}>
        Simpan pengaturan dan periksa ulang
      </Button>
    </div>
  );
}
