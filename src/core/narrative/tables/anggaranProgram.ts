/**
 * Realisasi anggaran per program and kegiatan: Kode | Program / Kegiatan | Anggaran | Realisasi | % | Sisa,
 * with the total. Leaves link to the source; a parent whose typed amount is not the sum of its rows
 * (or is empty) takes SUM over them instead; the total is SUM over the program rows.
 */
import Decimal from "decimal.js";
import { serapan as serapanOf } from "../../arithmetic";
import { formatRupiah } from "../../numbers/format";
import { bin, call, cell, quoteSheet } from "../expr";
import { serapanFormula } from "../formulas";
import type { BudgetEntry, BudgetSet } from "../budget";
import type { FindingIndex } from "../findings";
import { SourceValue, sourceCell } from "../source";
import type { Expr, NarrativeCell, NarrativeColumn, NarrativeTable } from "../types";
import { numberCell, PERCENT, RUPIAH, TableBuilder, textCell } from "../builder";
import { percentText, rupiahWords } from "../words";

export const BUDGET_COL = { kode: 0, uraian: 1, anggaran: 2, realisasi: 3, serapan: 4, sisa: 5 } as const;

/** Anggaran | Realisasi | Serapan | Sisa, the money columns every budget table ends with. */
export const MONEY_COLUMNS: NarrativeColumn[] = [
  { header: "Anggaran (Rp)", width: 18 },
  { header: "Realisasi (Rp)", width: 18 },
  { header: "Serapan (%)", width: 11 },
  { header: "Sisa (Rp)", width: 17 },
];

export interface BudgetTotal {
  tableId: string;
  row: number;
  anggaran: Decimal;
  realisasi: Decimal;
  serapan: Decimal | null;
}

const MEASURES = [
  { key: "anggaran", col: BUDGET_COL.anggaran, word: "Anggaran" },
  { key: "realisasi", col: BUDGET_COL.realisasi, word: "Realisasi" },
] as const;

/** The cells of one budget line: anggaran, realisasi, serapan and sisa, by formula over the first two. */
export function budgetCells(
  row: number,
  anggaran: NarrativeCell,
  realisasi: NarrativeCell,
  a: Decimal,
  r: Decimal,
): NarrativeCell[] {
  const s = serapanOf(a, r);
  const aRef = cell(row, BUDGET_COL.anggaran);
  const rRef = cell(row, BUDGET_COL.realisasi);
  return [
    anggaran,
    realisasi,
    s.ok
      ? numberCell(s.value, PERCENT, serapanFormula(aRef, rRef))
      : { value: "-", format: { kind: "text" }, formula: serapanFormula(aRef, rRef), align: "center" },
    numberCell(a.minus(r), RUPIAH, bin("-", aRef, rRef)),
  ];
}

export function buildAnggaranProgram(
  set: BudgetSet,
  id: string,
  findings: FindingIndex,
): { table: NarrativeTable; total: BudgetTotal } {
  const b = new TableBuilder(id, "anggaran-program", `Realisasi Anggaran per Program dan Kegiatan (${set.table.sheet})`, [
    { header: "Kode", width: 9 },
    { header: "Program / Kegiatan", width: 50 },
    ...MONEY_COLUMNS,
  ]);
  const sheet = set.table.sheet;

  const place = (entry: BudgetEntry, depth: number): { row: number; anggaran: Decimal; realisasi: Decimal } => {
    const row = b.size;
    b.row([], depth === 0 && entry.children.length > 0 ? "parent" : "data");
    const children = entry.children.map((child) => place(child, depth + 1));
    b.use(entry.anggaran, entry.realisasi);
    b.watch(entry.persen, entry.sisa);
    const values: Decimal[] = [];
    const cells: NarrativeCell[] = [];
    for (const m of MEASURES) {
      const own = entry[m.key];
      if (children.length === 0) {
        values.push(own?.value ?? new Decimal(0));
        // An empty amount is a zero (shown "-"), so the formulas over it stay numeric.
        cells.push(own && own.value ? sourceCell(own, RUPIAH) : numberCell(new Decimal(0), RUPIAH));
        continue;
      }
      const sum = Decimal.sum(0, ...children.map((c) => c[m.key]));
      values.push(sum);
      if (own?.value && own.value.eq(sum)) {
        cells.push(sourceCell(own, RUPIAH));
        continue;
      }
      cells.push(numberCell(sum, RUPIAH, call("SUM", ...children.map((c) => cell(c.row, m.col)))));
      if (own && (own.value || !sum.isZero()) && findings.at(sheet, own.typed.address).length === 0) {
        const typed = own.value ? formatRupiah(own.value) : "kosong";
        b.note(
          `${m.word} “${entry.label}” di ${quoteSheet(sheet)}!${own.typed.address} tertulis ${typed}, sedangkan jumlah rinciannya ${formatRupiah(sum)}; tabel memakai jumlah rincian.`,
        );
      }
    }
    const bold = depth === 0 && entry.children.length > 0;
    b.table.rows[row].cells = [
      textCell(entry.code, { bold, align: "left" }),
      textCell(entry.label, { indent: depth, bold }),
      ...budgetCells(row, cells[0], cells[1], values[0], values[1]).map((c) => ({ ...c, bold })),
    ];
    return { row, anggaran: values[0], realisasi: values[1] };
  };

  const roots = set.roots.map((root) => place(root, 0));
  const anggaran = Decimal.sum(0, ...roots.map((r) => r.anggaran));
  const realisasi = Decimal.sum(0, ...roots.map((r) => r.realisasi));
  const totalRow = b.size;
  const sumOf = (col: number): Expr => call("SUM", ...roots.map((r) => cell(r.row, col)));
  b.row(
    [
      textCell("Jumlah", { bold: true }),
      null,
      ...budgetCells(
        totalRow,
        numberCell(anggaran, RUPIAH, sumOf(BUDGET_COL.anggaran)),
        numberCell(realisasi, RUPIAH, sumOf(BUDGET_COL.realisasi)),
        anggaran,
        realisasi,
      ).map((c) => ({ ...c, bold: true })),
    ],
    "total",
  );
  for (const total of set.totals) {
    b.watch(total.anggaran, total.realisasi, total.persen);
    checkTypedTotal(b, findings, sheet, total.anggaran, anggaran, "anggaran");
    checkTypedTotal(b, findings, sheet, total.realisasi, realisasi, "realisasi");
  }

  const s = serapanOf(anggaran, realisasi);
  const serapan = s.ok ? s.value : null;
  if (serapan) {
    b.table.sentences.push(
      `Dari anggaran sebesar ${rupiahWords(anggaran)} terealisasi ${rupiahWords(realisasi)} atau ${percentText(serapan)}, ` +
        `sehingga sisa anggaran ${rupiahWords(anggaran.minus(realisasi))}.`,
    );
  }
  return { table: b.done(), total: { tableId: id, row: totalRow, anggaran, realisasi, serapan } };
}

function checkTypedTotal(
  b: TableBuilder,
  findings: FindingIndex,
  sheet: string,
  typed: SourceValue | null,
  exact: Decimal,
  word: string,
): void {
  if (!typed?.value || typed.value.eq(exact) || findings.at(sheet, typed.typed.address).length > 0) return;
  b.note(
    `Jumlah ${word} tertulis di ${quoteSheet(sheet)}!${typed.typed.address} ${formatRupiah(typed.value)}, sedangkan jumlah program ${formatRupiah(exact)}; tabel memakai jumlah hasil hitung ulang.`,
  );
}
