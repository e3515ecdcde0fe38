/**
 * Settings through the application layer: saving them is a journaled batch the Batalkan list shows,
 * and undoing it brings back the earlier settings for every front end (pane, saved copy, CLI).
 */
import { modelSource, runCheck, saveSettings, undoChanges, undoSummary } from "../../src/app";
import { DEFAULT_SETTINGS } from "../../src/core/settings/settings";
import { setExcluded } from "../../src/core/settings/corrections";
import { XlsxHost } from "../../src/hosts/xlsx/XlsxHost";
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { fixtureBytes } from "../support/fixtures";

const key = (f: { rule: string; sheet: string; cell: string }) => `${f.sheet}!${f.cell}#${f.rule}`;

test("a saved settings change is listed as 'Pengaturan diubah (…)' and undoing it checks with the earlier settings", async () => {
  const host = await XlsxHost.open(fixtureBytes("kelam-permai-2019.xlsx"), "kelam.xlsx", "s1");
  const plain = await runCheck(host);
  expect(plain.batches).toEqual([]);

  const indicator = plain.result.tables
    .filter((t) => t.kind === "indikator")
    .flatMap((t) => t.rows)
    .find((r) => r.role === "indikator" && r.label.startsWith("2. Jumlah pengadaan"))?.label as string;
  expect(indicator).toBeTruthy();
  const out = await saveSettings(host, { ...DEFAULT_SETTINGS, scale: "baik4-100", polarity: { [indicator]: "negatif" } });
  expect(out.status).toBe("written");
  const changed = await runCheck(host);
  expect(changed.result.scale.id).toBe("baik4-100");
  expect(changed.result.findings.map(key)).not.toEqual(plain.result.findings.map(key));
  expect(changed.batches).toMatchObject([
    { label: "Pengaturan diubah (skala, polaritas)", cells: 0, settings: 2, session: "s1", undone: false },
  ]);

  // Saving the same settings again adds nothing to undo.
  expect(await saveSettings(host, changed.settings)).toMatchObject({ status: "written", entries: [] });
  expect((await runCheck(host)).batches).toHaveLength(1);

  const label = changed.batches[0].label;
  const undone = await undoChanges(host, { batch: changed.batches[0].batch });
  expect(undoSummary(label, undone)).toBe("Pengaturan diubah (skala, polaritas): 2 perubahan dipulihkan.");
  const back = await runCheck(host);
  expect(back.settings).toEqual(DEFAULT_SETTINGS);
  expect(await host.getSettings()).toEqual({});
  expect(back.result.findings.map(key)).toEqual(plain.result.findings.map(key));
  expect(back.batches[0]).toMatchObject({ undone: true });

  // The copy carries the restored settings: a reviewer's CLI check of it agrees.
  const fromCopy = await runCheck(modelSource(await readXlsx(await host.save())));
  expect(fromCopy.settings).toEqual(DEFAULT_SETTINGS);
  expect(fromCopy.result.findings.map(key)).toEqual(plain.result.findings.map(key));
});

test("a table correction (lkjip.koreksi) saved from the pane is undone like any setting: the table is checked again", async () => {
  const host = await XlsxHost.open(fixtureBytes("kelam-permai-2019.xlsx"), "kelam.xlsx", "s1");
  const plain = await runCheck(host);
  const id = "Formulir PK!A5"; // the PK table, with its wrong capaian at G17
  expect(plain.result.tables.map((t) => t.id)).toContain(id);
  expect(plain.result.findings.map(key)).toContain("Formulir PK!G17#capaian");
  const excluded = setExcluded(plain.settings.corrections, id, true);
  await saveSettings(host, { ...plain.settings, corrections: excluded });
  const corrected = await runCheck(host);
  expect(corrected.settings.corrections.tables[id]).toEqual({ excluded: true });
  // The excluded table is no longer checked (its capaian error is gone; the correction itself is noted).
  expect(corrected.result.findings.map(key)).not.toContain("Formulir PK!G17#capaian");
  expect(corrected.result.findings.map((f) => f.rule)).toContain("koreksi");
  expect(corrected.batches[0]).toMatchObject({ label: "Pengaturan diubah (koreksi tabel)", settings: 1 });

  await undoChanges(host, { batch: corrected.batches[0].batch });
  const back = await runCheck(host);
  expect(await host.getSettings()).toEqual({});
  expect(back.result.findings.map(key)).toEqual(plain.result.findings.map(key));
});
