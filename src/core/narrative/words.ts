/** Numbers as report sentences quote them: "23 (dua puluh tiga)", "Rp 839.077.360,00 (delapan ratus … rupiah)", "98,15%". */
import Decimal from "decimal.js";
import { formatId, formatRupiah } from "../numbers/format";
import { terbilang } from "../terbilang";

export function countWords(n: number): string {
  return `${n} (${terbilang(n)})`;
}

/** Rupiah with cents shown (",00") and the amount in words; cents below a rupiah are read as "koma …". */
export function rupiahWords(value: Decimal): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return `${formatRupiah(rounded, 2)} (${terbilang(rounded, { unit: "rupiah" })})`;
}

export function percentText(value: Decimal): string {
  return `${formatId(value, 2)}%`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
