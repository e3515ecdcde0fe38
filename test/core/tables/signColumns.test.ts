/** A column holding only "%" beside the numbers (TARGET merged over "64,00 | %") is a unit, not a value column. */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";

it("“%” columns under merged TARGET / REALISASI / CAPAIAN headers get the satuan role", async () => {
  const wb = await readXlsx(
    await buildXlsx([
      {
        name: "PK",
        rows: [
          ["No", "Indikator Kinerja", "TARGET", null, "REALISASI", null, "CAPAIAN", null],
          [1, "Persentase PMKS tertangani", 64, "%", 58.3, "%", 91.09, "%"],
          [2, "Persentase KPM graduasi", 12, "%", 10.58, "%", 88.17, "%"],
        ],
        merges: ["C1:D1", "E1:F1", "G1:H1"],
      },
    ]),
  );
  const roles = Object.fromEntries(recognizeTables(wb)[0].columns.map((c) => [c.letter, c.role]));
  expect(roles).toMatchObject({ C: "target", D: "satuan", E: "realisasi", F: "satuan", G: "capaian" });
  expect(Object.values(roles).filter((r) => r === "target" || r === "realisasi" || r === "capaian")).toHaveLength(3);
});
