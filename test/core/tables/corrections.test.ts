/**
 * The user's corrections of how a table was read (stored as the `lkjip.koreksi` setting) change what
 * the checker reads, on layouts recognition gets wrong by itself: a realisasi column under an unusual
 * header, a closing row with an unusual label, a draft table that is not to be checked, and the choice
 * between two scale tables.
 */
import type { CheckOptions } from "../../../src/core/check";
import { checkSheets, serious as where } from "../../support/checkSheets";
import { UNUSUAL_REALISASI_PK } from "./unusualPk";
import { describeTable, tableSummary } from "../../../src/core/tables";
import {
  NO_CORRECTIONS,
  setColumnRole,
  setRowMark,
  setScaleTable,
  type TableCorrections,
} from "../../../src/core/settings/corrections";

type Row = (string | number | null)[];

const check = (sheets: Record<string, Row[]>, corrections?: TableCorrections, options: CheckOptions = {}) =>
  checkSheets(
    Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
    { ...options, corrections },
  );
const serious = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.severity !== "info");

const PK: Row[] = UNUSUAL_REALISASI_PK;

describe("column roles chosen by the user", () => {
  it("without a correction the unusual realisasi header leaves capaian unchecked, and the table says it once", async () => {
    const result = await check({ "Formulir PK": PK });
    expect(where(result)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "tabel-tak-pasti").map((f) => f.cell)).toEqual(["A3"]);
  });

  it("column E set to Realisasi: the planted capaian F7 is found, the right ones are not flagged", async () => {
    const id = "Formulir PK!A3";
    const result = await check({ "Formulir PK": PK }, setColumnRole(NO_CORRECTIONS, id, "E", "realisasi"));
    expect(where(result)).toEqual(["capaian@Formulir PK!F7"]);
    const described = describeTable(result.tables[0]);
    expect(described.columns.find((c) => c.letter === "E")).toMatchObject({
      role: "realisasi",
      evidence: ["peran: dipilih pengguna"],
    });
    expect(described.corrected).toEqual(["kolom E: Realisasi"]);
    expect(tableSummary(result.tables[0])).toContain("dikoreksi pengguna: kolom E: Realisasi");
    expect(result.findings.some((f) => f.rule === "tabel-tak-pasti")).toBe(false);
  });

  it("a column set to Tidak dipakai is never read, even where its header named a role", async () => {
    // Header "Capaian (%)" but the user says F is not used: nothing in F is checked.
    let c = setColumnRole(NO_CORRECTIONS, "Formulir PK!A3", "E", "realisasi");
    c = setColumnRole(c, "Formulir PK!A3", "F", "lainnya");
    const result = await check({ "Formulir PK": PK }, c);
    expect(where(result)).toEqual([]);
  });
});

/** Indicators with an average row labelled "Nilai Kinerja Organisasi": (95 + 102,5 + 100) / 3 = 99,17, typed 97. */
const WITH_AVERAGE: Row[] = [
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
  [1, "Persentase layanan administrasi tepat waktu", 90, 85.5, 95],
  [2, "Indeks kepuasan masyarakat", 80, 82, 102.5],
  [3, "Persentase desa dengan APBDes tepat waktu", 100, 100, 100],
  [null, "Nilai Kinerja Organisasi", null, null, 97],
];

describe("rows marked by the user", () => {
  it("an unusual closing label is not taken for an average by itself", async () => {
    const result = await check({ PK: WITH_AVERAGE });
    expect(result.tables[0].rows.map((r) => r.role)).not.toContain("rata-rata");
    expect(where(result).filter((w) => w.endsWith("!E5"))).toEqual([]);
  });

  it("marked as a rata-rata row, its wrong average is found with the expected value", async () => {
    const result = await check({ PK: WITH_AVERAGE }, setRowMark(NO_CORRECTIONS, "PK!A1", 5, "rata-rata"));
    const closing = result.tables[0].rows.find((r) => r.index === 4);
    expect(closing).toMatchObject({ role: "rata-rata", closes: [1, 2, 3] });
    const found = serious(result).filter((f) => f.cell === "E5");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("99,17");
  });

  it("the correct average in the marked row raises nothing", async () => {
    const right = WITH_AVERAGE.map((r, i) => (i === 4 ? [null, "Nilai Kinerja Organisasi", null, null, 99.17] : r));
    const result = await check({ PK: right }, setRowMark(NO_CORRECTIONS, "PK!A1", 5, "rata-rata"));
    expect(where(result)).toEqual([]);
  });

  it("a row recognised as a total can be marked an ordinary data row (an indicator named 'Jumlah')", async () => {
    const rows: Row[] = [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase layanan tepat waktu", 90, 85.5, 95],
      [null, "Jumlah", 12, 12, 100],
    ];
    const auto = await check({ PK: rows });
    expect(auto.tables[0].rows[1].role).toBe("total");
    const marked = await check({ PK: rows }, setRowMark(NO_CORRECTIONS, "PK!A1", 3, "data"));
    expect(marked.tables[0].rows[1].role).toBe("indikator");
    expect(where(marked)).toEqual([]);
  });
});

describe("the scale table chosen by the user", () => {
  // Two scale tables: the office's own (Sangat Baik from 90) and a draft one (Sangat Baik from 100).
  const sheets = {
    PK: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"],
      [1, "Persentase layanan administrasi tepat waktu", 100, 95, 95, "Sangat Baik"],
      [2, "Indeks kepuasan masyarakat", 100, 85, 85, "Baik"],
    ] as Row[],
    Skala: [
      ["Skala Kantor"],
      ["Rentang Capaian", "Predikat"],
      ["≥ 90", "Sangat Baik"],
      ["80 - < 90", "Baik"],
      ["< 80", "Kurang"],
      [],
      [],
      ["Skala Lama"],
      ["Rentang Capaian", "Predikat"],
      ["≥ 100", "Sangat Baik"],
      ["85 - < 100", "Baik"],
      ["< 85", "Kurang"],
    ] as Row[],
  };

  it("decides the scale predikat is checked against", async () => {
    const office = await check(sheets, setScaleTable(NO_CORRECTIONS, "Skala!A2"));
    expect(where(office)).toEqual([]);
    const old = await check(sheets, setScaleTable(NO_CORRECTIONS, "Skala!A9"));
    expect(where(old)).toEqual(["predikat@PK!F2"]);
  });

  it("a preset chosen in the settings still wins over the scale table", async () => {
    const result = await check(sheets, setScaleTable(NO_CORRECTIONS, "Skala!A2"), { scale: "permendagri86" });
    expect(result.scale.id).toBe("permendagri86");
  });
});
