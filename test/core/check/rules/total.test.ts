/**
 * total: a JUMLAH cell that matches its rows once their own row totals are fixed is right; flagging
 * it would have "Perbaiki semua" break it together with the row it really follows.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { CASES } from "../unseen2/cases";
import { checkSheets, serious as where } from "../../../support/checkSheets";

it("bulanan-lebar: the row total AB6 is flagged, the JUMLAH AB9 that is the true sum is not; U9 still is", async () => {
  const c = CASES.find((x) => x.id === "bulanan-lebar")!;
  const findings = checkWorkbook(await readXlsx(await c.build())).findings.filter((f) => f.rule === "total");
  expect(findings.map((f) => [f.cell, f.expected])).toEqual([
    ["AB6", "8.950.000"],
    ["U9", "119.805.566"],
  ]);
});

describe("a Jumlah row in an indicator table of one measure", () => {
  type Row = (string | number | null)[];
  const kelurahan = (jumlahRealisasi: number, satuan: string[] = ["jiwa", "jiwa", "jiwa"]): Row[] => [
    ["No", "Kelurahan", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Sukamaju", satuan[0], 5200, 5050, 97.12],
    [2, "Sukamakmur", satuan[1], 6100, 5890, 96.56],
    [3, "Sukarame", satuan[2], 4300, 4210, 97.91],
    [null, "JUMLAH", null, 15600, jumlahRealisasi, 97.12],
  ];
  const serious = async (rows: Row[]) => where(await checkSheets([{ name: "KTP-el", rows }]));

  it("counts of one satuan add up: a Jumlah realisasi 100 off is found", async () => {
    expect(await serious(kelurahan(15150))).toEqual([]);
    expect(await serious(kelurahan(15250))).toContain("total@KTP-el!E5");
  });

  it("indicators of different satuan (%, indeks, dokumen) are never added up", async () => {
    const found = await serious(kelurahan(15250, ["%", "indeks", "dokumen"]));
    expect(found.filter((k) => k.startsWith("total@"))).toEqual([]);
  });
});
