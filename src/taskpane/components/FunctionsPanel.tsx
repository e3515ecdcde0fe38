import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Radio,
  RadioGroup,
  Field,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FUNCTION_DOCS, SeparatorConvention, inConvention, resultInConvention } from "../model/functionDocs";

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

export function FunctionsPanel({ initialConvention }: { initialConvention: SeparatorConvention }) {
  const styles = useStyles();
  const [convention, setConvention] = useState<SeparatorConvention>(initialConvention);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <Body1>Fungsi ini dapat diketik langsung di sel, seperti fungsi Excel biasa.</Body1>
      <Field label="Pemisah dalam contoh">
        <RadioGroup value={convention} onChange={(_, d) => setConvention(d.value as SeparatorConvention)} layout="horizontal">
          <Radio value="id" label="; dan , (Indonesia)" />
          <Radio value="us" label=", dan . (AS)" />
        </RadioGroup>
      </Field>
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
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Salin ${formula}`}
                  onClick={async () => setCopied((await copy(formula)) ? formula : null)}
                >
                  {copied === formula ? "Tersalin" : "Salin"}
                </Button>
              </div>
            );
          })}
        </Card>
      ))}
    </div>
  );
}
