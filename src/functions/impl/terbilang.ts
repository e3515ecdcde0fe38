/** TERBILANG(angka; [satuan]) over a cell or a range. */
import Decimal from "decimal.js";
import { terbilang } from "../../core/terbilang/terbilang";
import { excelError, isExcelErrorResult } from "./errors";
import { cellText, readAmount, unwrapCell } from "./args";
import { asMatrix, broadcast2, CellOut } from "./matrix";

/** Excel shows and stores 15 significant digits: 0,1+0,2 is 0,3 there, not 0,30000000000000004. */
const EXCEL_DIGITS = 15;

export function terbilangCell(angka: unknown, satuan: unknown): CellOut {
  const plain = unwrapCell(angka, "Angka");
  if (isExcelErrorResult(plain)) return plain;
  const amount =
    typeof plain === "number" && Number.isFinite(plain)
      ? { value: new Decimal(plain.toPrecision(EXCEL_DIGITS)), percent: false }
      : readAmount(plain, "Angka");
  if (amount === null) return "";
  if (isExcelErrorResult(amount)) return amount;
  // "98,15 %" is read aloud as typed: "… koma satu lima persen".
  const words = [amount.percent ? "persen" : "", cellText(unwrapCell(satuan, "Satuan"))];
  const unit = words.filter((w) => w.trim() !== "").join(" ");
  try {
    return terbilang(amount.value, { unit: unit === "" ? undefined : unit });
  } catch (e) {
    return excelError("#NUM!", e instanceof Error ? e.message : String(e));
  }
}

export function TERBILANG(angka: unknown, satuan?: unknown): CellOut[][] {
  return broadcast2(asMatrix(angka), asMatrix(satuan), terbilangCell);
}
