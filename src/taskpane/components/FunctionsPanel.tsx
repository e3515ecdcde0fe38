import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Radio,
  RadioGroup,
  Field,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUNCTION_DOCS, SeparatorConvention, inConvention, plainFormulas, resultInConvention } from "../model/functionDocs";
import { DEFAULT_SCALE_ID, getPreset, listPresets } from "../../core/scales/presets";
import type { PredicateScale } from "../../core/scales/types";
import { customFunctionsAvailable } from "../../functions/availability";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  example: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  sig: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Office webviews may deny the clipboard API: fall back to a selected textarea.
    const ta = document.createElement("textarea");
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    const ok = document.execCommand?.("copy") ?? false;
    ta.remove();
    return ok;
  }
}

export function FunctionsPanel({ initialConvention, scaleId }: { initialConvention: SeparatorConvention; scaleId?: string }) {
  const styles = useStyles();
  const [convention, setConvention] = useState<SeparatorConvention>(initialConvention);
  const [copied, setCopied] = useState<string | null>(null);
  const [plainScale, setPlainScale] = useState<string>(scaleId && getPreset(scaleId) ? scaleId : DEFAULT_SCALE_ID);
  const [available] = useState(() => customFunctionsAvailable());
  const copyButton = (formula: string) => (
    <Button
      size="small"
      appearance="subtle"
      aria-label={`Salin ${formula}`}
      onClick={() => void copy(formula).then((ok) => setCopied(ok ? formula : null))}
    >
      {copied === formula ? "Tersalin" : "Salin"}
    </Button>
  );
  const plain = (
    <Card size="small" aria-labelledby="fn-tanpa-kustom">
      <Subtitle2 as="h3" id="fn-tanpa-kustom">
        Tanpa fungsi kustom (Excel 2016/2019 lisensi volume)
      </Subtitle2>
      <Text size={200}>
        Di Excel yang tidak mendukung fungsi kustom, rumus Excel biasa ini menghitung hal yang sama untuk baris 7 (target E7,
        realisasi F7, capaian G7, pagu C7, realisasi anggaran D7). Salin lalu sesuaikan alamat selnya.
      </Text>
      <Field label="Skala predikat untuk rumus">
        <Select value={plainScale} onChange={(_, d) => setPlainScale(d.value)}>
          {listPresets().map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      {plainFormulas(getPreset(plainScale) as PredicateScale).map((p) => {
        const formula = inConvention(p.formula, convention);
        return (
          <div key={p.label} className={styles.example}>
            <Caption1>{p.label}:</Caption1>
            <code className={styles.code}>{formula}</code>
            {copyButton(formula)}
          </div>
        );
      })}
    </Card>
  );
  return (
    <div className={styles.root}>
      {available === false ? (
        <Body1>
          Excel ini tidak menjalankan fungsi kustom (misalnya Excel 2016/2019 lisensi volume). Pakai rumus Excel biasa di bawah
          ini; panel Periksa dan Naratif tetap dapat dipakai.
        </Body1>
      ) : (
        <Body1>Fungsi ini dapat diketik langsung di sel, seperti fungsi Excel biasa.</Body1>
      )}
      <Field label="Pemisah dalam contoh">
        <RadioGroup value={convention} onChange={(_, d) => setConvention(d.value as SeparatorConvention)} layout="horizontal">
          <Radio value="id" label="; dan , (Indonesia)" />
          <Radio value="us" label=", dan . (AS)" />
        </RadioGroup>
      </Field>
      {available === false && plain}
      {FUNCTION_DOCS.map((doc) => (
        <Card key={doc.name} size="small" aria-labelledby={`fn-${doc.name}`}>
          <Subtitle2 as="h3" id={`fn-${doc.name}`}>
            {doc.name}
          </Subtitle2>
          <Caption1 className={styles.sig}>{inConvention(doc.signature, convention)}</Caption1>
          <Text size={200}>{doc.summary}</Text>
          {doc.examples.map((ex) => {
            const formula = inConvention(ex.formula, convention);
            return (
              <div key={ex.formula} className={styles.example}>
                <code className={styles.code}>{formula}</code>
                <Text size={200}>→ {resultInConvention(ex.result, convention)}</Text>
                {ex.note && <Caption1>({ex.note})</Caption1>}
                {copyButton(formula)}
              </div>
            );
          })}
        </Card>
      ))}
      {available !== false && plain}
    </div>
  );
}
