import { OfficeHost, DocumentSettingsLike } from "../../../src/hosts/office/OfficeHost";
import { JOURNAL_SHEET } from "../../../src/core/workbook/host";
import { FakeCell, FakeExcel } from "./fakeExcel";

/** A PK-like sheet and a budget sheet, `scale` times longer. */
function buildWorkbook(excel: FakeExcel, scale: number): void {
  const pk: (number | string | null | FakeCell)[][] = [
    [
      { value: "NO", bold: true },
      { value: "SASARAN STRATEGIS", bold: true },
      { value: "INDIKATOR", bold: true },
      "SATUAN",
      "TARGET",
      "REALISASI",
      "CAPAIAN (%)",
    ],
  ];
  const merges = [];
  for (let i = 0; i < 40 * scale; i++) {
    const r = pk.length;
    pk.push([
      i + 1,
      i % 4 === 0 ? `Sasaran ${i / 4 + 1}` : null,
      `Indikator ${i + 1}`,
      "%",
      80,
      76 + (i % 7),
      { value: 95, formula: `F${r + 1}/E${r + 1}*100`, numFmt: "0.00" },
    ]);
    if (i % 4 === 0) merges.push({ top: r, left: 1, bottom: r + 3, right: 1 });
  }
  excel.addSheet("Formulir PK", pk, merges);
  const lra: (number | string | null | FakeCell)[][] = [["KODE", "URAIAN", "ANGGARAN", "REALISASI", "%"]];
  for (let i = 0; i < 30 * scale; i++)
    lra.push([`1.${i + 1}`, { value: `Kegiatan ${i + 1}`, indent: 1 }, 1_000_000 + i, 990_000 + i, 99]);
  lra.push(["", { value: "Jumlah", bold: true }, 123, 456, { value: "#DIV/0!", formula: "D1/0" }]);
  excel.addSheet("Realisasi Anggaran", lra);
  excel.addSheet("Kosong");
}

function fakeSettings(): DocumentSettingsLike & { store: Map<string, unknown>; saved: number } {
  const store = new Map<string, unknown>();
  return {
    store,
    saved: 0,
    get: (k) => store.get(k) ?? null,
    set: (k, v) => void store.set(k, v),
    remove: (k) => void store.delete(k),
    saveAsync(cb) {
      this.saved++;
      cb?.({ status: "succeeded" });
    },
  };
}

function hostFor(excel: FakeExcel, settings?: DocumentSettingsLike) {
  return new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported, settings, session: "s1" });
}

