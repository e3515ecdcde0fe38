/**
 * Numbers in finding messages follow the notation the check is given (Indonesian 94,12 and 1.234.567 by
 * default, US 94.12 and 1,234,567), the words stay Indonesian: first the formatter itself, then every
 * rule, on workbooks that together fire each one, checked in both notations.
 */
import Decimal from "decimal.js";
import { messageNumbers } from "../../../src/core/check/show";
import { checkWorkbook, RULE_IDS, type CheckOptions, type Finding } from "../../../src/core/check";
import { INDONESIAN_NUMBERS, US_NUMBERS } from "../../../src/core/numbers/format";
import { getPreset } from "../../../src/core/scales";
import { scaleFromRows } from "../../../src/core/scales";
import type { TypedValue } from "../../../src/core/tables/types";
import type { NumberLocale, Workbook } from "../../../src/core/workbook/model";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { WORKBOOK_SETS } from "../../support/workbookSets";
import { buildXlsx } from "../../support/workbooks";
import { EFFICIENCY_ROWS, efficiencySheet } from "../../support/efficiencySheet";

const id = messageNumbers();
const en = messageNumbers(US_NUMBERS);

const typed = (raw: number | string, value: string, decimals: number, percent?: boolean): TypedValue => ({
  address: "G7",
  kind: "number",
  value: new Decimal(value),
  decimals,
  percent,
  raw,
});

describe("messageNumbers", () => {
  it("shows typed numbers and computed values in the notation, Indonesian by default", () => {
    expect([id.value(typed(94.117647, "94.117647", 2)), en.value(typed(94.117647, "94.117647", 2))]).toEqual(["94,12", "94.12"]);
    expect([id.value(typed(1234567, "1234567", 0)), en.value(typed(1234567, "1234567", 0))]).toEqual(["1.234.567", "1,234,567"]);
    expect([id.value(typed(0.9738, "97.38", 2, true)), en.value(typed(0.9738, "97.38", 2, true))]).toEqual([
      "97,38 %",
      "97.38 %",
    ]);
    // A number typed as text is shown as the number it is, in the notation.
    const text = typed("Rp 2.659.997.281,-", "2659997281", 0);
    expect([id.value(text), en.value(text)]).toEqual(["2.659.997.281", "2,659,997,281"]);
    expect([id.number(new Decimal("95"), 2), en.number(new Decimal("95"), 2)]).toEqual(["95,00", "95.00"]);
    expect([id.exact(new Decimal("85.5")), en.exact(new Decimal("85.5"))]).toEqual(["85,5", "85.5"]);
    expect([id.count(12345), en.count(12345), en.count(7)]).toEqual(["12.345", "12,345", "7"]);
  });

  it("quotes words and text as typed, in both notations", () => {
    const word: TypedValue = { address: "H7", kind: "text", text: "Baik", raw: "Baik" };
    expect([id.value(word), en.value(word)]).toEqual(["“Baik”", "“Baik”"]);
    expect([id.cell("85 - 100"), en.cell("85 - 100")]).toEqual(["85 - 100", "85 - 100"]);
    expect([id.cell(85.5), en.cell(85.5)]).toEqual(["85,5", "85.5"]);
    expect([id.value({ address: "A1", kind: "dash", raw: "-" }), en.value({ address: "A1", kind: "empty", raw: null })]).toEqual([
      "-",
      "(kosong)",
    ]);
  });

  it("describes a preset's interval in the notation, and keeps an interval printed in the workbook as printed", () => {
    const idm = getPreset("idm")!;
    const lowest = idm.bands[idm.bands.length - 1];
    expect(id.interval(lowest)).toBe("≤ 0,4907");
    expect(en.interval(lowest)).toBe("≤ 0.4907");
    const sheet = scaleFromRows([
      { lower: "86 - 100", label: "Sangat Baik" },
      { lower: "70 - 85", label: "Baik" },
    ]);
    if (!sheet.ok) throw new Error(sheet.message);
    expect(en.interval(sheet.scale.bands[1])).toBe("70 - 85");
  });

  it("prints a scale table's number cells in the notation, not as JavaScript writes them (88.31)", () => {
    const sheet = scaleFromRows([
      { lower: 88.31, upper: 100, label: "Sangat Baik" },
      { lower: 76.61, upper: 88.3, label: "Baik" },
      { lower: "< 76,61", label: "Kurang" },
    ]);
    if (!sheet.ok) throw new Error(sheet.message);
    const [best, good, low] = sheet.scale.bands;
    expect(best.interval).toBe("88,31 – 100");
    expect(id.interval(good)).toBe("76,61 – 88,3");
    expect(en.interval(good)).toBe("76.61 – 88.3");
    // Text typed in the table stays as typed, in either notation.
    expect(en.interval(low)).toBe("< 76,61");
  });
});

/**
 * A number as `notation` writes it: digits grouped by threes with its group mark (or not grouped: a year in
 * a header), its own decimal mark. Null for anything else (a code 7.01.01, a number in the other notation).
 */
