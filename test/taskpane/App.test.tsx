/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Checker } from "../../src/taskpane/usePane";
import type { Finding } from "../../src/core/check/finding";
import type { Workbook } from "../../src/core/workbook/model";
import { MemoryHost } from "../support/memoryHost";

function workbook(): Workbook {
  return {
    locale: { decimalSeparator: ",", thousandsSeparator: "." },
    sheets: [
      {
        name: "Formulir PK",
        merges: [],
        rows: [
          [{ value: "TARGET" }, { value: "REALISASI" }, { value: "CAPAIAN" }],
          [{ value: 85 }, { value: 80 }, { value: 100 }],
          [{ value: 50 }, { value: 40 }, { value: 90 }],
        ],
      },
      { name: "Realisasi Anggaran", merges: [], rows: [[{ value: "JUMLAH" }, { value: 823551939 }]] },
    ],
  };
}

/** A stand-in checker: capaian rows must equal realisasi/target×100 (2 decimals); one warning elsewhere. */
const checker: jest.MockedFunction<Checker> = jest.fn((wb: Workbook) => {
  const findings: Finding[] = [];
  const pk = wb.sheets[0];
  for (let r = 1; r < pk.rows.length; r++) {
    const [t, re, c] = pk.rows[r].map((x) => x?.value as number);
    const expected = Math.round((re / t) * 10000) / 100;
    if (c !== expected) {
      findings.push({
        rule: "capaian",
        severity: "error",
        sheet: pk.name,
        cell: `C${r + 1}`,
        message: `Capaian ${c} tidak sama dengan realisasi/target (${expected}).`,
        actual: c,
        expected,
        fix: { value: expected, formula: `B${r + 1}/A${r + 1}*100`, numFmt: "0.00" },
      });
    }
  }
  findings.push({
    rule: "total",
    severity: "warning",
    sheet: "Realisasi Anggaran",
    cell: "B1",
    message: "Total tidak sama dengan jumlah rincian.",
    actual: 823551939,
    expected: 823551339,
  });
  return { findings, tables: [], scale: { id: "permendagri86", name: "Permendagri 86/2017", bands: [] } };
});

async function renderApp(host = new MemoryHost(workbook(), "sesi-1")) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} checker={checker} session="sesi-1" />
    </FluentProvider>,
  );
  await screen.findByText(/3 temuan/);
  return host;
}

beforeAll(() => {
  // jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow.
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

beforeEach(() => checker.mockClear());

/**
 * Answers the open confirmation. A dialog that is closing (its motion still running on a loaded machine)
 * is aria-hidden by Tabster while the next one opens, so wait for the one that can be used.
 */
async function answer(button: "Timpa" | "Batal") {
  await waitFor(() => fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: button })), {
    timeout: 10_000,
  });
}

test("lists findings grouped by sheet and rule, with severity and found vs expected", async () => {
  await renderApp();
  expect(screen.getByText("3 temuan: 2 kesalahan, 1 peringatan, 0 info")).toBeTruthy();
  // The sheet is the outer heading (h2), the rule under it (h3), in words.
  const sheet = screen.getByRole("heading", { level: 2, name: /Formulir PK \(2\)/ });
  const rule = screen.getByRole("heading", { level: 3, name: "Capaian tidak sama dengan realisasi ÷ target" });
  expect(sheet.compareDocumentPosition(rule) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(screen.getAllByText("Kesalahan").length).toBeGreaterThanOrEqual(2);
  expect(screen.getByText("Peringatan")).toBeTruthy();
  expect(screen.getByText("Tertulis: 100 · Seharusnya: 94,12")).toBeTruthy();
  expect(screen.getByText("Tertulis: 823.551.939 · Seharusnya: 823.551.339")).toBeTruthy();
});

test("clicking a finding selects its cell in the host", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("button", { name: /Tuju sel Formulir PK!C2/ }));
  await waitFor(() => expect(host.selections).toEqual(["Formulir PK!C2"]));
  expect(screen.getByRole("button", { name: /Tuju sel Formulir PK!C2/ }).getAttribute("aria-current")).toBe("true");
});

