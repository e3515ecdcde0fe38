/**
 * What recognition was unsure of is said once per table (tabel-tak-pasti), and adjacent columns of
 * numbers without a role once together: twelve month columns are one block, not twelve sentences.
 */
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";

async function doubts(sheet: SheetSpec): Promise<string[]> {
  const wb = await readXlsx(await buildXlsx([sheet]));
  return checkWorkbook(wb)
    .findings.filter((f) => f.rule === "tabel-tak-pasti")
    .map((f) => f.message);
}

it("month columns of an indicator table stay unknown, and the doubt names them once", async () => {
  const months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
  const row = (no: number, name: string, target: number, capaian: number) => [
    no,
    name,
    "%",
    target,
    ...months.map((_, i) => 50 + i),
    capaian,
  ];
  const info = await doubts({
    name: "Kinerja per Bulan",
    rows: [
      ["No", "Indikator Kinerja", "Satuan", "Target", ...months, "Capaian (%)"],
      row(1, "Persentase layanan tepat waktu", 90, 67.78),
      row(2, "Persentase dokumen selesai", 80, 76.25),
      row(3, "Persentase aduan ditindaklanjuti", 70, 87.14),
    ],
  });
  expect(info).toHaveLength(1);
  expect(info[0]).toContain("kolom E–P (Jan–Des, per bulan) berisi angka tetapi perannya tidak dikenali");
  expect(info[0].match(/berisi angka/g)).toHaveLength(1);
});

it("adjacent columns of other numbers are named together with their headers", async () => {
  const info = await doubts({
    name: "KTP-el",
    rows: [
      ["No", "Kecamatan", "Wajib KTP (jiwa)", "Sudah Rekam", "Belum Rekam", "Capaian (%)"],
      [1, "Kota", 15200, 14800, 400, 97.37],
      [2, "Utara", 9800, 9100, 700, 92.86],
      [3, "Selatan", 12100, 11900, 200, 98.35],
    ],
  });
  expect(info).toHaveLength(1);
  expect(info[0]).toContain(
    "kolom C–E (“Wajib KTP (jiwa)”, “Sudah Rekam”, “Belum Rekam”) berisi angka tetapi perannya tidak dikenali",
  );
});
