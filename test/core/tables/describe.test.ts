/** describeTable: what `lkjip periksa --json` and the task pane say of a recognised table. */
import { checkSheets } from "../../support/checkSheets";
import { describeTable } from "../../../src/core/tables/describe";
describe("what a table description says of its unused rows", () => {
  it("names them by their row number in the sheet, as the user sees it", async () => {
    const result = await checkSheets([
      {
        name: "PK",
        rows: [
          ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
          [1, "Persentase layanan tepat waktu", 90, 85.5, 95],
          [],
          [2, "Indeks kepuasan masyarakat", 80, 82, 102.5],
        ],
      },
    ]);
    expect(describeTable(result.tables[0]).coverage.unused).toEqual([{ row: 3, reason: "baris kosong" }]);
  });
});
