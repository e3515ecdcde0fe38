/**
 * kode-lompat: one rule at every level. Nomenclature codes (SIPD program / kegiatan / sub kegiatan,
 * zero-padded regional codes) skip by nature and are never reported; a skip in the agency's own
 * numbering (1, 2, 4; 1.1.1 → 1.1.3; a, b, d; 01, 02, 04) is a warning that names the missing code as
 * the workbook writes it.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { missingCode } from "../../../../src/core/check/rules/kodeLompat";
import { parseCode } from "../../../../src/core/tables/codes";
import { newWb, put, RP, save, title } from "../unseen/builders";

type Line = [code: string, uraian: string, pagu: number, realisasi: number];

/** KODE | URAIAN | ANGGARAN (Rp) | REALISASI (Rp) | % with parents summing their children and a JUMLAH row. */
async function lra(lines: Line[], parents: Record<string, string[]>, codeAsText = true) {
  const wb = newWb();
  const ws = wb.addWorksheet("Realisasi Anggaran");
  title(ws, "A1:E1", "LAPORAN REALISASI ANGGARAN TAHUN 2024");
  put(ws, 3, "A", [["KODE", "URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)", "%"]], { boldAll: true });
  const amounts = new Map(lines.map(([c, , p, r]) => [c, [p, r]]));
  const total = (code: string): [number, number] => {
    const kids = parents[code];
    if (!kids) return amounts.get(code) as [number, number];
    return kids.map(total).reduce((a, b) => [a[0] + b[0], a[1] + b[1]], [0, 0]);
  };
  let r = 4;
  let sum: [number, number] = [0, 0];
  for (const [code, uraian] of lines) {
    const [p, re] = total(code);
    const top = !Object.values(parents).some((kids) => kids.includes(code));
    if (top) sum = [sum[0] + p, sum[1] + re];
    put(ws, r, "A", [[codeAsText ? code : Number(code), uraian, p, re, Math.round((re / p) * 10000) / 100]], {
      fmt: { 2: RP, 3: RP, 4: "0.00" },
      bold: parents[code] ? [0] : [],
    });
    r++;
  }
  put(ws, r, "A", [[null, "JUMLAH", sum[0], sum[1], Math.round((sum[1] / sum[0]) * 10000) / 100]], {
    fmt: { 2: RP, 3: RP, 4: "0.00" },
    boldAll: true,
  });
  return checkWorkbook(await readXlsx(await save(wb))).findings;
}

const lompat = (findings: { rule: string; severity: string; cell: string; message: string }[]) =>
  findings.filter((f) => f.rule === "kode-lompat").map((f) => `${f.severity}@${f.cell}: ${f.message}`);
const serious = (findings: { severity: string; rule: string; cell: string }[]) =>
  findings.filter((f) => f.severity === "error" || f.severity === "warning").map((f) => `${f.rule}@${f.cell}`);