test("fix asks before overwriting, writes the expected value, and undo restores it", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki Formulir PK!C2" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Formulir PK!C2")).toBeTruthy();
  expect(within(dialog).getByText("94,12")).toBeTruthy();
  expect(host.value("Formulir PK", "C2")).toBe(100);
  fireEvent.click(within(dialog).getByRole("button", { name: "Timpa" }));
  await screen.findByText(/1 sel diperbarui/);
  expect(host.value("Formulir PK", "C2")).toBe(94.12);
  await screen.findByText(/2 temuan/);

  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  const undoButton = await screen.findByRole("button", { name: /^Batalkan: Perbaiki Formulir PK!C2/ });
  fireEvent.click(undoButton);
  await screen.findByText(/1 perubahan dipulihkan/);
  expect(host.value("Formulir PK", "C2")).toBe(100);
  await screen.findByText("Dibatalkan");
});

test("declining the confirmation changes nothing", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki Formulir PK!C2" }));
  const dialog = await screen.findByRole("alertdialog");
  fireEvent.click(within(dialog).getByRole("button", { name: "Batal" }));
  await screen.findByText("Tidak ada yang diubah.");
  expect(host.value("Formulir PK", "C2")).toBe(100);
  expect(host.entries).toHaveLength(0);
});

test("Perbaiki semua (aturan ini) writes formulas in one batch when Rumus is chosen; undo session restores all", async () => {
  const host = await renderApp();
  // Fixing is where the findings are: no separate Perbaiki tab.
  expect(screen.queryByRole("tab", { name: "Perbaiki" })).toBeNull();
  fireEvent.click(screen.getByRole("radio", { name: /Rumus/ }));
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki semua (aturan ini)" }));
  await answer("Timpa");
  await screen.findByText(/2 sel diperbarui/);
  expect(new Set(host.entries.map((e) => e.batch)).size).toBe(1);
  expect(host.entries.map((e) => e.newFormula)).toEqual(["B2/A2*100", "B3/A3*100"]);

  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  fireEvent.click(await screen.findByRole("button", { name: /Batalkan semua perbaikan sesi ini \(1\)/ }));
  await screen.findByText(/2 perubahan dipulihkan/);
  expect(host.value("Formulir PK", "C2")).toBe(100);
  expect(host.value("Formulir PK", "C3")).toBe(90);
});

test("settings are stored in the workbook and passed to the checker", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("radio", { name: /target \/ realisasi/ }));
  fireEvent.click(screen.getByRole("button", { name: /Simpan pengaturan/ }));
  await screen.findByText("Pengaturan disimpan di buku kerja.");
  expect(host.settings).toEqual({ "lkjip.metodeNegatif": "rasio" });
  await waitFor(() => expect(checker.mock.calls[checker.mock.calls.length - 1][1]).toMatchObject({ negativeMethod: "rasio" }));
});

test("a settings change is listed under Batalkan and undoing it checks with the earlier settings again", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("radio", { name: /target \/ realisasi/ }));
  fireEvent.click(screen.getByRole("button", { name: /Simpan pengaturan/ }));
  await screen.findByText("Pengaturan disimpan di buku kerja.");

  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  const undoButton = await screen.findByRole("button", { name: "Batalkan: Pengaturan diubah (metode indikator negatif)" });
  expect(within(undoButton.closest("li")!).getByText(/· pengaturan/)).toBeTruthy();
  fireEvent.click(undoButton);
  await screen.findByText("Batalkan: Pengaturan diubah (metode indikator negatif): 1 perubahan dipulihkan.");
  expect(host.settings).toEqual({});
  // The earlier settings choose no method (the default accepts either per row): the check runs without "rasio" again.
  await waitFor(() => {
    const options = checker.mock.calls[checker.mock.calls.length - 1][1];
    expect(options).toBeDefined();
    expect(options?.negativeMethod).toBeUndefined();
  });
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  expect(screen.getByRole<HTMLInputElement>("radio", { name: /2 × target − realisasi/ }).checked).toBe(true);
});

