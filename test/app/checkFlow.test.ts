/**
 * One check flow for every front end: the CLI reads a saved workbook's stored settings (scale,
 * polarity, method) exactly as the task pane's host does, so both report the same findings.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { modelSource, runCheck } from "../../src/app";
import { periksa } from "../../src/cli/commands/periksa";
import { serializeSettings, DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { XlsxHost } from "../../src/hosts/xlsx/XlsxHost";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { fixtureBytes } from "../support/fixtures";
import { NO_CORRECTIONS, setColumnRole } from "../../src/core/settings/corrections";

const key = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell}#${f.rule}`;

test("stored polarity and method settings change the findings, and the CLI and the host agree", async () => {
  const host = await XlsxHost.open(fixtureBytes("kelam-permai-2019.xlsx"), "kelam.xlsx", "s1");
  const plain = await runCheck(host);
  const indicator = plain.result.tables
    .filter((t) => t.kind === "indikator")
    .flatMap((t) => t.rows)
    .find((r) => r.role === "indikator" && r.label.startsWith("2. Jumlah pengadaan"))?.label;
  expect(indicator).toBeTruthy();
  await host.setSettings(
    serializeSettings({ ...DEFAULT_SETTINGS, scale: "baik4-100", polarity: { [indicator as string]: "negatif" } }),
  );
  const withSettings = await runCheck(host);
  expect(withSettings.settings.scale).toBe("baik4-100");
  expect(withSettings.result.scale.id).toBe("baik4-100");
  expect(withSettings.result.findings.map(key)).not.toEqual(plain.result.findings.map(key));

  const file = join(await fs.mkdtemp(join(tmpdir(), "lkjip-")), "dengan-pengaturan.xlsx");
  await fs.writeFile(file, await host.save());
  const fromFile = await runCheck(modelSource(await readXlsx(await fs.readFile(file))));
  expect(fromFile.result.findings.map(key)).toEqual(withSettings.result.findings.map(key));

  let printed = "";
  expect(await periksa([file, "--json"], (s) => (printed += s))).toBe(0);
  const json = JSON.parse(printed) as { findings: { rule: string; sheet: string; cell: string }[] };
  expect(json.findings.map(key)).toEqual(withSettings.result.findings.map(key));
});

test("table corrections stored in the workbook are used by the host, a saved copy and the CLI alike", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Formulir PK");
  [
    ["No", "Indikator Kinerja", "Target", "Hasil Pengukuran", "Capaian (%)"],
    [1, "Persentase layanan administrasi tepat waktu", 90, 85.5, 95],
    [2, "Indeks kepuasan masyarakat", 80, 72, 95],
  ].forEach((r) => ws.addRow(r));
  const host = await XlsxHost.open(new Uint8Array(await wb.xlsx.writeBuffer()), "pk.xlsx", "s1");
  const plain = await runCheck(host);
  expect(plain.result.findings.filter((f) => f.severity === "error")).toEqual([]);

  const corrections = setColumnRole(NO_CORRECTIONS, "Formulir PK!A1", "D", "realisasi");
  await host.setSettings(serializeSettings({ ...DEFAULT_SETTINGS, corrections }));
  const corrected = await runCheck(host);
  expect(corrected.settings.corrections).toEqual(corrections);
  expect(corrected.result.findings.filter((f) => f.severity === "error").map(key)).toEqual(["Formulir PK!E3#capaian"]);

  const file = join(await fs.mkdtemp(join(tmpdir(), "lkjip-")), "dengan-koreksi.xlsx");
  await fs.writeFile(file, await host.save());
  let printed = "";
  expect(await periksa([file, "--json"], (s) => (printed += s))).toBe(0);
  const json = JSON.parse(printed) as {
    findings: { rule: string; sheet: string; cell: string }[];
    tables: { id: string; corrected: string[]; columns: { letter: string; role: string }[] }[];
  };
  expect(json.findings.map(key)).toEqual(corrected.result.findings.map(key));
  expect(json.tables[0].corrected).toEqual(["kolom D: Realisasi"]);
  expect(json.tables[0].columns.find((c) => c.letter === "D")?.role).toBe("realisasi");
});
