/**
 * total: a JUMLAH cell that matches its rows once their own row totals are fixed is right; flagging
 * it would have "Perbaiki semua" break it together with the row it really follows.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { CASES } from "../unseen2/cases";

it("bulanan-lebar: the row total AB6 is flagged, the JUMLAH AB9 that is the true sum is not; U9 still is", async () => {
  const c = CASES.find((x) => x.id === "bulanan-lebar")!;
  const findings = checkWorkbook(await readXlsx(await c.build())).findings.filter((f) => f.rule === "total");
  expect(findings.map((f) => [f.cell, f.expected])).toEqual([
    ["AB6", "8.950.000"],
    ["U9", "119.805.566"],
  ]);
});
