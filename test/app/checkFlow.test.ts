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
