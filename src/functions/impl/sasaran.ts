/** CAPAIAN_SASARAN(capaian_range; [metode]; [bobot_range]): one value for a sasaran. */
import Decimal from "decimal.js";
import { rataRata, rataRataKelompok, rataRataTertimbang } from "../../core/arithmetic/averages";
import { parseNumber } from "../../core/numbers/parse";
import { excelError, ExcelErrorResult, isExcelErrorResult } from "./errors";
import { readChoice, readNumber } from "./args";
import { cellsOf, CellOut, isOmitted } from "./matrix";
import { fromCalc } from "./result";

type Metode = "rata-rata" | "tertimbang" | "kelompok";

const METODE: Record<string, Metode> = {
  "rata-rata": "rata-rata",
  "rata rata": "rata-rata",
  rerata: "rata-rata",
  tertimbang: "tertimbang",
  "rata-rata tertimbang": "tertimbang",
  kelompok: "kelompok",
  "data kelompok": "kelompok",
};

export function CAPAIAN_SASARAN(capaianRange: unknown, metode?: unknown, bobotRange?: unknown): CellOut[][] {
  return [[capaianSasaran(capaianRange, metode, bobotRange)]];
}

function capaianSasaran(capaianRange: unknown, metode: unknown, bobotRange: unknown): CellOut {
  const chosen = readChoice(cellsOf(metode)[0], "Metode", METODE);
  if (isExcelErrorResult(chosen)) return chosen;
  const hasBobot = !isOmitted(bobotRange);
  const method: Metode = chosen ?? (hasBobot ? "tertimbang" : "rata-rata");
  const capaian = cellsOf(capaianRange);
  if (method !== "tertimbang") {
    const values = readValues(capaian);
    if (isExcelErrorResult(values)) return values;
    return fromCalc(method === "kelompok" ? rataRataKelompok(values) : rataRata(values));
  }
  if (!hasBobot) return excelError("#VALUE!", "Metode tertimbang memerlukan rentang bobot");
  const bobot = cellsOf(bobotRange);
  if (bobot.length !== capaian.length) {
    return excelError(
      "#VALUE!",
      `Rentang bobot (${bobot.length} sel) tidak sama besar dengan rentang capaian (${capaian.length} sel)`,
    );
  }
  const pairs = capaian.map((c, i) => [c, bobot[i]]).filter(([c]) => !isNothing(c));
  const values = readValues(pairs.map(([c]) => c));
  if (isExcelErrorResult(values)) return values;
  const weights = readValues(
    pairs.map(([, b]) => b),
    "Bobot",
  );
  if (isExcelErrorResult(weights)) return weights;
  if (weights.length !== values.length) return excelError("#VALUE!", "Ada capaian tanpa bobot");
  return fromCalc(rataRataTertimbang(values, weights));
}

/** Empty cells and "-" (not measured) are left out of the average, as Excel's AVERAGE skips blanks. */
function readValues(cells: unknown[], what = "Capaian"): Decimal[] | ExcelErrorResult {
  const values: Decimal[] = [];
  for (const cell of cells) {
    if (isNothing(cell)) continue;
    const value = readNumber(cell, what);
    if (isExcelErrorResult(value)) return value;
    if (value !== null) values.push(value);
  }
  return values;
}

function isNothing(cell: unknown): boolean {
  const kind = parseNumber(cell).kind;
  return kind === "empty" || kind === "dash";
}