function strictNumber(text: string, notation: NumberLocale): Decimal | null {
  const esc = (c: string) => c.replace(/[.\\]/g, "\\$&");
  const m = new RegExp(
    `^(\\d{1,3}(?:${esc(notation.thousandsSeparator)}\\d{3})+|\\d+)(?:${esc(notation.decimalSeparator)}(\\d+))?$`,
  ).exec(text);
  if (!m) return null;
  return new Decimal(`${m[1].split(notation.thousandsSeparator).join("")}.${m[2] ?? "0"}`);
}

/**
 * Text quoted from the workbook is the user's, never re-written: typed values and labels in “…”, sheet
 * names, and the interval a scale table prints after its label (“Tinggi” (76 – 85)).
 */
const QUOTED = /“[^”]*”( \([^)]*\))?|'[^'\n]*'!/g;
const NUMBER = /\d[\d.,]*\d|\d/g;

/** Rules whose messages quote codes (1.3, 7.01.01.2.01): a token that is no Indonesian number is a code, the same in both. */
const CODE_RULES = new Set(["kode-lompat", "kode-ganda"]);
/** Fields that hold the cell's text as typed (a broken number “97,2 2”, a printed interval), the same in both notations. */
const AS_TYPED: Record<string, string[]> = { "angka-rusak": ["actual"], skala: ["actual"] };

/** Why the US text is not the Indonesian one in the other notation (same words, same numbers), or null. */
function notationProblem(rule: string, idText: string, enText: string): string | null {
  const plain = (s: string) => s.replace(QUOTED, "“…”");
  const [a, b] = [plain(idText), plain(enText)];
  if (a.replace(NUMBER, "#") !== b.replace(NUMBER, "#")) return "the words differ";
  const [na, nb] = [a.match(NUMBER) ?? [], b.match(NUMBER) ?? []];
  for (let i = 0; i < na.length; i++) {
    const idValue = strictNumber(na[i], INDONESIAN_NUMBERS);
    if (idValue === null) {
      if (CODE_RULES.has(rule) && na[i] === nb[i]) continue;
      return `“${na[i]}” is not an Indonesian number`;
    }
    const enValue = strictNumber(nb[i], US_NUMBERS);
    if (enValue === null || !enValue.eq(idValue)) return `“${nb[i]}” is not ${na[i]} in US notation`;
  }
  return null;
}

/**
 * What the other workbooks leave out: an Excel error where realisasi belongs (nilai-error), a pagu of zero
 * under a realisasi in the millions (bagi-nol), a BLUD surplus that is not income − spending
 * (surplus-defisit), a scale table with a gap between decimal bounds (skala), a table header that is not
 * read (tabel-terlewat);
 * checked once more with stored corrections (koreksi).
 */
