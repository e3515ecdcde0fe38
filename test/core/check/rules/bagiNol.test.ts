/** bagi-nol: a #DIV/0! says why in terms of the sheet: an empty or zero divisor, or a formula dividing by another cell. */
import { checkSheets } from "../../../support/checkSheets";
import type { CellInput, SheetSpec } from "../../../support/workbooks";

const pk = (target: CellInput, capaian: CellInput): SheetSpec => ({
  name: "PK",
  rows: [
    ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)", "Catatan"],
    [1, "Persentase layanan tepat waktu", 90, 85.5, 95, null],
    [2, "Indeks kepuasan masyarakat", target, 72, capaian, null],
  ],
});

const message = async (spec: SheetSpec) =>
  (await checkSheets([spec])).findings.find((f) => f.rule === "bagi-nol" && f.cell === "E3")?.message;

describe("bagi-nol", () => {
  it("an empty target: the divisor column is named as empty", async () => {
    expect(await message(pk(null, { v: { error: "#DIV/0!" }, formula: "D3/C3*100" }))).toContain(
      "karena pembaginya (kolom C) kosong",
    );
  });

  it("a formula that divides by another (empty) cell names that cell, not the target", async () => {
    const m = await message(pk(80, { v: { error: "#DIV/0!" }, formula: "D3/F3*100" }));
    expect(m).toContain("karena rumusnya membagi dengan F3, bukan dengan C3 (80)");
    expect(m).not.toContain("karena C3 bernilai");
  });

  it("target 0 and realisasi 0: the message and the fix say capaian 100, as the target-0 rule does", async () => {
    const spec = pk(0, { v: { error: "#DIV/0!" }, formula: "D3/C3*100" });
    spec.rows[2][3] = 0;
    const finding = (await checkSheets([spec])).findings.find((f) => f.rule === "bagi-nol" && f.cell === "E3");
    expect(finding?.message).toContain("Dengan target 0 dan realisasi 0 pula, target tercapai: capaian 100");
    expect(finding?.fix).toEqual({ value: 100 });
  });

  it("target 0 with a realisasi above 0 keeps the dash advice (no ratio to zero)", async () => {
    const finding = (await checkSheets([pk(0, { v: { error: "#DIV/0!" }, formula: "D3/C3*100" })])).findings.find(
      (f) => f.rule === "bagi-nol" && f.cell === "E3",
    );
    expect(finding?.message).toContain("tulis “-” atau perbaiki pembaginya");
    expect(finding?.fix?.value).toBe("-");
  });
});
