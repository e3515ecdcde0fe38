import { CAPAIAN } from "../../../src/functions/impl/capaian";
import { SERAPAN, SISA } from "../../../src/functions/impl/budget";
import { PREDIKAT } from "../../../src/functions/impl/predikat";
import { CAPAIAN_SASARAN } from "../../../src/functions/impl/sasaran";
import { TERBILANG } from "../../../src/functions/impl/terbilang";
import { setDefaultScaleProvider } from "../../../src/functions/impl/defaultScale";
import { getPreset } from "../../../src/core/scales";
import { toExcelMatrix } from "../../../src/functions/excelResult";

/** Excel hands every argument as a 2-D array; a single cell is 1×1. */
const cell = (v: unknown) => [[v]];
const column = (...vs: unknown[]) => vs.map((v) => [v]);
const only = (m: unknown[][]) => {
  expect(m).toHaveLength(1);
  expect(m[0]).toHaveLength(1);
  return m[0][0];
};

describe("CAPAIAN", () => {
  it("gives percentage points with full precision (seed 001: 80 of 85)", () => {
    expect(only(CAPAIAN(cell(85), cell(80)))).toBe(94.11764705882354);
    expect(only(CAPAIAN(cell("70,15"), cell("72,89")))).toBeCloseTo(103.906, 3);
  });

  it("reads polaritas, metode and batas_atas like the README examples", () => {
    expect(only(CAPAIAN(cell(10), cell(12), cell("negatif")))).toBe(80);
    expect(only(CAPAIAN(cell(10), cell(12), cell(-1)))).toBe(80);
    expect(only(CAPAIAN(cell(10), cell(12), cell("Negatif"), cell("rasio")))).toBeCloseTo(83.3333333, 6);
    expect(only(CAPAIAN(cell(50), cell(80), null, null, cell(120)))).toBe(120);
    expect(only(CAPAIAN(cell(50), cell(80), cell(1), undefined, cell("120 %")))).toBe(120);
    expect(only(CAPAIAN(cell(10), cell(30), cell("semakin rendah semakin baik")))).toBe(0);
  });

  it("broadcasts ranges and single cells into a spilled array", () => {
    const out = CAPAIAN(column(100, 85, 0, "", "Kegiatan"), column(90, 80, 5, "", 3));
    expect(out.map((r) => r.length)).toEqual([1, 1, 1, 1, 1]);
    expect(out[0][0]).toBe(90);
    expect(out[1][0]).toBe(94.11764705882354);
    expect(out[2][0]).toMatchObject({ error: "#DIV/0!" });
    expect(out[3][0]).toBe("");
    expect(out[4][0]).toEqual({ error: "#VALUE!", message: "Target bukan angka: “Kegiatan”" });
    expect(CAPAIAN(column(100, 200), cell(50))).toEqual([[50], [25]]);
    expect(CAPAIAN([[100, 200]], [[50, 50]], [["positif", "negatif"]])).toEqual([[50, 175]]);
  });

  it("marks cells beyond a smaller range #N/A, as Excel does", () => {
    const out = CAPAIAN(column(100, 100, 100), column(50, 60));
    expect(out[2][0]).toMatchObject({ error: "#N/A" });
  });

  it("explains bad arguments in Indonesian", () => {
    expect(only(CAPAIAN(cell(10), cell("97,2 2")))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^Realisasi tidak terbaca/),
    });
    expect(only(CAPAIAN(cell(10), cell(5), cell("naik")))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/Polaritas tidak dikenal/),
    });
    expect(only(CAPAIAN(cell(10), cell(5), null, cell("kuadrat")))).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/Metode/),
    });
    expect(only(CAPAIAN(cell({ error: "#REF!" }), cell(5)))).toMatchObject({
      error: "#VALUE!",
      message: "Target berisi galat #REF!",
    });
    expect(only(CAPAIAN(cell({ code: "#N/A" }), cell(5)))).toMatchObject({ error: "#N/A" });
    expect(only(CAPAIAN(cell(10), cell("-"), cell("negatif"), cell("rasio")))).toMatchObject({ error: "#DIV/0!" });
  });
});

describe("SERAPAN and SISA", () => {
  it("compute from pagu and realisasi as typed (seed 001 and 002)", () => {
    expect(only(SERAPAN(cell(839077360), cell(823551339)))).toBeCloseTo(98.14963, 5);
    expect(only(SERAPAN(cell("Rp. 4.483.688.658,-"), cell("Rp. 3.464.156.228,-")))).toBeCloseTo(77.26, 2);
    expect(only(SISA(cell(88680000), cell(87916000)))).toBe(764000);
    expect(only(SISA(cell("Rp. 3.242.441.617,00"), cell("3.009.638.201")))).toBe(232803416);
  });

  it("pagu zero is #DIV/0!, '-' counts as zero", () => {
    expect(only(SERAPAN(cell(0), cell(0)))).toMatchObject({ error: "#DIV/0!" });
    expect(only(SERAPAN(cell("Rp -"), cell(10)))).toMatchObject({ error: "#DIV/0!" });
    expect(only(SISA(cell(1000), cell("-")))).toBe(1000);
    expect(only(SISA(cell(""), cell(null)))).toBe("");
  });
});

