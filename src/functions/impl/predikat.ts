/** PREDIKAT(capaian; [skala]) over a cell or a range of capaian. */
import { formatId } from "../../core/numbers/format";
import { numberBands, predicateFor, predicateForNumber } from "../../core/scales/predicate";
import { PredicateScale } from "../../core/scales/types";
import { excelError, isExcelErrorResult } from "./errors";
import { readNumber } from "./args";
import { asMatrix, broadcast2, CellOut } from "./matrix";
import { resolveScaleArg } from "./scaleArg";

export function predikatCell(scale: PredicateScale, capaian: unknown): CellOut {
  const value = readNumber(capaian, "Capaian");
  if (value === null) return "";
  if (isExcelErrorResult(value)) return value;
  const band = predicateFor(scale, value);
  if (band) return band.label;
  return excelError(
    "#N/A",
    `Capaian ${formatId(value, Math.min(Math.max(value.decimalPlaces(), 0), 4))} di luar skala ${scale.name}`,
  );
}

export function PREDIKAT(capaian: unknown, skala?: unknown): CellOut[][] {
  const scale = resolveScaleArg(skala);
  if (isExcelErrorResult(scale)) return [[scale]];
  const bands = numberBands(scale);
  return broadcast2(asMatrix(capaian), [[null]], (cell: unknown) => {
    // Finite numbers (nearly every cell) are placed without Decimal; −0 is 0 as in Decimal.
    if (bands !== null && typeof cell === "number" && Number.isFinite(cell)) {
      const band = predicateForNumber(bands, cell + 0);
      if (band) return band.label;
    }
    return predikatCell(scale, cell);
  });
}
