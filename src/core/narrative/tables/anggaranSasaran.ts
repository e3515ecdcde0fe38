/** Realisasi anggaran per sasaran, where the workbook maps its budget rows to sasaran. */
import Decimal from "decimal.js";
import { serapan as serapanOf } from "../../arithmetic";
import { labelKey } from "../../tables/text";
import { call, range, src } from "../expr";
import type { BudgetSet } from "../budget";
import type { SourceValue } from "../source";
import type { NarrativeCell, NarrativeTable } from "../types";
import { numberCell, RUPIAH, TableBuilder, textCell } from "../builder";
import { countWords, percentText, rupiahWords } from "../words";
import { BUDGET_COL, budgetCells, MONEY_COLUMNS } from "./anggaranProgram";

export interface PlacedBudgetSasaran {
  text: string;
  key: string;
  bodyRow: number;
  serapan: Decimal | null;
}

export function buildAnggaranSasaran(set: BudgetSet, id: string): { table: NarrativeTable; sasaran: PlacedBudgetSasaran[] } {
  const b = new TableBuilder(id, "anggaran-sasaran", "Realisasi Anggaran per Sasaran Strategis", [
    { header: "No", width: 5 },
    { header: "Sasaran Strategis", width: 50 },
    ...MONEY_COLUMNS,
  ]);
  const groups: { text: string; members: typeof set.roots }[] = [];
  for (const entry of set.roots) {
    if (!entry.sasaran) continue;
    const group = groups.find((g) => labelKey(g.text) === labelKey(entry.sasaran));
    if (group) group.members.push(entry);
    else groups.push({ text: entry.sasaran, members: [entry] });
  }
  const placed: PlacedBudgetSasaran[] = [];
  groups.forEach((group, i) => {
    const row = b.size;
    const a = linkedSum(group.members.map((m) => m.anggaran));
    const r = linkedSum(group.members.map((m) => m.realisasi));
    group.members.forEach((m) => {
      b.use(m.anggaran, m.realisasi);
      b.watch(m.persen, m.sisa);
    });
    b.row([
      textCell(String(i + 1), { align: "center" }),
      textCell(group.text),
      ...budgetCells(row, a.cell, r.cell, a.value, r.value),
    ]);
    const s = serapanOf(a.value, r.value);
    placed.push({ text: group.text, key: labelKey(group.text), bodyRow: row, serapan: s.ok ? s.value : null });
    b.table.sentences.push(
      `Pencapaian Sasaran ${i + 1} “${group.text}” didukung ${group.members.length > 1 ? `${countWords(group.members.length)} program/kegiatan dengan ` : ""}anggaran sebesar ${rupiahWords(a.value)} ` +
        `dengan realisasi ${rupiahWords(r.value)}` +
        (s.ok ? ` atau terserap ${percentText(s.value)}.` : "."),
    );
  });
  if (groups.length > 1) {
    const totalRow = b.size;
    const total = (col: number) => call("SUM", range(0, totalRow - 1, col));
    const a = Decimal.sum(0, ...groups.flatMap((g) => g.members.map((m) => m.anggaran?.value ?? new Decimal(0))));
    const r = Decimal.sum(0, ...groups.flatMap((g) => g.members.map((m) => m.realisasi?.value ?? new Decimal(0))));
    b.row(
      [
        textCell("Jumlah", { bold: true }),
        null,
        ...budgetCells(
          totalRow,
          numberCell(a, RUPIAH, total(BUDGET_COL.anggaran)),
          numberCell(r, RUPIAH, total(BUDGET_COL.realisasi)),
          a,
          r,
        ).map((c) => ({ ...c, bold: true })),
      ],
      "total",
    );
  }
  return { table: b.done(), sasaran: placed };
}

/** The sum of source amounts: linked (one cell or SUM of cells) when every amount is a typed number. */
function linkedSum(values: (SourceValue | null)[]): { cell: NarrativeCell; value: Decimal } {
  const value = Decimal.sum(0, ...values.map((v) => v?.value ?? new Decimal(0)));
  const present = values.filter((v): v is SourceValue => !!v && v.value !== null);
  if (present.length === 0) return { cell: textCell("-", { align: "center" }), value };
  const allLinked = present.every((v) => v.linkable);
  if (!allLinked) return { cell: numberCell(value, RUPIAH), value };
  const refs = present.map((v) => src(v.sheet, v.typed.address));
  return { cell: numberCell(value, RUPIAH, refs.length === 1 ? refs[0] : call("SUM", ...refs)), value };
}