describe("PREDIKAT", () => {
  afterEach(() => setDefaultScaleProvider(null));

  it("uses a preset by id", () => {
    expect(only(PREDIKAT(cell(94.12), cell("berhasil4")))).toBe("Sangat Berhasil");
    expect(only(PREDIKAT(cell(100), cell("baik4-lebih100")))).toBe("Baik");
    expect(only(PREDIKAT(cell("100,01 %"), cell("baik4-lebih100")))).toBe("Sangat Baik");
    expect(PREDIKAT(column(92, 80, ""), cell("baik4-86"))).toEqual([["Sangat Baik"], ["Baik"], [""]]);
  });

  it("falls back to the workbook's chosen scale, then permendagri86", () => {
    expect(only(PREDIKAT(cell(90)))).toBe("Tinggi");
    setDefaultScaleProvider(() => "baik4-86");
    expect(only(PREDIKAT(cell(90), null))).toBe("Sangat Baik");
    setDefaultScaleProvider(() => getPreset("berhasil4"));
    expect(only(PREDIKAT(cell(60)))).toBe("Cukup Berhasil");
    setDefaultScaleProvider(() => "tidak-ada");
    expect(only(PREDIKAT(cell(60)))).toMatchObject({ error: "#VALUE!" });
    setDefaultScaleProvider(() => {
      throw new Error("settings unavailable");
    });
    expect(only(PREDIKAT(cell(60)))).toBe("Rendah");
  });

  it("reads the user's scale table in 2 or 3 columns, with or without header", () => {
    const twoColumns = [
      ["Interval", "Predikat"],
      ["86 - 100", "Sangat Baik"],
      ["70 - 85", "Baik"],
      ["50 - 69", "Cukup"],
      ["< 50", "Gagal"],
    ];
    expect(PREDIKAT(column(85.5, 86, 49.9), twoColumns)).toEqual([["Baik"], ["Sangat Baik"], ["Gagal"]]);
    const labelFirst = [
      ["Sangat Berhasil (SB)", 85, 100],
      ["Berhasil (B)", 70, 84.99],
      ["Cukup Berhasil (CB)", 55, 69.99],
      ["Tidak Berhasil (TB)", 0, 54.99],
    ];
    expect(PREDIKAT(column(84.995, 54.999, 120), labelFirst)).toEqual([["Berhasil"], ["Tidak Berhasil"], ["Sangat Berhasil"]]);
  });

  it("reports unknown scales and values outside the scale", () => {
    const unknown = only(PREDIKAT(cell(90), cell("provinsi")));
    expect(unknown).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/Skala tidak dikenal.*permendagri86/) });
    expect(only(PREDIKAT(cell(101), cell("sakip")))).toMatchObject({
      error: "#N/A",
      message: expect.stringMatching(/di luar skala/),
    });
    expect(only(PREDIKAT(cell("Baik"), cell("sakip")))).toMatchObject({
      error: "#VALUE!",
      message: "Capaian bukan angka: “Baik”",
    });
  });
});

describe("CAPAIAN_SASARAN", () => {
  it("averages indicators (seed 001 sasaran 1: 99,48)", () => {
    const value = only(CAPAIAN_SASARAN(column(100, 97.91666666666667, 100, 100, "", "-"))) as number;
    expect(value.toFixed(2)).toBe("99.48");
  });

  it("weights by bobot, explicitly or when bobot is given", () => {
    expect(only(CAPAIAN_SASARAN(column(100, 80), cell("tertimbang"), column(3, 1)))).toBe(95);
    expect(only(CAPAIAN_SASARAN(column(100, 80), null, column(3, 1)))).toBe(95);
    expect(only(CAPAIAN_SASARAN(column(100, 80), cell("tertimbang")))).toMatchObject({ error: "#VALUE!" });
    expect(only(CAPAIAN_SASARAN(column(100, 80), null, column(1, 2, 3)))).toMatchObject({ error: "#VALUE!" });
    expect(only(CAPAIAN_SASARAN(column(100, 80), null, column(0, 0)))).toMatchObject({ error: "#DIV/0!" });
  });

  it("uses category mid values for 'kelompok'", () => {
    expect(only(CAPAIAN_SASARAN(column(120, 85, 84.99, 10), cell("kelompok")))).toBe(72.5);
  });

  it("refuses predicate words among capaian", () => {
    expect(only(CAPAIAN_SASARAN(column(100, "Baik")))).toMatchObject({
      error: "#VALUE!",
      message: "Capaian bukan angka: “Baik”",
    });
    expect(only(CAPAIAN_SASARAN(column("", "-")))).toMatchObject({ error: "#VALUE!" });
  });
});

describe("TERBILANG", () => {
  it("writes numbers and typed amounts in words", () => {
    expect(only(TERBILANG(cell(1500), cell("rupiah")))).toBe("seribu lima ratus rupiah");
    expect(only(TERBILANG(cell(23)))).toBe("dua puluh tiga");
    expect(only(TERBILANG(cell("Rp 2.659.997.281,-")))).toMatch(/^dua miliar enam ratus lima puluh sembilan juta/);
    expect(TERBILANG(column(1, 11), null)).toEqual([["satu"], ["sebelas"]]);
  });

  it("reports text and numbers too large", () => {
    expect(only(TERBILANG(cell("Baik")))).toMatchObject({ error: "#VALUE!" });
    expect(only(TERBILANG(cell("1E+40")))).toMatchObject({ error: "#NUM!" });
  });
});

describe("toExcelMatrix", () => {
  it("turns only error cells into the host's error objects", () => {
    const out = toExcelMatrix([[1, "a", { error: "#DIV/0!", message: "x" }]], (e) => `ERR ${e.error}`);
    expect(out).toEqual([[1, "a", "ERR #DIV/0!"]]);
  });
});
