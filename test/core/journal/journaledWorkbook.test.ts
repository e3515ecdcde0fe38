/**
 * The journaled-write algorithm on both real hosts (Office.js through the fake Excel, .xlsx through
 * ExcelJS): a batch lands whole with its journal entry or leaves workbook and journal as they were,
 * at every point where it can fail; undo never loses what the user made.
 */
import { OfficeHost, type DocumentSettingsLike } from "../../../src/hosts/office/OfficeHost";
import { XlsxHost } from "../../../src/hosts/xlsx/XlsxHost";
import { BatchError } from "../../../src/core/journal/journaledWorkbook";
import { JOURNAL_SHEET, SETTINGS_SHEET, type SheetSpec, type WorkbookHost } from "../../../src/core/workbook/host";
import { FakeExcel } from "../../hosts/office/fakeExcel";
import { fixtureBytes } from "../../support/fixtures";

interface Harness {
  name: string;
  host: WorkbookHost;
  /** Everything a user or the journal could see: every sheet (hidden ones too) with its cells. */
  state(): Promise<unknown>;
  /** Make the n-th write operation of the next change fail. */
  failAt(n: number): void;
  /** A user types into a cell. */
  type(sheet: string, a1: string, value: number | string): void;
  renameSheet(from: string, to: string): void;
  addUserSheet(name: string): void;
  /** Every stored setting, whatever its key, as the host keeps it. */
  settings(): Promise<Record<string, string>>;
  /** Someone changes a stored setting without the add-in's journal (another tool, an older version). */
  setRawSetting(key: string, value: string): Promise<void>;
}

/** Office.context.document.settings as Excel keeps them; `failSave` makes the next saveAsync fail. */
function fakeSettings(): DocumentSettingsLike & { store: Map<string, unknown>; failSave: boolean } {
  const store = new Map<string, unknown>();
  return {
    store,
    failSave: false,
    get: (k) => store.get(k) ?? null,
    set: (k, v) => void store.set(k, v),
    remove: (k) => void store.delete(k),
    saveAsync(cb) {
      const failed = this.failSave;
      this.failSave = false;
      cb?.(failed ? { status: "failed", error: { message: "disk penuh (uji)" } } : { status: "succeeded" });
    },
  };
}

function officeHarness(): Harness {
  const excel = new FakeExcel();
  excel.addSheet("PK", [
    ["TARGET", "REALISASI", "CAPAIAN"],
    [85, 80, 100],
    [50, 40, 75],
  ]);
  const settings = fakeSettings();
  const host = new OfficeHost({ run: excel.run, isSetSupported: excel.isSetSupported, settings, session: "s1" });
  return {
    name: "Office.js",
    host,
    state: () =>
      Promise.resolve({
        sheets: excel.sheets.map((s) => ({
          id: s.id,
          name: s.name,
          visibility: s.visibility,
          cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
          merges: s.merges,
        })),
        settings: [...settings.store.entries()].sort(([a], [b]) => a.localeCompare(b)),
      }),
    failAt: (n) => (excel.failAtWrite = n),
    type: (sheet, a1, value) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      const col = m[1].charCodeAt(0) - 65;
      excel.sheet(sheet).cells.set(`${Number(m[2]) - 1},${col}`, { value });
    },
    renameSheet: (from, to) => (excel.sheet(from).name = to),
    addUserSheet: (name) => void excel.addSheet(name, [["milik pengguna"]]),
    settings: () => Promise.resolve(Object.fromEntries([...settings.store].map(([k, v]) => [k, String(v)]))),
    setRawSetting: (key, value) => Promise.resolve(void settings.store.set(key, value)),
  };
}