describe("OfficeHost.read", () => {
  test("reads values, formulas, formats, bold, indent, merges, errors and separators", async () => {
    const excel = new FakeExcel();
    buildWorkbook(excel, 1);
    const wb = await hostFor(excel).read();
    expect(wb.locale).toEqual({ decimalSeparator: ",", thousandsSeparator: "." });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Formulir PK", "Realisasi Anggaran", "Kosong"]);
    const pk = wb.sheets[0];
    expect(pk.rows[0][0]).toEqual({ value: "NO", bold: true });
    expect(pk.rows[1][6]).toEqual({ value: 95, formula: "F2/E2*100", numFmt: "0.00" });
    expect(pk.merges[0]).toEqual({ top: 1, left: 1, bottom: 4, right: 1 });
    expect(pk.merges).toHaveLength(10);
    const lra = wb.sheets[1];
    expect(lra.rows[1][1]).toEqual({ value: "Kegiatan 1", indent: 1 });
    expect(lra.rows[31][4]).toEqual({ value: { error: "#DIV/0!" }, formula: "D1/0" });
    expect(wb.sheets[2].rows).toEqual([]);
  });

  test("sync calls do not grow with rows: small vs 20x larger workbook", async () => {
    const small = new FakeExcel();
    buildWorkbook(small, 1);
    await hostFor(small).read();
    const large = new FakeExcel();
    buildWorkbook(large, 20);
    const wb = await hostFor(large).read();
    expect(wb.sheets[0].rows).toHaveLength(801);

    console.log(`context.sync() for a full read: small ${small.syncCount}, 20x ${large.syncCount}`);
    expect(large.syncCount).toBe(small.syncCount);
    expect(small.syncCount).toBeLessThanOrEqual(4);
  });

  test("a workbook over the 5 MB payload is read in chunks under the limit", async () => {
    const excel = new FakeExcel();
    const rows: (string | number)[][] = [];
    for (let r = 0; r < 60_000; r++) rows.push([`Uraian kegiatan nomor ${r}`, r, r * 2, r * 3, "0.00", r / 7]);
    excel.addSheet("Besar", rows);
    const progress: number[] = [];
    const wb = await hostFor(excel).read((done, total) => progress.push(done / total));
    expect(wb.sheets[0].rows).toHaveLength(60_000);
    expect(wb.sheets[0].rows[59_999][1]).toEqual({ value: 59_999 });
    expect(excel.maxSyncBytes).toBeLessThanOrEqual(5_000_000);
    expect(progress[progress.length - 1]).toBe(1);
  });

  test("reads the hidden (grouped, filtered) rows and hidden columns in the same syncs", async () => {
    const plain = new FakeExcel();
    buildWorkbook(plain, 1);
    await hostFor(plain).read();
    const excel = new FakeExcel();
    buildWorkbook(excel, 1);
    const lra = excel.sheets[1];
    lra.hiddenRows = new Set([3, 4, 9]);
    lra.hiddenColumns = new Set([2]);
    const wb = await hostFor(excel).read();
    expect(wb.sheets[1].hiddenRows).toEqual([3, 4, 9]);
    expect(wb.sheets[1].hiddenColumns).toEqual([2]);
    expect(wb.sheets[0].hiddenRows).toBeUndefined();
    expect(excel.syncCount).toBe(plain.syncCount);
  });

  test("falls back to row bands beyond 512 merged areas", async () => {
    const excel = new FakeExcel();
    const rows: (string | number)[][] = [];
    const merges = [];
    for (let r = 0; r < 1400; r++) rows.push(["a", "b", r]);
    for (let r = 0; r < 1400; r += 2) merges.push({ top: r, left: 0, bottom: r + 1, right: 0 });
    excel.addSheet("Gabung", rows, merges);
    const wb = await hostFor(excel).read();
    expect(wb.sheets[0].merges).toHaveLength(700);
  });

  test("degrades with Indonesian notes where requirement sets are missing", async () => {
    const excel = new FakeExcel({ sets: { "1.9": false, "1.11": false, "1.13": false } });
    buildWorkbook(excel, 1);
    const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported, session: "s", displayLanguage: "id-ID" });
    expect(host.capabilities.merges).toBe(false);
    expect(host.capabilities.notes.join(" ")).toMatch(/ExcelApi 1\.13/);
    const wb = await host.read();
    expect(wb.sheets[0].merges).toEqual([]);
    expect(wb.sheets[0].rows[0][0]).toEqual({ value: "NO" });
    expect(wb.locale).toEqual({ decimalSeparator: ",", thousandsSeparator: "." });
  });

  test("refuses to run below ExcelApi 1.4 with a clear message", async () => {
    const excel = new FakeExcel({ sets: { "1.4": false } });
    await expect(hostFor(excel).read()).rejects.toThrow(/ExcelApi 1\.4/);
  });

  test("skips hidden sheets (the add-in's own are very hidden); a visible sheet named like the journal is the user's", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Data", [[1]]);
    excel.addSheet("Rahasia", [[2]]).visibility = "Hidden";
    excel.addSheet("_lkjip_pengaturan", [["kunci", "nilai"]]).visibility = "VeryHidden";
    excel.addSheet(JOURNAL_SHEET, [["catatan saya"]]).visibility = "Visible";
    const host = hostFor(excel);
    const wb = await host.read();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Data", JOURNAL_SHEET]);
    // Nothing is journaled into the user's sheet: the write is refused and nothing changes.
    await expect(host.write([{ sheet: "Data", cell: "B1", value: 2 }], { label: "x" })).rejects.toThrow(
      /bukan jurnal Asisten LKjIP/,
    );
    expect(excel.cell("Data", "B1")).toBeUndefined();
    expect(excel.cell(JOURNAL_SHEET, "A2")).toBeUndefined();
    expect(await host.journal()).toEqual([]);
  });
});

