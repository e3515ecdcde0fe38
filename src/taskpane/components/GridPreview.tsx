import { useEffect, useRef } from "react";
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CellValue, Workbook } from "../../core/workbook/model";
import { isErrorValue } from "../../core/workbook/model";
import { columnLetters, toA1 } from "../../core/workbook/address";

const MAX_ROWS = 400;
const MAX_COLS = 26;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  sheets: { overflowX: "auto", minWidth: 0 },
  // Above both the column letters and the row numbers, so neither shows through the corner when scrolled.
  corner: { left: 0, zIndex: 3 },
  scroller: {
    overflow: "auto",
    maxHeight: "var(--lkjip-preview-height, 70vh)",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // Separate borders: collapsed borders belong to the table and stay behind when a sticky cell moves, letting
  // scrolled cells show through at the edge of the row numbers.
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  th: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    minWidth: "2.5em",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    textAlign: "right",
  },
  td: {
    position: "relative",
    zIndex: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    maxWidth: "220px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  number: { textAlign: "right" },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  bold: { fontWeight: tokens.fontWeightSemibold },
  // Inset outlines: an outline drawn outside the cell would paint over the sticky row numbers.
  hit: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    outline: `2px solid ${tokens.colorPaletteRedBorderActive}`,
    outlineOffset: "-2px",
  },
  highlight: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-3px",
  },
});

function display(v: CellValue | undefined): string {
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
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const s = workbook.sheets.find((x) => x.name === sheet) ?? workbook.sheets[0];
  const tabsRef = useRef<HTMLDivElement | null>(null);
  // The preview scrolls itself, never the page: the finding list the user clicked in stays where it was.
  // Another sheet (or none highlighted) opens at its top-left corner.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const cell = ref.current;
    if (!cell) {
      scroller.scrollTop = 0;
      scroller.scrollLeft = 0;
      return;
    }
    const header = scroller.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const rowHead = scroller.querySelector("tbody th")?.getBoundingClientRect().width ?? 0;
    const box = scroller.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    const top = at.top - box.top + scroller.scrollTop;
    const left = at.left - box.left + scroller.scrollLeft;
    scroller.scrollTop = Math.max(0, top - header - (scroller.clientHeight - header - at.height) / 2);
    if (left - rowHead < scroller.scrollLeft || left + at.width > scroller.scrollLeft + scroller.clientWidth)
      scroller.scrollLeft = Math.max(0, left - rowHead - (scroller.clientWidth - rowHead - at.width) / 2);
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
  if (!s) return <Text>Buku kerja tidak memiliki lembar.</Text>;
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
      <div ref={scrollerRef} className={styles.scroller} tabIndex={0} role="region" aria-label={`Isi lembar ${s.name}`}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={mergeClasses(styles.th, styles.corner)}>
                <span className={styles.srOnly}>Baris</span>
              </th>
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
                  const className = mergeClasses(
                    styles.td,
                    typeof cell?.value === "number" && styles.number,
                    cell?.bold && styles.bold,
                    marked.has(a1) && styles.hit,
                    highlight === a1 && styles.highlight,
                  );
                  const text = display(cell?.value);
                  return (
                    <td
                      key={c}
                      ref={highlight === a1 ? ref : undefined}
                      className={className}
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
