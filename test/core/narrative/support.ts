/** Shared helpers of the narrative tests: fixtures, the checker's result, and a plain evaluation of results. */
import { promises as fs } from "fs";
import * as path from "path";
import type { CheckResult } from "../../../src/core/check";
import { checkWorkbook } from "../../../src/core/check";
import { fixturesDir } from "../../support/fixtures";
import type { Workbook } from "../../../src/core/workbook/model";

export const FIXTURE_NAMES = ["kelam-permai-2019", "klakah-tw2-2024", "seberang-kota-2022"] as const;

export async function fixtureBytes(name: string): Promise<Buffer> {
  return fs.readFile(path.join(fixturesDir(), `${name}.xlsx`));
}

/** The checker's result on a workbook, with the scale the fixture's report states. */
export function check(workbook: Workbook, scale = "berhasil4"): CheckResult {
  return checkWorkbook(workbook, { scale });
}

export async function loadFixture(
  name: string,
  scale = "berhasil4",
): Promise<{ bytes: Buffer; workbook: Workbook; result: CheckResult }> {
  const bytes = await fixtureBytes(name);
  // Loaded lazily: ExcelJS does not load under the jsdom environment of the panel tests.
  const { readXlsx } = await import("../../../src/hosts/xlsx/readXlsx");
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
          [
            { value: 2 },
            undefined,
            { value: "Persentase pengaduan ditindaklanjuti" },
            { value: "%" },
            { value: 85 },
            { value: 80 },
            { value: 100 },
          ],
          row(3, "Meningkatnya akuntabilitas", "Jumlah dokumen perencanaan", "Dokumen", 8, 8, 100),
        ],
      },
    ],
  };
}
