/**
 * A whole kecamatan LKjIP workbook as it is submitted: Formulir PK with predikat, a recap per
 * predikat, the scale on its own sheet, the SIPD realisasi anggaran and the budget per program again
 * in the efficiency chapter. Clean, or with one inconsistency of each kind across the sheets.
 */
import { newWorkbook, renderTable, Row, saveWorkbook, titleLine } from "../grid";
import { pkTable, PkOptions, PkSasaran } from "../layouts/pk";
import { budgetTree, LraOptions, lraTable } from "../layouts/lra";
import { PERMENDAGRI, writeScaleTable } from "../layouts/scale";
import { applyPlants, Plant, signature, truthOf } from "../plant";
import { rng } from "../random";
import { percent, shown } from "../values";
import type { CorpusCase, Expected } from "../types";

const SASARAN: PkSasaran[] = [
  {
    text: "Meningkatnya kualitas pelayanan publik kecamatan",
    indicators: [
      { name: "Indeks Kepuasan Masyarakat terhadap layanan kecamatan", satuan: "Indeks", target: 80, realisasi: 83.42 },
      { name: "Persentase layanan PATEN selesai sesuai SOP", satuan: "%", target: 100, realisasi: 96.8 },
      { name: "Rata-rata waktu penyelesaian rekomendasi izin", satuan: "Hari", target: 5, realisasi: 4, negative: true },
    ],
  },
  {
    text: "Meningkatnya kapasitas pemerintahan desa",
    indicators: [
      { name: "Persentase desa yang menetapkan APBDes tepat waktu", satuan: "%", target: 100, realisasi: 85.71 },
      { name: "Jumlah aparatur desa yang mendapat bimbingan teknis", satuan: "Orang", target: 120, realisasi: 96 },
    ],
  },
  {
    text: "Meningkatnya ketenteraman dan ketertiban masyarakat",
    indicators: [
      { name: "Persentase gangguan trantibum yang tertangani", satuan: "%", target: 95, realisasi: 71.25 },
      { name: "Jumlah kegiatan patroli wilayah", satuan: "Kali", target: 48, realisasi: 52 },
    ],
  },
];

const PK_OPTIONS: PkOptions = {
  columns: ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
  numbering: "plain",
  sasaran: "merged",
  values: "number",
  decimals: 2,
  rounding: "round",
  scale: PERMENDAGRI,
  negativeNote: "Semakin rendah semakin baik",
};

const LRA_OPTIONS: LraOptions = {
  columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"],
  headers: {
    kode: "KODE",
    uraian: "PROGRAM/KEGIATAN/SUB KEGIATAN",
    pagu: "ANGGARAN (Rp)",
    realisasi: "REALISASI (Rp)",
    sisa: "SISA ANGGARAN (Rp)",
    persen: "%",
  },
  numbering: { kode: 1, uraian: 2, pagu: 3, realisasi: 4, sisa: "5 = 3 - 4", persen: "6 = 4 / 3 x 100" },
  codeIn: "kode",
  boldParents: true,
  total: { label: "JUMLAH", mergeTo: "uraian" },
  amounts: "number",
  persenDecimals: 2,
  rounding: "round",
};

