/** `lkjip periksa`: report, --json, exit codes for files that cannot be checked, --help. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { periksa, parsePeriksaArgs } from "../../src/cli/commands/periksa";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { listPresets } from "../../src/core/scales";
import { buildXlsx, budgetSheet } from "../support/workbooks";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "periksa-"));
function file(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, data);
  return p;
}

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await periksa(
    args,
    (s) => (out += s + "\n"),
    (s) => (err += s + "\n"),
  );
  return { code, out, err };
}

let good: string;
beforeAll(async () => {
  good = file(
    "lra.xlsx",
    await buildXlsx([
      budgetSheet({
        rows: [
          { code: "1", uraian: "Program A", anggaran: 1_000_000, realisasi: 900_000, bold: true, persen: 95 },
          { code: "1.1", uraian: "Kegiatan A", anggaran: 1_000_000, realisasi: 900_000 },
        ],
      }),
    ]),
  );
});

describe("lkjip periksa", () => {
  it("prints a readable Indonesian report grouped by sheet, exit 0", async () => {
    const r = await run([good]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Lembar "Realisasi Anggaran" (1 galat, 0 peringatan, 0 info)');
    expect(r.out).toMatch(/E3 +\[GALAT\] persen-anggaran: Persentase realisasi anggaran tertulis 95, seharusnya 90,00/);
  });

  it("--json prints exactly one JSON object", async () => {
    const r = await run([good, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.file).toBe(good);
    expect(json.findings).toEqual([
      expect.objectContaining({
        rule: "persen-anggaran",
        severity: "error",
        sheet: "Realisasi Anggaran",
        cell: "E3",
        expected: "90,00",
        actual: "95",
      }),
    ]);
    expect(Object.keys(json.findings[0]).sort()).toEqual(["actual", "cell", "expected", "message", "rule", "severity", "sheet"]);
  });

  it("--skala with an unknown id fails with exit 2", async () => {
    const r = await run([good, "--skala", "tidak-ada"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tidak dikenal");
  });

  it.each([
    ["csv", "kode,uraian,anggaran\n1,Program,1000\n", "CSV"],
    ["xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), ".xls"],
    [
      "terkunci",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(100),
        Buffer.from("EncryptionInfo", "utf16le"),
        Buffer.alloc(100),
      ]),
      "kata sandi",
    ],
    ["rusak", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.from("xl/workbook.xml"), Buffer.alloc(200, 7)]), "rusak"],
    ["bukan", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), "bukan buku kerja"],
    ["kosong", Buffer.alloc(0), "kosong"],
  ])("%s file: exit 2 with a one-line Indonesian reason", async (name, data, reason) => {
    const r = await run([file(`${name}.bin`, data)]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(reason);
  });

  it("a workbook with nothing recognisable: exit 2", async () => {
    const p = file("kosong.xlsx", await buildXlsx([{ name: "Catatan", rows: [["Catatan rapat"], ["tanpa tabel"]] }]));
    const r = await run([p, "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error).toContain("Tidak ada tabel");
  });

  it("missing file: exit 2", async () => {
    const r = await run([path.join(tmp, "tidak-ada.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tidak ditemukan");
  });

  it("parses --out and --skala", () => {
    expect(parsePeriksaArgs(["a.xlsx", "--skala", "berhasil4", "--out", "b.xlsx", "--json"])).toEqual({
      file: "a.xlsx",
      skala: "berhasil4",
      out: "b.xlsx",
      json: true,
    });
    expect(parsePeriksaArgs(["--out"]).error).toBeDefined();
  });
});

describe("lkjip main", () => {
  it("--help prints Indonesian help, exit 0", async () => {
    const spy = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const code = await main(["--help"]);
    const text = spy.mock.calls.map((c) => String(c[0])).join("");
    spy.mockRestore();
    expect(code).toBe(0);
    expect(text).toContain("Penggunaan:");
    expect(text).toContain("lkjip periksa BERKAS.xlsx");
  });

  it("--version prints the package version; periksa --help lists every scale id the checker accepts", async () => {
    const spy = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const printed = async (...argv: string[]) => {
      spy.mockClear();
      const code = await main(argv);
      return { code, text: spy.mock.calls.map((c) => String(c[0])).join("") };
    };
    const v = await printed("--version");
    const help = await printed("periksa", "--help");
    const top = await printed("--help");
    spy.mockRestore();
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(v).toEqual({ code: 0, text: `lkjip ${version}\n` });
    expect(help.code).toBe(0);
    expect(help.text).toContain("Penggunaan: lkjip periksa BERKAS.xlsx");
    const ids = listPresets().map((p) => p.id ?? "");
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      expect(help.text).toMatch(new RegExp(`^  ${id} +`, "m"));
      expect(top.text).toMatch(new RegExp(`^  ${id} +`, "m"));
    }
    // and each one listed is accepted by the checker
    for (const id of ids) expect(() => checkWorkbook({ sheets: [] }, { scale: id })).not.toThrow();
    expect(() => checkWorkbook({ sheets: [] }, { scale: "provinsi" })).toThrow(/tidak dikenal/);
  });

  it("unknown command: exit 2", async () => {
    const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await main(["entah"])).toBe(2);
    spy.mockRestore();
  });
});
