/**
 * Task pane entry: inside Excel it runs on the open workbook (Office.js host); opened as a plain
 * page it runs standalone on an .xlsx file (ExcelJS host, loaded on demand) with a grid preview.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkWorkbook } from "../core/check/index";
import { newId } from "../core/journal/journal";
import { localeFromLanguage } from "../core/numbers/locale";
import type { FileWorkbookHost } from "../core/workbook/host";
import { App, StandaloneApi } from "./App";
import { detectHost } from "./detectHost";
import { downloadBytes, downloadName, openSample, openWorkbookFile } from "./standalone";

const session = newId("sesi");

function standaloneApi(): StandaloneApi {
  return {
    openFile: (file) => openWorkbookFile(file, session),
    openSample: () => openSample(session),
    download: async (host: FileWorkbookHost) => downloadBytes(await host.save(), downloadName(host.fileName)),
  };
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  const office = (globalThis as unknown as { Office?: Parameters<typeof detectHost>[0] }).Office;
  const mode = await detectHost(office);
  let app: React.ReactElement;
  if (mode.kind === "excel") {
    const { createOfficeHost } = await import(/* webpackMode: "eager" */ "../hosts/office/OfficeHost");
    app = <App host={createOfficeHost(session)} checker={checkWorkbook} session={session} />;
  } else {
    document.documentElement.dataset.mode = "standalone";
    app = (
      <App
        host={null}
        checker={checkWorkbook}
        session={session}
        standalone={standaloneApi()}
        startupNotes={mode.reason ? [mode.reason] : []}
        // A file carries no notation: messages follow the browser's language where it implies one, else Indonesian.
        numbers={localeFromLanguage(navigator.language)}
      />
    );
  }
  root.render(<FluentProvider theme={webLightTheme}>{app}</FluentProvider>);
}

void main();