describe("SIPD nomenclature: gaps at program, kegiatan and sub kegiatan level are never reported", () => {
  // Program 7.01.01 then 7.01.03; kegiatan 2.01 then 2.03; sub kegiatan 0001 then 0003: a chosen subset.
  const lines: Line[] = [
    ["7.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 0, 0],
    ["7.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 0, 0],
    ["7.01.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 12_500_000, 12_150_000],
    ["7.01.01.2.01.0003", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 8_750_000, 8_600_000],
    ["7.01.01.2.03", "Administrasi Umum Perangkat Daerah", 0, 0],
    ["7.01.01.2.03.0002", "Penyediaan Peralatan dan Perlengkapan Kantor", 24_300_000, 23_980_500],
    ["7.01.01.2.03.0005", "Fasilitasi Kunjungan Tamu", 6_000_000, 5_750_000],
    ["7.01.03", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 0, 0],
    ["7.01.03.2.01", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 0, 0],
    ["7.01.03.2.01.0001", "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan", 18_000_000, 17_640_000],
  ];
  const parents = {
    "7.01.01": ["7.01.01.2.01", "7.01.01.2.03"],
    "7.01.01.2.01": ["7.01.01.2.01.0001", "7.01.01.2.01.0003"],
    "7.01.01.2.03": ["7.01.01.2.03.0002", "7.01.01.2.03.0005"],
    "7.01.03": ["7.01.03.2.01"],
    "7.01.03.2.01": ["7.01.03.2.01.0001"],
  };

  it("no kode-lompat finding of any severity, and no error or warning at all", async () => {
    const findings = await lra(lines, parents);
    expect(lompat(findings)).toEqual([]);
    expect(serious(findings)).toEqual([]);
  });
});

describe("the agency's own numbering: a skipped number is a warning", () => {
  const tree = (codes: string[]): [Line[], Record<string, string[]>] => {
    // codes[0] is the program; the rest its kegiatan.
    const lines: Line[] = [[codes[0], "Program Pelayanan Administrasi Perkantoran", 0, 0]];
    const names = ["Penyediaan Jasa Surat Menyurat", "Penyediaan Alat Tulis Kantor", "Rapat-rapat Koordinasi dan Konsultasi"];
    codes
      .slice(1)
      .forEach((c, i) =>
        lines.push([c, names[i], [4_800_000, 12_350_000, 30_000_000][i], [4_750_000, 12_000_000, 29_125_000][i]]),
      );
    return [lines, { [codes[0]]: codes.slice(1) }];
  };

  it.each([
    ["dotted 1.1, 1.2, 1.4", ["1", "1.1", "1.2", "1.4"], "A7", "Kode 1.3 tidak ada: urutan melompat dari 1.2 ke 1.4."],
    [
      "three levels 2.1.1, 2.1.2, 2.1.4",
      ["2.1", "2.1.1", "2.1.2", "2.1.4"],
      "A7",
      "Kode 2.1.3 tidak ada: urutan melompat dari 2.1.2 ke 2.1.4.",
    ],
    ["letters a, b, d", ["I", "a", "b", "d"], "A7", "Kode c tidak ada: urutan melompat dari b ke d."],
  ])("%s", async (_name, codes, cell, message) => {
    const [lines, parents] = tree(codes);
    expect(lompat(await lra(lines, parents))).toEqual([`warning@${cell}: ${message}`]);
    // clean twin: the same table numbered without the gap
    const fixed = [...codes.slice(0, 3), message.replace(/^Kode (\S+) .*$/, "$1")];
    const [cleanLines, cleanParents] = tree(fixed);
    expect(serious(await lra(cleanLines, cleanParents))).toEqual([]);
  });

  it("numbers written 01, 02, 04 are the agency's own: the warning keeps the padding (03)", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("Daftar Kegiatan");
    put(ws, 1, "A", [["NO", "NAMA KEGIATAN", "ANGGARAN (Rp)", "REALISASI (Rp)"]], { boldAll: true });
    put(
      ws,
      2,
      "A",
      [
        ["01", "Penyusunan Renja Kecamatan", 7_500_000, 7_350_000],
        ["02", "Penyusunan LKjIP Kecamatan", 5_000_000, 4_900_000],
        ["04", "Monitoring dan Evaluasi Kegiatan Desa", 9_250_000, 9_000_000],
      ],
      { fmt: { 2: RP, 3: RP } },
    );
    const findings = checkWorkbook(await readXlsx(await save(wb))).findings;
    expect(lompat(findings)).toEqual(["warning@A4: Kode 03 tidak ada: urutan melompat dari 02 ke 04."]);
  });
});

describe("missingCode", () => {
  it.each([
    ["7.01.01.2.01", "7.01.01.2.03", "7.01.01.2.02"],
    ["7.01.01.2.01.0001", "7.01.01.2.01.0003", "7.01.01.2.01.0002"],
    ["2.09", "2.11", "2.10"],
    ["1.2", "1.4", "1.3"],
    ["b", "d", "c"],
    ["II", "IV", "III"],
  ])("between %s and %s: %s", (prev, cur, missing) => {
    expect(missingCode(parseCode(prev)!, parseCode(cur)!)).toBe(missing);
  });
});
