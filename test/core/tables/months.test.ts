/** Month names in headers: every spelling an office uses names its month; other words do not. */
import { mentionsMonth, monthOf } from "../../../src/core/tables/months";
import { columnPeriod } from "../../../src/core/tables/periods";

describe("monthOf", () => {
  it.each([
    ["Januari", 1],
    ["JAN", 1],
    ["january", 1],
    ["Peb", 2],
    ["Pebruari", 2],
    ["Febr.", 2],
    ["Mart", 3],
    ["Mrt", 3],
    ["March", 3],
    ["Mei", 5],
    ["May", 5],
    ["June", 6],
    ["Juli", 7],
    ["Agu", 8],
    ["Ags", 8],
    ["Agst", 8],
    ["Agt", 8],
    ["Agus", 8],
    ["Agust.", 8],
    ["AGUSTUS", 8],
    ["Aug", 8],
    ["Sept", 9],
    ["Sep.", 9],
    ["Oct", 10],
    ["Nop", 11],
    ["Nopember", 11],
    ["Dec", 12],
    ["Des 2025", 12],
    ["Desember (Rp)", 12],
  ])("%s → %d", (text, month) => {
    expect(monthOf(text)).toBe(month);
  });

  it.each(["Jumlah", "Agenda", "Desa", "Mart Sehat", "Januari–Maret", "Sepuluh"])("%s names no month", (text) => {
    expect(monthOf(text)).toBeUndefined();
  });
});

describe("a month inside a header", () => {
  it("is read in every spelling, and gives the column its period", () => {
    expect(mentionsMonth("REALISASI BULAN AGS")).toBe(true);
    expect(mentionsMonth("S D AUG")).toBe(true);
    expect(columnPeriod("Agu", "REALISASI")?.period).toBe("periode");
    expect(columnPeriod("Sept", undefined)?.period).toBe("periode");
  });

  it("NOP (Nomor Objek Pajak) and SPT inside a header are no month", () => {
    expect(mentionsMonth("NOP")).toBe(false);
    expect(mentionsMonth("NOMOR SPT")).toBe(false);
    expect(mentionsMonth("DESA")).toBe(false);
  });
});
