/**
 * The read model of round-3 layouts: what was recognised per table (kind, extent, column roles,
 * units, periods, coverage, confidence), said once when uncertain, and the same column chosen by the
 * checker and the narrative; `lkjip periksa` shows it (--json `tables`, one summary line per table).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { describeTable, mainColumn, tableSummary } from "../../../../src/core/tables";
import { budgetRows } from "../../../../src/core/tables/read";
import { readBudget } from "../../../../src/core/narrative/budget";
import { periksa } from "../../../../src/cli/commands/periksa";
import { CASES } from "./cases";

const build = (id: string, planted = false) => CASES.find((c) => c.id === id)!.build(planted);
const checked = async (id: string, planted = false) => {
  const workbook = await readXlsx(await build(id, planted));
  return { workbook, ...checkWorkbook(workbook) };
};

describe("what was read, per table", () => {
  it("a PK with a closing row after each sasaran is read to its end: 17 indikator dari 5 sasaran, 5 baris rata-rata", async () => {
    const { tables } = await checked("rata-per-sasaran");
    expect(tables.map(tableSummary)).toEqual(["Formulir PK!A3:G26 — 17 indikator dari 5 sasaran, 5 baris rata-rata"]);
    const closes = tables[0].rows.filter((r) => r.role === "rata-rata" || r.role === "capaian-sasaran").map((r) => r.closes);
    // Each average closes its own group only.
    expect(closes).toEqual([
      [4, 5, 6],
      [8, 9, 10, 11],
      [13, 14, 15],
      [17, 18, 19],
      [21, 22, 23, 24],
    ]);
    expect(tables[0].coverage).toEqual({ used: 17, closing: 5, unused: [] });
  });

  it("units and roles: REALISASI (%) is a percentage column (the budget ratio), the Rp columns are rupiah", async () => {
    const { tables } = await checked("realisasi-persen");
    const d = describeTable(tables[0]);
    expect(d.columns.map((c) => `${c.letter}:${c.role}:${c.unit}`)).toEqual([
      "A:kode:null",
      "B:uraian:null",
      "C:anggaran:rupiah",
      "D:realisasi:rupiah",
      "E:persen:persen",
      "F:sisa:rupiah",
    ]);
  });

  it("periods: TW I…IV are quarters, JUMLAH REALISASI is the cumulative column; checker and narrative read the same realisasi", async () => {
    const { workbook, tables } = await checked("realisasi-triwulan");
    const t = tables[0];
    expect(t.columns.filter((c) => c.role === "realisasi").map((c) => `${c.letter}:${c.period}:${c.quarter ?? "-"}`)).toEqual([
      "D:periode:1",
      "E:periode:2",
      "F:periode:3",
      "G:periode:4",
      "H:kumulatif:-",
    ]);
    expect(mainColumn(t, "realisasi", { measure: "keuangan" })?.letter).toBe("H");
    expect(t.differences.map((x) => [x.column, x.left, x.right])).toEqual([[8, 2, 7]]);
    const narrative = readBudget(workbook, t);
    const checker = budgetRows(workbook, t);
    expect(narrative.all[0].realisasi?.typed.address).toBe("H3");
    expect(checker[0].realisasi?.address).toBe("H3");
  });

  it("s.d. bulan lalu is never the period's realisasi; s.d. bulan ini is", async () => {
    const { tables } = await checked("realisasi-bulan-ini");
    const t = tables[0];
    expect(t.columns.slice(3, 6).map((c) => c.period)).toEqual(["kumulatif-lalu", "periode", "kumulatif"]);
    expect(mainColumn(t, "realisasi", { measure: "keuangan" })?.letter).toBe("F");
  });

  it("without a numbering row, sisa and % are paired with s.d. bulan ini (F), not the first realisasi column", async () => {
    const { tables } = await checked("realisasi-bulan-ini-tanpa-rumus");
    const t = tables[0];
    expect(t.differences.map((x) => [x.column, x.left, x.right])).toEqual([[6, 2, 5]]);
    expect(t.ratios.map((x) => [x.kind, x.column, x.numerator, x.denominator])).toEqual([["persen", 7, 5, 2]]);
  });

  it("the Renstra end target is kept apart from the year's target", async () => {
    const { tables } = await checked("target-renstra");
    const kemajuan = tables.find((t) => t.sheet === "Kemajuan")!;
    expect(kemajuan.columns[2].period).toBe("renstra");
    expect(mainColumn(kemajuan, "target", { measure: "kinerja" })?.letter).toBe("D");
  });

  it("a summary per sasaran is a performance table, the count per predikat below it a recap", async () => {
    const { tables } = await checked("ringkasan-sasaran");
    expect(tables.map((t) => t.kind)).toEqual(["indikator", "rekap"]);
  });
});

describe("precision first: a misread column is said once", () => {
  it("capaian computed from an unrecognised column: one info naming the table, no error per row", async () => {
    const { findings, tables } = await checked("kolom-tak-terbaca");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    const info = findings.filter((f) => f.rule === "tabel-tak-pasti");
    expect(info).toHaveLength(1);
    expect(info[0].message).toMatch(/Evaluasi Renja!A1:F6/);
    expect(info[0].message).toMatch(/kolom C \(“K”\) berisi angka tetapi perannya tidak dikenali/);
    expect(info[0].message).toMatch(
      /kolom F \(“CAPAIAN \(%\)”\) tidak cocok dengan realisasi \/ target × 100 pada 5 dari 5 baris/,
    );
    expect(tables[0].confidence).toBeLessThan(0.75);
    expect(tableSummary(tables[0])).toMatch(/sebagian tidak pasti/);
  });

  it("one wrong row among correct ones is still an error (the column is not in doubt)", async () => {
    const { findings, tables } = await checked("rata-per-sasaran", true);
    expect(findings.filter((f) => f.rule === "capaian").map((f) => f.cell)).toEqual(["G15", "G22"]);
    expect(tables[0].confidence).toBe(1);
    expect(findings.some((f) => f.rule === "tabel-tak-pasti")).toBe(false);
  });
});

describe("lkjip periksa shows what was read", () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-unseen3-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("--json carries tables: sheet, range, kind, confidence, columns (letter/role/unit/period), coverage", async () => {
    const file = path.join(dir, "pk.xlsx");
    fs.writeFileSync(file, await build("rata-per-sasaran"));
    let text = "";
    expect(await periksa([file, "--json"], (s) => (text += s))).toBe(0);
    const json = JSON.parse(text) as { tables: ReturnType<typeof describeTable>[] };
    expect(json.tables).toHaveLength(1);
    const t = json.tables[0];
    expect({ sheet: t.sheet, range: t.range, kind: t.kind, confidence: t.confidence }).toEqual({
      sheet: "Formulir PK",
      range: "Formulir PK!A3:G26",
      kind: "indikator",
      confidence: 1,
    });
    expect(t.columns.map((c) => `${c.letter}:${c.role}:${c.unit}:${c.period}`)).toEqual([
      "A:no:null:null",
      "B:sasaran:null:null",
      "C:indikator:null:null",
      "D:satuan:null:null",
      "E:target:null:null",
      "F:realisasi:null:null",
      "G:capaian:persen:null",
    ]);
    expect(t.coverage).toEqual({ used: 17, closing: 5, unused: [] });
  });

  it("the text report says per table what was read", async () => {
    const file = path.join(dir, "pk2.xlsx");
    fs.writeFileSync(file, await build("rata-per-sasaran", true));
    let text = "";
    expect(await periksa([file], (s) => (text += s + "\n"))).toBe(0);
    expect(text).toContain("1 tabel dikenali");
    expect(text).toContain("  Formulir PK!A3:G26 — 17 indikator dari 5 sasaran, 5 baris rata-rata");
  });
});
