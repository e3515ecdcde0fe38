import ExcelJS from "exceljs";
import { XlsxHost } from "../../../src/hosts/xlsx/XlsxHost";
import { JOURNAL_SHEET, SETTINGS_SHEET } from "../../../src/core/workbook/host";

import { fixtureBytes as fixture } from "../../support/fixtures";

const fixtureBytes = () => fixture("kelam-permai-2019.xlsx");

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe("XlsxHost", () => {
  test("reads the fixture through readXlsx, without internal sheets", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    const wb = await host.read();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Formulir PK", "Realisasi Anggaran", "Sumber Daya Keuangan"]);
    expect(wb.sheets[0].rows[16][6]).toMatchObject({ value: 100 });
  });

  test("fix needs confirmation, is journaled in a veryHidden sheet, survives download, and undoes after reopening", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    const fix = { sheet: "Formulir PK", cell: "G17", value: 94.12, formula: "F17/E17*100", numFmt: "0.00" };
    const ask = await host.write([fix], { label: "Perbaiki G17" });
    expect(ask.status).toBe("needs-confirmation");
    const done = await host.write([fix], { label: "Perbaiki G17", confirmed: true });
    expect(done.status).toBe("written");
    expect((await host.read()).sheets[0].rows[16][6]).toMatchObject({ value: 94.12, formula: "F17/E17*100" });

    const saved = await host.save();
    const wb = await reopen(saved);
    expect(wb.getWorksheet(JOURNAL_SHEET)!.state).toBe("veryHidden");
    expect(wb.getWorksheet("Formulir PK")!.getCell("G17").value).toEqual({ formula: "F17/E17*100", result: 94.12 });

    const again = await XlsxHost.open(saved, "kelam.xlsx", "s2");
    const journal = await again.journal();
    expect(journal).toHaveLength(1);
    expect(journal[0]).toMatchObject({ cell: "G17", oldValue: 100, newFormula: "F17/E17*100", session: "s1" });
    const undone = await again.undo({ batch: journal[0].batch });
    expect(undone.status).toBe("undone");
    const restored = await reopen(await again.save());
    expect(restored.getWorksheet("Formulir PK")!.getCell("G17").value).toBe(100);
    expect((await again.journal())[0].undone).toBeTruthy();
  });

  test("text that looks like a formula is written as a string", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    await host.write([{ sheet: "Formulir PK", cell: "J1", value: '=HYPERLINK("x")' }], { label: "t" });
    const wb = await reopen(await host.save());
    const c = wb.getWorksheet("Formulir PK")!.getCell("J1");
    expect(c.value).toBe('=HYPERLINK("x")');
    expect(c.numFmt).toBe("@");
  });

  test("undo restores a formula that was overwritten by a value", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    await host.write([{ sheet: "Formulir PK", cell: "J2", formula: "1+1", value: 2 }], { label: "a" });
    await host.write([{ sheet: "Formulir PK", cell: "J2", value: 3 }], { label: "b", confirmed: true });
    const j = await host.journal();
    await host.undo({ batch: j[1].batch });
    const wb = await reopen(await host.save());
    expect(wb.getWorksheet("Formulir PK")!.getCell("J2").value).toEqual({ formula: "1+1", result: 2 });
    await host.undo({ session: "s1" });
    const wb2 = await reopen(await host.save());
    expect(wb2.getWorksheet("Formulir PK")!.getCell("J2").value).toBeNull();
  });

  test("settings are kept in a veryHidden sheet across save and reopen", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    await host.setSettings({ "lkjip.skala": "berhasil4", "lkjip.polaritas": '{"Angka kemiskinan":"negatif"}' });
    const saved = await host.save();
    expect((await reopen(saved)).getWorksheet(SETTINGS_SHEET)!.state).toBe("veryHidden");
    const again = await XlsxHost.open(saved, "kelam.xlsx", "s2");
    expect(await again.getSettings()).toEqual({
      "lkjip.skala": "berhasil4",
      "lkjip.polaritas": '{"Angka kemiskinan":"negatif"}',
    });
    await again.setSettings({ "lkjip.skala": null });
    expect(await again.getSettings()).toEqual({ "lkjip.polaritas": '{"Angka kemiskinan":"negatif"}' });
  });

  test("a settings change survives download and is undone after reopening, to exactly what was stored", async () => {
    const first = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    await first.setSettings({ "lkjip.skala": "berhasil4" });
    const second = await XlsxHost.open(await first.save(), "kelam.xlsx", "s2");
    const out = await second.setSettings({ "lkjip.skala": "baik4-100", "lkjip.koreksi": '{"Formulir PK":{"abaikan":true}}' });
    if (out.status !== "written") throw new Error("not written");
    const third = await XlsxHost.open(await second.save(), "kelam.xlsx", "s3");
    const batch = (await third.journal()).filter((e) => e.batch === out.batch);
    expect(batch.map((e) => [e.kind, e.cell, e.oldValue])).toEqual([
      ["setting", "lkjip.skala", "berhasil4"],
      ["setting", "lkjip.koreksi", null],
    ]);
    expect(await third.undo({ batch: out.batch })).toMatchObject({ status: "undone", restored: 2, skipped: [] });
    const restored = await XlsxHost.open(await third.save(), "kelam.xlsx", "s4");
    expect(await restored.getSettings()).toEqual({ "lkjip.skala": "berhasil4" });
    const rows = (await reopen(await third.save())).getWorksheet(SETTINGS_SHEET)!.getSheetValues();
    // The row that held lkjip.koreksi is emptied (its cells keep only their text format).
    expect(rows.filter((r) => Array.isArray(r) && r.length > 0).map((r) => (r as unknown[]).slice(1))).toEqual([
      ["kunci", "nilai"],
      ["lkjip.skala", "berhasil4"],
    ]);
  });

  test("a visible user sheet named like the settings sheet is never overwritten", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    await (host as unknown as { editable(): Promise<unknown> }).editable();
    const wb = (host as unknown as { wb: ExcelJS.Workbook }).wb;
    wb.addWorksheet(SETTINGS_SHEET).getCell("A1").value = "catatan saya";
    await expect(host.setSettings({ "lkjip.skala": "berhasil4" })).rejects.toThrow(/bukan lembar pengaturan Asisten LKjIP/);
    expect(wb.getWorksheet(SETTINGS_SHEET)!.getCell("A1").value).toBe("catatan saya");
    expect(await host.journal()).toEqual([]);
  });

  test("addSheet writes a formatted table; undo removes it", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    const out = await host.addSheet(
      {
        name: "Tabel 3.1",
        cells: [
          { row: 0, col: 0, value: "Klasifikasi", bold: true, fill: "#DDEBF7", border: true },
          { row: 0, col: 1, value: "Jumlah", bold: true, fill: "#DDEBF7", border: true, align: "center" },
          { row: 1, col: 0, value: "Sangat Berhasil", wrap: true },
          { row: 1, col: 1, value: 3 },
          { row: 2, col: 1, formula: "SUM(B2:B2)", value: 3 },
        ],
        columnWidths: [30, 10],
        merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
        freezeRows: 1,
        rowHeights: { 1: 30, 3: 45 },
      },
      { label: "Tabel 3.1" },
    );
    expect(out.status).toBe("written");
    const wb = await reopen(await host.save());
    const ws = wb.getWorksheet("Tabel 3.1")!;
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height)).toEqual([undefined, 30, undefined, 45]);
    expect(ws.getCell("B3").value).toEqual({ formula: "SUM(B2:B2)", result: 3 });
    expect(ws.getColumn(1).width).toBe(30);
    expect((await host.read()).sheets.map((s) => s.name)).toContain("Tabel 3.1");
    await host.undo({ session: "s1" });
    expect((await host.read()).sheets.map((s) => s.name)).not.toContain("Tabel 3.1");
  });

  test("select notifies the preview", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    const seen: string[] = [];
    const off = host.onSelect((s, c) => seen.push(`${s}!${c}`));
    await host.select("Formulir PK", "G17");
    off();
    await host.select("Formulir PK", "G18");
    expect(seen).toEqual(["Formulir PK!G17"]);
  });
});

describe("XlsxHost reads without ExcelJS", () => {
  const opened = (host: XlsxHost) => (host as unknown as { writePath: unknown }).writePath !== null;

  test("read, journal, settings and sheet names come from readXlsx; ExcelJS opens at the first write", async () => {
    const host = await XlsxHost.open(fixtureBytes(), "kelam.xlsx", "s1");
    expect((await host.read()).sheets.map((s) => s.name)).toEqual(["Formulir PK", "Realisasi Anggaran", "Sumber Daya Keuangan"]);
    expect(await host.journal()).toEqual([]);
    expect(await host.getSettings()).toEqual({});
    expect(await host.sheetNames()).toEqual(["Formulir PK", "Realisasi Anggaran", "Sumber Daya Keuangan"]);
    expect(opened(host)).toBe(false);
    await host.write([{ sheet: "Formulir PK", cell: "J1", value: "catatan" }], { label: "t" });
    expect(opened(host)).toBe(true);
    expect((await host.read()).sheets[0].rows[0][9]).toMatchObject({ value: "catatan" });
  });
});
