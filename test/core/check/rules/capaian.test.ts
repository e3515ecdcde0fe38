/** capaian: a ratio over the Renstra end target is the tingkat kemajuan, and its message says so. */
import { checkSheets } from "../../../support/checkSheets";

describe("capaian beside the Renstra end target", () => {
  it("a wrong tingkat kemajuan is named so, divided by the target akhir Renstra", async () => {
    const result = await checkSheets([
      {
        name: "Capaian IKU",
        rows: [
          [
            "No",
            "Indikator Kinerja",
            "Target 2025",
            "Realisasi 2025",
            "Capaian (%)",
            "Target Akhir Renstra (2026)",
            "Tingkat Kemajuan (%)",
          ],
          [1, "Indeks kepuasan masyarakat", 80, 82, 102.5, 85, 96.47],
          [2, "Persentase desa mandiri", 65, 68.45, 105.31, 70, 87.79],
        ],
      },
    ]);
    const found = result.findings.filter((f) => f.severity === "error");
    expect(found.map((f) => f.cell)).toEqual(["G3"]);
    expect(found[0].message).toBe(
      "Tingkat kemajuan tertulis 87,79, seharusnya 97,79 (realisasi 68,45 dibagi target akhir Renstra 70 × 100).",
    );
  });
});
