/**
 * An LRA in the SIPD / Permendagri 90 layout with the code split over columns: KODE over
 * Urusan | Bidang | Program | Kegiatan | Sub Kegiatan (or only Program | Kegiatan | Sub Kegiatan), then
 * URAIAN | ANGGARAN | REALISASI | SISA | %. Amounts add up at every level unless an error is planted.
 */
import Decimal from "decimal.js";
import type { CellInput, SheetSpec } from "./workbooks";

export interface SplitCodeOptions {
  /** Code columns: all five levels (default) or Program | Kegiatan | Sub Kegiatan. */
  levels?: "lima" | "tiga";
  /**
   * Header: KODE merged over the level names in a second header row (default); the two header rows
   * without merges (KODE only above the first code column); or one row naming the levels, no KODE.
   */
  header?: "gabung" | "tanpa-gabung" | "satu-baris";
  /** Segments as text ("03", default), as numbers formatted "00"/"0000", or as plain numbers (3, 14). */
  segments?: "teks" | "angka-format" | "angka";
  /** Every row writes its parents' segments (default), or only its own segment (outline). */
  fill?: "penuh" | "sendiri";
  /** Planted errors: kegiatan pagu 10.000.000 too high, a sub kegiatan code written twice, JUMLAH realisasi 1.000.000 short. */
  errors?: ("pagu-kegiatan" | "kode-ganda" | "jumlah")[];
  sheet?: string;
}

interface Line {
  level: number;
  /** Urusan, bidang, program, kegiatan, sub kegiatan. */
  code: [string, string, string, string, string];
  name: string;
  pagu?: number;
  realisasi?: number;
}

