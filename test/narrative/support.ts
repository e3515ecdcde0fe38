/** Shared helpers of the narrative tests: fixtures, the checker's result, and a plain evaluation of results. */
import { promises as fs } from "fs";
import * as path from "path";
import type { CheckResult } from "../../src/core/check";
import { getPreset } from "../../src/core/scales";
import { recognizeTables } from "../../src/core/tables/recognize";
import type { Workbook } from "../../src/core/workbook/model";

export const FIXTURES = "/work/shared/fixtures";
export const FIXTURE_NAMES = ["kelam-permai-2019", "klakah-tw2-2024", "seberang-kota-2022"] as const;

export async function fixtureBytes(name: string): Promise<Buffer> {
  const local = path.join(__dirname, "..", "..", "test", "fixtures", `${name}.xlsx`);
  try {
    return await fs.readFile(local);
  } catch {
    return fs.readFile(path.join(FIXTURES, `${name}.xlsx`));
  }
}

/** The checker's result; while the checker's rules are still landing, recognition only (no findings). */
export function check(workbook: Workbook, scale = "berhasil4"): CheckResult {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { checkWorkbook } = require("../../src/core/check") as typeof import("../../src/core/check");
    return checkWorkbook(workbook, { scale });
  } catch (err) {
    if (!/Cannot find module/.test(String(err))) throw err;
    return { findings: [], tables: recognizeTables(workbook, {}), scale: getPreset(scale)! };
  }
}

export async function loadFixture(name: string, scale = "berhasil4"): Promise<{ bytes: Buffer; workbook: Workbook; result: CheckResult }> {
  const bytes = await fixtureBytes(name);
  // Loaded lazily: ExcelJS does not load under the jsdom environment of the panel tests.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { readXlsx } = require("../../src/hosts/xlsx/readXlsx") as typeof import("../../src/hosts/xlsx/readXlsx");
  const workbook = await readXlsx(bytes);
  return { bytes, workbook, result: check(workbook, scale) };
}

/** A small Formulir PK (three indicators, merged sasaran) as the workbook model, for jsdom tests where ExcelJS does not load. */
export function formulir(): Workbook {
  const row = (...values: (string | number)[]) => values.map((value) => ({ value }));
  return {
    sheets: [
      {
        name: "Formulir PK",
        merges: [{ top: 1, left: 1, bottom: 2, right: 1 }],
        rows: [
          row("NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"),
          row(1, "Meningkatnya pelayanan publik", "Persentase pelayanan tepat waktu", "%", 85, 85, 100),
          [{ value: 2 }, undefined, { value: "Persentase pengaduan ditindaklanjuti" }, { value: "%" }, { value: 85 }, { value: 80 }, { value: 100 }],
          row(3, "Meningkatnya akuntabilitas", "Jumlah dokumen perencanaan", "Dokumen", 8, 8, 100),
        ],
      },
    ],
  };
}
