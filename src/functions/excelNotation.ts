/**
 * Reads the number notation of the Excel the custom functions run in, once per runtime (the shared
 * runtime lives as long as the workbook is open; separators change only with Excel's options or
 * Windows' regional settings, which the user changes rarely, and refreshExcelNotation re-reads them).
 *
 * Excel types numbers with Application.decimalSeparator/thousandsSeparator when "Use system
 * separators" is off, else with the system culture (cultureInfo.numberFormat); both ExcelApi 1.11.
 */
import type { NumberLocale } from "../core/workbook/model";
import { setArgumentNotation, setPendingNotation } from "./impl/notation";

/** The part of Excel.RequestContext read here (typed locally: this file also runs outside Excel). */
interface NotationContext {
  workbook: {
    application: {
      load(props: string): void;
      decimalSeparator: string;
      thousandsSeparator: string;
      useSystemSeparators: boolean;
      cultureInfo: { numberFormat: { load(props: string): void; numberDecimalSeparator: string; numberGroupSeparator: string } };
    };
  };
  sync(): Promise<void>;
}
interface ExcelLike {
  run<T>(batch: (context: NotationContext) => Promise<T>): Promise<T>;
}
interface OfficeLike {
  onReady?: () => Promise<unknown>;
  context?: { requirements?: { isSetSupported(name: string, version: string): boolean } };
}

/** A separator pair the parser knows, or null (then text arguments whose reading depends on it are refused). */
export function notationFromSeparators(decimal: unknown, thousands: unknown): NumberLocale | null {
  if (decimal !== "," && decimal !== ".") return null;
  const t = thousands === "\u00a0" || thousands === "\u202f" ? " " : thousands;
  if ((t !== "." && t !== "," && t !== " ") || t === decimal) return null;
  return { decimalSeparator: decimal, thousandsSeparator: t };
}

/** Reads the separators through Excel.run; null where ExcelApi 1.11 is missing or the read fails. */
export async function readExcelNotation(excel: ExcelLike, office: OfficeLike): Promise<NumberLocale | null> {
  if (!office.context?.requirements?.isSetSupported("ExcelApi", "1.11")) return null;
  try {
    return await excel.run(async (context) => {
      const app = context.workbook.application;
      app.load("decimalSeparator,thousandsSeparator,useSystemSeparators");
      const culture = app.cultureInfo.numberFormat;
      culture.load("numberDecimalSeparator,numberGroupSeparator");
      await context.sync();
      return app.useSystemSeparators
        ? notationFromSeparators(culture.numberDecimalSeparator, culture.numberGroupSeparator)
        : notationFromSeparators(app.decimalSeparator, app.thousandsSeparator);
    });
  } catch {
    return null;
  }
}

const READ_TIMEOUT_MS = 5000;

/** Starts (again) reading the notation; functions called meanwhile with text arguments wait for it. */
export function refreshExcelNotation(): Promise<void> {
  const g = globalThis as { Excel?: ExcelLike; Office?: OfficeLike };
  const office = g.Office;
  if (!office) return Promise.resolve();
  // office.js loads the Excel namespace asynchronously: look for it once Office is ready.
  const ready = (office.onReady ? office.onReady() : Promise.resolve())
    .then(() => (g.Excel ? readExcelNotation(g.Excel, office) : null))
    .catch(() => null);
  // Functions waiting on the read must not hang if Office never answers: unknown after a while.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS)));
  const read = Promise.race([ready, timeout]).then((locale) => {
    clearTimeout(timer);
    setArgumentNotation(locale);
  });
  setPendingNotation(read);
  return read;
}