async function xlsxHarness(): Promise<Harness> {
  const host = await XlsxHost.open(fixtureBytes("kelam-permai-2019.xlsx"), "kelam.xlsx", "s1");
  // The harness reaches into the ExcelJS workbook as a user editing the file would. The host opens
  // it lazily, at its first write; the harness opens it first, as an editor would have the file.
  await (host as unknown as { editable(): Promise<unknown> }).editable();
  const wb = (host as unknown as { wb: import("exceljs").Workbook }).wb;
  const settingsSheet = () => wb.worksheets.find((w) => w.name === SETTINGS_SHEET);
  return {
    name: ".xlsx",
    host,
    state: async () => ({
      sheets: await host.sheetNames(),
      model: await host.read(),
      journal: await host.journal(),
      hidden: wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state, rows: ws.actualRowCount })),
      settings: settingsSheet()?.getSheetValues(),
    }),
    failAt: (n) => (host.storeHooks.faultAfter = n),
    type: (sheet, a1, value) => {
      wb.worksheets.find((w) => w.name === sheet)!.getCell(a1).value = value;
      (host as unknown as { changed(): void }).changed();
    },
    renameSheet: (from, to) => {
      wb.worksheets.find((w) => w.name === from)!.name = to;
      (host as unknown as { changed(): void }).changed();
    },
    addUserSheet: (name) => {
      wb.addWorksheet(name).getCell("A1").value = "milik pengguna";
      (host as unknown as { changed(): void }).changed();
    },
    settings: () => host.getSettings(),
    setRawSetting: (key, value) => {
      const ws = settingsSheet()!;
      let row = 0;
      ws.eachRow((r, n) => {
        if (r.getCell(1).value === key) row = n;
      });
      const at = row || ws.actualRowCount + 1;
      ws.getCell(at, 1).value = key;
      ws.getCell(at, 2).value = value;
      return Promise.resolve();
    },
  };
}

const harnesses: [string, () => Promise<Harness>][] = [
  ["Office.js", () => Promise.resolve(officeHarness())],
  [".xlsx", xlsxHarness],
];

const sheetName = (h: Harness) => (h.name === ".xlsx" ? "Formulir PK" : "PK");
const narrative = (name = "Tabel Naratif"): SheetSpec => ({
  name,
  cells: [
    { row: 0, col: 0, value: "Judul", bold: true },
    { row: 1, col: 0, value: 1 },
    { row: 1, col: 1, formula: "A2*2", value: 2 },
  ],
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
});

/** Runs `op` failing at its 1st, 2nd, … write operation until it succeeds; each failure leaves the state untouched. */
async function everyFailure(h: Harness, op: () => Promise<unknown>): Promise<number> {
  for (let n = 1; n < 200; n++) {
    const before = await h.state();
    h.failAt(n);
    let failed: unknown = null;
    try {
      await op();
    } catch (e) {
      failed = e;
    }
    if (!failed) {
      h.failAt(0);
      return n - 1;
    }
    expect(failed).toBeInstanceOf(BatchError);
    expect((failed as BatchError).rolledBack).toBe(true);
    expect((failed as BatchError).message).toMatch(/dikembalikan seperti semula/);
    expect(await h.state()).toEqual(before);
  }
  throw new Error("the operation never succeeded");
}

