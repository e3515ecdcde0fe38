/** TERBILANG(angka; [satuan]) over a cell or a range. */
import { valueText } from "../../core/tables/text";
import { terbilang } from "../../core/terbilang/terbilang";
import { excelError, isExcelErrorResult } from "./errors";
import { readNumber } from "./args";
import { broadcast, CellOut } from "./matrix";

export function terbilangCell(angka: unknown, satuan: unknown): CellOut {
  const value = readNumber(angka, "Angka");
  if (value === null) return "";
  if (isExcelErrorResult(value)) return value;
  const unit = satuan === null || satuan === undefined ? undefined : valueText(satuan);
  try {
    return terbilang(value, { unit });
  } catch (e) {
    return excelError("#NUM!", e instanceof Error ? e.message : String(e));
  }
}

export function TERBILANG(angka: unknown, satuan?: unknown): CellOut[][] {
  return broadcast([angka, satuan], terbilangCell);
}
