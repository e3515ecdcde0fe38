/** @jest-environment jsdom */
/** The Tabel Naratif tab of the task pane over the in-memory host: insert, list in Batalkan, undo. */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { Checker } from "../../src/taskpane/usePane";
import { check, formulir } from "../core/narrative/support";
import { MemoryHost } from "../support/memoryHost";

beforeAll(() => {
  // jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow.
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function renderApp(checker: Checker) {
  const host = new MemoryHost(formulir(), "sesi-1");
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} checker={checker} session="sesi-1" />
    </FluentProvider>,
  );
  return host;
}

test("Tabel Naratif: insert creates the sheet through addSheet, Batalkan lists it, undo removes it", async () => {
  const checker = jest.fn<ReturnType<Checker>, Parameters<Checker>>((wb) => check(wb));
  const host = renderApp(checker);
  await screen.findByText(/temuan/);

  // The tab sits after Batalkan and before Pengaturan.
  const tabs = screen.getAllByRole("tab");
  // (No Perbaiki tab: fixing is done in Periksa, where the findings are.)
  const order = ["Periksa", "Batalkan", "Tabel Naratif", "Pengaturan", "Fungsi"];
  expect(order.map((name) => tabs.indexOf(screen.getByRole("tab", { name })))).toEqual([0, 1, 2, 3, 4]);
  fireEvent.click(screen.getByRole("tab", { name: "Tabel Naratif" }));
  const panel = screen.getByRole("tabpanel", { name: "Tabel Naratif" });
  expect(within(panel).getByText("Capaian Indikator Kinerja per Sasaran Strategis")).toBeTruthy();

  fireEvent.click(within(panel).getByRole("button", { name: "Sisipkan tabel naratif" }));
  await screen.findByText(/disisipkan di lembar baru “Tabel Naratif”/);
  expect(host.added.map((s) => s.name)).toEqual(["Tabel Naratif"]);
  expect(host.added[0].cells.some((c) => c.formula?.includes("'Formulir PK'!"))).toBe(true);
  expect(host.added[0].rowHeights).toBeDefined();
  expect(await host.sheetNames()).toContain("Tabel Naratif");
  expect(host.entries.map((e) => e.kind)).toEqual(["sheet-added"]);
  // Checked again afterwards, without the inserted sheet (the add-in's own output is not checked).
  await waitFor(() => expect(checker.mock.calls.length).toBe(2));
  expect(checker.mock.calls[1][0].sheets.map((s) => s.name)).toEqual(["Formulir PK"]);

  fireEvent.click(screen.getByRole("tab", { name: "Batalkan" }));
  const undo = await screen.findByRole("button", { name: "Batalkan: Sisipkan tabel naratif (Tabel Naratif)" });
  expect(screen.getByText(/lembar baru · sesi ini/)).toBeTruthy();
  fireEvent.click(undo);
  await screen.findByText(/1 perubahan dipulihkan/);
  expect(await host.sheetNames()).toEqual(["Formulir PK"]);
  await screen.findByText("Dibatalkan");
});

test("Tabel Naratif without a check result offers to run Periksa", async () => {
  let calls = 0;
  const checker: Checker = (wb) => {
    if (calls++ === 0) throw new Error("Pemeriksaan gagal.");
    return check(wb);
  };
  renderApp(checker);
  await screen.findByText("Pemeriksaan gagal.");
  fireEvent.click(screen.getByRole("tab", { name: "Tabel Naratif" }));
  const panel = screen.getByRole("tabpanel", { name: "Tabel Naratif" });
  expect(within(panel).getByText(/Periksa buku kerja terlebih dahulu/)).toBeTruthy();
  fireEvent.click(within(panel).getByRole("button", { name: "Periksa sekarang" }));
  expect(await within(panel).findByRole("button", { name: "Sisipkan tabel naratif" })).toBeTruthy();
});
