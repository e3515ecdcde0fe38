/**
 * "Salin untuk Word": a narrative table as rich-text HTML (inline styles, since Word keeps those on
 * paste) with Indonesian number formatting, followed by its notes and sentences as paragraphs;
 * and the same as tab-separated plain text.
 */
import { displayText } from "./format";
import { hasGroups } from "./layout";
import { HEADER_FILL, TOTAL_FILL } from "./sheetSpec";
import type { NarrativeCell, NarrativeRow, NarrativeTable } from "./types";

const BORDER = "border:1px solid #000;padding:2pt 4pt;";
const FONT = "font-family:'Times New Roman',serif;font-size:11pt;";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function headerHtml(table: NarrativeTable): string {
  const th = (text: string, attrs = "") =>
    `<th${attrs} style="${BORDER}background:${HEADER_FILL};text-align:center;vertical-align:middle;">${escapeHtml(text)}</th>`;
  if (!hasGroups(table)) return `<tr>${table.columns.map((c) => th(c.header)).join("")}</tr>`;
  const top: string[] = [];
  const bottom: string[] = [];
  let i = 0;
  while (i < table.columns.length) {
    const group = table.columns[i].group;
    if (group === undefined) {
      top.push(th(table.columns[i].header, ' rowspan="2"'));
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < table.columns.length && table.columns[end + 1].group === group) end++;
    top.push(th(group, end > i ? ` colspan="${end - i + 1}"` : ""));
    for (let c = i; c <= end; c++) bottom.push(th(table.columns[c].header));
    i = end + 1;
  }
  return `<tr>${top.join("")}</tr><tr>${bottom.join("")}</tr>`;
}

function cellHtml(cell: NarrativeCell, row: NarrativeRow, col: number): string {
  let attrs = "";
  if (cell.rowSpan && cell.rowSpan > 1) attrs += ` rowspan="${cell.rowSpan}"`;
  if (row.style === "total" && typeof cell.value === "string") {
    let end = col;
    while (end + 1 < row.cells.length && row.cells[end + 1] === null) end++;
    if (end > col) attrs += ` colspan="${end - col + 1}"`;
  }
  const align = cell.align ?? (typeof cell.value === "string" ? "left" : "right");
  const bold = cell.bold || row.style === "total" || row.style === "parent";
  let style = `${BORDER}text-align:${align};vertical-align:top;`;
  if (bold) style += "font-weight:bold;";
  if (row.style === "total") style += `background:${TOTAL_FILL};`;
  if (cell.indent) style += `padding-left:${4 + cell.indent * 12}pt;`;
  return `<td${attrs} style="${style}">${escapeHtml(displayText(cell))}</td>`;
}

/** Cells hidden under a row span above, per body row. */
function coveredCells(table: NarrativeTable): Set<string> {
  const covered = new Set<string>();
  table.rows.forEach((row, r) =>
    row.cells.forEach((c, col) => {
      for (let k = 1; c && c.rowSpan && k < c.rowSpan; k++) covered.add(`${r + k}:${col}`);
    }),
  );
  return covered;
}

export function narrativeTableHtml(table: NarrativeTable): string {
  const covered = coveredCells(table);
  const body = table.rows
    .map((row, r) => {
      const tds: string[] = [];
      let skipUntil = -1;
      row.cells.forEach((c, col) => {
        if (covered.has(`${r}:${col}`) || col <= skipUntil) return;
        if (!c) {
          tds.push(`<td style="${BORDER}"></td>`);
          return;
        }
        const html = cellHtml(c, row, col);
        const span = /colspan="(\d+)"/.exec(html);
        if (span) skipUntil = col + Number(span[1]) - 1;
        tds.push(html);
      });
      return `<tr>${tds.join("")}</tr>`;
    })
    .join("");
  const notes = table.notes.map((n) => `<p style="${FONT}font-style:italic;">Catatan: ${escapeHtml(n)}</p>`).join("");
  const sentences = table.sentences.map((s) => `<p style="${FONT}text-align:justify;">${escapeHtml(s)}</p>`).join("");
  return (
    `<p style="${FONT}font-weight:bold;">${escapeHtml(table.title)}</p>` +
    `<table style="border-collapse:collapse;${FONT}">${headerHtml(table)}${body}</table>` +
    notes +
    sentences
  );
}

/** The table as tab-separated text (header, rows, notes, sentences), for text/plain. */
export function narrativeTableText(table: NarrativeTable): string {
  const lines = [table.title, table.columns.map((c) => (c.group ? `${c.group} ${c.header}` : c.header)).join("\t")];
  for (const row of table.rows) lines.push(row.cells.map((c) => displayText(c)).join("\t"));
  for (const n of table.notes) lines.push(`Catatan: ${n}`);
  lines.push(...table.sentences);
  return lines.join("\n");
}
