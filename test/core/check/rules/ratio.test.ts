/**
 * Target 0 in the checker: a typed capaian the target-0 rule gives (100 at realisasi 0) is accepted;
 * one that differs (peers write 0 %) is not flagged either, since a false alarm is worse than a miss;
 * targets other than 0 are still checked.
 */
import { checkSheets } from "../../../support/checkSheets";
import { pkSheet, SasaranSpec } from "../../../support/workbooks";

const sasaran = (capaianAtZero: number | string): SasaranSpec[] => [
  {
    text: "Meningkatnya pelayanan",
    indicators: [
      { name: "Jumlah pengaduan yang belum ditangani", target: 0, realisasi: 0, capaian: capaianAtZero },
      { name: "Persentase layanan tepat waktu", target: 85, realisasi: 80, capaian: 94.12 },
      { name: "Indeks kepuasan", target: 80, realisasi: 82, capaian: 110 },
    ],
  },
];

test.each([100, 0, "100 %"])("target 0 and realisasi 0 typed as %p: no capaian finding on that row", async (typed) => {
  const r = await checkSheets([pkSheet({ sasaran: sasaran(typed) })]);
  const capaian = r.findings.filter((f) => f.rule === "capaian");
  // Only the wrong 110 (82/80 = 102,5) on the third indicator is flagged.
  expect(capaian.map((f) => f.cell)).toEqual(["G6"]);
});
