import { Badge, Button, Caption1, makeStyles, tokens, Text } from "@fluentui/react-components";
import type { Finding } from "../../core/check/finding";
import { SEVERITY_COLOR, SEVERITY_LABEL, formatValue, hasFix, isEmptyValue, shownFixFormula } from "../model/findings";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  jump: {
    justifyContent: "flex-start",
    textAlign: "left",
    minWidth: 0,
    height: "auto",
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  message: { overflowWrap: "anywhere" },
  values: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", justifyContent: "flex-end" },
});

export interface FindingItemProps {
  finding: Finding;
  selected: boolean;
  onSelect: (f: Finding) => void;
  onFix?: (f: Finding) => void;
  disabled?: boolean;
  decimalComma: boolean;
}

export function FindingItem({ finding: f, selected, onSelect, onFix, disabled, decimalComma }: FindingItemProps) {
  const styles = useStyles();
  // A card reading "(kosong) · (kosong)" says nothing: values are shown when at least one is known.
  const hasValues = !isEmptyValue(f.actual) || !isEmptyValue(f.expected);
  const formula = shownFixFormula(f, decimalComma);
  return (
    <li className={selected ? `${styles.item} ${styles.selected}` : styles.item} data-finding={`${f.sheet}!${f.cell}`}>
      <div className={styles.head}>
        <Badge appearance="filled" color={SEVERITY_COLOR[f.severity]} size="small">
          {SEVERITY_LABEL[f.severity]}
        </Badge>
        <Button
          appearance="transparent"
          size="small"
          className={styles.jump}
          onClick={() => onSelect(f)}
          aria-label={`Tuju sel ${f.sheet}!${f.cell}: ${f.message}`}
          aria-current={selected ? "true" : undefined}
        >
          {f.cell}
        </Button>
      </div>
      <Text size={200} className={styles.message}>
        {f.message}
      </Text>
      {hasValues && (
        <Caption1 className={styles.values}>
          Tertulis: {formatValue(f.actual, decimalComma)} · Seharusnya: {formatValue(f.expected, decimalComma)}
        </Caption1>
      )}
      {formula && <Caption1 className={styles.values}>Rumus perbaikan: {formula}</Caption1>}
      {onFix && hasFix(f) && (
        <div className={styles.actions}>
          <Button size="small" onClick={() => onFix(f)} disabled={disabled} aria-label={`Perbaiki ${f.sheet}!${f.cell}`}>
            Perbaiki
          </Button>
        </div>
      )}
    </li>
  );
}
