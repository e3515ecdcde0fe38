/**
 * A recap's category for the indicators not measured this period: "Tidak diukur", "Tidak dapat diukur",
 * "Belum diukur", "Tidak terukur", "N/A", "Tidak ada data". It sits among the predikat words of a recap
 * per predikat (the recap stays one), and counts the indicators listed without a capaian.
 */
const NOT_MEASURED = /^((tidak|belum) (dapat |bisa )?(di|ter)ukur|n\/?a|(tidak|belum) ada data)\b/i;

export function isNotMeasuredWord(text: string): boolean {
  return NOT_MEASURED.test(text.trim());
}
