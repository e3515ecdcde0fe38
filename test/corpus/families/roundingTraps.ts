/**
 * Clean workbook whose values sit exactly on a rounding boundary, where binary floating point falls
 * just below it: 24,09 / 40 × 100 = 60,225 exactly (typed 60,23 half-up; a float gives 60,22499…),
 * 207 / 200 × 100 = 103,5 shown without decimals as 104, 6.826.000 / 8.000.000 × 100 = 85,325 (85,33),
 * and rupiah with sen summed into their parents. Every typed value is right; a checker that rounds
 * floats flags them.
 */
import { newWorkbook, renderTable, Row, saveWorkbook, titleLine, Val } from "../grid";
import { BudgetNode, LraOptions, lraTable } from "../layouts/lra";
import { capaian, shown } from "../values";
import type { CorpusCase } from "../types";

const INDICATORS = [
  { name: "Persentase desa yang menetapkan RKPDes tepat waktu", satuan: "%", t: 40, r: 24.09 },
  { name: "Persentase aparatur desa yang lulus bimtek", satuan: "%", t: 40, r: 24.99 },
  { name: "Persentase BUMDes yang aktif", satuan: "%", t: 40, r: 25.15 },
  { name: "Persentase pengaduan yang selesai", satuan: "%", t: 80, r: 78.9 },
];

const leaf = (code: string, name: string, pagu: number, realisasi: number): BudgetNode => ({ code, name, pagu, realisasi });

const TREE: BudgetNode[] = [
  {
    code: "1",
    name: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    kids: [
      leaf("1.1", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", 8_000_000, 6_826_000),
      leaf("1.2", "Pembinaan dan Pengawasan Pemerintahan Desa", 40_000_000, 34_330_000),
      leaf("1.3", "Pelayanan Administrasi Terpadu Kecamatan", 120_000_000, 102_390_000),
    ],
  },
  {
    code: "2",
    name: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
    kids: [
      leaf("2.1", "Fasilitasi Lembaga Kemasyarakatan", 1_234_567.1, 1_111_111.15),
      leaf("2.2", "Pembinaan PKK Kecamatan", 2_345_678.2, 2_222_222.25),
      leaf("2.3", "Fasilitasi Musrenbang Desa", 3_456_789.7, 3_333_333.35),
    ],
  },
];

function roundingTraps(): CorpusCase {
  return {
    id: "pembulatan-batas-bersih",
    layout:
      "Kecamatan IKU with capaian exactly on .xx5 (60,225 → 60,23; one 103,5 shown as 104 under a '0' format) and a budget with % on .xx5 (85,325 → 85,33) and amounts with sen (1.234.567,10) summed into programs",
    clean: true,
    async build() {
      const wb = newWorkbook();
      const ws = wb.addWorksheet("IKU");
      titleLine(ws, 1, 0, 6, "CAPAIAN INDIKATOR KINERJA UTAMA KECAMATAN 2024");
      const rows: Row[] = INDICATORS.map((x, i) => ({
        id: `i${i}`,
        cells: { no: i + 1, indikator: x.name, satuan: x.satuan, t: x.t, r: x.r, c: shown(capaian(x.t, x.r), 2) },
      }));
      const whole: Val = { n: shown(capaian(200, 207), 0), fmt: "0" };
      rows.push({
        id: "i4",
        cells: { no: 5, indikator: "Jumlah kelompok tani yang dibina", satuan: "Kelompok", t: 200, r: 207, c: whole },
      });
      renderTable(
        ws,
        {
          columns: [
            { key: "no", header: "NO" },
            { key: "indikator", header: "INDIKATOR KINERJA", width: 45 },
            { key: "satuan", header: "SATUAN" },
            { key: "t", header: "TARGET" },
            { key: "r", header: "REALISASI" },
            { key: "c", header: "CAPAIAN (%)", fmt: "0.00" },
          ],
          rows,
        },
        3,
        0,
      );
      const o: LraOptions = {
        columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"],
        headers: {
          kode: "KODE",
          uraian: "URAIAN",
          pagu: "ANGGARAN (Rp)",
          realisasi: "REALISASI (Rp)",
          sisa: "SISA (Rp)",
          persen: "%",
        },
        codeIn: "kode",
        boldParents: true,
        total: { label: "JUMLAH", mergeTo: "uraian" },
        amounts: "number",
        persenDecimals: 2,
        rounding: "round",
        amountFmt: "#,##0.00",
      };
      const lra = wb.addWorksheet("Realisasi Anggaran");
      titleLine(lra, 1, 0, 6, "REALISASI ANGGARAN 2024");
      renderTable(lra, lraTable(TREE, o).spec, 3, 0);
      return { xlsx: await saveWorkbook(wb), expected: [] };
    },
  };
}

export const ROUNDING_TRAPS: CorpusCase[] = [roundingTraps()];
