/**
 * Tables over period blocks of a performance table: comparison with earlier years (year blocks),
 * quarterly progress (triwulan blocks and akhir tahun), and tingkat kemajuan against the Renstra end target.
 */
import Decimal from "decimal.js";
import { rataRata, tingkatKemajuan } from "../../arithmetic";
import { TableReader } from "../../tables/reader";
import type { PeriodBlock, RecognizedTable } from "../../tables/types";
import type { Workbook } from "../../workbook/model";
import { call, cell, percent } from "../expr";
import { blockOf, columnInBlock, currentColumn, isRenstraColumn } from "../columns";
import { capaianOf } from "../formulas";
import { cleanLabel } from "../indicators";
import { measured, sourceCell, SourceValue, sourceValue } from "../source";
import type { NarrativeCell, NarrativeColumn, NarrativeOptions, NarrativeTable, NarrativeTableId } from "../types";
import { numberCell, PERCENT, TableBuilder, textCell } from "../builder";

const DASH = (): NarrativeCell => textCell("-", { align: "center" });

export function buildPeriodTables(workbook: Workbook, tables: RecognizedTable[], options: NarrativeOptions): NarrativeTable[] {
  const out: NarrativeTable[] = [];
  const nextId = (kind: NarrativeTableId) => {
    const n = out.filter((t) => t.kind === kind).length;
    return n === 0 ? kind : `${kind}-${n + 1}`;
  };
  for (const table of tables) {
    if (table.kind !== "indikator") continue;
    const years = yearBlocks(table);
    const quarters = table.blocks.filter((b) => b.kind === "triwulan" || b.kind === "akhir-tahun" || b.kind === "semester");
    if (years.length >= 2)
      out.push(blockTable(workbook, table, years, nextId("perbandingan-tahun"), "perbandingan-tahun", options));
    if (quarters.some((b) => b.kind === "triwulan"))
      out.push(blockTable(workbook, table, quarters, nextId("triwulan"), "triwulan", options));
    const renstra = table.columns.find((c) => c.role === "target" && isRenstraColumn(c));
    if (renstra) out.push(kemajuanTable(workbook, table, renstra.index, nextId("kemajuan-renstra")));
  }
  return out;
}

/**
 * Year blocks, oldest first. Target/realisasi columns outside every block next to blocks of earlier
 * years ("Target | Realisasi | % | Target 2021") are this year's: they form a block of their own.
 */
function yearBlocks(table: RecognizedTable): PeriodBlock[] {
  const years = table.blocks.filter((b) => b.kind === "tahun").sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
  if (years.length === 0 || years.some((b) => b.current)) return years;
  const free = table.columns.filter(
    (c) => (c.role === "target" || c.role === "realisasi") && !blockOf(table, c.index) && !isRenstraColumn(c),
  );
  if (free.length === 0) return years;
  const latest = years[years.length - 1].year;
  const year = latest !== undefined ? latest + 1 : undefined;
  return [
    ...years,
    {
      label: year !== undefined ? `Tahun ${year}` : "Tahun berjalan",
      kind: "tahun",
      year,
      columns: free.map((c) => c.index),
      current: true,
    },
  ];
}

/** The indicator and sub-indicator rows of the table (the rows a period comparison lists). */
function listedIndicators(table: RecognizedTable) {
  return table.rows.filter((r) => r.role === "indikator" || r.role === "sub-indikator");
}

