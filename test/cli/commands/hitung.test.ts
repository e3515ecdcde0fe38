import { hitung } from "../../../src/cli/commands/hitung";
import { formatCliNumber } from "../../../src/cli/notation";

async function run(...args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await hitung(args, (s) => lines.push(s));
  return { code, text: lines.join("\n") };
}

describe("lkjip hitung", () => {
  it.each([
    [["CAPAIAN", "85", "80"], "94.11764705882354"],
    [["PREDIKAT", "100", "baik4-lebih100"], "Baik"],
    [["TERBILANG", "1000"], "seribu"],
    [
      ["terbilang", "Rp 2.659.997.281,-", "rupiah"],
      "dua miliar enam ratus lima puluh sembilan juta sembilan ratus sembilan puluh tujuh ribu dua ratus delapan puluh satu rupiah",
    ],
    [["CAPAIAN", "10", "12", "negatif", "", "120"], "80"],
    [["CAPAIAN", "1.234,5", "1.234,5"], "100"],
    [["SISA", "Rp. 3.242.441.617,00", "3.009.638.201"], "232803416"],
    [["CAPAIAN_SASARAN", "100;97,92;100;100"], "99.48"],
    [["CAPAIAN", "100;200", "50"], "50\t25"],
    [["PREDIKAT", "94,12;50", "91;Sangat Tinggi|76;Tinggi|66;Sedang|51;Rendah|0;Sangat Rendah"], "Sangat Tinggi\tSangat Rendah"],
  ])("%j --locale en prints %s", async (args, expected) => {
    const { code, text } = await run(...args, "--locale", "en");
    expect(text).toBe(expected.replace(/^\d{4,}$/, (n) => Number(n).toLocaleString("en-US")));
    expect(code).toBe(0);
  });

  it.each([
    [["CAPAIAN", "85", "80"], "94,11764705882354"],
    [["SISA", "Rp. 3.242.441.617,00", "3.009.638.201"], "232.803.416"],
    [["SISA", "88680000", "87916000"], "764.000"],
    [["CAPAIAN_SASARAN", "100;97,92;100;100"], "99,48"],
    [["CAPAIAN", "100;200", "50"], "50\t25"],
    [["SERAPAN", "839077360", "823551339"], "98,14963175743414"],
    [["CAPAIAN", "10", "12", "negatif"], "80"],
    [["SISA", "100", "1234667,5"], "-1.234.567,5"],
  ])("%j prints %s in the user's (Indonesian) notation by default", async (args, expected) => {
    const { code, text } = await run(...args);
    expect(text).toBe(expected);
    expect(code).toBe(0);
    const flagFirst = await run("--locale=id", ...args);
    expect(flagFirst.text).toBe(expected);
  });

  it("--locale takes id or en only", async () => {
    const r = await run("CAPAIAN", "85", "80", "--locale", "fr");
    expect(r.code).toBe(2);
    expect(r.text).toContain("id atau en");
  });

  it("reads text arguments as an Indonesian Excel by default, as a US Excel with --locale en", async () => {
    // --locale sets both how text arguments are read and how results are printed.
    expect(await run("CAPAIAN", "3", "3,125")).toEqual({ code: 0, text: formatCliNumber((3.125 * 100) / 3, "id") });
    expect(await run("--locale", "id", "CAPAIAN", "3", "3.125")).toEqual({
      code: 0,
      text: formatCliNumber((3125 * 100) / 3, "id"),
    });
    expect(await run("--locale", "en", "CAPAIAN", "3", "3,125")).toEqual({
      code: 0,
      text: formatCliNumber((3125 * 100) / 3, "en"),
    });
    expect(await run("CAPAIAN", "--locale=en", "3", "3.125")).toEqual({
      code: 0,
      text: formatCliNumber((3.125 * 100) / 3, "en"),
    });
    expect(await run("--locale", "en", "SISA", "1.234E+5", "0")).toEqual({ code: 0, text: "123,400" });
    expect(await run("SISA", "1,234E+5", "0")).toEqual({ code: 0, text: "123.400" });
  });

  it("reads a text in the other notation by its structure when it has one reading; refuses an unknown locale", async () => {
    expect(await run("PREDIKAT", "98.00", "berhasil4")).toEqual({ code: 0, text: "Sangat Berhasil" });
    expect(await run("CAPAIAN", "3", "3.12")).toEqual({ code: 0, text: formatCliNumber(312 / 3, "id") });
    const bad = await run("--locale", "fr", "CAPAIAN", "3", "3");
    expect(bad.code).toBe(2);
    expect(bad.text).toMatch(/--locale memerlukan id atau en, bukan “fr”/);
  });

  it("prints the Excel error with its reason and exits 1", async () => {
    expect(await run("CAPAIAN", "0", "80")).toEqual({ code: 1, text: "#DIV/0! Target nol: capaian tidak dapat dihitung" });
    expect(await run("CAPAIAN", "Kegiatan", "80")).toEqual({ code: 1, text: "#VALUE! Target bukan angka: “Kegiatan”" });
    expect((await run("PREDIKAT", "90", "provinsi")).code).toBe(1);
  });

  it("a result Excel cannot hold is #NUM!, never Infinity", async () => {
    expect(await run("CAPAIAN", "1e-320", "1e308")).toEqual({ code: 1, text: "#NUM! Hasil terlalu besar untuk disimpan Excel" });
    expect(await run("SISA", "1e308", "-9e307")).toEqual({ code: 1, text: "#NUM! Hasil terlalu besar untuk disimpan Excel" });
    expect(await run("CAPAIAN", "1e-10", "1e300")).toEqual({ code: 1, text: "#NUM! Hasil terlalu besar untuk disimpan Excel" });
  });

  it("lists the functions in Indonesian for an unknown name and exits 2", async () => {
    const { code, text } = await run("RATA2", "1");
    expect(code).toBe(2);
    expect(text).toMatch(
      /^Fungsi tidak dikenal: RATA2\. Fungsi yang tersedia: CAPAIAN, SERAPAN, SISA, PREDIKAT, CAPAIAN_SASARAN, TERBILANG\.$/,
    );
  });

  it("rejects wrong argument counts with usage, exit 2", async () => {
    const few = await run("SERAPAN", "100");
    expect(few.code).toBe(2);
    expect(few.text).toMatch(/SERAPAN memerlukan argumen realisasi/);
    const many = await run("SISA", "1", "2", "3");
    expect(many.code).toBe(2);
    expect(many.text).toMatch(/paling banyak 2 argumen/);
  });

  it("shows help documenting ranges, with exit 0 when asked and 2 without a name", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.text).toMatch(/"1;2;3"/);
    expect(help.text).toMatch(/CAPAIAN target realisasi \[polaritas\] \[metode\] \[batas_atas\]/);
    expect((await run()).code).toBe(2);
  });
});
