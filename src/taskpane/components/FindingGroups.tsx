import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/check/finding";
import { SheetGroup, SEVERITY_COLOR, findingKey, ruleName } from "../model/findings";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  // The sheet is the outer group: its header reads larger than the rules under it.
  sheetHeader: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  rule: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  ruleHead: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  ruleTitle: {
    flexGrow: 1,
    flexBasis: "12rem",
    minWidth: 0,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface FindingGroupsProps {
  groups: SheetGroup[];
  selectedKey: string | null;
  onSelect: (f: Finding) => void;
  onFix?: (f: Finding) => void;
  onFixAll?: (findings: Finding[], rule: string, sheet: string) => void;
  busy: boolean;
  decimalComma: boolean;
}

export function FindingGroups({ groups, selectedKey, onSelect, onFix, onFixAll, busy, decimalComma }: FindingGroupsProps) {
  const styles = useStyles();
  return (
    // Keyed on the sheet list so sheets that appear after a (re)check start open.
    <Accordion key={groups.map((g) => g.sheet).join("|")} multiple collapsible defaultOpenItems={groups.map((g) => g.sheet)}>
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet}>
          <AccordionHeader as="h2" size="large" button={{ className: styles.sheetHeader }}>
            {g.sheet} ({g.count})
          </AccordionHeader>
          <AccordionPanel>
            {g.rules.map((r) => (
              <section key={r.rule} className={styles.rule} aria-label={`${ruleName(r.rule)} di ${g.sheet}`}>
                <div className={styles.ruleHead}>
                  <h3 className={styles.ruleTitle}>{ruleName(r.rule)}</h3>
                  <Badge
                    appearance="tint"
                    color={SEVERITY_COLOR[r.severity]}
                    size="small"
                    aria-label={`${r.findings.length} temuan`}
                  >
                    {r.findings.length}
                  </Badge>
                  {onFixAll && r.fixable.length > 1 && (
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={busy}
                      onClick={() => onFixAll(r.fixable, r.rule, g.sheet)}
                    >
                      Perbaiki semua (aturan ini)
                    </Button>
                  )}
                </div>
                <ul className={styles.list}>
                  {r.findings.map((f) => (
                    <FindingItem
                      key={findingKey(f)}
                      finding={f}
                      selected={selectedKey === `${f.sheet}!${f.cell}`}
                      onSelect={onSelect}
                      onFix={onFix}
                      disabled={busy}
                      decimalComma={decimalComma}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
