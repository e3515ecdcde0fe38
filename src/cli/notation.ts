/** Numbers as the CLI prints them: the user's notation (Indonesian: 94,12 and 1.234.567) unless --locale en. */
import Decimal from "decimal.js";

export type CliLocale = "id" | "en";

export const CLI_LOCALES: readonly CliLocale[] = ["id", "en"];

/** The --locale value as a CliLocale, or null when it is not one. */
export function parseCliLocale(value: string): CliLocale | null {
  const v = value.trim().toLowerCase();
  if (v === "id" || v === "id-id") return "id";
  if (v === "en" || v === "en-us") return "en";
  return null;
}

/**
 * Every digit JavaScript's shortest round-trip form shows (no float artefacts, no rounding), the integer
 * part grouped in thousands: 94,11764705882354 and 764.000 (id), 94.11764705882354 and 764,000 (en).
 */
export function formatCliNumber(n: number, locale: CliLocale = "id"): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = new Decimal(String(n)).toFixed(); // 1e21 and 1e-7 written out in full
  const negative = plain.startsWith("-");
  const [int, frac] = (negative ? plain.slice(1) : plain).split(".");
  const [group, decimal] = locale === "id" ? [".", ","] : [",", "."];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (negative ? "-" : "") + grouped + (frac ? decimal + frac : "");
}