const LINES: Line[] = [
  { level: 0, code: ["1", "02", "02", "", ""], name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN MASYARAKAT" },
  { level: 1, code: ["1", "02", "02", "2.01", ""], name: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP" },
  {
    level: 2,
    code: ["1", "02", "02", "2.01", "0014"],
    name: "Pengadaan Alat Kesehatan",
    pagu: 2_350_000_000,
    realisasi: 2_287_450_000,
  },
  {
    level: 2,
    code: ["1", "02", "02", "2.01", "0020"],
    name: "Pemeliharaan Rutin Alat Kesehatan",
    pagu: 415_000_000,
    realisasi: 398_210_000,
  },
  { level: 1, code: ["1", "02", "02", "2.02", ""], name: "Penyediaan Layanan Kesehatan untuk UKM dan UKP" },
  {
    level: 2,
    code: ["1", "02", "02", "2.02", "0001"],
    name: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
    pagu: 186_500_000,
    realisasi: 181_030_000,
  },
  {
    level: 2,
    code: ["1", "02", "02", "2.02", "0002"],
    name: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
    pagu: 212_000_000,
    realisasi: 205_640_000,
  },
  {
    level: 2,
    code: ["1", "02", "02", "2.02", "0003"],
    name: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
    pagu: 98_750_000,
    realisasi: 97_100_000,
  },
  { level: 0, code: ["1", "02", "03", "", ""], name: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN" },
  { level: 1, code: ["1", "02", "03", "2.02", ""], name: "Perencanaan Kebutuhan dan Pendayagunaan SDM Kesehatan" },
  {
    level: 2,
    code: ["1", "02", "03", "2.02", "0001"],
    name: "Pemenuhan Kebutuhan SDM Kesehatan",
    pagu: 640_000_000,
    realisasi: 622_400_000,
  },
  {
    level: 2,
    code: ["1", "02", "03", "2.02", "0003"],
    name: "Distribusi dan Pemerataan SDM Kesehatan",
    pagu: 120_000_000,
    realisasi: 118_250_000,
  },
];

const LEVEL_NAMES = ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"];

function sums(i: number): [number, number] {
  let p = 0;
  let r = 0;
  for (let j = i + 1; j < LINES.length && LINES[j].level > LINES[i].level; j++)
    if (LINES[j].level === 2) {
      p += LINES[j].pagu!;
      r += LINES[j].realisasi!;
    }
  return [p, r];
}

function segmentCell(text: string, mode: SplitCodeOptions["segments"]): CellInput {
  if (text === "" || mode === "teks" || mode === undefined || text.includes(".")) return text === "" ? null : text;
  const n = Number(text);
  if (mode === "angka") return n;
  return { v: n, fmt: "0".repeat(text.length) };
}

/** The sheet, with the 0-based row index of each line (for assertions) and of the JUMLAH row. */
export function splitCodeLra(o: SplitCodeOptions = {}): { sheet: SheetSpec; rowOf: (code: string) => number; jumlahRow: number } {
  const levels = o.levels === "tiga" ? [2, 3, 4] : [0, 1, 2, 3, 4];
  const header = o.header ?? "gabung";
  const errors = new Set(o.errors ?? []);
  const n = levels.length;
  const money = (v: number) => ({ v, fmt: "#,##0" });
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  rows.push([{ v: "LAPORAN REALISASI ANGGARAN DINAS KESEHATAN TAHUN ANGGARAN 2025", bold: true }]);
  rows.push([]);
  const tail = ["URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "SISA (Rp)", "%"];
  const names = levels.map((l) => LEVEL_NAMES[l]);
  if (header === "satu-baris") {
    rows.push([...names, ...tail].map((v) => ({ v, bold: true })));
  } else {
    rows.push([{ v: "KODE", bold: true }, ...Array(n - 1).fill(null), ...tail.map((v) => ({ v, bold: true }))]);
    rows.push([...names.map((v) => ({ v, bold: true })), ...tail.map(() => null)]);
    if (header === "gabung") {
      const last = String.fromCharCode(64 + n);
      merges.push(`A3:${last}3`);
      tail.forEach((_, i) => {
        const col = String.fromCharCode(65 + n + i);
        merges.push(`${col}3:${col}4`);
      });
    }
  }
  const byCode = new Map<string, number>();
  let seenDuplicate = false;
  let totalPagu = 0;
  let totalReal = 0;
  const programRows: number[] = [];
  const written: string[][] = [];
  LINES.forEach((line, i) => {
    const [pagu, real] = line.level === 2 ? [line.pagu!, line.realisasi!] : sums(i);
    if (line.level === 2) {
      totalPagu += pagu;
      totalReal += real;
    }
    let typedPagu = pagu;
    if (errors.has("pagu-kegiatan") && line.level === 1 && line.code[3] === "2.01") typedPagu += 10_000_000;
    const code = [...line.code];
    if (errors.has("kode-ganda") && !seenDuplicate && line.code[3] === "2.02" && line.code[4] === "0002") {
      code[4] = "0001";
      seenDuplicate = true;
    }
    const segments = levels.map((l) => code[l]);
    // Outline: only the row's own segment, its parents' left blank.
    const deepest = segments.reduce((d, s, k) => (s !== "" ? k : d), -1);
    const parent = written.length ? written[written.length - 1] : [];
    const shown = segments.map((s, k) => (o.fill === "sendiri" && k < deepest && parent[k] === s ? "" : s));
    written.push(segments);
    const row = rows.length;
    if (line.level === 0) programRows.push(row);
    byCode.set(line.code.filter((s) => s !== "").join("."), row);
    const bold = line.level < 2;
    rows.push([
      ...shown.map((s) => segmentCell(s, o.segments)),
      { v: line.name, bold },
      money(typedPagu),
      money(real),
      money(typedPagu - real),
      { v: new Decimal(real).times(100).div(typedPagu).toDecimalPlaces(2).toNumber(), fmt: "0.00" },
    ]);
  });
  const jumlahReal = errors.has("jumlah") ? totalReal - 1_000_000 : totalReal;
  const jumlahRow = rows.length;
  rows.push([
    ...Array(n).fill(null),
    { v: "JUMLAH", bold: true },
    { v: totalPagu, fmt: "#,##0", formula: programRows.map((r) => `${String.fromCharCode(66 + n)}${r + 1}`).join("+") },
    money(jumlahReal),
    money(totalPagu - jumlahReal),
    { v: new Decimal(jumlahReal).times(100).div(totalPagu).toDecimalPlaces(2).toNumber(), fmt: "0.00" },
  ]);
  rows.push([]);
  rows.push([]);
  rows.push([...Array(n + 3).fill(null), "Kepala Dinas Kesehatan"]);
  rows.push([]);
  rows.push([...Array(n + 3).fill(null), "dr. Ratna Sulistyowati, M.Kes"]);
  rows.push([...Array(n + 3).fill(null), "NIP 19720314 199803 2 004"]);
  const rowOf = (code: string) => {
    const r = byCode.get(code);
    if (r === undefined) throw new Error(`no line ${code}`);
    return r;
  };
  return { sheet: { name: o.sheet ?? "LRA 2025", rows, merges }, rowOf, jumlahRow };
}
