/**
 * A Pengukuran Kinerja Kegiatan lists each program above its kegiatan (output indicators and budget
 * in one table): the program row heads the kegiatan coded under it, and its pagu is their sum.
 */
import { checkSheets, serious } from "../../support/checkSheets";
import type { CellInput, SheetSpec } from "../../support/workbooks";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { recognizeTables } from "../../../src/core/tables";
import { buildXlsx } from "../../support/workbooks";

interface Kegiatan {
  code: string;
  name: string;
  indicator: string;
  target: number;
  realisasi: number;
  pagu: number;
  spent: number;
}

const PROGRAMS: { code: string; name: string; kegiatan: Kegiatan[] }[] = [
  {
    code: "I",
    name: "Program Perencanaan Kawasan Transmigrasi",
    kegiatan: [
      {
        code: "1.1",
        name: "Penyusunan rencana kawasan",
        indicator: "Jumlah dokumen RKT tersusun",
        target: 2,
        realisasi: 2,
        pagu: 425_000_000,
        spent: 409_275_000,
      },
      {
        code: "1.2",
        name: "Penyediaan data calon lokasi",
        indicator: "Jumlah calon lokasi disurvei",
        target: 5,
        realisasi: 4,
        pagu: 186_500_000,
        spent: 172_140_000,
      },
    ],
  },
  {
    code: "II",
    name: "Program Pembangunan Kawasan Transmigrasi",
    kegiatan: [
      {
        code: "2.1",
        name: "Pembangunan jalan poros",
        indicator: "Panjang jalan poros terbangun",
        target: 12.5,
        realisasi: 11.8,
        pagu: 2_875_000_000,
        spent: 2_790_512_000,
      },
      {
        code: "2.2",
        name: "Pembangunan rumah transmigran",
        indicator: "Jumlah rumah terbangun",
        target: 150,
        realisasi: 138,
        pagu: 3_150_000_000,
        spent: 3_018_870_000,
      },
    ],
  },
];

const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
const sum = (k: Kegiatan[], f: (x: Kegiatan) => number) => k.reduce((s, x) => s + f(x), 0);

/** The PK Kegiatan; `programPagu` overrides program I's pagu, `outcome` gives each program an indicator of its own. */
function pkKegiatan(opts: { programPagu?: number; outcome?: boolean } = {}): SheetSpec {
  const rows: CellInput[][] = [
    [
      "No",
      "Program / Kegiatan",
      "Indikator Keluaran",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Pagu (Rp)",
      "Realisasi (Rp)",
      "Serapan (%)",
    ],
  ];
  for (const [i, p] of PROGRAMS.entries()) {
    const pagu = i === 0 && opts.programPagu !== undefined ? opts.programPagu : sum(p.kegiatan, (k) => k.pagu);
    const spent = sum(p.kegiatan, (k) => k.spent);
    const own = opts.outcome ? ["Persentase capaian program", "%", 100, 90, 90] : [null, null, null, null, null];
    rows.push([
      opts.outcome ? String(i + 1) : p.code,
      p.name,
      ...own,
      pagu,
      spent,
      pct(
        spent,
        sum(p.kegiatan, (k) => k.pagu),
      ),
    ]);
    for (const k of p.kegiatan)
      rows.push([
        k.code,
        k.name,
        k.indicator,
        "unit",
        k.target,
        k.realisasi,
        pct(k.realisasi, k.target),
        k.pagu,
        k.spent,
        pct(k.spent, k.pagu),
      ]);
  }
  const all = PROGRAMS.flatMap((p) => p.kegiatan);
  rows.push([
    null,
    "JUMLAH",
    null,
    null,
    null,
    null,
    null,
    sum(all, (k) => k.pagu),
    sum(all, (k) => k.spent),
    pct(
      sum(all, (k) => k.spent),
      sum(all, (k) => k.pagu),
    ),
  ]);
  return { name: "PK Kegiatan", rows };
}

describe("program rows of a PK Kegiatan", () => {
  it("head the kegiatan under them: no indicator of their own, and the JUMLAH adds the kegiatan once", async () => {
    const [table] = recognizeTables(await readXlsx(await buildXlsx([pkKegiatan()])));
    expect(table.rows.map((r) => `${r.code ?? ""}:${r.role}${r.parent !== undefined ? `<${r.parent}` : ""}`)).toEqual([
      "I:program",
      "1.1:indikator<1",
      "1.2:indikator<1",
      "II:program",
      "2.1:indikator<4",
      "2.2:indikator<4",
      ":total",
    ]);
    expect(serious(await checkSheets([pkKegiatan()]))).toEqual([]);
  });

  it("a program pagu that is not the sum of its kegiatan is the finding, not its % serapan", async () => {
    expect(serious(await checkSheets([pkKegiatan({ programPagu: 616_500_000 })]))).toEqual(["jumlah-induk@PK Kegiatan!H2"]);
  });

  it("a program with an outcome indicator of its own stays an indicator and still heads its kegiatan", async () => {
    expect(serious(await checkSheets([pkKegiatan({ outcome: true })]))).toEqual([]);
    expect(serious(await checkSheets([pkKegiatan({ outcome: true, programPagu: 616_500_000 })]))).toEqual([
      "jumlah-induk@PK Kegiatan!H2",
    ]);
  });
});
