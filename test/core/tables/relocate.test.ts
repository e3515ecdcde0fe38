/**
 * A stored correction follows its table when rows or columns are inserted above or before it (the
 * table's id, its top-left header cell, moves): found again by its column headers, its columns and
 * rows shifted; said by `koreksi`; never guessed when two tables of the sheet carry the same headers.
 */
import { checkSheets, serious as where } from "../../support/checkSheets";
import { UNUSUAL_REALISASI_PK } from "./unusualPk";
import {
  anchorCorrections,
  NO_CORRECTIONS,
  setColumnRole,
  setRowMark,
  type TableCorrections,
} from "../../../src/core/settings/corrections";
import { relocateCorrections, withMovedCorrections } from "../../../src/core/tables/relocate";

type Row = (string | number | null)[];

/** The unusual-realisasi PK closed by an average row under an unusual label. */
const PK: Row[] = [...UNUSUAL_REALISASI_PK, [null, "Nilai Kinerja Organisasi", null, null, null, 98.13]];

/** Two rows inserted above and one column before the table. */
const moved = (rows: Row[]): Row[] => [["Lampiran II"], ["Kecamatan Sukamaju"], ...rows.map((r) => [null, ...r])];

const check = (rows: Row[], corrections: TableCorrections) => checkSheets([{ name: "Formulir PK", rows }], { corrections });

/** The correction as the pane saves it: E is realisasi, row 8 an average, anchored by the headers read now. */
async function saved(): Promise<TableCorrections> {
  let c = setColumnRole(NO_CORRECTIONS, "Formulir PK!A3", "E", "realisasi");
  c = setRowMark(c, "Formulir PK!A3", 8, "rata-rata");
  const before = await check(PK, c);
  return anchorCorrections(c, before.tables);
}

describe("a correction follows its table", () => {
  it("rows and a column inserted above and before: the same findings, at the shifted cells, and koreksi says so", async () => {
    const c = await saved();
    expect(c.tables["Formulir PK!A3"].header).toBe("NO | INDIKATOR KINERJA | SATUAN | TARGET | HASIL PENGUKURAN | CAPAIAN (%)");
    const before = await check(PK, c);
    expect(where(before)).toEqual(["capaian@Formulir PK!F7"]);

    const after = await check(moved(PK), c);
    expect(where(after)).toEqual(["capaian@Formulir PK!G9"]);
    const [table] = after.tables;
    expect(table.correctionFrom).toBe("Formulir PK!A3");
    expect(table.corrected).toEqual(["kolom F: Realisasi", "baris 10: baris rata-rata"]);
    expect(table.rows.find((r) => r.index === 9)?.role).toBe("rata-rata");
    const notes = after.findings.filter((f) => f.rule === "koreksi");
    expect(notes.map((f) => f.cell)).toEqual(["B5"]);
    expect(notes[0].message).toMatch(/tersimpan untuk tabel di Formulir PK!A3 dipakai untuk tabel Formulir PK!B5:G10/);
  });

  it("the pane stores it under the new id, shifted, so the next check needs no relocation", async () => {
    const c = await saved();
    const result = await check(moved(PK), c);
    const rekeyed = anchorCorrections(withMovedCorrections(c, relocateCorrections(c, result.tables)), result.tables);
    expect(Object.keys(rekeyed.tables)).toEqual(["Formulir PK!B5"]);
    expect(rekeyed.tables["Formulir PK!B5"]).toMatchObject({ columns: { F: "realisasi" }, rows: { "10": "rata-rata" } });
    const again = await check(moved(PK), rekeyed);
    expect(where(again)).toEqual(["capaian@Formulir PK!G9"]);
    expect(again.tables[0].correctionFrom).toBeUndefined();
    expect(again.findings.filter((f) => f.rule === "koreksi")).toEqual([]);
  });

  it("two tables with the same headers on the sheet: nothing is guessed, the correction is said unmatched", async () => {
    const c = await saved();
    const twice = [...moved(PK), [], [], ...moved(PK).slice(2)];
    const result = await check(twice, c);
    expect(result.tables.map((t) => t.correctionFrom)).toEqual([undefined, undefined]);
    expect(where(result)).toEqual([]);
    const notes = result.findings.filter((f) => f.rule === "koreksi");
    expect(notes.map((f) => f.cell)).toEqual(["A3"]);
    expect(notes[0].message).toMatch(/tidak ditemukan lagi/);
  });

  it("a correction saved without headers (older version) is left as before: unmatched once the table moves", async () => {
    const c = setColumnRole(NO_CORRECTIONS, "Formulir PK!A3", "E", "realisasi");
    const result = await check(moved(PK), c);
    expect(result.tables[0].correctionFrom).toBeUndefined();
    expect(where(result)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === "koreksi").map((f) => f.cell)).toEqual(["A3"]);
  });
});
