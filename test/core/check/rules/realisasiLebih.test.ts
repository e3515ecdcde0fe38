/**
 * realisasi-lebih on an LRA with income: PENDAPATAN above its target is good news, belanja above its
 * pagu is reported; the SURPLUS / (DEFISIT) and SILPA lines under the table are balances, not items.
 */
import { checkSheets, keys, serious as seriousOf } from "../../../support/checkSheets";

type Row = (string | number | null)[];

const HEADER: Row = ["Kode Rekening", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"];

/** Pendapatan 4 / 4.1 / 4.1.04 / 4.1.04.16 at 112 % of target; belanja 5 / 5.1 / 5.1.02 within pagu. */
const LRA: Row[] = [
  HEADER,
  ["4", "PENDAPATAN", 1000000000, 1120000000, -120000000, 112],
  ["4.1", "Pendapatan Asli Daerah", 1000000000, 1120000000, -120000000, 112],
  ["4.1.04", "Lain-lain PAD yang Sah", 1000000000, 1120000000, -120000000, 112],
  ["4.1.04.16", "Pendapatan BLUD", 1000000000, 1120000000, -120000000, 112],
  ["5", "BELANJA", 900000000, 850000000, 50000000, 94.44],
  ["5.1", "Belanja Operasi", 900000000, 850000000, 50000000, 94.44],
  ["5.1.02", "Belanja Barang dan Jasa", 900000000, 850000000, 50000000, 94.44],
];

const serious = async (rows: Row[]) =>
  (await checkSheets([{ name: "LRA", rows }])).findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("realisasi-lebih with income rows", () => {
  it("income above its target is not reported, at any level of the account hierarchy", async () => {
    expect(await serious(LRA)).toEqual([]);
  });

  it("spending above its pagu still is", async () => {
    const rows = LRA.map((r) => [...r]);
    for (const i of [5, 6, 7]) rows[i] = [rows[i][0], rows[i][1], 900000000, 950000000, -50000000, 105.56];
    expect(await serious(rows)).toEqual(["realisasi-lebih@D6", "realisasi-lebih@D7", "realisasi-lebih@D8"]);
  });

  it("a SIPD sub kegiatan code of urusan 4 (4.01.01… is Setda's spending) is no income", async () => {
    const rows: Row[] = [
      ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
      ["4.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 500000000, 520000000, -20000000, 104],
    ];
    expect(await serious(rows)).toEqual(["realisasi-lebih@D2"]);
  });

  it("SURPLUS / (DEFISIT) closes the table and SILPA is left out: no parent sum, no overspending of a surplus", async () => {
    const rows: Row[] = [
      ...LRA,
      [],
      [null, "SURPLUS / (DEFISIT)", 100000000, 270000000, null, null],
      [null, "SILPA Tahun Anggaran Berkenaan", null, 270000000, null, null],
    ];
    const result = await checkSheets([{ name: "LRA", rows }]);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(result.tables[0].bottom).toBe(9);
  });
});

describe("the fourth program of a numbered list is no income", () => {
  it("its realisasi above pagu is reported; PENDAPATAN above its target is not", async () => {
    const result = await checkSheets([
      {
        name: "Program",
        rows: [
          ["NO", "PROGRAM", "PAGU (Rp)", "REALISASI (Rp)", "%"],
          ["1", "Program Penunjang Urusan", 1_250_000_000, 1_201_350_000, 96.11],
          ["2", "Program Pelayanan Publik", 340_000_000, 331_200_000, 97.41],
          ["3", "Program Pemberdayaan Masyarakat", 210_000_000, 199_800_000, 95.14],
          ["4", "Program Ketenteraman dan Ketertiban Umum", 156_750_000, 162_300_000, 103.54],
        ],
      },
      {
        name: "LRA",
        rows: [
          ["KODE", "URAIAN", "TARGET / PAGU (Rp)", "REALISASI (Rp)", "%"],
          ["4", "PENDAPATAN", 95_000_000, 110_000_000, 115.79],
          ["4.1", "Pendapatan Jasa Giro", 95_000_000, 110_000_000, 115.79],
          ["5", "BELANJA", 1_956_750_000, 1_894_650_000, 96.83],
        ],
      },
    ]);
    expect(keys(result, ["warning"]).filter((k) => k.startsWith("realisasi-lebih"))).toEqual(["realisasi-lebih@Program!D5"]);
  });
});

describe("a revenue table by its target in rupiah", () => {
  it.each(["TARGET (Rp)", "TARGET PENDAPATAN (Rp)", "KETETAPAN (Rp)"])(
    "collected above “%s” is more than planned, not overspent",
    async (header) => {
      const result = await checkSheets([
        {
          name: "Pendapatan BLUD",
          rows: [
            ["NO", "URAIAN", header, "REALISASI (Rp)", "%"],
            [1, "Jasa layanan rawat jalan", 4500000000, 4712350000, 104.72],
            [2, "Jasa layanan rawat inap", 9800000000, 9655400000, 98.52],
            [3, "Jasa giro", 25000000, 31240000, 124.96],
            [null, "JUMLAH", 14325000000, 14398990000, 100.52],
          ],
        },
      ]);
      expect(seriousOf(result)).toEqual([]);
    },
  );
});
