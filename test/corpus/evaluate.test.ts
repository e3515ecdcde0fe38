/** The eval's scoring: strict sheet/cell/rule matching, listed alternatives, optional truth, infos. */
import * as path from "path";
import { fixtureTruths, report, score, summarize } from "./evaluate";
import type { Expected } from "./types";

const f = (rule: string, cell: string, severity = "error", sheet = "PK") => ({ rule, cell, severity, sheet, message: "" });
const e = (rule: string, cell: string, extra: Partial<Expected> = {}): Expected => ({
  rule,
  cell,
  sheet: "PK",
  why: "",
  ...extra,
});

describe("score", () => {
  it("counts a finding at the same sheet, cell and rule as a hit, and nothing else", () => {
    const s = score("x", false, [e("capaian", "G7")], [f("capaian", "G7"), f("capaian", "G8"), f("predikat", "G7")]);
    expect(s.hits).toHaveLength(1);
    expect(s.falseAlarms.map((x) => `${x.rule}@${x.cell}`)).toEqual(["capaian@G8", "predikat@G7"]);
    expect(s.misses).toEqual([]);
  });

  it("accepts a listed alternative place or rule, and does not count it as a false alarm", () => {
    const truth = [
      e("beda-antar-tabel", "E5", { alt: [{ sheet: "LRA", cell: "D9" }] }),
      e("rata-sasaran", "G9", { alt: [{ rule: "rata-rata" }] }),
    ];
    const s = score("x", false, truth, [f("beda-antar-tabel", "D9", "warning", "LRA"), f("rata-rata", "G9")]);
    expect(s.hits).toHaveLength(2);
    expect(s.falseAlarms).toEqual([]);
  });

  it("neither requires nor penalises an optional expectation", () => {
    const truth = [e("total", "C20", { optional: true })];
    expect(score("x", false, truth, []).misses).toEqual([]);
    const s = score("x", false, truth, [f("total", "C20")]);
    expect([s.hits.length, s.falseAlarms.length]).toEqual([0, 0]);
  });

  it("never counts an info as a false alarm, but lists a hit seen only as info", () => {
    const s = score("x", false, [e("nilai-kosong", "G7")], [f("nilai-kosong", "G7", "info"), f("skala", "B4", "info")]);
    expect(s.falseAlarms).toEqual([]);
    expect(s.infoHits).toHaveLength(1);
    expect(s.infos).toBe(2);
  });

  it("summarises recall, precision and the false alarms on clean workbooks", () => {
    const a = score("a", false, [e("capaian", "G7"), e("capaian", "G8")], [f("capaian", "G7")]);
    const b = score("b", true, [], [f("predikat", "H7"), f("predikat", "H8", "warning")]);
    const sum = summarize([a, b]);
    expect(sum).toMatchObject({ hits: 1, misses: 1, falseAlarms: 2, onClean: 2, cleanWorkbooks: 1 });
    expect(sum.recall).toBeCloseTo(0.5);
    expect(sum.precision).toBeCloseTo(1 / 3);
    expect(report([a, b])).toContain("recall 50.0 %, precision 33.3 %");
  });
});

describe("fixtureTruths", () => {
  it("reads every fixture truth, one expectation per listed cell, optional kept", () => {
    const truths = fixtureTruths(path.join(__dirname, "..", "fixtures"));
    expect(truths.map((t) => t.id)).toEqual([
      "fixture:kelam-permai-2019",
      "fixture:klakah-tw2-2024",
      "fixture:seberang-kota-2022",
    ]);
    const klakah = truths[1].expected;
    expect(klakah.find((x) => x.cell === "G5")).toMatchObject({ rule: "angka-rusak", optional: true });
    expect(klakah.filter((x) => !x.optional)).toHaveLength(4);
  });
});