/** One column group per block: target (own or common), realisasi, capaian by formula. */
function blockTable(
  workbook: Workbook,
  table: RecognizedTable,
  blocks: PeriodBlock[],
  id: string,
  kind: NarrativeTableId,
  options: NarrativeOptions,
): NarrativeTable {
  const reader = TableReader.forWorkbook(workbook, table);
  // Quarters are measured against the year's target, which sits outside the quarter blocks.
  const common = kind === "triwulan" ? currentColumn(table, "target") : undefined;
  const layout = blocks.map((block) => {
    const target = columnInBlock(table, block, "target") ?? (kind === "triwulan" ? common : undefined);
    const realisasi = columnInBlock(table, block, "realisasi");
    return { block, own: !!columnInBlock(table, block, "target"), target, realisasi };
  });
  const columns: NarrativeColumn[] = [
    { header: "No", width: 5 },
    { header: "Indikator Kinerja", width: 40 },
  ];
  if (kind === "triwulan" && common) columns.push({ header: "Target", width: 11 });
  const positions = layout.map((l) => {
    const at: { target?: number; realisasi?: number; capaian?: number } = {};
    if (l.own && l.target) at.target = columns.push({ header: "Target", group: l.block.label, width: 11 }) - 1;
    if (l.realisasi) at.realisasi = columns.push({ header: "Realisasi", group: l.block.label, width: 11 }) - 1;
    if (l.realisasi && l.target) at.capaian = columns.push({ header: "Capaian (%)", group: l.block.label, width: 11 }) - 1;
    return at;
  });
  const title =
    kind === "triwulan"
      ? `Perkembangan Capaian Kinerja per Triwulan (${table.sheet})`
      : `Perbandingan Capaian Kinerja dengan Tahun Sebelumnya (${table.sheet})`;
  const b = new TableBuilder(id, kind, title, columns);
  const read = (row: number, col: number | undefined): SourceValue | null =>
    col === undefined ? null : sourceValue(table.sheet, reader.get(row, col));
  const capaianRows: { row: number; values: (Decimal | null)[] }[] = [];
  listedIndicators(table).forEach((row, i) => {
    const at = b.size;
    const cells: (NarrativeCell | null)[] = [
      textCell(String(i + 1), { align: "center" }),
      textCell(cleanLabel(row.label), row.role === "sub-indikator" ? { indent: 1 } : {}),
    ];
    const commonTarget = kind === "triwulan" && common ? read(row.index, common.index) : null;
    const commonShown = measured(commonTarget);
    if (kind === "triwulan" && common) cells.push(commonShown ? sourceCell(commonShown) : DASH());
    const values: (Decimal | null)[] = [];
    layout.forEach((l, bi) => {
      const pos = positions[bi];
      const targetSource = l.own ? read(row.index, l.target?.index) : commonTarget;
      const realisasiSource = read(row.index, l.realisasi?.index);
      b.use(targetSource, realisasiSource);
      const t = measured(targetSource);
      const r = measured(realisasiSource);
      if (pos.target !== undefined) cells[pos.target] = t ? sourceCell(t) : DASH();
      if (pos.realisasi !== undefined) cells[pos.realisasi] = r && r.typed.kind !== "empty" ? sourceCell(r) : DASH();
      if (pos.capaian === undefined) return;
      const tCol = pos.target ?? 2;
      const computed =
        t?.value && r?.value && r.typed.kind === "number"
          ? capaianOf(t.value, r.value, cell(at, tCol), cell(at, pos.realisasi as number), {
              polarity: row.polarity,
              negativeMethod: options.negativeMethod ?? "selisih",
            })
          : null;
      const value = computed?.value ?? null;
      values[bi] = value;
      cells[pos.capaian] = numberCell(value, PERCENT, value ? computed?.formula : undefined);
    });
    b.row(cells);
    capaianRows.push({ row: at, values });
  });
  if (kind === "triwulan" && capaianRows.length > 1) {
    const cells: (NarrativeCell | null)[] = [textCell("Rata-rata capaian", { bold: true })];
    positions.forEach((pos, bi) => {
      if (pos.capaian === undefined) return;
      const known = capaianRows.filter((r) => r.values[bi]);
      const avg = rataRata(known.map((r) => r.values[bi] as Decimal));
      cells[pos.capaian] = numberCell(
        avg.ok ? avg.value : null,
        PERCENT,
        known.length ? call("AVERAGE", ...known.map((r) => cell(r.row, pos.capaian as number))) : undefined,
        { bold: true },
      );
    });
    b.row(cells, "total");
    b.note("Rata-rata capaian tiap periode dihitung dari indikator yang sudah berisi realisasi pada periode itu.");
    for (const closing of table.rows.filter((r) => r.role === "rata-rata" || r.role === "capaian-sasaran")) {
      for (const pos of table.columns.filter((c) => c.role === "capaian"))
        b.useAddress(table.sheet, reader.get(closing.index, pos.index).address);
    }
  }
  return b.done();
}

function kemajuanTable(workbook: Workbook, table: RecognizedTable, renstraCol: number, id: string): NarrativeTable {
  const reader = TableReader.forWorkbook(workbook, table);
  const realCol = currentColumn(table, "realisasi", "kinerja");
  const b = new TableBuilder(id, "kemajuan-renstra", `Tingkat Kemajuan terhadap Target Akhir Renstra (${table.sheet})`, [
    { header: "No", width: 5 },
    { header: "Indikator Kinerja", width: 40 },
    { header: "Realisasi", width: 12 },
    { header: "Target Akhir Renstra", width: 14 },
    { header: "Tingkat Kemajuan (%)", width: 13 },
  ]);
  listedIndicators(table).forEach((row, i) => {
    const at = b.size;
    const source = realCol ? sourceValue(table.sheet, reader.get(row.index, realCol.index)) : null;
    const target = sourceValue(table.sheet, reader.get(row.index, renstraCol));
    b.use(source, target);
    const r = measured(source);
    const t = measured(target);
    const k = r?.value && t?.value ? tingkatKemajuan(r.value, t.value) : null;
    b.row([
      textCell(String(i + 1), { align: "center" }),
      textCell(cleanLabel(row.label)),
      r ? sourceCell(r) : DASH(),
      t ? sourceCell(t) : DASH(),
      numberCell(k && k.ok ? k.value : null, PERCENT, k && k.ok ? percent(cell(at, 2), cell(at, 3)) : undefined),
    ]);
  });
  b.note("Tingkat kemajuan = realisasi tahun ini / target akhir periode Renstra × 100.");
  return b.done();
}