describe.each(harnesses)("%s host", (_name, make) => {
  test("a write fails at every step and leaves workbook and journal as they were; then lands whole", async () => {
    const h = await make();
    const s = sheetName(h);
    const writes = [
      { sheet: s, cell: "C2", value: 94.12, numFmt: "0.00" },
      { sheet: s, cell: "Z3", value: "=bukan rumus" },
    ];
    const cases = await everyFailure(h, () => h.host.write(writes, { label: "Perbaiki", confirmed: true }));
    expect(cases).toBeGreaterThanOrEqual(2);
    expect(await h.host.journal()).toHaveLength(2);
  });

  test("a cell whose text would not fit a journal cell once stored is refused before anything changes", async () => {
    const h = await make();
    const s = sheetName(h);
    // 32.760 characters fit a cell, but not once JSON-encoded with its quotes and escaped line breaks.
    const long = "catatan panjang\n".repeat(2047).slice(0, 32760);
    h.type(s, "D2", long);
    const before = await h.state();
    const failed = await h.host
      .write([{ sheet: s, cell: "D2", value: 1 }], { label: "Perbaiki", confirmed: true })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(BatchError);
    expect((failed as BatchError).message).toMatch(new RegExp(`Isi sel ${s}!D2 terlalu panjang.*Tidak ada yang diubah`));
    expect(await h.state()).toEqual(before);
    // A text that still fits once encoded is journaled and undone as usual.
    h.type(s, "D3", "x".repeat(32000));
    const out = await h.host.write([{ sheet: s, cell: "D3", value: 2 }], { label: "Perbaiki", confirmed: true });
    if (out.status !== "written") throw new Error("not written");
    await h.host.undo({ batch: out.batch });
    expect((await h.host.read()).sheets.find((x) => x.name === s)!.rows[2][3]?.value).toBe("x".repeat(32000));
  });

  test("inserting a sheet and undoing it are atomic at every step", async () => {
    const h = await make();
    const added = await everyFailure(h, () => h.host.addSheet(narrative(), { label: "Sisipkan" }));
    expect(added).toBeGreaterThanOrEqual(1);
    const [entry] = await h.host.journal();
    expect(entry).toMatchObject({ kind: "sheet-added", sheet: "Tabel Naratif" });
    expect(entry.sheetId).toBeTruthy();
    await everyFailure(h, () => h.host.undo({ batch: entry.batch }));
    expect(await h.host.sheetNames()).not.toContain("Tabel Naratif");
  });

  test("two fixes on one cell undone oldest first end at the user's original value", async () => {
    const h = await make();
    const s = sheetName(h);
    const first = await h.host.write([{ sheet: s, cell: "C2", value: 1 }], { label: "a", confirmed: true });
    const second = await h.host.write([{ sheet: s, cell: "C2", value: 2 }], { label: "b", confirmed: true });
    if (first.status !== "written" || second.status !== "written") throw new Error("not written");
    const oldValue = first.entries[0].oldValue;
    const u1 = await h.host.undo({ batch: first.batch });
    expect(u1).toMatchObject({ status: "undone", skipped: [] });
    // The later fix is still there until it is undone too.
    expect((await h.host.read()).sheets.find((x) => x.name === s)!.rows[1][2]?.value).toBe(2);
    await h.host.undo({ batch: second.batch });
    expect((await h.host.read()).sheets.find((x) => x.name === s)!.rows[1][2]?.value ?? null).toBe(oldValue);
  });

  test("undo of an inserted sheet the user typed into asks first; declined, the sheet and the text stay", async () => {
    const h = await make();
    const out = await h.host.addSheet(narrative(), { label: "Sisipkan" });
    if (out.status !== "written") throw new Error("not written");
    h.type("Tabel Naratif", "D5", "catatan saya");
    const ask = await h.host.undo({ batch: out.batch });
    expect(ask).toMatchObject({ status: "needs-confirmation", conflicts: [{ sheet: "Tabel Naratif", reason: "lembar-diubah" }] });
    expect(await h.host.sheetNames()).toContain("Tabel Naratif");
    const forced = await h.host.undo({ batch: out.batch, confirmed: true });
    expect(forced.status).toBe("undone");
    expect(await h.host.sheetNames()).not.toContain("Tabel Naratif");
  });

  test("undo follows the sheet it made through a rename and never deletes the user's sheet of the old name", async () => {
    const h = await make();
    const out = await h.host.addSheet(narrative(), { label: "Sisipkan" });
    if (out.status !== "written") throw new Error("not written");
    h.renameSheet("Tabel Naratif", "Bab III final");
    h.addUserSheet("Tabel Naratif");
    const undone = await h.host.undo({ batch: out.batch });
    expect(undone.status).toBe("undone");
    const names = await h.host.sheetNames();
    expect(names).toContain("Tabel Naratif");
    expect(names).not.toContain("Bab III final");
  });

  test("a journal row that claims a user sheet was added (no id) is not acted on without asking", async () => {
    const h = await make();
    const s = sheetName(h);
    // A real fix first, so the journal sheet exists; then a forged row naming the user's own sheet.
    await h.host.write([{ sheet: s, cell: "Z9", value: 1 }], { label: "a" });
    const forged = (await h.host.journal())[0];
    const store = (h.host as unknown as { journaled: { store: import("../../../src/core/journal/cellStore").CellStore } })
      .journaled.store;
    const view = await store.inspect({ cells: [], journal: "end" });
    await store.apply({
      cells: [],
      journal: () => [
        {
          row: view.journalEnd,
          values: [
            "j-forged",
            "b-forged",
            "palsu",
            s,
            "",
            "sheet-added",
            forged.session ?? "",
            forged.time,
            "null",
            "",
            "",
            "null",
            "",
            "",
            "",
          ],
        },
      ],
      createJournal: false,
      deleteSheetIds: [],
    });
    const ask = await h.host.undo({ batch: "b-forged" });
    expect(ask).toMatchObject({ status: "needs-confirmation", conflicts: [{ sheet: s, reason: "lembar-tanpa-bukti" }] });
    expect(await h.host.sheetNames()).toContain(s);
  });

  test("a journal row with an unreadable old value is reported, the cell left as it is", async () => {
    const h = await make();
    const s = sheetName(h);
    const out = await h.host.write([{ sheet: s, cell: "C2", value: 7 }], { label: "a", confirmed: true });
    if (out.status !== "written") throw new Error("not written");
    const store = (h.host as unknown as { journaled: { store: import("../../../src/core/journal/cellStore").CellStore } })
      .journaled.store;
    const view = await store.inspect({ cells: [], journal: "rows" });
    const row = view.journal[0];
    const damaged = [...row.raw];
    damaged[8] = "{rusak";
    await store.apply({
      cells: [],
      journal: () => [{ row: row.row, values: damaged }],
      createJournal: false,
      deleteSheetIds: [],
    });
    const undone = await h.host.undo({ batch: out.batch });
    expect(undone).toMatchObject({ status: "undone", restored: 0, skipped: [{ sheet: s, cell: "C2", reason: "jurnal-rusak" }] });
    expect((await h.host.read()).sheets.find((x) => x.name === s)!.rows[1][2]?.value).toBe(7);
  });
});

