/**
 * rekap-status: a recap of IDM statuses counts the desa of the IDM table per status. A wrong count is
 * named at its row, never the (right) Jumlah row below it; a count that follows the status as the
 * predikat rule corrects it is right; a recap no table decides is said once, naming both cells.
 */
import { checkSheets, keys, serious } from "../../../support/checkSheets";
import type { SheetSpec } from "../../../support/workbooks";

/** IKS, IKE, IKL, Nilai IDM (their mean) and the status on the IDM scale. */
const DESA: [string, number, number, number, number, string][] = [
  ["Desa Lubuk Kayu Aro", 0.7314, 0.5867, 0.6667, 0.6616, "Berkembang"],
  ["Desa Tanjung Agung", 0.8057, 0.6533, 0.7333, 0.7308, "Maju"],
  ["Desa Teluk Pandak", 0.6971, 0.5133, 0.6, 0.6035, "Berkembang"],
  ["Desa Sungai Telang", 0.8457, 0.7267, 0.8667, 0.813, "Maju"],
  ["Desa Baru Pelepat", 0.6286, 0.45, 0.5333, 0.5373, "Tertinggal"],
  ["Desa Renah Sungai Ipuh", 0.7771, 0.62, 0.6667, 0.6879, "Berkembang"],
];

function idm(statusOfRow5 = "Tertinggal"): SheetSpec {
  return {
    name: "IDM 2025",
    rows: [
      ["STATUS INDEKS DESA MEMBANGUN (IDM) DESA DI KECAMATAN TANAH SEPENGGAL TAHUN 2025"],
      [],
      ["No", "Nama Desa", "IKS", "IKE", "IKL", "Nilai IDM", "Status IDM"],
      ...DESA.map(([name, iks, ike, ikl, nilai, status], i) => [
        i + 1,
        name,
        iks,
        ike,
        ikl,
        nilai,
        i === 4 ? statusOfRow5 : status,
      ]),
    ],
  };
}

/** Mandiri, Maju, Berkembang, Tertinggal, Sangat Tertinggal (C4:C8) and Jumlah (C9). */
function rekap(counts: number[], jumlah: number): SheetSpec {
  const words = ["Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal"];
  return {
    name: "Rekap Status",
    rows: [[], [], ["No", "Status Desa", "Jumlah Desa"], ...words.map((w, i) => [i + 1, w, counts[i]]), [null, "Jumlah", jumlah]],
  };
}

describe("rekap-status", () => {
  it("a recap that counts the IDM table's statuses gives no finding", async () => {
    expect(serious(await checkSheets([idm(), rekap([0, 2, 3, 1, 0], 6)]))).toEqual([]);
  });

  it("a wrong count is named at its row, not at the right Jumlah row", async () => {
    const result = await checkSheets([idm(), rekap([0, 3, 3, 1, 0], 6)]);
    expect(serious(result)).toEqual(["rekap-status@Rekap Status!C5"]);
    const f = result.findings.find((x) => x.cell === "C5");
    expect(f?.fix).toEqual({ value: 2 });
    expect(f?.message).toContain("“Maju”");
  });

  it("a Jumlah that is not the number of desa is named", async () => {
    expect(serious(await checkSheets([idm(), rekap([0, 2, 3, 1, 0], 7)]))).toEqual(["rekap-status@Rekap Status!C9"]);
  });

  it("with a status typed wrong in the IDM table, a recap of the typed or of the corrected statuses is right", async () => {
    // 0,5373 is Tertinggal; typed "Berkembang". The recap may count it either way; predikat names the word.
    const typed = await checkSheets([idm("Berkembang"), rekap([0, 2, 4, 0, 0], 6)]);
    expect(serious(typed)).toEqual(["predikat@IDM 2025!G8"]);
    const corrected = await checkSheets([idm("Berkembang"), rekap([0, 2, 3, 1, 0], 6)]);
    expect(serious(corrected)).toEqual(["predikat@IDM 2025!G8"]);
  });

  it("without the IDM table, counts that do not add up to the Jumlah are one finding naming both, not a total error", async () => {
    const result = await checkSheets([rekap([0, 3, 3, 1, 0], 6)]);
    expect(keys(result, ["error", "warning"])).toEqual(["rekap-status@Rekap Status!C9"]);
    const f = result.findings[0];
    expect(f.severity).toBe("warning");
    expect(f.message).toContain("C4:C8");
    expect(f.message).toContain("C9");
    expect(f.fix).toBeUndefined();
  });
});