async function errorWorkbook(): Promise<Workbook> {
  return readXlsx(
    await buildXlsx([
      {
        name: "Formulir PK",
        rows: [
          ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
          [
            1,
            "Meningkatnya kualitas pelayanan",
            "Persentase pengaduan yang ditindaklanjuti",
            "%",
            85,
            { v: { error: "#REF!" } },
            94.12,
          ],
          [2, "Meningkatnya kualitas pelayanan", "Jumlah dokumen perencanaan", "dokumen", 1250, 1180, 94.4],
          [3, "Meningkatnya kualitas pelayanan", "Nilai SAKIP", "nilai", 70, 68.25, 97.5],
        ],
        merges: ["B2:B4"],
      },
      {
        name: "Realisasi Anggaran",
        rows: [
          ["KODE", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"],
          ["1", "Program Penunjang Urusan Pemerintahan", 1_500_000_000, 1_417_650_000, 94.51],
          ["2", "Program Penyelenggaraan Pemerintahan", 0, 1_250_000, { v: { error: "#DIV/0!" } }],
          ["3", "Program Pemberdayaan Masyarakat Desa", 250_000_000, 240_000_000, 96],
          ["", "JUMLAH", 1_750_000_000, 1_658_900_000, 94.79],
        ],
      },
      {
        // The realisasi surplus 1.000.000 off income − spending: surplus-defisit.
        name: "LRA BLUD",
        rows: [
          ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
          ["4", "PENDAPATAN", 1_200_000_000, 1_250_500_000, 104.21],
          ["4.1.04.16.01.0001", "Jasa Layanan Rawat Jalan", 1_200_000_000, 1_250_500_000, 104.21],
          ["5", "BELANJA", 1_150_000_000, 1_098_250_000, 95.5],
          ["5.1.02.01.01.0029", "Belanja Obat", 1_150_000_000, 1_098_250_000, 95.5],
          [],
          [null, "SURPLUS / (DEFISIT)", 50_000_000, 153_250_000],
        ],
      },
      {
        // A budget header with a stray page number beside it: not read as a table (tabel-terlewat).
        name: "Anggaran Lain",
        rows: [
          ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%", 12],
          ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1_500_000_000, 1_450_000_000, 96.67],
          ["5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500_000_000, 480_000_000, 96],
        ],
      },
      // A selisih capaian − serapan typed wrong (G6: 21,58 for 19,57): efisiensi.
      efficiencySheet(EFFICIENCY_ROWS.map((x, i) => (i === 2 ? { ...x, selisih: 21.58 } : x))),
      {
        // Desa statuses counted without their IDM table, adding up to 7 under a Jumlah of 6: rekap-status.
        name: "Rekap Status",
        rows: [
          ["No", "Status Desa", "Jumlah Desa"],
          [1, "Mandiri", 0],
          [2, "Maju", 3],
          [3, "Berkembang", 3],
          [4, "Tertinggal", 1],
          [5, "Sangat Tertinggal", 0],
          [null, "Jumlah", 6],
        ],
      },
      {
        // rata-sub: the parent's 99,85 is not the mean 97,85 of its sub-indicators.
        name: "PK Sub",
        rows: [
          ["NO", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
          ["1", "Persentase satuan pendidikan memenuhi SPM", "%", null, null, 99.85],
          ["", "• Jenjang PAUD", "%", 45.5, 43.2, 94.95],
          ["", "• Jenjang SD", "%", 92, 93.15, 101.25],
          ["", "• Jenjang SMP", "%", 88.75, 86.4, 97.35],
        ],
      },
      {
        name: "Skala",
        rows: [
          ["No", "Interval Nilai Capaian", "Kriteria Penilaian"],
          [1, "≥ 90,5", "Sangat Tinggi"],
          [2, "75,5 – 85", "Tinggi"],
          [3, "65,5 – 75,5", "Sedang"],
          [4, "≤ 65,5", "Rendah"],
        ],
      },
    ]),
  );
}

describe("every rule's messages in both notations", () => {
  let runs: { name: string; id: Finding[]; en: Finding[] }[] = [];

  beforeAll(async () => {
    const built = await errorWorkbook();
    const workbooks: { name: string; workbook: Workbook; options?: CheckOptions }[] = [
      { name: "nilai-error", workbook: built },
      // Stored corrections, one of them for a table no longer there (koreksi).
      { name: "koreksi", workbook: built, options: { corrections: { tables: { "Formulir PK!A40": { excluded: true } } } } },
    ];
    for (const set of WORKBOOK_SETS)
      for (const source of set.workbooks()) workbooks.push({ name: source.name, workbook: await readXlsx(await source.bytes()) });
    runs = workbooks.map(({ name, workbook, options }) => ({
      name,
      id: checkWorkbook(workbook, options).findings,
      en: checkWorkbook(workbook, { ...options, numbers: US_NUMBERS }).findings,
    }));
  }, 300_000);

  it("the workbooks fire every rule", () => {
    const fired = new Set(runs.flatMap((r) => r.id.map((f) => f.rule)));
    expect(RULE_IDS.filter((rule) => !fired.has(rule))).toEqual([]);
  });

  it("give the same findings in both notations, with the same words and the same numbers written each way", () => {
    const problems: string[] = [];
    for (const run of runs) {
      expect(run.en.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual(run.id.map((f) => `${f.rule}@${f.sheet}!${f.cell}`));
      run.id.forEach((f, i) => {
        const e = run.en[i];
        for (const field of ["message", "expected", "actual"] as const) {
          const [a, b] = [f[field], e[field]];
          if (typeof a !== "string" || typeof b !== "string" || AS_TYPED[f.rule]?.includes(field)) {
            if (a !== b) problems.push(`${run.name} ${f.rule}@${f.cell} ${field}: ${String(a)} vs ${String(b)}`);
            continue;
          }
          const problem = notationProblem(f.rule, a, b);
          if (problem) problems.push(`${run.name} ${f.rule}@${f.sheet}!${f.cell} ${field}: ${problem}\n  id: ${a}\n  en: ${b}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it("write decimals and thousands the US way in every rule that quotes measured values", () => {
    const differing = new Set(runs.flatMap((r) => r.id.filter((f, i) => f.message !== r.en[i].message).map((f) => f.rule)));
    const measured = [
      "capaian",
      "persen-anggaran",
      "total",
      "selisih",
      "jumlah-induk",
      "rata-rata",
      "rata-sasaran",
      "akumulasi",
      "realisasi-lebih",
      "nilai-kosong",
      "bagi-nol",
      "beda-antar-tabel",
      "predikat",
      "skala",
      "efisiensi",
    ];
    expect(measured.filter((rule) => !differing.has(rule))).toEqual([]);
    const sample = runs.flatMap((r) => r.en).find((f) => f.rule === "capaian" && /\d\.\d\d\b/.test(f.message));
    expect(sample?.message).toMatch(/^Capaian tertulis [\d,.]+( %)?, seharusnya \d[\d,]*\.\d{2}/);
  });
});
