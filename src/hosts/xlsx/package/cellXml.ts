/** One `<c>` element as SpreadsheetML stores it: text is an inline string (never a formula). */
import { toA1 } from "../../../core/workbook/address";
import { fitCellText } from "../../../core/workbook/limits";
import type { CellContent } from "./changes";
import { attrs, encodeCellText, escapeText } from "./xml";

/** Shortest text that reads back as the same double (Excel stores 17 significant digits at most). */
function numberText(n: number): string {
  return String(n).replace("e+", "E+").replace("e-", "E-");
}

export function cellXml(prefix: string, row: number, col: number, content: CellContent, style: number): string {
  const p = prefix;
  const head = (type?: string) =>
    `<${p}c${attrs([
      ["r", toA1(row, col)],
      ["s", style || undefined],
      ["t", type],
    ])}`;
  switch (content.kind) {
    case "empty":
      return `${head()}/>`;
    case "number":
      if (!Number.isFinite(content.value)) return `${head("e")}><${p}v>#NUM!</${p}v></${p}c>`;
      return `${head()}><${p}v>${numberText(content.value)}</${p}v></${p}c>`;
    case "boolean":
      return `${head("b")}><${p}v>${content.value ? 1 : 0}</${p}v></${p}c>`;
    case "error":
      return `${head("e")}><${p}v>${escapeText(content.value)}</${p}v></${p}c>`;
    case "formula": {
      const f = `<${p}f>${escapeText(encodeCellText(content.formula))}</${p}f>`;
      const r = content.result;
      if (typeof r === "number" && Number.isFinite(r)) return `${head()}>${f}<${p}v>${numberText(r)}</${p}v></${p}c>`;
      if (typeof r === "boolean") return `${head("b")}>${f}<${p}v>${r ? 1 : 0}</${p}v></${p}c>`;
      if (typeof r === "string" && r !== "")
        return `${head("str")}>${f}<${p}v>${escapeText(encodeCellText(fitCellText(r)))}</${p}v></${p}c>`;
      return `${head()}>${f}</${p}c>`;
    }
    case "text": {
      const text = encodeCellText(fitCellText(content.value));
      const space = /^\s|\s$|\n/.test(content.value) ? ' xml:space="preserve"' : "";
      return `${head("inlineStr")}><${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is></${p}c>`;
    }
  }
}
