import Decimal from "decimal.js";
import fc from "fast-check";
import {
  getPreset,
  listPresets,
  predicateFor,
  scaleFromRows,
  validateScale,
  normalizePredicateLabel,
  findBandByLabel,
  parseInterval,
  PredicateScale,
} from "../../../src/core/scales";

const d = (v: string | number) => new Decimal(v);
const label = (scale: PredicateScale, v: string | number) => predicateFor(scale, d(v))?.label ?? null;
const preset = (id: string) => {
  const scale = getPreset(id);
  if (!scale) throw new Error(`no preset ${id}`);
  return scale;
};

describe("presets", () => {
  it("exist under the ids workbooks store", () => {
    const ids = listPresets().map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining(["permendagri86", "baik4-100", "berhasil4", "baik4-86", "baik4-lebih100", "sakip", "skm", "idm"]),
    );
    expect(getPreset(" Berhasil4 ")?.id).toBe("berhasil4");
    expect(getPreset("tidak-ada")).toBeNull();
  });

  it.each([
    [
      "permendagri86",
      [
        ["91", "Sangat Tinggi"],
        ["90.99", "Tinggi"],
        ["76", "Tinggi"],
        ["75.5", "Sedang"],
        ["51", "Rendah"],
        ["50.9", "Sangat Rendah"],
        ["130", "Sangat Tinggi"],
      ],
    ],
    [
      "baik4-100",
      [
        ["100", "Sangat Baik"],
        ["99.99", "Baik"],
        ["85", "Baik"],
        ["70", "Sedang"],
        ["69", "Kurang Baik"],
      ],
    ],
    [
      "berhasil4",
      [
        ["94.12", "Sangat Berhasil"],
        ["84.99", "Berhasil"],
        ["55", "Cukup Berhasil"],
        ["54.9", "Tidak Berhasil"],
      ],
    ],
    [
      "baik4-86",
      [
        ["85.5", "Baik"],
        ["86", "Sangat Baik"],
        ["69.9", "Cukup"],
        ["49", "Gagal"],
      ],
    ],
    [
      "baik4-lebih100",
      [
        ["100", "Baik"],
        ["100.01", "Sangat Baik"],
        ["76", "Baik"],
        ["75.99", "Cukup"],
        ["54", "Kurang"],
      ],
    ],
    [
      "sakip",
      [
        ["90.01", "Sangat Memuaskan"],
        ["90", "Memuaskan"],
        ["30", "Sangat Kurang"],
        ["30.5", "Kurang"],
        ["0", "Sangat Kurang"],
      ],
    ],
    [
      "skm",
      [
        ["88.31", "Sangat Baik"],
        ["88.30", "Baik"],
        ["88.305", "Baik"],
        ["65", "Kurang Baik"],
        ["25", "Tidak Baik"],
      ],
    ],
    [
      "idm",
      [
        ["0.4907", "Sangat Tertinggal"],
        ["0.4908", "Tertinggal"],
        ["0.7072", "Berkembang"],
        ["0.8155", "Maju"],
        ["0.8156", "Mandiri"],
      ],
    ],
  ])("%s gives the published predicate at its bounds", (id, cases) => {
    for (const [v, expected] of cases) expect(label(preset(id), v)).toBe(expected);
  });

  it("bounded scales give no predicate outside their range", () => {
    expect(label(preset("sakip"), "100.5")).toBeNull();
    expect(label(preset("skm"), "20")).toBeNull();
  });

  it("print their intervals", () => {
    expect(preset("permendagri86").bands.map((b) => b.interval)).toEqual(["≥ 91", "76 – < 91", "66 – < 76", "51 – < 66", "< 51"]);
    expect(preset("baik4-lebih100").bands.map((b) => b.interval)).toEqual(["> 100", "76 – 100", "55 – < 76", "< 55"]);
    expect(preset("sakip").bands[0].interval).toBe("> 90 – 100");
    expect(preset("skm").bands[1].interval).toBe("76,61 – < 88,31");
  });

  it("are valid and cover every value between their ends (property)", () => {
    for (const scale of listPresets()) {
      expect(validateScale(scale)).toEqual([]);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10000 }), (n) => {
          const v = d(n).div(100);
          const hits = scale.bands.filter((b) => predicateFor({ name: "", bands: [b] }, v) !== null);
          const bounded = scale.id === "skm" || scale.id === "sakip";
          expect(hits.length).toBe(bounded && predicateFor(scale, v) === null ? 0 : 1);
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe("parseInterval", () => {
  it.each([
    ["≥ 91", "91", true, null, false],
    [">= 91%", "91", true, null, false],
    ["> 100", "100", false, null, false],
    ["< 51", null, false, "51", false],
    ["≤ 0,4907", null, false, "0.4907", true],
    ["91 - 100", "91", true, "100", true],
    ["76 – 90", "76", true, "90", true],
    ["76 – < 91", "76", true, "91", false],
    ["> 90 – 100", "90", false, "100", true],
    ["85 s.d 100", "85", true, "100", true],
    ["88,31 s/d 100,00", "88.31", true, "100", true],
    ["70 ≤ X < 85", "70", true, "85", false],
    ["91 ke atas", "91", true, null, false],
  ])("%s", (text, min, minInc, max, maxInc) => {
    const interval = parseInterval(text);
    expect(interval).not.toBeNull();
    expect(interval?.min?.toString() ?? null).toBe(min === null ? null : d(min).toString());
    expect(interval?.max?.toString() ?? null).toBe(max === null ? null : d(max).toString());
    if (min !== null) expect(interval?.minInclusive).toBe(minInc);
    if (max !== null) expect(interval?.maxInclusive).toBe(maxInc);
  });

  it("rejects what is not an interval", () => {
    for (const text of ["Sangat Baik", "", "< > 5", "100 - ≥ 5"]) expect(parseInterval(text)).toBeNull();
  });
});

describe("scaleFromRows", () => {
  function build(rows: { lower: unknown; upper?: unknown; label: string }[]) {
    const result = scaleFromRows(rows);
    if (!result.ok) throw new Error(result.message);
    return result;
  }

  it("closes printed gaps upward (seed 002 table: 86–100, 70–85, 50–69, < 50)", () => {
    const { scale, notes } = build([
      { lower: "86 - 100", label: "Sangat Baik" },
      { lower: "70 - 85", label: "Baik" },
      { lower: "50 - 69", label: "Cukup" },
      { lower: "< 50", label: "Gagal" },
    ]);
    const reference = preset("baik4-86");
    for (const v of ["85.5", "86", "69.5", "49.99", "50", "120"]) expect(label(scale, v)).toBe(label(reference, v));
    expect(validateScale(scale)).toEqual([]);
    expect(notes.some((n) => /Celah/.test(n))).toBe(true);
    expect(scale.bands[0].interval).toBe("86 - 100");
  });

  it("reads separate lower and upper columns in any order, and numbers", () => {
    const { scale } = build([
      { lower: 0, upper: 50, label: "Sangat Rendah" },
      { lower: 51, upper: 65, label: "Rendah" },
      { lower: 66, upper: 75, label: "Sedang" },
      { lower: 76, upper: 90, label: "Tinggi" },
      { lower: 91, upper: 100, label: "Sangat Tinggi" },
    ]);
    const reference = preset("permendagri86");
    for (const v of ["50.5", "65.2", "75.9", "90.5", "91", "104"]) expect(label(scale, v)).toBe(label(reference, v));
  });

  it("reads seed 001's printed scale with abbreviations", () => {
    const { scale } = build([
      { lower: "85 s.d 100", label: "Sangat Berhasil (SB)" },
      { lower: "70 ≤ X < 85", label: "Berhasil (B)" },
      { lower: "55 ≤ X < 70", label: "Cukup berhasil (CB)" },
      { lower: "< 55", label: "Tidak Berhasil (TB)" },
    ]);
    expect(scale.bands.map((b) => b.short)).toEqual(["SB", "B", "CB", "TB"]);
    expect(label(scale, "94.12")).toBe("Sangat Berhasil");
    expect(label(scale, "54.99")).toBe("Tidak Berhasil");
  });

  it("derives lower bounds from upper-only rows (IDM)", () => {
    const { scale } = build([
      { lower: "≤ 0,4907", label: "Sangat Tertinggal" },
      { lower: "≤ 0,5989", label: "Tertinggal" },
      { lower: "≤ 0,7072", label: "Berkembang" },
      { lower: "≤ 0,8155", label: "Maju" },
      { lower: "> 0,8155", label: "Mandiri" },
    ]);
    for (const v of ["0.4907", "0.4908", "0.5989", "0.8155", "0.9"]) expect(label(scale, v)).toBe(label(preset("idm"), v));
  });

  it("keeps overlaps for validateScale to report", () => {
    const { scale } = build([
      { lower: "80 - 100", label: "Baik" },
      { lower: "60 - 85", label: "Cukup" },
      { lower: "< 60", label: "Kurang" },
    ]);
    const problems = validateScale(scale);
    expect(problems).toHaveLength(1);
    expect(problems[0].kind).toBe("overlap");
    expect(problems[0].message).toMatch(/tumpang tindih/);
  });

  it("reports rows it cannot read, in Indonesian", () => {
    const result = scaleFromRows([
      { lower: "Interval", label: "Predikat" },
      { lower: "≥ 91", label: "A" },
    ]);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/Baris 1.*tidak terbaca/);
    expect(scaleFromRows([])).toMatchObject({ ok: false });
  });
});

describe("validateScale", () => {
  it("finds gaps, overlaps and duplicates in hand-made scales", () => {
    const scale = preset("berhasil4");
    const gappy: PredicateScale = {
      name: "x",
      bands: [
        { ...scale.bands[0], min: d(86) },
        { ...scale.bands[1] },
        { ...scale.bands[2], label: "Berhasil" },
        { ...scale.bands[3] },
      ],
    };
    const kinds = validateScale(gappy)
      .map((p) => p.kind)
      .sort();
    expect(kinds).toEqual(["duplicate", "gap"]);
    expect(validateScale(gappy).find((p) => p.kind === "gap")?.message).toMatch(/Celah.*85.*86/);
  });
});

describe("normalizePredicateLabel / findBandByLabel", () => {
  it("ignores case, spaces and brackets", () => {
    expect(normalizePredicateLabel("(Sangat  Berhasil)")).toBe("sangat berhasil");
    expect(normalizePredicateLabel(" SANGAT BAIK. ")).toBe("sangat baik");
  });

  it("matches labels and abbreviations", () => {
    const scale = preset("berhasil4");
    for (const typed of ["Sangat Berhasil", "SB", "(Sangat Berhasil)", "sangat berhasil (SB)", "sb"]) {
      expect(findBandByLabel(scale, typed)?.label).toBe("Sangat Berhasil");
    }
    expect(findBandByLabel(scale, "Baik")).toBeNull();
    expect(findBandByLabel(preset("baik4-100"), "Sangat Baik")?.label).toBe("Sangat Baik");
  });
});
