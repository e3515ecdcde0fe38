/** PREDIKAT(capaian; [skala]) over a cell or a range of capaian. */
import { formatId } from "../../core/numbers/format";
import { predicateFor } from "../../core/scales/predicate";
import { PredicateScale } from "../../core/scales/types";
import { excelError, isExcelErrorResult } from "./errors";
import { readNumber } from "./args";
import { broadcast, CellOut } from "./matrix";
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
  return broadcast([capaian], (cell) => predikatCell(scale, cell));
}
