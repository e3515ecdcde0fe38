/** `lkjip periksa`: report, --json, exit codes for files that cannot be checked, --help. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { periksa, parsePeriksaArgs } from "../../../src/cli/commands/periksa";
import { main } from "../../../src/cli/main";
import { buildXlsx, budgetSheet, wrongCapaianSheet } from "../../support/workbooks";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";

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
    expect(r.out).toContain('Lembar "Realisasi Anggaran" (1 kesalahan, 0 peringatan, 0 info)');
    expect(r.out).toMatch(/E3 +\[KESALAHAN\] persen-anggaran: Persentase realisasi anggaran tertulis 95, seharusnya 90,00/);
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
    expect(Object.keys(json.findings[0]).sort()).toEqual([
      "actual",
      "cell",
      "expected",
      "fix",
      "message",
      "rule",
      "severity",
      "sheet",
    ]);
    expect(json.findings[0].fix).toEqual({ value: 90, formula: "=D3/C3*100" });
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

  it("a workbook whose only table could not be read says where it is", async () => {
    const rows = [
      ["Kode", "Uraian", "Pagu (Rp)", "Realisasi (Rp)", "%", 12],
      ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1500000000, 1450000000, 96.67],
      ["5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 500000000, 480000000, 96],
    ];
    const r = await run([file("tak-terbaca.xlsx", await buildXlsx([{ name: "Anggaran", rows }]))]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain("Lembar “Anggaran” A1: Baris 1 tampak seperti judul tabel");
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

  it("unknown command: exit 2", async () => {
    const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await main(["entah"])).toBe(2);
    spy.mockRestore();
  });
});

describe("lkjip periksa: fix formulas in the user's notation", () => {
  let ratios: string;
  beforeAll(async () => {
    // A cap stated above the table puts a decimal number (1.2 in a percent cell) into the fix formula.
    ratios = file(
      "pk-persen.xlsx",
      await buildXlsx([
        {
          name: "PK",
          rows: [
            ["Capaian dibatasi maksimal 120%"],
            ["NO", "SASARAN", "INDIKATOR", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
            [1, "Meningkatnya pelayanan", "Indeks kepuasan masyarakat", "%", 80, 84, { v: 0.9, fmt: "0.00%" }],
            [2, "Meningkatnya pelayanan", "Cakupan layanan", "%", 50, 90, { v: 1.5, fmt: "0.00%" }],
          ],
        },
      ]),
    );
  });

  it("the text report writes them as an Indonesian Excel takes them (; and decimal comma), --locale en as a US one", async () => {
    const id = await run([ratios]);
    expect(id.code).toBe(0);
    expect(id.out).toContain("Perbaikan: =F3/E3\n");
    expect(id.out).toContain("Perbaikan: =MIN(1,2;F4/E4)");
    const en = await run([ratios, "--locale", "en"]);
    expect(en.out).toContain("Perbaikan: =MIN(1.2,F4/E4)");
  });

  it("--json keeps the canonical form the .xlsx stores", async () => {
    const r = await run([ratios, "--json"]);
    const fixes = JSON.parse(r.out).findings.map((f: { cell: string; fix: unknown }) => [f.cell, f.fix]);
    expect(fixes).toEqual([
      ["G3", { value: 1.05, formula: "=F3/E3" }],
      ["G4", { value: 1.2, formula: "=MIN(1.2,F4/E4)" }],
    ]);
  });

  it("--locale takes only id or en", async () => {
    const r = await run([ratios, "--locale", "fr"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--locale hanya menerima id atau en");
  });
});

describe("lkjip periksa: numbers in messages in the user's notation", () => {
  let amounts: string;
  beforeAll(async () => {
    // A closing row off by 600 rupiah in the millions, and a percentage with decimals.
    amounts = file(
      "lra-jumlah.xlsx",
      await buildXlsx([
        budgetSheet({
          rows: [
            {
              code: "1",
              uraian: "Program Penunjang",
              anggaran: 1_500_000_000,
              realisasi: 1_417_650_000,
              bold: true,
              persen: 94.51,
            },
            {
              code: "2",
              uraian: "Program Pemerintahan",
              anggaran: 823_551_939,
              realisasi: 780_000_000,
              bold: true,
              persen: 94.12,
            },
          ],
          total: { anggaran: 2_323_552_539, realisasi: "auto" },
        }),
      ]),
    );
  });

  it("Indonesian by default: 94,12 and 2.323.551.939, words in Indonesian", async () => {
    const r = await run([amounts]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("tertulis 94,12, seharusnya 94,71 (780.000.000 / 823.551.939 × 100)");
    expect(r.out).toContain("tertulis 2.323.552.539, padahal jumlah 2 baris yang ditutupnya 2.323.551.939.");
  });

  it("--locale en: 94.12 and 2,323,551,939 in the same Indonesian sentences", async () => {
    const r = await run([amounts, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Persentase realisasi anggaran tertulis 94.12, seharusnya 94.71 (780,000,000 / 823,551,939 × 100)");
    expect(r.out).toContain("tertulis 2,323,552,539, padahal jumlah 2 baris yang ditutupnya 2,323,551,939.");
    expect(r.out).not.toMatch(/\d\.\d{3}\.\d{3}|\d,\d{2}\b/);
  });

  it("--json: message, expected and actual in the notation; the fix value stays a JSON number", async () => {
    const pick = (out: string) =>
      (
        JSON.parse(out) as { findings: { rule: string; message: string; expected: unknown; actual: unknown; fix: unknown }[] }
      ).findings.map((f) => [f.rule, f.expected, f.actual, (f.fix as { value: unknown } | null)?.value ?? null]);
    const id = await run([amounts, "--json"]);
    const en = await run([amounts, "--json", "--locale", "en"]);
    expect(pick(id.out)).toEqual([
      ["persen-anggaran", "94,71", "94,12", 94.71],
      ["total", "2.323.551.939", "2.323.552.539", 2323551939],
    ]);
    expect(pick(en.out)).toEqual([
      ["persen-anggaran", "94.71", "94.12", 94.71],
      ["total", "2,323,551,939", "2,323,552,539", 2323551939],
    ]);
    expect(JSON.parse(en.out).findings[1].message).toBe(
      "Baris JUMLAH tertulis 2,323,552,539, padahal jumlah 2 baris yang ditutupnya 2,323,551,939.",
    );
  });
});

describe("lkjip periksa --out --perbaiki: the copy gets the fixes, and what they brought up is said", () => {
  let pk: string;
  beforeAll(async () => {
    // One wrong capaian (100 for 76 of 80) under an average row that is right for the capaian as typed.
    pk = file("pk-rata.xlsx", await buildXlsx([wrongCapaianSheet(96.67)]));
  });

  it("writes the fix into the copy, never the input, and reports the finding it brought up", async () => {
    const before = fs.readFileSync(pk);
    const out = path.join(tmp, "pk-diperbaiki.xlsx");
    const r = await run([pk, "--out", out, "--perbaiki"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/G2 +\[KESALAHAN\] capaian: Capaian tertulis 100, seharusnya 95,00/);
    expect(r.out).toContain(`Perbaikan: 1 sel ditulis ke ${out}.`);
    expect(r.out).toContain(
      "Perbaikan memunculkan 1 temuan baru (angka lain bergantung pada sel yang diperbaiki):\n" +
        "  Formulir PK!G5 [KESALAHAN] rata-rata: Baris Rata-rata Capaian tertulis 96,67, padahal rata-rata 3 baris di atasnya 95,00.",
    );
    expect(r.out).toContain('Tabel naratif ditulis ke lembar "Tabel Naratif"');
    expect(fs.readFileSync(pk).equals(before)).toBe(true);
    const copy = await readXlsx(fs.readFileSync(out));
    expect(copy.sheets.find((s) => s.name === "Formulir PK")?.rows[1][6]?.value).toBe(95);
    // The copy checked again finds exactly what the report said appeared.
    const again = await run([out, "--json"]);
    expect(JSON.parse(again.out).findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toEqual([
      "rata-rata@G5",
    ]);
  });

  it("--json carries the fixes: mode, cells written, the findings that appeared, in the --locale notation", async () => {
    const out = path.join(tmp, "pk-diperbaiki-en.xlsx");
    const r = await run([pk, "--out", out, "--perbaiki=rumus", "--json", "--locale", "en"]);
    expect(r.code).toBe(0);
    const { perbaikan } = JSON.parse(r.out);
    expect(perbaikan).toEqual({
      mode: "rumus",
      written: 1,
      appeared: [
        expect.objectContaining({
          rule: "rata-rata",
          sheet: "Formulir PK",
          cell: "G5",
          message: "Baris Rata-rata Capaian tertulis 96.67, padahal rata-rata 3 baris di atasnya 95.00.",
        }),
      ],
      unresolved: [],
    });
    const cell = (await readXlsx(fs.readFileSync(out))).sheets[0].rows[1][6];
    expect(cell?.formula).toBe("F2/E2*100");
  });

  it("needs --out: the workbook being checked is never changed", async () => {
    const r = await run([pk, "--perbaiki"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Opsi --perbaiki menulis ke salinan: sebutkan --out HASIL.xlsx");
    expect(parsePeriksaArgs([pk, "--out", "x.xlsx", "--perbaiki=semua"]).error).toContain("nilai atau rumus");
  });
});

describe("lkjip periksa --out: never over the input, over an existing file only with --timpa", () => {
  it("refuses --out equal to the input, also through a symlink, and leaves the input as it was", async () => {
    const before = fs.readFileSync(good);
    const same = await run([good, "--out", good]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("berkas yang sedang diperiksa");
    const link = path.join(tmp, "tautan.xlsx");
    fs.symlinkSync(good, link);
    const viaLink = await run([good, "--out", link, "--timpa"]);
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toContain("berkas yang sedang diperiksa");
    const viaDots = await run([good, "--out", path.join(tmp, "..", path.basename(tmp), "lra.xlsx"), "--timpa"]);
    expect(viaDots.code).toBe(2);
    expect(fs.readFileSync(good).equals(before)).toBe(true);
  });

  it("an existing output is overwritten only with --timpa", async () => {
    const target = file("hasil.xlsx", "lama");
    const refused = await run([good, "--out", target]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("sudah ada; tambahkan --timpa");
    expect(fs.readFileSync(target, "utf8")).toBe("lama");
    const done = await run([good, "--out", target, "--timpa"]);
    expect(done.code).toBe(0);
    expect(fs.readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });

  it("a missing folder gets an Indonesian message, no system error text", async () => {
    const r = await run([good, "--out", path.join(tmp, "tidak-ada", "hasil.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("tidak ada; buat foldernya dulu");
    expect(r.err).not.toMatch(/ENOENT|no such file/i);
  });

  it("a write the system refuses is told in Indonesian", async () => {
    const locked = path.join(tmp, "terkunci");
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o500);
    const r = await run([good, "--out", path.join(locked, "hasil.xlsx")]);
    fs.chmodSync(locked, 0o700);
    // root may write anyway; then the copy is simply written.
    if (r.code === 2) {
      expect(r.err).toContain("tidak ada izin menulis");
      expect(r.err).not.toMatch(/EACCES|permission denied/i);
    } else expect(fs.existsSync(path.join(locked, "hasil.xlsx"))).toBe(true);
  });
});

test("periksa never loads ExcelJS (its main entry alone costs ~0,36 s)", () => {
  const root = path.join(__dirname, "..", "..", "..");
  const script = `
    require("./lib/cli/main").main(["periksa", "test/fixtures/kelam-permai-2019.xlsx", "--json"]).then((code) => {
      const loaded = Object.keys(require.cache).filter((k) => k.includes("node_modules/exceljs"));
      process.stderr.write(JSON.stringify({ code, loaded: loaded.length }));
    });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  expect(JSON.parse(run.stderr)).toEqual({ code: 0, loaded: 0 });
});
