/** CAPAIAN(target; realisasi; [polaritas]; [metode]; [batas_atas]) over cells or ranges. */
import Decimal from "decimal.js";
import { capaian, MetodeNegatif, Polaritas } from "../../core/arithmetic/capaian";
import { excelError } from "./errors";
import { readChoice, readNumber } from "./args";
import { broadcast, CellOut } from "./matrix";
import { firstError, fromCalc } from "./result";

const POLARITAS: Record<string, Polaritas> = {
  positif: "positif",
  "+": "positif",
  "1": "positif",
  maximize: "positif",
  "semakin tinggi semakin baik": "positif",
  negatif: "negatif",
  "-": "negatif",
  "−": "negatif",
  "-1": "negatif",
  minimize: "negatif",
  "semakin rendah semakin baik": "negatif",
};

const METODE: Record<string, MetodeNegatif> = { selisih: "selisih", rasio: "rasio" };

export function capaianCell(
  target: unknown,
  realisasi: unknown,
  polaritas: unknown,
  metode: unknown,
  batasAtas: unknown,
): CellOut {
  const t = readNumber(target, "Target");
  const r = readNumber(realisasi, "Realisasi");
  const p = readChoice(typeof polaritas === "number" ? String(polaritas) : polaritas, "Polaritas", POLARITAS);
  const m = readChoice(metode, "Metode", METODE);
  const cap = readNumber(batasAtas, "Batas atas");
  const error = firstError(t, r, p, m, cap);
  if (error) return error;
  // A row not filled in yet stays blank instead of showing #DIV/0!.
  if (t === null && r === null) return "";
  if (cap instanceof Decimal && cap.lte(0)) return excelError("#VALUE!", "Batas atas harus lebih dari nol");
  const zero = new Decimal(0);
  return fromCalc(
    capaian((t as Decimal | null) ?? zero, (r as Decimal | null) ?? zero, {
      polaritas: (p as Polaritas | null) ?? "positif",
      metode: (m as MetodeNegatif | null) ?? "selisih",
      batasAtas: cap as Decimal | null,
    }),
  );
}

export function CAPAIAN(
  target: unknown,
  realisasi: unknown,
  polaritas?: unknown,
  metode?: unknown,
  batasAtas?: unknown,
): CellOut[][] {
  return broadcast([target, realisasi, polaritas, metode, batasAtas], capaianCell);
}
