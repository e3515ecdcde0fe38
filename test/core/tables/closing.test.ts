/** Closing-row labels: group closings with the sasaran named after them; indicator names are not closings. */
import { closingRole } from "../../../src/core/tables/closing";

describe("closingRole", () => {
  it.each([
    ["Rata-rata Capaian Sasaran", "capaian-sasaran"],
    ["Rata-rata Capaian Kinerja Sasaran Strategis 2", "capaian-sasaran"],
    ["Capaian Kinerja Sasaran Strategis 1", "capaian-sasaran"],
    ["Rata-rata", "rata-rata"],
    ["Sub Total", "subtotal"],
    ["JUMLAH", "total"],
  ])("%s → %s", (label, role) => {
    expect(closingRole(label)).toBe(role);
  });
  it.each([
    "Jumlah dokumen perencanaan yang tepat waktu",
    "Persentase capaian sasaran RPJMD yang dicapai tepat waktu oleh perangkat daerah",
  ])("%s is a data row", (label) => {
    expect(closingRole(label)).toBeNull();
  });
});
