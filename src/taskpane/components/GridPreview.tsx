import { useEffect, useRef } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Workbook } from "../../core/workbook/model";
import { isErrorValue } from "../../core/workbook/model";
import { columnLetters, toA1 } from "../../core/workbook/address";

const MAX_ROWS = 400;
const MAX_COLS = 26;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sheets: { overflowX: "auto", minWidth: 0 },
  corner: { left: 0, zIndex: 2 },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
  },
  td: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  number: { textAlign: "right" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  hit: { backgroundColor: tokens.colorPaletteRedBackground2, outline: `2px solid ${tokens.colorPaletteRedBorderActive}` },
  highlight: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorBrandStroke1}` },
});

function display(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return v.toLocaleString("id-ID", { maximumFractionDigits: 4 });
  if (isErrorValue(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "string" ? v : JSON.stringify(v);
}

export interface GridPreviewProps {
  workbook: Workbook;
  sheet: string;
  onSheet: (name: string) => void;
  highlight: string | null;
  /** A1 addresses with findings on this sheet. */
  marked: Set<string>;
}

export function GridPreview({ workbook, sheet, onSheet, highlight, marked }: GridPreviewProps) {
  const styles = useStyles();
  const ref = useRef<HTMLTableCellElement | null>(null);
  const s = workbook.sheets.find((x) => x.name === sheet) ?? workbook.sheets[0];
  const tabsRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "center", inline: "nearest" });
  }, [highlight, sheet]);
  // The selected sheet tab in view (a new sheet is last, often past the edge of a narrow strip), without scrolling the page.
  useEffect(() => {
    const list = tabsRef.current;
    const index = workbook.sheets.findIndex((x) => x.name === sheet);
    const tab = list?.querySelectorAll<HTMLElement>('[role="tab"]')[index];
    if (!list || !tab) return;
    const offset = tab.getBoundingClientRect().left - list.getBoundingClientRect().left;
    if (offset < 0 || offset + tab.offsetWidth > list.clientWidth)
      list.scrollLeft += offset - (list.clientWidth - tab.offsetWidth) / 2;
  }, [sheet, workbook]);
  if (!s) return <Text>Workbook tidak memiliki lembar.</Text>;
  const rows = Math.min(s.rows.length, MAX_ROWS);
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, s.rows[r]?.length ?? 0);
  cols = Math.min(cols, MAX_COLS);
  return (
    <section className={styles.root} aria-label="Pratinjau lembar">
      <TabList
        ref={tabsRef}
        className={styles.sheets}
        size="small"
        selectedValue={s.name}
        onTabSelect={(_, d) => onSheet(String(d.value))}
        aria-label="Lembar"
      >
        {workbook.sheets.map((x) => (
          <Tab key={x.name} value={x.name}>
            {x.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} tabIndex={0} aria-label={`Isi lembar ${s.name}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.th} ${styles.corner}`} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.th} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = s.rows[r]?.[c];
                  const a1 = toA1(r, c);
                  const classes = [styles.td];
                  if (typeof cell?.value === "number") classes.push(styles.number);
                  if (cell?.bold) classes.push(styles.bold);
                  if (marked.has(a1)) classes.push(styles.hit);
                  if (highlight === a1) classes.push(styles.highlight);
                  const text = display(cell?.value);
                  return (
                    <td
                      key={c}
                      ref={highlight === a1 ? ref : undefined}
                      className={classes.join(" ")}
                      title={cell?.formula ? `${a1}: =${cell.formula}` : text ? `${a1}: ${text}` : undefined}
                      data-cell={a1}
                      aria-current={highlight === a1 ? "true" : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {s.rows.length > MAX_ROWS && <Text size={200}>Menampilkan {MAX_ROWS} baris pertama.</Text>}
    </section>
  );
}