test("undoing a settings change that was changed again since asks first; declined, the settings stay", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
  fireEvent.click(screen.getByRole("radio", { name: /target \/ realisasi/ }));
  fireEvent.click(screen.getByRole("button", { name: /Simpan pengaturan/ }));
  await screen.findByText("Pengaturan disimpan di buku kerja.");
  await host.setSettings({ "lkjip.metodeNegatif": "selisih-lama" }); // changed again since (another pane)
  fireEvent.click(screen.getByRole("tab", { name: "Periksa" }));
  fireEvent.click(screen.getByRole("button", { name: /Periksa ulang/ }));
  await waitFor(() => expect(checker.mock.calls.length).toBeGreaterThan(2));
  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  await waitFor(() =>
    expect(screen.getAllByRole("button", { name: "Batalkan: Pengaturan diubah (metode indikator negatif)" })).toHaveLength(2),
  );
  const buttons = await screen.findAllByRole("button", { name: "Batalkan: Pengaturan diubah (metode indikator negatif)" });
  fireEvent.click(buttons[buttons.length - 1]); // the older change
  const dialog = await screen.findByRole("alertdialog");
  expect(within(dialog).getByText("Kembalikan pengaturan yang sudah diubah lagi?")).toBeTruthy();
  expect(within(dialog).getByText("Pengaturan metode indikator negatif")).toBeTruthy();
  expect(within(dialog).getByText("selisih-lama")).toBeTruthy();
  expect(within(dialog).getByText("(bawaan)")).toBeTruthy();
  fireEvent.click(within(dialog).getByRole("button", { name: "Batal" }));
  await screen.findByText("Pembatalan dihentikan; tidak ada yang diubah.");
  expect(host.settings).toEqual({ "lkjip.metodeNegatif": "selisih-lama" });
});

test("saving the settings asks Excel for a full recalculation, so PREDIKAT without skala follows the new scale", async () => {
  const calculate = jest.fn();
  const run = jest.fn(async (batch: (c: unknown) => Promise<unknown>) =>
    batch({ workbook: { application: { calculate } }, sync: async () => undefined }),
  );
  (globalThis as { Excel?: unknown }).Excel = { run };
  try {
    const host = await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Pengaturan" }));
    fireEvent.click(screen.getByRole("button", { name: /Simpan pengaturan/ }));
    await screen.findByText("Pengaturan disimpan di buku kerja.");
    expect(calculate).toHaveBeenCalledWith("Full");
    expect(host.settings).toBeDefined();
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});

test("Fungsi shows copyable examples in the workbook's separator convention", async () => {
  await renderApp();
  fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
  expect(screen.getByText("=CAPAIAN(85;80)")).toBeTruthy();
  expect(screen.getByText('=PREDIKAT(94,12;"berhasil4")')).toBeTruthy();
  fireEvent.click(screen.getByRole("radio", { name: /AS/ }));
  expect(screen.getByText("=CAPAIAN(85,80)")).toBeTruthy();
  expect(screen.getByText('=PREDIKAT(94.12,"berhasil4")')).toBeTruthy();
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.assign(navigator, { clipboard: { writeText } });
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Salin =CAPAIAN(85,80)" }));
  });
  expect(writeText).toHaveBeenCalledWith("=CAPAIAN(85,80)");
});

test("Fungsi offers plain Excel formulas (nested IF on the chosen scale) for Excel without custom functions, in the user's notation", async () => {
  await renderApp();
  fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
  expect(screen.getByText("=IF(AND(E7=0;F7=0);100;F7/E7*100)")).toBeTruthy();
  expect(screen.getByText(/^=IF\(G7>=91;"Sangat Tinggi";IF\(G7>=76;"Tinggi";/)).toBeTruthy();
  fireEvent.click(screen.getByRole("radio", { name: /AS/ }));
  expect(screen.getByText("=IF(AND(E7=0,F7=0),100,F7/E7*100)")).toBeTruthy();
});

test("in an Excel without custom functions, Fungsi says so and puts the plain formulas first", async () => {
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (name: string) => name !== "CustomFunctionsRuntime" } },
  };
  try {
    await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(screen.getByText(/Excel ini tidak menjalankan fungsi kustom/)).toBeTruthy();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/Tanpa fungsi kustom/);
  } finally {
    delete (globalThis as { Office?: unknown }).Office;
  }
});

