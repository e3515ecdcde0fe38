/**
 * Efisiensi: capaian kinerja % against serapan anggaran % per sasaran (or for all sasaran together),
 * labelled as e-SAKIP systems do: capaian − serapan above 5 efisien, within ±5 cukup efisien, below −5 tidak efisien.
 */
import Decimal from "decimal.js";
import { efisiensi } from "../../arithmetic";
import { bin, call, cell, cmp, num, text } from "../expr";
import type { Expr, NarrativeCell, NarrativeTable } from "../types";
import { numberCell, PERCENT, TableBuilder, textCell } from "../builder";
import { capitalize, percentText } from "../words";
import { formatId } from "../../numbers/format";

export interface EfisiensiLine {
  label: string;
  /** How the sentence names the line: "sasaran “…”", "seluruh sasaran". */
  subject: string;
  capaian: { value: Decimal | null; ref: Expr };
  serapan: { value: Decimal | null; ref: Expr };
}

const COL = { no: 0, uraian: 1, capaian: 2, serapan: 3, selisih: 4, label: 5 } as const;

export function buildEfisiensi(lines: EfisiensiLine[], what: string): NarrativeTable {
  const b = new TableBuilder("efisiensi", "efisiensi", `Efisiensi: Capaian Kinerja dibandingkan Serapan Anggaran per ${what}`, [
    { header: "No", width: 5 },
    { header: capitalize(what), width: 50 },
    { header: "Capaian Kinerja (%)", width: 13 },
    { header: "Serapan Anggaran (%)", width: 13 },
    { header: "Selisih (poin)", width: 11 },
    { header: "Efisiensi", width: 15 },
  ]);
  lines.forEach((line, i) => {
    const row = b.size;
    const c = line.capaian.value;
    const s = line.serapan.value;
    const cells: NarrativeCell[] = [
      textCell(String(i + 1), { align: "center" }),
      textCell(line.label),
      numberCell(c, PERCENT, c ? line.capaian.ref : undefined),
      numberCell(s, PERCENT, s ? line.serapan.ref : undefined),
    ];
    if (c && s) {
      const e = efisiensi(c, s);
      const diff = cell(row, COL.selisih);
      cells.push(numberCell(e.selisih, PERCENT, bin("-", cell(row, COL.capaian), cell(row, COL.serapan))));
      cells.push({
        value: capitalize(e.label),
        format: { kind: "text" },
        formula: call(
          "IF",
          cmp(">", diff, num(5)),
          text("Efisien"),
          call("IF", cmp("<", diff, num(-5)), text("Tidak efisien"), text("Cukup efisien")),
        ),
        align: "center",
      });
      b.table.sentences.push(
        `Capaian kinerja ${line.subject} sebesar ${percentText(c)} dengan serapan anggaran ${percentText(s)} ` +
          `(selisih ${formatId(e.selisih, 2)} poin), sehingga penggunaan anggarannya tergolong ${e.label}.`,
      );
    } else {
      cells.push(textCell("-", { align: "center" }), textCell("-", { align: "center" }));
    }
    b.row(cells);
  });
  b.note(
    "Efisien bila capaian kinerja melebihi serapan anggaran lebih dari 5 poin; cukup efisien bila selisihnya dalam ±5 poin; tidak efisien bila capaian lebih rendah lebih dari 5 poin.",
  );
  return b.done();
}
