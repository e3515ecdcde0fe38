/** Closing-row labels: group closings with the sasaran named after them; indicator names are not closings. */
import { closingRole, isClosing, isSummaryAverageLabel } from "../../../src/core/tables/closing";
import { checkSheets, serious as where } from "../../support/checkSheets";

const serious = where;

describe("closingRole", () => {
  it.each([
    ["Rata-rata Capaian Sasaran", "capaian-sasaran"],
    ["Rata-rata Capaian Kinerja Sasaran Strategis 2", "capaian-sasaran"],
    ["Capaian Kinerja Sasaran Strategis 1", "capaian-sasaran"],
    ["Nilai Kinerja Sasaran", "capaian-sasaran"],
    ["Nilai Capaian Sasaran 2", "capaian-sasaran"],
    // The number of the sasaran it closes, as the rows above number it.
    ["Capaian Kinerja Sasaran 1.1", "capaian-sasaran"],
    ["Rata-rata Capaian Sasaran 2.1.", "capaian-sasaran"],
    ["Rata-rata", "rata-rata"],
    ["Sub Total", "subtotal"],
    ["JUMLAH", "total"],
    // A group's closing named by its letter or roman numeral, and grand totals that add groups up.
    ["Jumlah A", "subtotal"],
    ["Subtotal B", "subtotal"],
    ["Sub Jumlah C", "subtotal"],
    ["JUMLAH II", "subtotal"],
    ["Total B", "subtotal"],
    ["JUMLAH TOTAL (A+B+C)", "total"],
    ["Total A+B", "total"],
    ["JUMLAH (I+II)", "total"],
    ["Jumlah I + II", "total"],
    // A PK Kegiatan's closing row: the average of the capaian and the sum of the pagu in one row.
    ["Rata-rata Capaian / Jumlah Anggaran", "rata-rata"],
    ["Rata-rata Capaian Kinerja / Jumlah Pagu", "rata-rata"],
    ["Jumlah Anggaran / Rata-rata Capaian", "rata-rata"],
    ["Jumlah Anggaran", "total"],
  ])("%s → %s", (label, role) => {
    expect(closingRole(label)).toBe(role);
  });
  it.each([
    "Jumlah dokumen perencanaan yang tepat waktu",
    "Persentase capaian sasaran RPJMD yang dicapai tepat waktu oleh perangkat daerah",
    "Jumlah Penduduk Miskin",
    "Total Fertility Rate",
    "Rata-rata lama sekolah",
    "Rata-rata IDM Kecamatan",
    "Jumlah anggaran yang terserap tepat waktu",
  ])("%s is a data row", (label) => {
    expect(closingRole(label)).toBeNull();
  });
});

describe("isSummaryAverageLabel", () => {
  it.each([
    "Rata-rata Serapan per Bidang",
    "Rata-rata IDM Kecamatan",
    "Rerata Serapan Anggaran",
    "Rata-rata Capaian Seluruh OPD",
  ])("%s names an average over the table", (label) => expect(isSummaryAverageLabel(label)).toBe(true));
  it.each(["Rata-rata lama sekolah", "Rata-rata nilai ujian nasional SD", "Rata-rata", "Persentase serapan anggaran"])(
    "%s does not",
    (label) => expect(isSummaryAverageLabel(label)).toBe(false),
  );
});

/** Group closings in whole tables: the rows they close, and no false alarm where the sheet adds up. */
describe("closing rows in a table", () => {
  type Row = (string | number | null)[];
  const check = (rows: Row[]) => checkSheets([{ name: "Rekap", rows }]);

  // Groups A/B under heading rows without amounts, each closed by "Jumlah A"/"Jumlah B", then the grand total.
  const BY_SUMBER_DANA: Row[] = [
    ["No", "Program", "Pagu (Rp)", "Realisasi (Rp)", "%"],
    ["A", "Urusan Kesehatan", null, null, null],
    [1, "Program Penunjang Urusan Pemerintahan", 1200000000, 1150000000, 95.83],
    [2, "Program Pemenuhan Upaya Kesehatan", 3870500000, 3700000000, 95.59],
    [null, "Jumlah A", 5070500000, 4850000000, 95.65],
    ["B", "Urusan Pengendalian Penduduk", null, null, null],
    [1, "Program Pembinaan Keluarga Berencana", 450000000, 430000000, 95.56],
    [null, "Jumlah B", 450000000, 430000000, 95.56],
    [null, "JUMLAH TOTAL (A+B)", 5520500000, 5280000000, 95.64],
  ];

  it("“Jumlah A” closes its group and “JUMLAH TOTAL (A+B)” the table: a sheet that adds up gives no finding", async () => {
    const result = await check(BY_SUMBER_DANA);
    expect(serious(result)).toEqual([]);
    const roles = result.tables[0].rows.filter((r) => isClosing(r.role)).map((r) => `${r.index + 1}:${r.role}`);
    expect(roles).toEqual(["5:subtotal", "8:subtotal", "9:total"]);
  });

  it("a wrong group closing is found at its own cell", async () => {
    const rows = BY_SUMBER_DANA.map((r) => [...r]);
    rows[4][2] = 5170500000;
    rows[4][4] = 93.8;
    expect(serious(await check(rows))).toContain("total@Rekap!C5");
  });

  it("“Rata-rata IDM Kecamatan” under a list is its average row; “Rata-rata lama sekolah” in a PK is an indicator", async () => {
    const idm = await check([
      ["No", "Desa", "IKS", "IKE", "IKL", "Nilai IDM"],
      [1, "Sukamaju", 0.7, 0.6, 0.5, 0.6],
      [2, "Sukamakmur", 0.8, 0.7, 0.6, 0.7],
      [null, "Rata-rata IDM Kecamatan", 0.75, 0.65, 0.55, 0.68],
    ]);
    expect(serious(idm)).toEqual(["rata-rata@Rekap!F4"]);
    const pk = await check([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Angka harapan lama sekolah", 12.5, 12.6, 100.8],
      [2, "Rata-rata lama sekolah", 8.2, 8.1, 98.78],
    ]);
    expect(serious(pk)).toEqual([]);
    expect(pk.tables[0].rows.map((r) => r.role)).not.toContain("rata-rata");
  });
});

