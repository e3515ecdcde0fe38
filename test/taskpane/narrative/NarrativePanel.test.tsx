/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NarrativePanel } from "../../../src/taskpane/narrative/NarrativePanel";
import { copyRichText } from "../../../src/taskpane/narrative/clipboard";
import type { SheetSpec, WorkbookHost, WriteOutcome } from "../../../src/core/workbook/host";
import { check, formulir } from "../../core/narrative/support";

async function loadFixture(_name: string) {
  const workbook = formulir();
  return { workbook, result: check(workbook) };
}

beforeAll(() => {
  // jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow.
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

function fakeHost(existing: string[] = []) {
  const added: SheetSpec[] = [];
  const host = {
    kind: "file",
    // The listing may miss a name (a sheet made meanwhile); addSheet still refuses a taken name.
    sheetNames: jest.fn(async () => []),
    addSheet: jest.fn(async (spec: SheetSpec): Promise<WriteOutcome> => {
      if (existing.includes(spec.name)) return { status: "name-taken", sheet: spec.name };
      added.push(spec);
      return { status: "written", batch: "b1", entries: [] };
    }),
  } as unknown as WorkbookHost;
  return { host, added };
}

test("one click inserts the sheet and shows the sentences; each table has an accessible copy button", async () => {
  const { workbook, result } = await loadFixture("kelam-permai-2019");
  const { host, added } = fakeHost();
  const onInserted = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <NarrativePanel host={host} workbook={workbook} result={result} onInserted={onInserted} />
    </FluentProvider>,
  );
  expect(
    screen.getByText("Dari 3 (tiga) indikator kinerja, sebanyak 3 (tiga) indikator berpredikat Sangat Berhasil."),
  ).toBeTruthy();
  expect(screen.getByRole("button", { name: "Salin untuk Word: Capaian Indikator Kinerja per Sasaran Strategis" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Sisipkan tabel naratif" }));
  await waitFor(() => expect(onInserted).toHaveBeenCalledWith("Tabel Naratif"));
  expect(added).toHaveLength(1);
  expect(added[0].name).toBe("Tabel Naratif");
  expect(screen.getByText(/disisipkan di lembar baru “Tabel Naratif”/)).toBeTruthy();
});

test("a sheet name that is taken (even hidden) moves on to Tabel Naratif (2)", async () => {
  const { workbook, result } = await loadFixture("kelam-permai-2019");
  const { host, added } = fakeHost(["Tabel Naratif"]);
  const onInserted = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <NarrativePanel host={host} workbook={workbook} result={result} onInserted={onInserted} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Sisipkan tabel naratif" }));
  await waitFor(() => expect(onInserted).toHaveBeenCalledWith("Tabel Naratif (2)"));
  expect(added[0].name).toBe("Tabel Naratif (2)");
});

test("copy for Word writes text/html and text/plain, or falls back to a contenteditable copy", async () => {
  const write = jest.fn(async () => undefined);
  class Item {
    constructor(readonly parts: Record<string, Blob>) {}
  }
  Object.assign(window, { ClipboardItem: Item });
  Object.defineProperty(window.navigator, "clipboard", { value: { write }, configurable: true });
  await copyRichText("<table><tr><td>1</td></tr></table>", "1");
  const item = (write.mock.calls[0] as unknown as [Item[]])[0][0];
  expect(Object.keys(item.parts).sort()).toEqual(["text/html", "text/plain"]);

  Object.defineProperty(window.navigator, "clipboard", { value: undefined, configurable: true });
  const exec = jest.fn(() => true);
  Object.assign(document, { execCommand: exec });
  await copyRichText("<table><tr><td>2</td></tr></table>", "2");
  expect(exec).toHaveBeenCalledWith("copy");
  expect(document.querySelector("[contenteditable]")).toBeNull();
});
