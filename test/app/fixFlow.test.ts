/**
 * The fix flow says which findings a fix brought up: written once here for the pane, the standalone page
 * and `lkjip periksa --perbaiki`. A fixed capaian puts the sasaran's average row off; a fix that leaves
 * every other number right brings up nothing.
 */
import { appearedAfterFix, fixAndRecheck, runCheck } from "../../src/app";
import type { Finding } from "../../src/core/check";
import { US_NUMBERS } from "../../src/core/numbers/format";
import { XlsxHost } from "../../src/hosts/xlsx/XlsxHost";
import { budgetSheet, buildXlsx, wrongCapaianSheet } from "../support/workbooks";

const at = (f: Finding) => `${f.rule}@${f.sheet}!${f.cell}`;

/** Formulir PK with one wrong capaian, with or without an average row under it (wrongCapaianSheet). */
async function pk(average?: number): Promise<XlsxHost> {
  return XlsxHost.open(await buildXlsx([wrongCapaianSheet(average)]), "pk.xlsx", "sesi-uji");
}

describe("appearedAfterFix", () => {
  const finding = (rule: string, cell: string, message = "…"): Finding => ({
    rule,
    severity: "error",
    sheet: "Formulir PK",
    cell,
    message,
  });

  it("compares by rule, sheet and cell: a finding whose numbers changed is not new, another rule at a cell is", () => {
    const before = [finding("capaian", "G2"), finding("rata-rata", "G5", "tertulis 96,67, padahal 98,33")];
    const after = [
      finding("rata-rata", "G5", "tertulis 96,67, padahal 95,00"),
      finding("predikat", "H5"),
      finding("rata-rata", "G9"),
    ];
    expect(appearedAfterFix(before, after, [before[0]]).map(at)).toEqual(["predikat@Formulir PK!H5", "rata-rata@Formulir PK!G9"]);
  });

  it("leaves out findings at the fixed cells themselves", () => {
    const fixed = finding("capaian", "G2");
    expect(appearedAfterFix([fixed], [finding("nilai-kosong", "G2")], [fixed])).toEqual([]);
  });
});

describe("fixAndRecheck", () => {
  it("a fixed capaian brings up the average row it puts off, with the check after the fix", async () => {
    const host = await pk(96.67); // the mean of the capaian as typed (100, 100, 90)
    const before = await runCheck(host);
    expect(before.result.findings.map(at)).toEqual(["capaian@Formulir PK!G2"]);
    const r = await fixAndRecheck(host, before.result.findings, before.result.findings, "nilai", {
      label: "Perbaiki Formulir PK!G2",
      confirmed: true,
    });
    expect(r.status).toBe("written");
    expect(r.appeared.map(at)).toEqual(["rata-rata@Formulir PK!G5"]);
    expect(r.appeared[0].message).toBe("Baris Rata-rata Capaian tertulis 96,67, padahal rata-rata 3 baris di atasnya 95,00.");
    expect(r.run?.result.findings.map(at)).toEqual(["rata-rata@Formulir PK!G5"]);
    const sheet = r.run?.workbook.sheets.find((s) => s.name === "Formulir PK");
    expect(sheet?.rows[1][6]?.value).toBe(95);
  });

  it("checks again with the options it is given (the notation of the messages)", async () => {
    const host = await pk(96.67);
    const before = await runCheck(host);
    const r = await fixAndRecheck(host, before.result.findings, before.result.findings, "nilai", {
      label: "Perbaiki",
      confirmed: true,
      check: { numbers: US_NUMBERS },
    });
    expect(r.appeared[0].message).toBe("Baris Rata-rata Capaian tertulis 96.67, padahal rata-rata 3 baris di atasnya 95.00.");
  });

  it("a fix that no other number depends on brings up nothing", async () => {
    const host = await pk();
    const before = await runCheck(host);
    expect(before.result.findings.map(at)).toEqual(["capaian@Formulir PK!G2"]);
    const r = await fixAndRecheck(host, before.result.findings, before.result.findings, "nilai", { label: "x", confirmed: true });
    expect(r.status).toBe("written");
    expect(r.appeared).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(r.run?.result.findings).toEqual([]);
  });

  it("fixes written together from values another of them changes: the fixed cell still wrong is unresolved, not new", async () => {
    // The program's pagu is not the sum of its kegiatan, and its sisa is not pagu − realisasi either:
    // the sisa fix is computed from the wrong pagu, and the % beside them was right only for it.
    const bytes = await buildXlsx([
      budgetSheet({
        sisa: true,
        sisaOverride: { 0: 5_000_000 },
        rows: [
          { code: "1", uraian: "Program Penunjang Urusan Pemerintahan", anggaran: 31_000_000, realisasi: 27_000_000, bold: true },
          { code: "1.1", uraian: "Penyusunan Dokumen Perencanaan", anggaran: 10_000_000, realisasi: 9_000_000 },
          { code: "1.2", uraian: "Administrasi Keuangan", anggaran: 20_000_000, realisasi: 18_000_000 },
        ],
      }),
    ]);
    const host = await XlsxHost.open(bytes, "lra.xlsx", "sesi-uji");
    const before = await runCheck(host);
    expect(before.result.findings.map(at)).toEqual(["jumlah-induk@Realisasi Anggaran!C3", "selisih@Realisasi Anggaran!E3"]);
    const r = await fixAndRecheck(host, before.result.findings, before.result.findings, "nilai", { label: "x", confirmed: true });
    expect(r.appeared.map(at)).toEqual(["persen-anggaran@Realisasi Anggaran!F3"]);
    expect(r.unresolved.map(at)).toEqual(["selisih@Realisasi Anggaran!E3"]);
    expect(r.unresolved[0].message).toContain("Selisih tertulis 4.000.000, seharusnya 3.000.000");
  });

  it("nothing written (the filled cell not confirmed): no check, nothing appeared", async () => {
    const host = await pk(96.67);
    const before = await runCheck(host);
    const r = await fixAndRecheck(host, before.result.findings, before.result.findings, "nilai", { label: "x" });
    expect(r.status).toBe("needs-confirmation");
    expect(r.run).toBeNull();
    expect(r.appeared).toEqual([]);
  });
});