describe("a budget list per kelurahan with subtotals per wilayah", () => {
  type Row = (string | number | null)[];
  const check = (rows: Row[]) => checkSheets([{ name: "Dana Kelurahan", rows }]);
  const list = (subtotalLabel: string, total: string, pagu = "Pagu (Rp)"): Row[] => [
    ["No", "Kelurahan / Desa", pagu, "Realisasi (Rp)", "Sisa (Rp)", "%"],
    [1, "Kel. Teluk Lingga", 1845320000, 1702115400, 143204600, 92.24],
    [2, "Kel. Singa Gembara", 1218450000, 1218450000, "-", 100],
    [3, "Kel. Swarga Bara", 972115000, 884620150, 87494850, 91],
    [null, subtotalLabel && `${subtotalLabel} Wilayah Kota`, 4035885000, 3805185550, 230699450, 94.28],
    [4, "Desa Sangatta Utara", 642800000, 598210300, 44589700, 93.06],
    [5, "Desa Sangkima Lama", 118250000, 97114800, 21135200, 82.13],
    [null, subtotalLabel && `${subtotalLabel} Wilayah Perdesaan`, 761050000, 695325100, 65724900, 91.36],
    [null, total, 4796935000, 4500510650, 296424350, 93.82],
  ];

  it.each(["JUMLAH KECAMATAN", "TOTAL KABUPATEN", "Jumlah Kec. Tomini", "JUMLAH SE-KABUPATEN"])(
    "“%s” under Sub Total rows is the grand total, not a child of the last kelurahan",
    async (total) => {
      const result = await check(list("Sub Total", total));
      expect(serious(result)).toEqual([]);
      expect(result.tables[0].rows.filter((r) => isClosing(r.role)).map((r) => r.role)).toEqual([
        "subtotal",
        "subtotal",
        "total",
      ]);
    },
  );

  it("subtotal rows left without a label are subtotals still (they add up the rows above them)", async () => {
    const result = await check(list("", "JUMLAH KECAMATAN"));
    expect(serious(result)).toEqual([]);
    expect(result.tables[0].rows.filter((r) => isClosing(r.role)).map((r) => r.index)).toEqual([4, 7, 8]);
  });

  it("a PBB list by its KETETAPAN (Rp) is the same budget list: a wrong Sub Total is found at its own cell", async () => {
    const rows = list("Sub Total", "JUMLAH KECAMATAN", "KETETAPAN (Rp)");
    expect(serious(await check(rows))).toEqual([]);
    rows[4][2] = 4035985000;
    expect(serious(await check(rows))).toEqual(["total@Dana Kelurahan!C5"]);
  });

  it("in a PK, “Jumlah kelurahan dengan LPM aktif” stays an indicator", async () => {
    const pk = await check([
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase usulan musrenbang yang terakomodasi", 60, 63, 105],
      [2, "Jumlah kelurahan dengan LPM aktif", 8, 7, 87.5],
    ]);
    expect(serious(pk)).toEqual([]);
    expect(pk.tables[0].rows.map((r) => r.role)).toEqual(["indikator", "indikator"]);
  });
});

describe("closing labels of LRA sections and combined rows", () => {
  it.each([
    ["JUMLAH PENDAPATAN", "subtotal"],
    ["Total Pendapatan", "subtotal"],
    ["Jumlah Pendapatan Daerah", "subtotal"],
    ["JUMLAH BELANJA", "total"],
    ["Rata-rata / Jumlah", "rata-rata"],
    ["Jumlah / Rata-rata", "rata-rata"],
  ])("%p is a %s row", (label, role) => {
    expect(closingRole(label)).toBe(role);
  });
});

describe("recap totals", () => {
  it.each(["Total Indikator Terukur", "Jumlah Indikator", "Total IKU"])("%p closes a recap", (label) => {
    expect(closingRole(label)).toBe("total");
  });
});