function wholeWorkbook(planted: boolean): CorpusCase {
  return {
    id: planted ? "lkjip-lengkap-kecamatan" : "lkjip-lengkap-kecamatan-bersih",
    layout:
      "A whole kecamatan workbook: 'Formulir PK' (Permendagri words), 'Rekap Predikat' (NO | PREDIKAT | RENTANG NILAI | JUMLAH INDIKATOR | PERSENTASE (%) + Jumlah), 'Skala' (≥ 91 / 76 – < 91 …), 'Realisasi Anggaran' (SIPD codes, numbering row with formulas) and 'Efisiensi' (programs again with capaian vs serapan)" +
      (planted
        ? "; planted: a capaian, a recap count, a sub kegiatan %, a program realisasi that differs between the two budget tables"
        : ""),
    clean: !planted,
    async build() {
      const wb = newWorkbook();
      const expected: Expected[] = [];
      // Formulir PK
      const pk = pkTable(SASARAN, PK_OPTIONS);
      const pkPlants: Plant[] = planted
        ? [{ rowId: "s1.i1", key: "capaian", value: 85, rule: "capaian", why: "96 / 120 = 80,00, typed 85,00" }]
        : [];
      applyPlants(pk.spec, pkPlants);
      const wsPk = wb.addWorksheet("Formulir PK");
      titleLine(wsPk, 1, 0, 9, "FORMULIR PENGUKURAN KINERJA KECAMATAN SUNGAI RAYA TAHUN 2024");
      const pkPlaced = renderTable(wsPk, pk.spec, 3, 0);
      signature(wsPk, pkPlaced.lastRow + 3, 7, "Sungai Raya", "Camat Sungai Raya");
      expected.push(...truthOf(pkPlaced, pkPlants));
      // recap per predikat
      const counts = new Map<string, number>();
      for (const w of pk.predikat.values()) counts.set(w, (counts.get(w) ?? 0) + 1);
      const total = pk.predikat.size;
      const ranges = ["≥ 91", "76 – < 91", "66 – < 76", "51 – < 66", "< 51"];
      const rows: Row[] = PERMENDAGRI.bands.map((b, i) => {
        const n = counts.get(b.label) ?? 0;
        return { id: `b${i}`, cells: { no: i + 1, p: b.label, r: ranges[i], n, pct: shown(percent(n, total), 2) } };
      });
      rows.push({ id: "jumlah", cells: { p: "Jumlah", n: total, pct: 100 }, bold: true, merges: [["no", "r"]] });
      if (planted) {
        const tinggi = rows[1];
        tinggi.cells.n = (counts.get("Tinggi") ?? 0) + 1;
      }
      const wsRekap = wb.addWorksheet("Rekap Predikat");
      titleLine(wsRekap, 1, 0, 5, "REKAPITULASI CAPAIAN INDIKATOR KINERJA");
      const rekap = renderTable(
        wsRekap,
        {
          columns: [
            { key: "no", header: "NO" },
            { key: "p", header: "PREDIKAT" },
            { key: "r", header: "RENTANG NILAI" },
            { key: "n", header: "JUMLAH INDIKATOR" },
            { key: "pct", header: "PERSENTASE (%)", fmt: "0.00" },
          ],
          rows,
        },
        3,
        0,
      );
      if (planted)
        expected.push({
          rule: "rekap-predikat",
          sheet: rekap.sheet,
          cell: rekap.addr("b1", "n"),
          why: `${counts.get("Tinggi") ?? 0} indicators are Tinggi, recap says ${(counts.get("Tinggi") ?? 0) + 1}`,
        });
      const wsSkala = wb.addWorksheet("Skala");
      titleLine(wsSkala, 1, 0, 3, "SKALA NILAI PERINGKAT KINERJA (PERMENDAGRI 86 TAHUN 2017)");
      writeScaleTable(wsSkala, PERMENDAGRI, 3, 0, { notation: "range" });
      // budget
      const tree = budgetTree(rng(2024), "sipd", [2, 2, 2], "7.01");
      const lra = lraTable(tree, LRA_OPTIONS);
      const lraPlants: Plant[] = [];
      if (planted) {
        const a = lra.amounts.get("n0.1.0");
        if (a) {
          const right = shown(percent(a.realisasi, a.pagu), 2);
          lraPlants.push({
            rowId: "n0.1.0",
            key: "persen",
            value: shown(right - 3.2, 2),
            rule: "persen-anggaran",
            why: `${right} expected, typed ${shown(right - 3.2, 2)}`,
          });
        }
      }
      applyPlants(lra.spec, lraPlants);
      const wsLra = wb.addWorksheet("Realisasi Anggaran");
      titleLine(wsLra, 1, 0, 6, "LAPORAN REALISASI ANGGARAN KECAMATAN SUNGAI RAYA TAHUN 2024");
      const lraPlaced = renderTable(wsLra, lra.spec, 3, 0);
      expected.push(...truthOf(lraPlaced, lraPlants));
      // efficiency per program, amounts copied from the budget table
      const effRows: Row[] = tree.map((n, i) => {
        const a = lra.amounts.get(`n${i}`);
        const real = (a?.realisasi ?? 0) + (planted && i === 0 ? 2_500_000 : 0);
        const serapan = shown(percent(real, a?.pagu ?? 1), 2);
        return { id: `p${i}`, cells: { no: i + 1, program: n.name, pagu: a?.pagu, real, serapan } };
      });
      const wsEff = wb.addWorksheet("Efisiensi");
      titleLine(wsEff, 1, 0, 5, "SERAPAN ANGGARAN PER PROGRAM");
      const eff = renderTable(
        wsEff,
        {
          columns: [
            { key: "no", header: "NO" },
            { key: "program", header: "PROGRAM", width: 55 },
            { key: "pagu", header: "ANGGARAN (Rp)", fmt: "#,##0" },
            { key: "real", header: "REALISASI (Rp)", fmt: "#,##0" },
            { key: "serapan", header: "SERAPAN (%)", fmt: "0.00" },
          ],
          rows: effRows,
        },
        3,
        0,
      );
      if (planted)
        expected.push({
          rule: "beda-antar-tabel",
          sheet: eff.sheet,
          cell: eff.addr("p0", "real"),
          alt: [{ sheet: lraPlaced.sheet, cell: lraPlaced.addr("n0", "realisasi") }],
          why: "program realisasi 2.500.000 higher in Efisiensi than in the budget table",
        });
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

export const WHOLE_WORKBOOKS: CorpusCase[] = [wholeWorkbook(true), wholeWorkbook(false)];
