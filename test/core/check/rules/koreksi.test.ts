/**
 * koreksi (info): what the user's stored corrections did is said once: an excluded table, and a
 * correction that no longer matches (a column not in the table, a table that moved, a scale table gone).
 */
import { checkSheets, serious as where } from "../../../support/checkSheets";
import {
  NO_CORRECTIONS,
  setColumnRole,
  setExcluded,
  setScaleTable,
  type TableCorrections,
} from "../../../../src/core/settings/corrections";
import { tableSummary } from "../../../../src/core/tables";

type Row = (string | number | null)[];

const check = (sheets: Record<string, Row[]>, corrections?: TableCorrections) =>
  checkSheets(
    Object.entries(sheets).map(([name, rows]) => ({ name, rows })),
    { corrections },
  );
const notes = (r: Awaited<ReturnType<typeof check>>) => r.findings.filter((f) => f.rule === "koreksi");

const PK: Row[] = [
  ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
  [1, "Persentase layanan administrasi tepat waktu", 90, 85.5, 95],
  [2, "Indeks kepuasan masyarakat", 80, 82, 102.5],
  [3, "Persentase desa dengan APBDes tepat waktu", 100, 100, 100],
];

describe("corrections that do not match", () => {
  it("a stored letter outside the table is said, not applied", async () => {
    const result = await check({ "Formulir PK": PK }, setColumnRole(NO_CORRECTIONS, "Formulir PK!A1", "Q", "realisasi"));
    const info = notes(result);
    expect(info).toHaveLength(1);
    expect(info[0].message).toContain("kolom Q tidak ada di tabel");
  });

  const scaleSheets = {
    PK: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Predikat"],
      [1, "Persentase layanan administrasi tepat waktu", 100, 95, 95, "Sangat Baik"],
    ] as Row[],
    Skala: [
      ["Rentang Capaian", "Predikat"],
      ["≥ 90", "Sangat Baik"],
      ["80 - < 90", "Baik"],
      ["< 80", "Kurang"],
    ] as Row[],
  };
  it("a chosen scale table that is gone is said, and the scale used is named", async () => {
    const result = await check(scaleSheets, setScaleTable(NO_CORRECTIONS, "Skala!A30"));
    const info = notes(result);
    expect(info).toHaveLength(1);
    expect(info[0].message).toContain(result.scale.name);
  });
});

describe("tables excluded by the user", () => {
  const sheets = {
    "Formulir PK": PK,
    // A draft with values still being filled in: its capaian do not add up yet.
    Simulasi: [
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase layanan administrasi tepat waktu", 90, 70, 95],
    ] as Row[],
  };

  it("are listed, not checked, and said once as info", async () => {
    const before = await check(sheets);
    // The draft disagrees with itself and with the real table.
    expect(where(before)).toEqual(["beda-antar-tabel@Simulasi!D2", "capaian@Simulasi!E2"]);
    const result = await check(sheets, setExcluded(NO_CORRECTIONS, "Simulasi!A1", true));
    expect(where(result)).toEqual([]);
    expect(result.tables.map((t) => t.sheet)).toEqual(["Formulir PK"]);
    expect(result.excludedTables?.map((t) => t.id)).toEqual(["Simulasi!A1"]);
    expect(result.findings.filter((f) => f.rule === "koreksi").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Simulasi!A1"]);
    expect(tableSummary(result.excludedTables![0])).toContain("dikecualikan pengguna");
  });

  it("a correction for a table that moved is said, not silently dropped", async () => {
    const result = await check(sheets, setExcluded(NO_CORRECTIONS, "Simulasi!A4", true));
    expect(where(result)).toEqual(["beda-antar-tabel@Simulasi!D2", "capaian@Simulasi!E2"]);
    const info = result.findings.filter((f) => f.rule === "koreksi");
    expect(info.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Simulasi!A4"]);
    expect(info[0].message).toContain("tidak ditemukan lagi");
  });
});
