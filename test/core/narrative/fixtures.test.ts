/**
 * The narrative tables and sentences of the three fixture workbooks, checked against values
 * recomputed here from the raw cells (plain arithmetic on the numbers the sheets hold) and
 * against count and amount words written out by hand.
 */
import { valueText } from "../../../src/core/tables/text";
import Decimal from "decimal.js";
import { buildNarrative, displayText } from "../../../src/core/narrative";
import type { NarrativeDocument, NarrativeTable } from "../../../src/core/narrative";
import type { Workbook } from "../../../src/core/workbook/model";
import { parseNumber } from "../../../src/core/numbers";
import { loadFixture } from "./support";

function table(doc: NarrativeDocument, id: string): NarrativeTable {
  const t = doc.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}: ${doc.tables.map((x) => x.id).join(", ")}`);
  return t;
}

/** Raw number of a cell ("E7"), parsed from text when typed as text. */
function raw(wb: Workbook, sheet: string, a1: string): Decimal {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 65;
  const v = wb.sheets.find((s) => s.name === sheet)!.rows[Number(m[2]) - 1]?.[col]?.value;
  const p = parseNumber(v);
  if (p.kind !== "number") throw new Error(`${sheet}!${a1} is not a number: ${valueText(v)}`);
  return p.value;
}

const num = (t: NarrativeTable, row: number, col: number) => t.rows[row].cells[col]!.value as Decimal;
const close = (a: Decimal, b: Decimal.Value) => expect(a.minus(b).abs().lt(1e-12)).toBe(true);

describe("Kelam Permai 2019", () => {
  let doc: NarrativeDocument;
  let wb: Workbook;
  beforeAll(async () => {
    const f = await loadFixture("kelam-permai-2019");
    wb = f.workbook;
    doc = buildNarrative(wb, f.result);
  });

  test("capaian per indikator: 23 indicators, sub-indicators averaged into their indicator", () => {
    const t = table(doc, "capaian-indikator");
    expect(t.rows.filter((r) => r.cells[7] && r.cells[7].value !== null && r.cells[7].value !== "").length).toBe(23);
    // Sheet rows 7..32: row 8 is the parent of 9..11.
    const expectedCapaian: Record<number, Decimal> = {};
    for (let r = 7; r <= 32; r++) {
      if (r === 8) continue;
      expectedCapaian[r] = raw(wb, "Formulir PK", `F${r}`)
        .div(raw(wb, "Formulir PK", `E${r}`))
        .times(100);
    }
    expectedCapaian[8] = expectedCapaian[9].plus(expectedCapaian[10]).plus(expectedCapaian[11]).div(3);
    t.rows.forEach((row, i) => close(row.cells[6]!.value as Decimal, expectedCapaian[7 + i]));
    close(num(t, 1, 6), new Decimal(293.75).div(3));
    // The typed 100 at G17 is not used: 80 / 85.
    expect(displayText(t.rows[10].cells[6])).toBe("94,12");
    expect(t.rows[0].cells[4]!.formula).toEqual({ kind: "source", sheet: "Formulir PK", cell: "E7" });
    expect(t.rows[0].cells[1]!.rowSpan).toBe(7);
  });

  test("recap per predikat adds up to the indicators, with the sentence in words", () => {
    const t = table(doc, "rekap-predikat");
    expect(t.rows.map((r) => displayText(r.cells[2]))).toEqual(["23", "0", "0", "0", "23"]);
    expect(t.rows[0].cells[0]!.value).toBe("≥ 85");
    expect(t.sentences).toEqual([
      "Dari 23 (dua puluh tiga) indikator kinerja, sebanyak 23 (dua puluh tiga) indikator berpredikat Sangat Berhasil.",
    ]);
  });

  test("capaian per sasaran: mean of indicators (99,48 as the report prints for sasaran 1)", () => {
    const t = table(doc, "capaian-sasaran");
    const s1 = new Decimal(100).plus(new Decimal(293.75).div(3)).plus(100).plus(100).div(4);
    close(num(t, 0, 3), s1);
    expect(displayText(t.rows[0].cells[3])).toBe("99,48");
    const s2 = [new Decimal(100), new Decimal(81).div(85).times(100), new Decimal(100), new Decimal(80).div(85).times(100)];
    close(num(t, 1, 3), Decimal.sum(...s2).div(4));
    expect(t.notes[0]).toMatch(/rata-rata capaian indikator/);
    expect(t.sentences[0]).toBe(
      `Sebanyak 4 (empat) sasaran strategis dengan 23 (dua puluh tiga) indikator kinerja diukur capaiannya, dengan rata-rata capaian ${displayText(t.rows[4].cells[3])}% (Sangat Berhasil).`,
    );
  });

  test("realisasi anggaran: total from the program rows, not the typed total, with the note", () => {
    const t = table(doc, "anggaran-program");
    const programs = [5, 20, 26, 28, 30, 47];
    const anggaran = Decimal.sum(...programs.map((r) => raw(wb, "Realisasi Anggaran", `C${r}`)));
    const realisasi = Decimal.sum(...programs.map((r) => raw(wb, "Realisasi Anggaran", `D${r}`)));
    expect(anggaran.toNumber()).toBe(839077360);
    expect(realisasi.toNumber()).toBe(823551339);
    const total = t.rows[t.rows.length - 1];
    expect(total.style).toBe("total");
    close(total.cells[2]!.value as Decimal, anggaran);
    close(total.cells[3]!.value as Decimal, realisasi);
    close(total.cells[4]!.value as Decimal, realisasi.times(100).div(anggaran));
    close(total.cells[5]!.value as Decimal, anggaran.minus(realisasi));
    expect(t.notes.some((n) => /D50/.test(n) && /823\.551\.939/.test(n))).toBe(true);
    expect(t.sentences[0]).toBe(
      "Dari anggaran sebesar Rp 839.077.360,00 (delapan ratus tiga puluh sembilan juta tujuh puluh tujuh ribu tiga ratus enam puluh rupiah) " +
        "terealisasi Rp 823.551.339,00 (delapan ratus dua puluh tiga juta lima ratus lima puluh satu ribu tiga ratus tiga puluh sembilan rupiah) atau 98,15%, " +
        "sehingga sisa anggaran Rp 15.526.021,00 (lima belas juta lima ratus dua puluh enam ribu dua puluh satu rupiah).",
    );
    // Program 2: serapan recomputed 87.916.000 / 88.680.000 = 99,14 (typed 99,149).
    const p2 = t.rows.find((r) => r.cells[0]!.value === "2")!;
    expect(displayText(p2.cells[4])).toBe("99,14");
  });

  test("efisiensi over all sasaran: mean capaian sasaran against total serapan", () => {
    const t = table(doc, "efisiensi");
    const cap = table(doc, "capaian-sasaran");
    const budget = table(doc, "anggaran-program");
    const c = num(cap, cap.rows.length - 1, 3);
    const s = num(budget, budget.rows.length - 1, 4);
    close(num(t, 0, 4), c.minus(s));
    expect(t.rows[0].cells[5]!.value).toBe(
      c.minus(s).abs().lte(5) ? "Cukup efisien" : c.minus(s).gt(5) ? "Efisien" : "Tidak efisien",
    );
  });
});

describe("Klakah TW II 2024", () => {
  let doc: NarrativeDocument;
  let wb: Workbook;
  beforeAll(async () => {
    const f = await loadFixture("klakah-tw2-2024");
    wb = f.workbook;
    doc = buildNarrative(wb, f.result);
  });

  test("quarterly table: capaian of each quarter against the year's target, average over filled quarters", () => {
    const t = table(doc, "triwulan");
    const target = raw(wb, "Pengukuran TW II", "D5");
    close(num(t, 0, 4), raw(wb, "Pengukuran TW II", "E5").div(target).times(100));
    close(num(t, 0, 6), raw(wb, "Pengukuran TW II", "G5").div(target).times(100));
    const tw1 = [5, 6].map((r) =>
      raw(wb, "Pengukuran TW II", `E${r}`)
        .div(raw(wb, "Pengukuran TW II", `D${r}`))
        .times(100),
    );
    close(num(t, 2, 4), tw1[0].plus(tw1[1]).div(2));
    expect(displayText(t.rows[1].cells[6])).toBe("-");
  });

  test("budget per sasaran and efisiensi from the cost-per-outcome table", () => {
    const a = table(doc, "anggaran-sasaran");
    const anggaran = raw(wb, "Cost per Outcome", "D4");
    const realisasi = raw(wb, "Cost per Outcome", "E4");
    close(num(a, 0, 4), realisasi.times(100).div(anggaran));
    expect(displayText(a.rows[0].cells[4])).toBe("50,70");
    const e = table(doc, "efisiensi");
    const capaian = raw(wb, "Pengukuran TW II", "M5")
      .div(raw(wb, "Pengukuran TW II", "D5"))
      .times(100);
    close(num(e, 0, 4), capaian.minus(realisasi.times(100).div(anggaran)));
    expect(e.rows[0].cells[5]!.value).toBe("Efisien");
    expect(a.sentences[0]).toContain(
      "Rp 2.124.816.808,00 (dua miliar seratus dua puluh empat juta delapan ratus enam belas ribu delapan ratus delapan rupiah)",
    );
  });

  test("a budget typed with US separators is read as numbers and copied as values, said in a note", () => {
    const t = table(doc, "anggaran-program");
    close(num(t, 0, 2), 1917084558);
    expect(t.rows[0].cells[2]!.formula).toBeUndefined();
    expect(t.notes.some((n) => /tertulis sebagai teks/.test(n))).toBe(true);
  });
});

describe("Seberang Kota 2022", () => {
  let doc: NarrativeDocument;
  beforeAll(async () => {
    const f = await loadFixture("seberang-kota-2022");
    doc = buildNarrative(f.workbook, f.result);
  });

  test("targets typed with words inside are read; capaian recomputed (103,91, not the typed 92 %)", () => {
    const t = table(doc, "capaian-indikator");
    close(num(t, 0, 6), new Decimal(72.89).div(70.15).times(100));
    close(num(t, 1, 6), new Decimal(48.37).div(56).times(100));
    expect(displayText(t.rows[1].cells[6])).toBe("86,38");
    expect(table(doc, "rekap-predikat").sentences[0]).toBe(
      "Dari 6 (enam) indikator kinerja, sebanyak 6 (enam) indikator berpredikat Sangat Berhasil.",
    );
  });

  test("a parent whose typed pagu is not the sum of its rows takes the sum, and says so", () => {
    const t = table(doc, "anggaran-program");
    const row = t.rows.find((r) => r.cells[1]!.value === "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat")!;
    close(row.cells[2]!.value as Decimal, 75000);
    expect(row.cells[2]!.formula?.kind).toBe("call");
    expect(t.notes.some((n) => /E33/.test(n))).toBe(true);
  });

  test("comparison with the earlier year from the year blocks", () => {
    const t = table(doc, "perbandingan-tahun");
    expect(t.columns.map((c) => `${c.group ?? ""}/${c.header}`)).toEqual([
      "/No",
      "/Indikator Kinerja",
      "Tahun 2021/Target",
      "Tahun 2022/Target",
      "Tahun 2022/Realisasi",
      "Tahun 2022/Capaian (%)",
    ]);
    close(num(t, 0, 5), new Decimal(80.89).div(70.15).times(100));
  });
});
