/**
 * Unseen layout F2: ratio cells that hold more decimals than they show (live formulas such as
 * =D2/C2*100 under "0.00", or =E4/D4 under "0.00%") are judged by what they display, so a correct
 * formula is never flagged while a formula on the wrong row still is.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { CASES } from "./cases";
import type { Found } from "./harness";

async function findingsOf(id: string): Promise<Found[]> {
  const c = CASES.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return checkWorkbook(await readXlsx(await c.build())).findings;
}
const key = (f: Found) => `${f.rule}@${f.sheet}!${f.cell}`;
const serious = (fs: Found[]) => fs.filter((f) => f.severity === "error" || f.severity === "warning");

describe("ratio cells showing fewer decimals than they hold (formula results, 0.00 / 0.00% formats)", () => {
  it("rumus-persen: =D2/C2*100 formatted 0.00 over whole-rupiah operands is not flagged", async () => {
    const f = await findingsOf("rumus-persen");
    expect(
      serious(f)
        .filter((x) => x.sheet === "Anggaran")
        .map(key),
    ).toEqual([]);
  });
  it("pk-rumus: =E4/D4*100 (0.00) and =E4/D4 (0.00%) over whole-number targets are not flagged; only the wrong-row formula is", async () => {
    const f = await findingsOf("pk-rumus");
    expect(serious(f).map(key)).toEqual(["capaian@Pengukuran Kinerja!F6"]);
  });
});
