/**
 * Generated workbooks (built with ExcelJS): a negative indicator, percent-formatted cells, the
 * "data kelompok" method, random budgets; and the renderers (sheet names quoted in formulas, free
 * sheet names, cached values, HTML for Word).
 */
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  buildNarrative,
  displayText,
  freeSheetName,
  narrativeSheetSpec,
  narrativeTableHtml,
  narrativeTableText,
} from "../../../src/core/narrative";
import { printFormula, quoteSheet } from "../../../src/core/narrative/expr";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { check } from "./support";

async function performanceWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Formulir PK");
  ws.addRow(["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "KETERANGAN"]);
  ws.addRow([1, "Meningkatnya kualitas pelayanan publik", "Persentase pelayanan tepat waktu", "%", 90, 81, 90, ""]);
  ws.addRow([
    1,
    "Meningkatnya kualitas pelayanan publik",
    "Jumlah pengaduan masyarakat",
    "Kasus",
    20,
    25,
    75,
    "semakin rendah semakin baik",
  ]);
  ws.addRow([2, "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "Nilai", 70, 56, 80, ""]);
  ws.addRow([2, "Meningkatnya akuntabilitas kinerja", "Persentase dokumen tepat waktu", "%", 0.8, 0.6, 0.75, ""]);
  for (const r of [5]) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = "0%";
  ws.mergeCells("A2:A3");
  ws.mergeCells("B2:B3");
  ws.mergeCells("A4:A5");
  ws.mergeCells("B4:B5");
  const b = wb.addWorksheet("Realisasi Anggaran");
  b.addRow(["No", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "%"]);
  b.addRow(["1", "Program Pelayanan Administrasi", 1500000, 1200000, 80]);
  b.addRow(["1.1", "Penyediaan Jasa Surat", 1000000, 900000, 90]);
  b.addRow(["1.2", "Penyediaan Alat Tulis", 500000, 300000, 60]);
  b.addRow(["2", "Program Peningkatan Aparatur", 250000, 250000, 100]);
  b.addRow(["Jumlah", "", 1750000, 1450000, 82.86]);
  b.getRow(2).font = { bold: true };
  b.getRow(5).font = { bold: true };
  return wb;
}

async function load(wb: ExcelJS.Workbook) {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const workbook = await readXlsx(bytes);
  return { workbook, result: check(workbook) };
}

describe("generated performance workbook", () => {
  test("negative indicator, percent cells, per-sasaran mean and kelompok method", async () => {
    const { workbook, result } = await load(await performanceWorkbook());
    const doc = buildNarrative(workbook, result);
    const t = doc.tables.find((x) => x.id === "capaian-indikator")!;
    const cap = t.rows.map((r) => r.cells[6]!.value as Decimal);
    // Independent: 81/90; (2·20 − 25)/20; 56/70; 60%/80%.
    const expected = [new Decimal(81).div(90).times(100), new Decimal(75), new Decimal(80), new Decimal(75)];
    cap.forEach((c, i) => expect(c.minus(expected[i]).abs().lt(1e-12)).toBe(true));
    expect(t.notes.some((n) => /Jumlah pengaduan masyarakat/.test(n) && /2 × target − realisasi/.test(n))).toBe(true);
    // A 0% cell holding 0.8 is linked and brought to percent points.
    expect(printFormula(t.rows[3].cells[4]!.formula!, () => ({ row: 0, col: 0 }))).toBe("'Formulir PK'!E5*100");
    expect(t.rows.map((r) => r.cells[7]!.value)).toEqual(["Sangat Berhasil", "Berhasil", "Berhasil", "Berhasil"]);

    const rekap = doc.tables.find((x) => x.id === "rekap-predikat")!;
    expect(rekap.sentences[0]).toBe(
      "Dari 4 (empat) indikator kinerja, sebanyak 1 (satu) indikator berpredikat Sangat Berhasil dan 3 (tiga) indikator berpredikat Berhasil.",
    );

    const mean = doc.tables.find((x) => x.id === "capaian-sasaran")!;
    expect((mean.rows[0].cells[3]!.value as Decimal).minus(expected[0].plus(75).div(2)).abs().lt(1e-12)).toBe(true);
    const grouped = buildNarrative(workbook, result, { sasaranMethod: "kelompok" }).tables.find(
      (x) => x.id === "capaian-sasaran",
    )!;
    // SB 92,5 and B 77,5 -> 85; B and B -> 77,5.
    expect(displayText(grouped.rows[0].cells[3])).toBe("85,00");
    expect(displayText(grouped.rows[1].cells[3])).toBe("77,50");
    expect(grouped.notes[0]).toMatch(/data kelompok/);
  });

  test("budget: parent rows linked when they agree, total as SUM of the programs", async () => {
    const { workbook, result } = await load(await performanceWorkbook());
    const doc = buildNarrative(workbook, result);
    const spec = narrativeSheetSpec(doc, "Tabel Naratif");
    const formulas = spec.cells.filter((c) => c.formula).map((c) => c.formula as string);
    expect(formulas).toContain("'Realisasi Anggaran'!C2");
    expect(formulas).toContain("'Formulir PK'!E2");
    expect(formulas.some((f) => /^SUM\([A-Z]+\d+,[A-Z]+\d+\)$/.test(f))).toBe(true);
    // Cached values are filled for every formula.
    for (const c of spec.cells.filter((x) => x.formula)) expect(c.value === null || c.value === undefined).toBe(false);
    const t = doc.tables.find((x) => x.id === "anggaran-program")!;
    expect(t.sentences[0]).toBe(
      "Dari anggaran sebesar Rp 1.750.000,00 (satu juta tujuh ratus lima puluh ribu rupiah) terealisasi Rp 1.450.000,00 (satu juta empat ratus lima puluh ribu rupiah) atau 82,86%, " +
        "sehingga sisa anggaran Rp 300.000,00 (tiga ratus ribu rupiah).",
    );
  });

  test("random budgets: total, serapan and sisa equal exact recomputation", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5e9 }), fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 6 }),
        async (programs) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet("Realisasi Anggaran");
          ws.addRow(["No", "Program", "Anggaran (Rp)", "Realisasi (Rp)", "%"]);
          const rows = programs.map(([pagu, pct]) => [pagu, Math.floor((pagu * pct) / 100)]);
          rows.forEach(([a, r], i) => ws.addRow([String(i + 1), `Program ${i + 1}`, a, r, Number(((r / a) * 100).toFixed(2))]));
          const { workbook, result } = await load(wb);
          const t = buildNarrative(workbook, result).tables.find((x) => x.kind === "anggaran-program")!;
          const total = t.rows[t.rows.length - 1].cells;
          const a = Decimal.sum(...rows.map((r) => new Decimal(r[0])));
          const r = Decimal.sum(...rows.map((x) => new Decimal(x[1])));
          expect((total[2]!.value as Decimal).eq(a)).toBe(true);
          expect((total[3]!.value as Decimal).eq(r)).toBe(true);
          expect((total[4]!.value as Decimal).eq(r.times(100).div(a))).toBe(true);
          expect((total[5]!.value as Decimal).eq(a.minus(r))).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("an indicator with no data this period (realisasi “-”)", () => {
  test("is no 200% for a negative indicator: target, realisasi, capaian and predikat stay “-”, and it is not graded", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("PK 2025");
    ws.addRow(["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Keterangan"]);
    ws.addRow([1, "Persentase pelayanan tepat waktu", "%", 90, 81, 90, ""]);
    ws.addRow([2, "Laju inflasi daerah", "%", 3, "-", "-", "negatif: semakin rendah semakin baik; data BPS belum dirilis"]);
    ws.addRow([3, "Nilai SAKIP", "Nilai", 70, 56, 80, ""]);
    const { workbook, result } = await load(wb);
    const t = buildNarrative(workbook, result).tables.find((x) => x.id === "capaian-indikator")!;
    const inflasi = t.rows.find((r) => r.cells[2]?.value === "Laju inflasi daerah")!;
    expect([4, 5, 6, 7].map((c) => displayText(inflasi.cells[c]))).toEqual(["3", "-", "-", "-"]);
    const rekap = buildNarrative(workbook, result).tables.find((x) => x.id === "rekap-predikat")!;
    // 81 / 90 = 90 Sangat Berhasil, 56 / 70 = 80 Berhasil; “-” read as 0 made a second Sangat Berhasil of 200%.
    expect(rekap.sentences[0]).toBe(
      "Dari 3 (tiga) indikator kinerja, sebanyak 1 (satu) indikator berpredikat Sangat Berhasil dan 1 (satu) indikator berpredikat Berhasil.",
    );
    expect(rekap.notes).toContain("1 (satu) indikator tanpa nilai capaian tidak masuk hitungan.");
  });
});

describe("renderers", () => {
  test("sheet names are quoted where Excel needs it", () => {
    expect(quoteSheet("Realisasi Anggaran")).toBe("'Realisasi Anggaran'");
    expect(quoteSheet("PK")).toBe("PK");
    expect(quoteSheet("TW1")).toBe("'TW1'");
    expect(quoteSheet("Rekap (2)")).toBe("'Rekap (2)'");
    expect(quoteSheet("Ka'bah")).toBe("'Ka''bah'");
  });

  test("a free sheet name: Tabel Naratif, then (2), (3)", () => {
    expect(freeSheetName(["Formulir PK"])).toBe("Tabel Naratif");
    expect(freeSheetName(["tabel naratif", "Tabel Naratif (2)"])).toBe("Tabel Naratif (3)");
  });

  test("HTML for Word: bordered table, Indonesian numbers, row spans, sentences as paragraphs", async () => {
    const { workbook, result } = await load(await performanceWorkbook());
    const doc = buildNarrative(workbook, result);
    const capaian = narrativeTableHtml(doc.tables.find((x) => x.id === "capaian-indikator")!);
    expect(capaian).toMatch(
      /^<p[^>]*>Capaian Indikator Kinerja per Sasaran Strategis<\/p><table style="border-collapse:collapse;/,
    );
    expect(capaian).toContain('rowspan="2"');
    expect(capaian).toContain(">90,00<");
    expect(capaian).toContain("border:1px solid #000");
    const budget = doc.tables.find((x) => x.id === "anggaran-program")!;
    const html = narrativeTableHtml(budget);
    expect(html).toContain(">1.750.000<");
    expect(html).toContain('colspan="2"');
    expect(html).toContain(
      `<p style="font-family:'Times New Roman',serif;font-size:11pt;text-align:justify;">Dari anggaran sebesar Rp 1.750.000,00`,
    );
    expect(narrativeTableText(budget).split("\n")[1]).toBe(
      "Kode\tProgram / Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan (%)\tSisa (Rp)",
    );
  });
});
