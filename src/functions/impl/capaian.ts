/** CAPAIAN(target; realisasi; [polaritas]; [metode]; [batas_atas]) over cells or ranges. */
import Decimal from "decimal.js";
import { capaian, capaianNumber, MetodeNegatif, Polaritas } from "../../core/arithmetic/capaian";
import { excelError, ExcelErrorResult } from "./errors";
import { readChoice, readNumber } from "./args";
import { asMatrix, broadcast, broadcast2, CellOut, isSingle } from "./matrix";
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

/** The optional arguments of one cell, read once when they are single cells. */
interface CapaianRule {
  polaritas: Polaritas;
  metode: MetodeNegatif;
  cap: Decimal | null;
  /** The cap as a JS number for the fast path; NaN when only Decimal can apply it. */
  capNumber: number;
  /** The first error among the optional arguments, returned after target and realisasi errors. */
  error: ExcelErrorResult | null;
}

function readRule(polaritas: unknown, metode: unknown, batasAtas: unknown): CapaianRule {
  const p = readChoice(typeof polaritas === "number" ? String(polaritas) : polaritas, "Polaritas", POLARITAS);
  const m = readChoice(metode, "Metode", METODE);
  const cap = readNumber(batasAtas, "Batas atas");
  const error = firstError(p, m, cap);
  const capDecimal = cap instanceof Decimal ? cap : null;
  return {
    polaritas: (p as Polaritas | null) ?? "positif",
    metode: (m as MetodeNegatif | null) ?? "selisih",
    cap: capDecimal,
    capNumber: capDecimal === null ? Infinity : typeof batasAtas === "number" ? batasAtas : NaN,
    error,
  };
}

/** One result cell: the exact fast path for numbers, the Decimal path for everything else. */
function ruleCell(rule: CapaianRule, target: unknown, realisasi: unknown): CellOut {
  if (typeof target === "number" && typeof realisasi === "number" && rule.error === null && rule.capNumber > 0) {
    const fast = capaianNumber(target, realisasi, rule.polaritas, rule.metode, rule.cap === null ? null : rule.capNumber);
    if (!Number.isNaN(fast)) return fast;
  }
  const t = readNumber(target, "Target");
  const r = readNumber(realisasi, "Realisasi");
  const error = firstError(t, r) ?? rule.error;
  if (error) return error;
  // A row not filled in yet stays blank instead of showing #DIV/0!.
  if (t === null && r === null) return "";
  if (rule.cap !== null && rule.cap.lte(0)) return excelError("#VALUE!", "Batas atas harus lebih dari nol");
  const zero = new Decimal(0);
  return fromCalc(
    capaian((t as Decimal | null) ?? zero, (r as Decimal | null) ?? zero, {
      polaritas: rule.polaritas,
      metode: rule.metode,
      batasAtas: rule.cap,
    }),
  );
}

export function capaianCell(
  target: unknown,
  realisasi: unknown,
  polaritas: unknown,
  metode: unknown,
  batasAtas: unknown,
): CellOut {
  return ruleCell(readRule(polaritas, metode, batasAtas), target, realisasi);
}

export function CAPAIAN(
  target: unknown,
  realisasi: unknown,
  polaritas?: unknown,
  metode?: unknown,
  batasAtas?: unknown,
): CellOut[][] {
  const options = [polaritas, metode, batasAtas].map(asMatrix);
  if (options.every(isSingle)) {
    const rule = readRule(options[0][0][0], options[1][0][0], options[2][0][0]);
    return broadcast2(asMatrix(target), asMatrix(realisasi), (t, r) => ruleCell(rule, t, r));
  }
  return broadcast([target, realisasi, polaritas, metode, batasAtas], capaianCell);
}