describe.each(harnesses)("%s host: settings changes are journaled", (_name, make) => {
  const SKALA = "lkjip.skala";
  const POLARITAS = "lkjip.polaritas";
  /** A key the add-in does not list yet (table corrections): the journal works for any key. */
  const KOREKSI = "lkjip.koreksi";
  const koreksi = JSON.stringify({ "Formulir PK": { kolom: { E: "target", F: "realisasi" }, abaikan: false } });

  test("a change is one batch labelled with its settings; undo restores the old values exactly, absent keys absent", async () => {
    const h = await make();
    const first = await h.host.setSettings({ [SKALA]: "baik4-100" });
    expect(first).toMatchObject({ status: "written", entries: [{ kind: "setting", cell: SKALA, oldValue: null }] });
    const before = await h.settings();
    expect(before).toEqual({ [SKALA]: "baik4-100" });

    const out = await h.host.setSettings({
      [SKALA]: "berhasil4",
      [POLARITAS]: '{"Angka kemiskinan":"negatif"}',
      [KOREKSI]: koreksi,
      "lkjip.metodeNegatif": null, // absent already: not journaled
    });
    if (out.status !== "written") throw new Error("not written");
    expect(out.entries.map((e) => [e.cell, e.oldValue, e.newValue])).toEqual([
      [SKALA, "baik4-100", "berhasil4"],
      [POLARITAS, null, '{"Angka kemiskinan":"negatif"}'],
      [KOREKSI, null, koreksi],
    ]);
    expect(await h.settings()).toEqual({
      [SKALA]: "berhasil4",
      [POLARITAS]: '{"Angka kemiskinan":"negatif"}',
      [KOREKSI]: koreksi,
    });
    const journal = await h.host.journal();
    const batch = journal.filter((e) => e.batch === out.batch);
    expect(new Set(batch.map((e) => e.label))).toEqual(new Set(["Pengaturan diubah (skala, polaritas, koreksi tabel)"]));
    expect(batch.map((e) => e.oldValue)).toEqual(["baik4-100", null, null]);

    const undone = await h.host.undo({ batch: out.batch });
    expect(undone).toMatchObject({ status: "undone", restored: 3, skipped: [] });
    expect(undone.status === "undone" && [...(undone.settings ?? [])].sort()).toEqual([KOREKSI, POLARITAS, SKALA]);
    expect(await h.settings()).toEqual(before);
    // The first change is undone to "no scale chosen" in the same way.
    await h.host.undo({ batch: first.status === "written" ? first.batch : "" });
    expect(await h.settings()).toEqual({});
  });

  test("saving the same settings again journals nothing", async () => {
    const h = await make();
    await h.host.setSettings({ [SKALA]: "baik4-86", [POLARITAS]: null });
    const again = await h.host.setSettings({ [SKALA]: "baik4-86", [POLARITAS]: null });
    expect(again).toMatchObject({ status: "written", entries: [] });
    expect(await h.host.journal()).toHaveLength(1);
  });

  test("undo of a setting changed again since asks; declined nothing changes, confirmed it goes back", async () => {
    const h = await make();
    const first = await h.host.setSettings({ [SKALA]: "baik4-100" });
    const second = await h.host.setSettings({ [SKALA]: "berhasil4" });
    if (first.status !== "written" || second.status !== "written") throw new Error("not written");
    const ask = await h.host.undo({ batch: first.batch });
    expect(ask).toEqual({
      status: "needs-confirmation",
      conflicts: [
        {
          sheet: SETTINGS_SHEET,
          cell: SKALA,
          current: { sheet: SETTINGS_SHEET, cell: SKALA, value: "berhasil4" },
          next: null,
          reason: "pengaturan-diubah",
        },
      ],
    });
    expect(await h.settings()).toEqual({ [SKALA]: "berhasil4" });
    expect((await h.host.journal()).filter((e) => e.undone)).toEqual([]);
    expect(await h.host.undo({ batch: first.batch, confirmed: true })).toMatchObject({ status: "undone", restored: 1 });
    expect(await h.settings()).toEqual({});
  });

  test("undoing both changes newest first asks nothing and ends at the original settings", async () => {
    const h = await make();
    await h.host.setSettings({ [SKALA]: "baik4-100" });
    await h.host.setSettings({ [SKALA]: "berhasil4", [KOREKSI]: koreksi });
    // Two keys put back (skala through both changes), with no question asked.
    expect(await h.host.undo({ session: "s1" })).toMatchObject({ status: "undone", restored: 2 });
    expect(await h.settings()).toEqual({});
  });

  test("a setting changed outside the add-in since is not overwritten without asking", async () => {
    const h = await make();
    const out = await h.host.setSettings({ [SKALA]: "baik4-100" });
    if (out.status !== "written") throw new Error("not written");
    await h.setRawSetting(SKALA, "permendagri86");
    expect(await h.host.undo({ batch: out.batch })).toMatchObject({
      status: "needs-confirmation",
      conflicts: [{ cell: SKALA, reason: "pengaturan-diubah", current: { value: "permendagri86" } }],
    });
    expect(await h.settings()).toEqual({ [SKALA]: "permendagri86" });
  });

  test("a settings change and its undo land whole or not at all, at every step", async () => {
    const h = await make();
    await h.host.write([{ sheet: sheetName(h), cell: "Z9", value: 1 }], { label: "a" }); // the journal exists
    const steps = await everyFailure(h, () => h.host.setSettings({ [SKALA]: "baik4-86", [KOREKSI]: koreksi }));
    expect(steps).toBeGreaterThanOrEqual(1);
    expect(await h.settings()).toEqual({ [SKALA]: "baik4-86", [KOREKSI]: koreksi });
    const batch = (await h.host.journal()).find((e) => e.kind === "setting")!.batch;
    await everyFailure(h, () => h.host.undo({ batch }));
    expect(await h.settings()).toEqual({});
  });

  test("the first settings change of a new workbook fails at every step and leaves no journal or settings behind", async () => {
    const h = await make();
    await everyFailure(h, () => h.host.setSettings({ [SKALA]: "baik4-86" }));
    expect(await h.settings()).toEqual({ [SKALA]: "baik4-86" });
  });

  test("a forged settings row naming another key is reported, not acted on", async () => {
    const h = await make();
    const out = await h.host.setSettings({ [SKALA]: "baik4-86" });
    if (out.status !== "written") throw new Error("not written");
    const store = (h.host as unknown as { journaled: { store: import("../../../src/core/journal/cellStore").CellStore } })
      .journaled.store;
    const view = await store.inspect({ cells: [], journal: "rows" });
    const row = view.journal[0];
    const forged = [...row.raw];
    forged[4] = "=HYPERLINK(1)";
    await store.apply({ cells: [], journal: () => [{ row: row.row, values: forged }], createJournal: false, deleteSheetIds: [] });
    expect(await h.host.undo({ batch: out.batch })).toMatchObject({
      status: "undone",
      restored: 0,
      skipped: [{ sheet: SETTINGS_SHEET, cell: "=HYPERLINK(1)", reason: "jurnal-rusak" }],
    });
    expect(await h.settings()).toEqual({ [SKALA]: "baik4-86" });
  });
});