describe("OfficeHost writing, journal and undo", () => {
  function setup() {
    const excel = new FakeExcel();
    excel.addSheet("PK", [
      ["TARGET", "REALISASI", "CAPAIAN"],
      [85, 80, 100],
      [50, 40, null],
      [10, 5, { value: 50, formula: "B4/A4*100" }],
    ]);
    return { excel, host: hostFor(excel) };
  }

  test("asks before overwriting a non-empty cell, writes nothing until confirmed", async () => {
    const { excel, host } = setup();
    const first = await host.write([{ sheet: "PK", cell: "C2", value: 94.12 }], { label: "Perbaiki C2" });
    expect(first.status).toBe("needs-confirmation");
    if (first.status !== "needs-confirmation") return;
    expect(first.conflicts).toEqual([
      expect.objectContaining({
        sheet: "PK",
        cell: "C2",
        next: 94.12,
        reason: "tidak-kosong",
        current: expect.objectContaining({ value: 100 }),
      }),
    ]);
    expect(excel.cell("PK", "C2")?.value).toBe(100);
    const second = await host.write([{ sheet: "PK", cell: "C2", value: 94.12 }], { label: "Perbaiki C2", confirmed: true });
    expect(second.status).toBe("written");
    expect(excel.cell("PK", "C2")?.value).toBe(94.12);
  });

  test("an empty cell is written without confirmation", async () => {
    const { excel, host } = setup();
    const out = await host.write([{ sheet: "PK", cell: "C3", formula: "B3/A3*100" }], { label: "Isi C3" });
    expect(out.status).toBe("written");
    expect(excel.cell("PK", "C3")?.formula).toBe("B3/A3*100");
  });

  test("text starting with =, +, - or @ stays text", async () => {
    const { excel, host } = setup();
    const out = await host.write(
      [
        { sheet: "PK", cell: "E1", value: "=SUM(A1:A9)" },
        { sheet: "PK", cell: "E2", value: "+62 812" },
        { sheet: "PK", cell: "E3", value: "-" },
        { sheet: "PK", cell: "E4", value: "@mention" },
      ],
      { label: "Teks" },
    );
    expect(out.status).toBe("written");
    for (const [cell, text] of [
      ["E1", "=SUM(A1:A9)"],
      ["E2", "+62 812"],
      ["E3", "-"],
      ["E4", "@mention"],
    ]) {
      expect(excel.cell("PK", cell)).toEqual({ value: text, numFmt: "@" });
    }
  });

  test("journal records old and new; undo restores value, formula and format", async () => {
    const { excel, host } = setup();
    const syncBefore = excel.syncCount;
    const w = await host.write(
      [
        { sheet: "PK", cell: "C2", value: 94.12, numFmt: "0.00" },
        { sheet: "PK", cell: "C4", value: 50 },
      ],
      { label: "Perbaiki semua (capaian)", confirmed: true },
    );
    // Two syncs to look (sheet list, then cells and journal end), one to write cells and journal together.
    expect(excel.syncCount - syncBefore).toBe(3);
    expect(w.status).toBe("written");
    const journalSheet = excel.sheet(JOURNAL_SHEET);
    expect(journalSheet.visibility).toBe("VeryHidden");
    const entries = await host.journal();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      sheet: "PK",
      cell: "C2",
      oldValue: 100,
      newValue: 94.12,
      newNumFmt: "0.00",
      session: "s1",
    });
    expect(entries[1]).toMatchObject({ cell: "C4", oldValue: 50, oldFormula: "B4/A4*100", newValue: 50 });
    expect(excel.cell("PK", "C4")?.formula).toBeUndefined();

    const undone = await host.undo({ batch: entries[0].batch });
    expect(undone).toEqual({ status: "undone", batches: [entries[0].batch], restored: 2, skipped: [] });
    expect(excel.cell("PK", "C2")).toEqual({ value: 100, formula: undefined, numFmt: undefined });
    expect(excel.cell("PK", "C4")?.formula).toBe("B4/A4*100");
    const after = await host.journal();
    expect(after.every((e) => !!e.undone)).toBe(true);
    expect(await host.undo({ batch: entries[0].batch })).toEqual({ status: "nothing" });
  });

  test("journal text never becomes a formula", async () => {
    const { excel, host } = setup();
    await host.write([{ sheet: "PK", cell: "D1", value: "=1+1" }], { label: "=label" });
    const rows = [...excel.sheet(JOURNAL_SHEET).cells.values()];
    expect(rows.some((c) => c.formula)).toBe(false);
    expect((await host.journal())[0].label).toBe("=label");
  });

  test("undo leaves a cell changed by hand after the fix alone and says so; the other cells are restored", async () => {
    const { excel, host } = setup();
    await host.write(
      [
        { sheet: "PK", cell: "C2", value: 94.12 },
        { sheet: "PK", cell: "C3", value: 80 },
      ],
      { label: "fix", confirmed: true },
    );
    excel.sheet("PK").cells.set("1,2", { value: 77 });
    const out = await host.undo({ session: "s1" });
    expect(out).toMatchObject({ status: "undone", restored: 1 });
    if (out.status !== "undone") return;
    expect(out.skipped).toEqual([{ sheet: "PK", cell: "C2", reason: "diubah-sejak-perbaikan", current: 77 }]);
    expect(excel.cell("PK", "C2")?.value).toBe(77);
    expect(excel.cell("PK", "C3")).toBeUndefined();
    expect(await host.undo({ session: "s1" })).toEqual({ status: "nothing" });
  });

  test("undo of a whole session restores each cell to its oldest value", async () => {
    const { excel, host } = setup();
    await host.write([{ sheet: "PK", cell: "C2", value: 1 }], { label: "a", confirmed: true });
    await host.write([{ sheet: "PK", cell: "C2", value: 2 }], { label: "b", confirmed: true });
    const out = await host.undo({ session: "s1" });
    expect(out.status).toBe("undone");
    expect(excel.cell("PK", "C2")?.value).toBe(100);
  });

  test("write and undo use a fixed number of syncs whatever the number of cells", async () => {
    const { excel, host } = setup();
    const writes = Array.from({ length: 200 }, (_, i) => ({ sheet: "PK", cell: `H${i + 1}`, value: i }));
    await host.write(writes.slice(0, 2), { label: "2" });
    const a = excel.syncCount;
    await host.write(writes, { label: "200", confirmed: true });
    const b = excel.syncCount;
    await host.undo({ session: "s1" });
    const c = excel.syncCount;
    expect(b - a).toBe(3);
    expect(c - b).toBe(5);
  });

  test("addSheet creates a formatted sheet, journaled; undo deletes it", async () => {
    const { excel, host } = setup();
    const out = await host.addSheet(
      {
        name: "Tabel 3.1",
        cells: [
          { row: 0, col: 0, value: "No", bold: true, border: true, fill: "#DDEBF7" },
          { row: 0, col: 1, value: "Indikator", bold: true, border: true, fill: "#DDEBF7" },
          { row: 1, col: 0, value: 1 },
          { row: 1, col: 1, value: "=bukan rumus" },
          { row: 2, col: 1, formula: "SUM(A2:A2)", value: 1 },
        ],
        columnWidths: [5, 40],
        merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
        freezeRows: 1,
      },
      { label: "Tabel 3.1" },
    );
    expect(out.status).toBe("written");
    const s = excel.sheet("Tabel 3.1");
    expect(excel.cell("Tabel 3.1", "A1")).toMatchObject({ value: "No", bold: true });
    expect(excel.cell("Tabel 3.1", "B2")).toEqual({ value: "=bukan rumus", numFmt: "@" });
    expect(excel.cell("Tabel 3.1", "B3")?.formula).toBe("SUM(A2:A2)");
    expect(s.columnWidths.get(1)).toBeGreaterThan(200);
    expect(s.frozenRows).toBe(1);
    expect(s.merges).toHaveLength(1);
    await host.undo({ batch: out.status === "written" ? out.batch : "" });
    expect(excel.sheets.some((x) => x.name === "Tabel 3.1")).toBe(false);
  });

  test("addSheet sets row heights, one range per run of equal heights, without another sync", async () => {
    const cells = Array.from({ length: 300 }, (_, r) => ({ row: r, col: 0, value: `Kalimat ${r}`, wrap: true }));
    const syncsFor = async (rowHeights?: Record<number, number>) => {
      const { excel, host } = setup();
      const before = excel.syncCount;
      expect((await host.addSheet({ name: "Naratif", cells, rowHeights }, { label: "t" })).status).toBe("written");
      return { syncs: excel.syncCount - before, sheet: excel.sheet("Naratif") };
    };
    const plain = await syncsFor();
    // Rows 1-2 and 10-209 share a height each; 5 stands alone; 3 differs from its neighbours.
    const heights: Record<number, number> = { 1: 30, 2: 30, 3: 45, 5: 30 };
    for (let r = 10; r < 210; r++) heights[r] = 60;
    const tall = await syncsFor(heights);
    expect(tall.syncs).toBe(plain.syncs);
    expect(tall.sheet.rowHeightSets).toBe(4);
    expect(Object.fromEntries(tall.sheet.rowHeights)).toEqual(heights);
    expect(plain.sheet.rowHeights.size).toBe(0);
  });

  test("addSheet never writes into an existing sheet (any case of its name)", async () => {
    const { excel, host } = setup();
    const spec = { name: "pk", cells: [{ row: 1, col: 2, value: 94.12 }] };
    expect(await host.addSheet(spec, { label: "t" })).toEqual({ status: "name-taken", sheet: "pk" });
    expect(await host.addSheet(spec, { label: "t", confirmed: true })).toEqual({ status: "name-taken", sheet: "pk" });
    expect(excel.cell("PK", "C2")?.value).toBe(100);
    expect(await host.journal()).toEqual([]);
  });

  test("select activates the sheet and selects the cell", async () => {
    const { excel, host } = setup();
    await host.select("PK", "C2");
    expect(excel.selected).toEqual({ sheet: "PK", cell: "C2" });
    expect(excel.activeSheet).toBe("PK");
  });

  test("settings are stored in the document settings and saved", async () => {
    const { excel } = setup();
    const settings = fakeSettings();
    const host = hostFor(excel, settings);
    await host.setSettings({ "lkjip.skala": "baik4-86", "lkjip.metodeNegatif": "rasio" });
    expect(settings.saved).toBe(1);
    expect(await host.getSettings()).toEqual({ "lkjip.skala": "baik4-86", "lkjip.metodeNegatif": "rasio" });
    await host.setSettings({ "lkjip.metodeNegatif": null });
    expect(await host.getSettings()).toEqual({ "lkjip.skala": "baik4-86" });
  });

  test("a settings change is journaled in the hidden sheet and undone after the workbook is opened again", async () => {
    const { excel } = setup();
    const settings = fakeSettings();
    settings.store.set("lkjip.skala", "baik4-100"); // chosen before the add-in journaled settings
    const host = hostFor(excel, settings);
    const syncs = excel.syncCount;
    const out = await host.setSettings({ "lkjip.skala": "berhasil4", "lkjip.koreksi": '{"PK":{"abaikan":true}}' });
    // One sync to look (no journal yet), one to create the journal with its rows; the settings are saved once.
    expect(excel.syncCount - syncs).toBe(2);
    expect(settings.saved).toBe(1);
    expect(out).toMatchObject({ status: "written" });
    expect(excel.sheet(JOURNAL_SHEET).visibility).toBe("VeryHidden");

    const reopened = hostFor(excel, settings);
    const [skala, koreksi] = await reopened.journal();
    expect(skala).toMatchObject({ kind: "setting", cell: "lkjip.skala", oldValue: "baik4-100", newValue: "berhasil4" });
    expect(koreksi).toMatchObject({
      kind: "setting",
      cell: "lkjip.koreksi",
      oldValue: null,
      label: "Pengaturan diubah (skala, koreksi tabel)",
    });
    expect(await reopened.undo({ batch: skala.batch })).toMatchObject({ status: "undone", restored: 2 });
    expect([...settings.store.entries()]).toEqual([["lkjip.skala", "baik4-100"]]);
    expect(settings.saved).toBe(2);
  });
});
