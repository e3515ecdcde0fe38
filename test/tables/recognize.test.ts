/** Table recognition: headers, blocks, numbering formulas, merged sasaran, sub-indicators, hierarchy, closing rows. */
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { recognizeTables, indicatorRows, budgetRows } from "../../src/core/tables";
import { closingRole } from "../../src/core/tables/closing";
import { parseCode } from "../../src/core/tables/codes";
import { headerRole } from "../../src/core/tables/headerRoles";
import { buildXlsx, pkSheet, sipdLra, SheetSpec } from "../support/workbooks";

async function tablesOf(sheets: SheetSpec[]) {
  const wb = await readXlsx(await buildXlsx(sheets));
  return { wb, tables: recognizeTables(wb) };
}

describe("header synonyms", () => {
  it.each([
    ["TARGET", "target"],
    ["Rencana", "target"],
    ["TARGET 2024 (%)", "target"],
    ["REALISASI", "realisasi"],
    ["Realisasi (Rp)", "realisasi"],
    ["CAPAIAN (%)", "capaian"],
    ["%", "capaian"],
    ["PERSENTASE", "capaian"],
    ["% keuangan", "persen"],
    ["Serapan Anggaran", "persen"],
    ["Jumlah Anggaran (Rp)", "anggaran"],
    ["PAGU", "anggaran"],
    ["SISA ANGGARAN", "sisa"],
    ["SELISIH", "sisa"],
    ["KETERANGAN", "keterangan"],
    ["POLARITAS", "polaritas"],
    ["SEBELUM", "sebelum"],
    ["SETELAH", "setelah"],
    ["Predikat", "predikat"],
    ["Jumlah Indikator", "jumlah"],
    ["Klasifikasi Penilaian (%)", "rentang"],
    ["SASARAN STRATEGIS", "sasaran"],
    ["Indikator Kinerja", "indikator"],
    ["Program/Kegiatan", "uraian"],
  ])("%s -> %s", (text, role) => {
    expect(headerRole(text).role).toBe(role);
  });
});

describe("closing rows", () => {
  it.each([
    ["Jumlah", "total"],
    ["TOTAL", "total"],
    ["Rata-rata", "rata-rata"],
    ["Capaian Rata Rata", "rata-rata"],
    ["Capaian Kinerja Sasaran", "capaian-sasaran"],
    ["Rata-rata Capaian Kinerja", "capaian-sasaran"],
    ["Sub Total", "subtotal"],
  ])("%s", (label, role) => expect(closingRole(label)).toBe(role));
  it.each(["Jumlah desa yang dibina", "Rata-rata persentase desa tertib administrasi", "Nilai rata-rata IDM"])("not %s", (label) =>
    expect(closingRole(label)).toBeNull(),
  );
});

describe("codes", () => {
  it("parses dotted, SIPD, rekening, roman and letter codes", () => {
    expect(parseCode("7.01.01.2.01.0001")).toMatchObject({ kind: "dotted", ordinal: 1, rekening: false });
    expect(parseCode("5.1.02.01.01.0024")).toMatchObject({ kind: "dotted", rekening: true });
    expect(parseCode("IV")).toMatchObject({ kind: "roman", ordinal: 4 });
    expect(parseCode("c.")).toMatchObject({ kind: "letter", ordinal: 3 });
    expect(parseCode("Belanja")).toBeNull();
  });
});

describe("indicator tables", () => {
  it("reads merged sasaran, sub-indicators, numbering row and the closing row", async () => {
    const { wb, tables } = await tablesOf([
      pkSheet({
        numberingRow: true,
        closing: { label: "Capaian Kinerja Sasaran", value: "auto" },
        sasaran: [
          {
            text: "Meningkatnya pelayanan",
            indicators: [
              { name: "Indeks Kepuasan", target: 80, realisasi: 82 },
              { name: "Pengadaan", target: "", realisasi: "", subs: [{ name: "Sarana", target: 5, realisasi: 5 }] },
            ],
          },
        ],
      }),
    ]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.numberingRow).toBe(3);
    expect(t.columns.map((c) => c.role)).toEqual(["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian"]);
    const rows = indicatorRows(wb, t);
    expect(rows.map((r) => [r.role, r.indikator, r.sasaran])).toEqual([
      ["indikator", "1. Indeks Kepuasan", "Meningkatnya pelayanan"],
      ["indikator", "2. Pengadaan", "Meningkatnya pelayanan"],
      ["sub-indikator", "Sarana", "Meningkatnya pelayanan"],
    ]);
    expect(rows[2].parent).toBe(rows[1].row);
    expect(rows[0].capaian).toMatchObject({ address: "G5", kind: "number" });
    expect(t.rows[t.rows.length - 1].role).toBe("capaian-sasaran");
  });

  it("reads polarity from KETERANGAN", async () => {
    const { tables } = await tablesOf([
      pkSheet({ keteranganColumn: true, sasaran: [{ text: "S", indicators: [{ name: "Angka pengangguran", target: 5, realisasi: 4, keterangan: "semakin rendah semakin baik" }] }] }),
    ]);
    expect(tables[0].rows[0].polarity).toBe("negatif");
  });

  it("finds two tables on one sheet", async () => {
    const a = pkSheet({ sasaran: [{ text: "S", indicators: [{ name: "Indikator A", target: 5, realisasi: 4 }] }] });
    const rows = [...a.rows, [], [], ["No", "Predikat", "Jumlah Indikator"], [1, "Sangat Tinggi", 1]];
    const { tables } = await tablesOf([{ ...a, rows }]);
    expect(tables.map((t) => t.kind)).toEqual(["indikator", "rekap"]);
  });
});

describe("budget tables", () => {
  it("hangs SIPD rekening rows under the sub kegiatan above them", async () => {
    const { wb, tables } = await tablesOf([sipdLra({ rows: 120, seed: 2 })]);
    const rows = budgetRows(wb, tables[0]);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    const program = rows.find((r) => r.role === "program")!;
    const kegiatan = rows.find((r) => r.role === "kegiatan")!;
    const sub = rows.find((r) => r.role === "subkegiatan")!;
    const rek = rows.find((r) => r.role === "rekening")!;
    expect([program.level, kegiatan.level, sub.level, rek.level]).toEqual([1, 2, 3, 4]);
    expect(byRow.get(rek.parent!)?.role).toBe("subkegiatan");
    expect(byRow.get(sub.parent!)?.code).toBe(kegiatan.code);
    expect(rek.anggaran?.kind).toBe("number");
    expect(tables[0].differences).toHaveLength(1);
    expect(tables[0].ratios[0]).toMatchObject({ kind: "persen", source: "rumus" });
  });
});