test("Office.js: a settings save that fails leaves settings and journal as they were", async () => {
  const h = officeHarness();
  await h.host.setSettings({ "lkjip.skala": "baik4-100" });
  const before = await h.state();
  const settings = (h.host as unknown as { deps: { settings: { failSave: boolean } } }).deps.settings;
  settings.failSave = true;
  const failed = await h.host.setSettings({ "lkjip.skala": "berhasil4" }).catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(BatchError);
  expect((failed as BatchError).rolledBack).toBe(true);
  expect((failed as BatchError).message).toMatch(/^"Pengaturan diubah \(skala\)" gagal \(Pengaturan gagal disimpan: disk penuh/);
  expect(await h.state()).toEqual(before);
  expect(await h.host.journal()).toHaveLength(1);
});

test("the journal sheet is created very hidden with the first write, and not left behind when that write fails", async () => {
  const h = officeHarness();
  const before = await h.state();
  h.failAt(2);
  await expect(h.host.write([{ sheet: "PK", cell: "D2", value: 1 }], { label: "x" })).rejects.toBeInstanceOf(BatchError);
  expect(await h.state()).toEqual(before);
  await h.host.write([{ sheet: "PK", cell: "D2", value: 1 }], { label: "x" });
  const { sheets } = (await h.state()) as { sheets: { name: string; visibility: string }[] };
  expect(sheets.find((s) => s.name === JOURNAL_SHEET)?.visibility).toBe("VeryHidden");
});