function renderWith(check: Checker, host = new MemoryHost(workbook(), "sesi-1")) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} checker={check} session="sesi-1" />
    </FluentProvider>,
  );
  return host;
}

const PK_TABLE = {
  id: "Formulir PK!A1",
  kind: "indikator" as const,
  sheet: "Formulir PK",
  headerRows: [0],
  top: 0,
  bottom: 2,
  left: 0,
  right: 2,
  columns: [],
  rows: [],
};

test("a fix that brings up another finding says so, and the success message can be closed", async () => {
  // After C2 is fixed the sasaran average in C3 no longer matches: a new finding the user must be told about.
  const cascading: Checker = (wb) => {
    const c2 = wb.sheets[0].rows[1][2]?.value;
    const findings: Finding[] =
      c2 === 100
        ? [
            {
              rule: "capaian",
              severity: "error",
              sheet: "Formulir PK",
              cell: "C2",
              message: "Capaian 100 tidak sama dengan realisasi/target (94,12).",
              actual: 100,
              expected: 94.12,
              fix: { value: 94.12 },
            },
          ]
        : [
            {
              rule: "rata-sasaran",
              severity: "error",
              sheet: "Formulir PK",
              cell: "C3",
              message: "Capaian sasaran tidak sama dengan rata-rata indikatornya.",
              actual: 90,
              expected: 94.12,
            },
          ];
    return { findings, tables: [PK_TABLE] as never, scale: { id: "permendagri86", name: "Permendagri 86/2017", bands: [] } };
  };
  renderWith(cascading);
  await screen.findByText(/1 temuan/);
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki Formulir PK!C2" }));
  await answer("Timpa");
  await screen.findByText(/1 sel diperbarui/);
  const appeared = await screen.findByText(/Perbaikan ini memunculkan 1 temuan baru/);
  expect(appeared.textContent).toContain("Formulir PK!C3 (Capaian sasaran tidak sama dengan rata-rata indikatornya)");

  fireEvent.click(screen.getByRole("button", { name: "Tutup pesan" }));
  expect(screen.queryByText(/1 sel diperbarui/)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Tutup pesan temuan baru" }));
  expect(screen.queryByText(/memunculkan/)).toBeNull();
});

test("success messages replace each other instead of piling up", async () => {
  await renderApp();
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki Formulir PK!C2" }));
  await answer("Batal");
  await screen.findByText("Tidak ada yang diubah.");
  fireEvent.click(screen.getByRole("button", { name: "Perbaiki Formulir PK!C3" }));
  await answer("Timpa");
  await screen.findByText(/1 sel diperbarui/);
  expect(screen.queryByText("Tidak ada yang diubah.")).toBeNull();
  expect(screen.getAllByRole("button", { name: "Tutup pesan" })).toHaveLength(1);
});

test("a workbook in which nothing is recognised says so, not 'Tidak ada temuan'", async () => {
  renderWith(() => ({ findings: [], tables: [], scale: { id: "permendagri86", name: "Permendagri 86/2017", bands: [] } }));
  await screen.findByText(/Tidak ada tabel LKjIP yang dikenali di buku kerja ini/);
  expect(screen.queryByText(/Tidak ada temuan/)).toBeNull();
});

test("a clean workbook names how many tables were checked and lists them under Tabel dikenali", async () => {
  renderWith(() => ({
    findings: [],
    tables: [PK_TABLE] as never,
    scale: { id: "permendagri86", name: "Permendagri 86/2017", bands: [] },
  }));
  await screen.findByText("Tidak ada temuan pada 1 tabel yang dikenali.");
  fireEvent.click(screen.getByRole("button", { name: "Tabel dikenali (1)" }));
  expect(await screen.findByRole("button", { name: "Tampilkan tabel capaian kinerja di Formulir PK!A1:C3" })).toBeTruthy();
});

describe("numbers in the notation of the user's Excel, else the one the page is given (the browser's), else Indonesian", () => {
  const US = { decimalSeparator: ".", thousandsSeparator: "," } as const;
  const ID = { decimalSeparator: ",", thousandsSeparator: "." } as const;
  const withLocale = (locale: Workbook["locale"]) => {
    const wb = workbook();
    if (locale) wb.locale = locale;
    else delete wb.locale;
    return new MemoryHost(wb, "sesi-1");
  };
  const renderPage = (host: MemoryHost, numbers?: typeof US) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={host} checker={checker} session="sesi-1" numbers={numbers} />
      </FluentProvider>,
    );

  it("Excel with US settings: the check writes its messages in US notation, the values shown follow", async () => {
    renderPage(withLocale(US));
    await screen.findByText(/3 temuan/);
    expect(checker.mock.calls[0][1]?.numbers).toEqual(US);
    expect(screen.getByText("Tertulis: 823,551,939 · Seharusnya: 823,551,339")).toBeTruthy();
  });

  it("a file (no notation of its own) on a page given the browser's US notation", async () => {
    renderPage(withLocale(undefined), US);
    await screen.findByText(/3 temuan/);
    expect(checker.mock.calls[0][1]?.numbers).toEqual(US);
    expect(screen.getByText("Tertulis: 100 · Seharusnya: 94.12")).toBeTruthy();
  });

  it("neither says: Indonesian", async () => {
    renderPage(withLocale(undefined));
    await screen.findByText(/3 temuan/);
    expect(checker.mock.calls[0][1]?.numbers).toEqual(ID);
    expect(screen.getByText("Tertulis: 100 · Seharusnya: 94,12")).toBeTruthy();
  });
});

