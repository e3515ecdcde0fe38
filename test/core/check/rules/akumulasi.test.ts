/** The accumulation an indicator's KETERANGAN states; nothing when it is not stated. */
import { accumulationOf } from "../../../../src/core/check/rules/akumulasi";

describe("accumulationOf", () => {
  it.each([
    ["Kumulatif", "kumulatif"],
    ["akumulasi per triwulan", "kumulatif"],
    ["Posisi akhir", "posisi-akhir"],
    ["nilai akhir periode", "posisi-akhir"],
    ["Rata-rata", "rata-rata"],
    ["Non kumulatif", null],
    ["tidak kumulatif", null],
    ["semakin rendah semakin baik", null],
    ["", null],
  ])("%s → %s", (text, expected) => {
    expect(accumulationOf(text)).toBe(expected);
  });
});
