/**
 * `lkjip periksa A.xlsx B.xlsx` and `lkjip periksa FOLDER`: each workbook checked as one, then one
 * summary line per file; --json one object with each file's object; exit 2 when a file could not be checked.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { buildXlsx, type SheetSpec } from "../../support/workbooks";

const pk = (capaian: number): SheetSpec => ({
  name: "Formulir PK",
  rows: [
    ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
    [1, "Persentase layanan administrasi tepat waktu", 90, 85.5, 95],
    [2, "Indeks kepuasan masyarakat", 80, 82, capaian],
  ],
});

let dir: string;
const printed = { out: "", err: "" };
const write = (s: string) => (printed.out += s + "\n");
const writeErr = (s: string) => (printed.err += s + "\n");
async function run(...args: string[]): Promise<number> {
  printed.out = "";
  printed.err = "";
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((s) => (write(String(s).replace(/\n$/, "")), true));
  const spyErr = jest.spyOn(process.stderr, "write").mockImplementation((s) => (writeErr(String(s).replace(/\n$/, "")), true));
  try {
    return await main(["periksa", ...args]);
  } finally {
    spy.mockRestore();
    spyErr.mockRestore();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-banyak-"));
  fs.writeFileSync(path.join(dir, "a-kecamatan.xlsx"), await buildXlsx([pk(102.5)]));
  fs.writeFileSync(path.join(dir, "b-dinas.xlsx"), await buildXlsx([pk(120)]));
  fs.writeFileSync(path.join(dir, "~$b-dinas.xlsx"), "lock");
  fs.writeFileSync(path.join(dir, "catatan.txt"), "bukan buku kerja");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("lkjip periksa with many workbooks", () => {
  it("a folder: every workbook's report, then one line per file (lock files and other files left out)", async () => {
    expect(await run(dir)).toBe(0);
    expect(printed.out).toContain(`== ${path.join(dir, "a-kecamatan.xlsx")}`);
    expect(printed.out).toContain("Capaian tertulis 120, seharusnya 102,50");
    const summary = printed.out.slice(printed.out.indexOf("Ringkasan"));
    expect(summary.split("\n").filter(Boolean)).toEqual([
      "Ringkasan 2 berkas:",
      "  a-kecamatan.xlsx  0 kesalahan, 0 peringatan, 0 info",
      "  b-dinas.xlsx      1 kesalahan, 0 peringatan, 0 info",
      "1 berkas tanpa kesalahan atau peringatan.",
    ]);
  });

  it("--json: one object with each file's object, as the one-file command gives it", async () => {
    expect(await run(path.join(dir, "a-kecamatan.xlsx"), path.join(dir, "b-dinas.xlsx"), "--json", "--locale", "en")).toBe(0);
    const { files } = JSON.parse(printed.out) as { files: { file: string; findings: { cell: string; message: string }[] }[] };
    expect(files.map((f) => path.basename(f.file))).toEqual(["a-kecamatan.xlsx", "b-dinas.xlsx"]);
    expect(files[1].findings.map((f) => f.cell)).toEqual(["E3"]);
    expect(files[1].findings[0].message).toContain("102.50");
  });

  it("a file that cannot be checked is named in the summary and the exit code is 2", async () => {
    expect(await run(path.join(dir, "a-kecamatan.xlsx"), path.join(dir, "tidak-ada.xlsx"))).toBe(2);
    expect(printed.out).toMatch(/tidak-ada\.xlsx +tidak dapat diperiksa: Berkas tidak ditemukan/);
    expect(printed.out).toContain("; 1 berkas tidak dapat diperiksa.");
  });

  it("--out is for one file only", async () => {
    expect(await run(dir, "--out", path.join(dir, "x.xlsx"))).toBe(2);
    expect(printed.err).toContain("hanya untuk satu berkas");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});