/** A PK whose realisasi column is headed "Hasil Pengukuran": recognition alone does not know it; C3 is wrong. */
function unusualPk(): Workbook {
  const row = (...values: (string | number)[]) => values.map((value) => ({ value }));
  return {
    locale: { decimalSeparator: ",", thousandsSeparator: "." },
    sheets: [
      {
        name: "Formulir PK",
        merges: [],
        rows: [
          row("Target", "Hasil Pengukuran", "Capaian (%)", "Indikator Kinerja"),
          row(90, 85.5, 95, "Persentase layanan tepat waktu"),
          row(80, 72, 95, "Indeks kepuasan masyarakat"),
        ],
      },
    ],
  };
}

test("a column's role corrected in Tabel dikenali is saved in the workbook and the check reads it", async () => {
  const { checkWorkbook } = await import("../../src/core/check");
  const host = renderWith(checkWorkbook, new MemoryHost(unusualPk(), "sesi-1"));
  // Only the info that the table is partly understood, before the correction.
  await screen.findByText(/berisi angka tetapi perannya tidak dikenali/);
  fireEvent.click(screen.getByRole("button", { name: "Tabel dikenali (1)" }));
  fireEvent.click(await screen.findByRole("button", { name: "Koreksi pembacaan tabel ini" }));
  const editor = screen.getByRole("group", { name: /Koreksi tabel Formulir PK!A1:D3/ });
  const save = within(editor).getByRole("button", { name: "Simpan koreksi dan periksa ulang" });
  expect((save as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(within(editor).getByRole("combobox", { name: /^B\b/ }), { target: { value: "realisasi" } });
  expect((save as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(save);
  await screen.findByText(/1 kesalahan/i);
  expect(JSON.parse((await host.getSettings())["lkjip.koreksi"])).toEqual({
    // With the headers read now, so the correction follows the table if rows are inserted above it.
    tables: {
      "Formulir PK!A1": { columns: { B: "realisasi" }, header: "TARGET | HASIL PENGUKURAN | CAPAIAN (%) | INDIKATOR KINERJA" },
    },
  });
  expect(screen.getByText("dikoreksi")).toBeTruthy();
});

test("a correction whose table moved (a title row inserted above) is applied there, and saving stores it at the new place", async () => {
  const { checkWorkbook } = await import("../../src/core/check");
  const wb = unusualPk();
  wb.sheets[0].rows.unshift([{ value: "Lampiran: Pengukuran Kinerja 2024" }]);
  const host = new MemoryHost(wb, "sesi-1");
  const header = "TARGET | HASIL PENGUKURAN | CAPAIAN (%) | INDIKATOR KINERJA";
  await host.setSettings({
    "lkjip.koreksi": JSON.stringify({ tables: { "Formulir PK!A1": { columns: { B: "realisasi" }, header } } }),
  });
  renderWith(checkWorkbook, host);
  await screen.findByText(/1 kesalahan/i);
  fireEvent.click(screen.getByRole("button", { name: "Tabel dikenali (1)" }));
  fireEvent.click(await screen.findByRole("button", { name: "Koreksi pembacaan tabel ini" }));
  const editor = screen.getByRole("group", { name: /Koreksi tabel Formulir PK!A2:D4/ });
  expect(within(editor).getByRole<HTMLSelectElement>("combobox", { name: /^B\b/ }).value).toBe("realisasi");
  const save = within(editor).getByRole("button", { name: "Simpan koreksi dan periksa ulang" });
  expect((save as HTMLButtonElement).disabled).toBe(false);
  fireEvent.click(save);
  await waitFor(async () =>
    expect(JSON.parse((await host.getSettings())["lkjip.koreksi"])).toEqual({
      tables: { "Formulir PK!A2": { columns: { B: "realisasi" }, header } },
    }),
  );
  await screen.findByText(/1 kesalahan/i);
});

test("an excluded table stays listed, can be taken back, and the pane says nothing was checked", async () => {
  const { checkWorkbook } = await import("../../src/core/check");
  const host = new MemoryHost(unusualPk(), "sesi-1");
  await host.setSettings({ "lkjip.koreksi": JSON.stringify({ tables: { "Formulir PK!A1": { excluded: true } } }) });
  renderWith(checkWorkbook, host);
  await screen.findByText(/Semua tabel yang dikenali \(1\) dikecualikan/);
  fireEvent.click(screen.getByRole("button", { name: "Tabel dikenali (1)" }));
  expect(screen.getByText("dikecualikan")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Koreksi pembacaan tabel ini" }));
  fireEvent.click(screen.getByRole("checkbox", { name: /Kecualikan tabel ini/ }));
  fireEvent.click(screen.getByRole("button", { name: "Simpan koreksi dan periksa ulang" }));
  await screen.findByText(/berisi angka tetapi perannya tidak dikenali/);
  expect(screen.queryByText(/dikecualikan/)).toBeNull();
  expect((await host.getSettings())["lkjip.koreksi"]).toBeUndefined();
});

test("a row marked as a closing row in the pane is checked as one", async () => {
  const { checkWorkbook } = await import("../../src/core/check");
  const wb = unusualPk();
  wb.sheets[0].rows[0][1] = { value: "Realisasi" };
  wb.sheets[0].rows[2][1] = { value: 76 };
  wb.sheets[0].rows.push([{ value: null }, { value: null }, { value: 90 }, { value: "Nilai Kinerja Organisasi" }]);
  const host = renderWith(checkWorkbook, new MemoryHost(wb, "sesi-1"));
  await screen.findByText(/Tidak ada temuan pada 1 tabel/);
  fireEvent.click(screen.getByRole("button", { name: "Tabel dikenali (1)" }));
  fireEvent.click(await screen.findByRole("button", { name: "Koreksi pembacaan tabel ini" }));
  expect(screen.getByText("Tidak ada baris penutup yang dikenali.")).toBeTruthy();
  fireEvent.change(screen.getByRole("spinbutton", { name: "Baris ke" }), { target: { value: "4" } });
  fireEvent.change(screen.getByRole("combobox", { name: "adalah" }), { target: { value: "rata-rata" } });
  fireEvent.click(screen.getByRole("button", { name: "Tandai" }));
  expect(screen.getByText("Baris 4: Baris rata-rata")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Simpan koreksi dan periksa ulang" }));
  await screen.findByText(/1 kesalahan/i);
  expect(JSON.parse((await host.getSettings())["lkjip.koreksi"])).toEqual({
    tables: { "Formulir PK!A1": { rows: { "4": "rata-rata" }, header: "TARGET | REALISASI | CAPAIAN (%) | INDIKATOR KINERJA" } },
  });
  // The editor now shows the row as recognised.
  expect(await screen.findByText("Dikenali: baris 4 (rata-rata).")).toBeTruthy();
});
